import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { organisations } from '../../db/schema.ts';
import { memberships, people, postHolders, posts } from './people.table.ts';

/** Live people of a kind (or all), by family name. */
export function listPeople(ex: Executor, kind?: string) {
  const where = [isNull(people.deletedAt)];
  if (kind) where.push(eq(people.kind, kind as (typeof people.kind.enumValues)[number]));
  return ex
    .select()
    .from(people)
    .where(and(...where))
    .orderBy(asc(people.familyName), asc(people.givenName), asc(people.id));
}

/** One person by slug, or undefined. */
export async function findPersonBySlug(ex: Executor, slug: string) {
  const [row] = await ex
    .select()
    .from(people)
    .where(and(eq(people.slug, slug), isNull(people.deletedAt)));
  return row;
}

/** One person by id, or undefined. */
export async function findPerson(ex: Executor, id: number) {
  const [row] = await ex
    .select()
    .from(people)
    .where(and(eq(people.id, id), isNull(people.deletedAt)));
  return row;
}

/** A person's memberships with their organisations (current first). */
export function listMembershipsOf(ex: Executor, personId: number) {
  return ex
    .select({ membership: memberships, organisation: { id: organisations.id, name: organisations.name, slug: organisations.slug } })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.personId, personId), isNull(memberships.deletedAt)))
    .orderBy(asc(organisations.name));
}

/** A person's posts. */
export function listPostsOf(ex: Executor, personId: number) {
  return ex
    .select({ post: posts, holder: postHolders })
    .from(postHolders)
    .innerJoin(posts, eq(posts.id, postHolders.postId))
    .where(and(eq(postHolders.personId, personId), isNull(postHolders.deletedAt)))
    .orderBy(asc(posts.title));
}

const current = (start: typeof memberships.startDate | typeof postHolders.startDate, end: typeof memberships.endDate | typeof postHolders.endDate, onDate: string) =>
  and(or(isNull(start), lte(start, onDate)), or(isNull(end), gte(end, onDate)));

/**
 * The members of an organisation on a date (as a summons lists them): chair, vice-chair, members,
 * co-opted members, then substitutes, each by family name.
 * @example await membersOn(db, cabinetId, '2026-05-13') // [{ printedName: 'Cllr Ann Lee', role: 'chair', … }]
 */
export function membersOn(ex: Executor, organisationId: number, onDate: string) {
  return ex
    .select({
      personId: people.id,
      printedName: people.printedName,
      party: people.party,
      role: memberships.role,
      roleLabel: memberships.roleLabel,
      votingRight: memberships.votingRight,
      onBehalfOf: memberships.onBehalfOf,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(eq(memberships.organisationId, organisationId), isNull(memberships.deletedAt), isNull(people.deletedAt), current(memberships.startDate, memberships.endDate, onDate)),
    )
    .orderBy(
      sql`case ${memberships.role} when 'chair' then 0 when 'vice-chair' then 1 when 'member' then 2 when 'co-opted' then 3 else 4 end`,
      asc(people.familyName),
      asc(people.printedName),
    );
}

/**
 * Who held a council's post (by its title, as the constitution names it) on a date, or undefined.
 * @example await postHolderOn(db, bodyId, 'Monitoring Officer', '2026-05-01') // { printedName: 'Nadia Okafor', postTitle: 'Monitoring Officer' }
 */
export async function postHolderOn(ex: Executor, bodyId: number, postTitle: string, onDate: string) {
  const [row] = await ex
    .select({ printedName: people.printedName, jobTitle: people.jobTitle, postTitle: posts.title })
    .from(postHolders)
    .innerJoin(posts, eq(posts.id, postHolders.postId))
    .innerJoin(people, eq(people.id, postHolders.personId))
    .where(
      and(
        eq(posts.bodyId, bodyId),
        sql`lower(${posts.title}) = lower(${postTitle})`,
        isNull(posts.deletedAt),
        isNull(postHolders.deletedAt),
        isNull(people.deletedAt),
        current(postHolders.startDate, postHolders.endDate, onDate),
      ),
    )
    .orderBy(sql`${postHolders.startDate} desc nulls last`)
    .limit(1);
  return row;
}
