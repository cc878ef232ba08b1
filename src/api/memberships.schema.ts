import { z } from 'zod';
import { membershipRoles } from '../db/schema.ts';
import { membershipInput } from '../modules/people/index.ts';
import { apiSchemas, calendarDate, instant, listOf, objectFields, oparlType, refSchema } from './common.schema.ts';
import { pageQuery } from './pagination.ts';

/** A person's seat on an organisation (OParl Membership). */
export const membershipSchema = z
  .object({
    ...objectFields(oparlType.membership),
    organisation: refSchema,
    person: refSchema,
    role: z.enum(membershipRoles),
    roleLabel: z.string().nullable().describe('The role as printed, when it differs'),
    votingRight: z.boolean(),
    startDate: calendarDate.nullable(),
    endDate: calendarDate.nullable(),
    onBehalfOf: z.string().nullable().describe('For co-optees and group appointments'),
    createdAt: instant,
    updatedAt: instant,
  })
  .register(apiSchemas, { id: 'Membership' });

/** The API's view of a membership. */
export type ApiMembership = z.output<typeof membershipSchema>;

/** A page of memberships. */
export const membershipListSchema = listOf(membershipSchema, 'Membership');

const idFilter = z.coerce.number({ error: 'Enter a number' }).int({ error: 'Enter a whole number' }).positive({ error: 'Enter a positive number' }).max(2147483647);

/** Filters for the membership list. */
export const membershipListQuery = pageQuery.extend({
  organisation: idFilter.optional().describe('Only memberships of this organisation id'),
  person: idFilter.optional().describe('Only memberships of this person id'),
});

/** Body of POST /memberships; PATCH takes any of its fields. It is the domain's own input schema. */
export const membershipBody = membershipInput;
