import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { memberships, people } from '../../db/schema.ts';
import { organisations } from './organisations.table.ts';

/** Live (not deleted) organisations, by name. */
export function listOrganisations(ex: Executor) {
  return ex.select().from(organisations).where(isNull(organisations.deletedAt)).orderBy(asc(organisations.name));
}

/** One organisation by slug, or undefined. */
export async function findOrganisationBySlug(ex: Executor, slug: string) {
  const [row] = await ex.select().from(organisations).where(and(eq(organisations.slug, slug), isNull(organisations.deletedAt)));
  return row;
}

/** One organisation by id, or undefined. */
export async function findOrganisation(ex: Executor, id: number) {
  const [row] = await ex.select().from(organisations).where(and(eq(organisations.id, id), isNull(organisations.deletedAt)));
  return row;
}

/** Current members of an organisation with their people, chair first. */
export function listMembers(ex: Executor, organisationId: number) {
  return ex
    .select({ membership: memberships, person: people })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.organisationId, organisationId), isNull(memberships.deletedAt), isNull(memberships.endDate)))
    .orderBy(asc(memberships.role), asc(people.familyName), asc(people.givenName));
}
