import { and, asc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { pageQuery, slot } from '../../db/page-query.ts';
import { meetings, memberships, people } from '../../db/schema.ts';
import { listedMeetingRows } from '../meetings/index.ts';
import { organisations } from './organisations.table.ts';

/** Live (not deleted) organisations, by name. */
export function listOrganisations(ex: Executor) {
  return ex.select().from(organisations).where(isNull(organisations.deletedAt)).orderBy(asc(organisations.name));
}

/** One organisation by slug, or undefined. */
export async function findOrganisationBySlug(ex: Executor, slug: string) {
  const [row] = await ex
    .select()
    .from(organisations)
    .where(and(eq(organisations.slug, slug), isNull(organisations.deletedAt)));
  return row;
}

/** One organisation by id, or undefined. */
export async function findOrganisation(ex: Executor, id: number) {
  const [row] = await ex
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, id), isNull(organisations.deletedAt)));
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

/**
 * Everything the public committee page shows, in one SQL statement: the committee, its current members
 * (with their people), its next 10 meetings and its last 12. Undefined if there is no such committee.
 */
export async function findCommitteePage(ex: Executor, committeeSlug: string, at: Date) {
  const slug = slot('slug');
  const now = slot('now');
  const orgId = sql`(select o.id from organisations o where o.slug = ${slug} and o.deleted_at is null)`;
  const [row] = await pageQuery(
    ex,
    'committee-page',
    (ex) =>
      ex
        .select({
          name: organisations.name,
          slug: organisations.slug,
          kind: organisations.kind,
          purpose: organisations.purpose,
          members: jsonRows(
            {
              printedName: people.printedName,
              slug: people.slug,
              party: people.party,
              role: memberships.role,
              roleLabel: memberships.roleLabel,
              votingRight: memberships.votingRight,
              onBehalfOf: memberships.onBehalfOf,
            },
            (q) =>
              q
                .from(memberships)
                .innerJoin(people, eq(people.id, memberships.personId))
                .where(and(sql`${memberships.organisationId} = ${orgId}`, isNull(memberships.deletedAt), isNull(memberships.endDate)))
                .orderBy(asc(memberships.role), asc(people.familyName), asc(people.givenName)),
          ),
          upcoming: listedMeetingRows(and(sql`${meetings.organisationId} = ${orgId}`, gte(meetings.startAt, now)), 'asc', 10),
          past: listedMeetingRows(and(sql`${meetings.organisationId} = ${orgId}`, lt(meetings.startAt, now)), 'desc', 12),
        })
        .from(organisations)
        .where(and(eq(organisations.slug, slug), isNull(organisations.deletedAt))),
    { slug: committeeSlug, now: at.toISOString() },
  );
  return row;
}
