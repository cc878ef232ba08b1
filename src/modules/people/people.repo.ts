import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { organisations } from '../../db/schema.ts';
import { memberships, people, postHolders, posts } from './people.table.ts';

/** Live people of a kind (or all), by family name. */
export function listPeople(ex: Executor, kind?: string) {
  const where = [isNull(people.deletedAt)];
  if (kind) where.push(eq(people.kind, kind as (typeof people.kind.enumValues)[number]));
  return ex.select().from(people).where(and(...where)).orderBy(asc(people.familyName), asc(people.givenName), asc(people.id));
}

/** One person by slug, or undefined. */
export async function findPersonBySlug(ex: Executor, slug: string) {
  const [row] = await ex.select().from(people).where(and(eq(people.slug, slug), isNull(people.deletedAt)));
  return row;
}

/** One person by id, or undefined. */
export async function findPerson(ex: Executor, id: number) {
  const [row] = await ex.select().from(people).where(and(eq(people.id, id), isNull(people.deletedAt)));
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
