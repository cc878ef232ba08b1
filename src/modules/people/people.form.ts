import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { people } from './people.table.ts';
import type { PersonInput, MembershipInput } from './people.schema.ts';
import { organisations } from '../../db/schema.ts';

/** A person form's input as table columns, the printed name made up from the parts when not typed. */
export function personColumns(v: PersonInput) {
  const printed = v.printedName ?? [v.honorific, v.givenName, v.familyName].filter(Boolean).join(' ');
  return {
    kind: v.kind,
    honorific: v.honorific ?? null,
    givenName: v.givenName,
    familyName: v.familyName,
    printedName: printed,
    jobTitle: v.jobTitle ?? null,
    email: v.email ?? null,
    phone: v.phone ?? null,
    division: v.division ?? null,
    party: v.party ?? null,
  };
}

/** The messages for a membership's committee or person that does not exist. */
export async function membershipLinkErrors(ex: Executor, v: MembershipInput) {
  const errors = [];
  const [o] = await ex
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, v.organisationId), isNull(organisations.deletedAt)));
  if (!o) errors.push({ field: 'organisationId', message: 'Select a committee that exists' });
  const [p] = await ex
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, v.personId), isNull(people.deletedAt)));
  if (!p) errors.push({ field: 'personId', message: 'Select a person who exists' });
  return errors;
}

/** A membership form's input as table columns. */
export const membershipColumns = (v: MembershipInput) => ({
  organisationId: v.organisationId,
  personId: v.personId,
  role: v.role,
  roleLabel: v.roleLabel ?? null,
  votingRight: v.votingRight,
  startDate: v.startDate ?? null,
  endDate: v.endDate ?? null,
  onBehalfOf: v.onBehalfOf ?? null,
});
