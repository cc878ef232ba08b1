import { z } from 'zod';
import { membershipRoles, personKinds } from './people.table.ts';
import { isoDate } from '../../lib/form-dates.ts';
import { membershipErrors } from './people.rules.ts';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be ${max} characters or fewer` })
    .optional();

/** A person as a clerk enters them. */
export const personInput = z.object({
  kind: z.enum(personKinds, { error: 'Select whether this is a councillor, officer, co-opted or partner member' }),
  honorific: optionalText(20, 'Title'),
  givenName: z.string({ error: 'Enter the first name' }).trim().min(1, { error: 'Enter the first name' }).max(100),
  familyName: z.string({ error: 'Enter the last name' }).trim().min(1, { error: 'Enter the last name' }).max(100),
  printedName: optionalText(200, 'Name as printed'),
  jobTitle: optionalText(200, 'Job title'),
  email: z.email({ error: 'Enter an email address in the correct format, like name@example.org' }).optional(),
  phone: optionalText(40, 'Phone number'),
  division: optionalText(200, 'Division or ward'),
  party: optionalText(200, 'Party'),
});

/** Parsed person input. */
export type PersonInput = z.infer<typeof personInput>;

/** A membership of an organisation. */
export const membershipInput = z
  .object({
    organisationId: z.coerce.number({ error: 'Select a committee' }).int({ error: 'Select a committee' }).positive({ error: 'Select a committee' }),
    personId: z.coerce.number({ error: 'Select a person' }).int({ error: 'Select a person' }).positive({ error: 'Select a person' }),
    role: z.enum(membershipRoles, { error: 'Select a role' }),
    roleLabel: optionalText(60, 'Role as printed'),
    votingRight: z.union([z.boolean(), z.enum(['yes', 'no']).transform((v) => v === 'yes')], { error: 'Select whether the member can vote' }),
    startDate: isoDate('start date').optional(),
    endDate: isoDate('end date').optional(),
    onBehalfOf: optionalText(200, 'On behalf of'),
  })
  .superRefine((v, ctx) => {
    for (const e of membershipErrors(v)) ctx.addIssue({ code: 'custom', message: e.message, path: [e.field] });
  });

/** Parsed membership input. */
export type MembershipInput = z.infer<typeof membershipInput>;
