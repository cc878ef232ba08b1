import { and, eq, ne } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './connect.ts';
import { slugify } from '../lib/validation.ts';

/**
 * A slug for `name` not yet used in the table ("name", then "name-2", "name-3"…).
 * @example await uniqueSlug(db, people, people.slug, people.id, 'Cllr Ada Brook')
 */
export async function uniqueSlug(ex: Executor, table: PgTable, slugCol: PgColumn, idCol: PgColumn, name: string, exceptId?: number): Promise<string> {
  const base = slugify(name);
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    const where = exceptId ? and(eq(slugCol, slug), ne(idCol, exceptId)) : eq(slugCol, slug);
    const hit = await ex.select({ id: idCol }).from(table).where(where).limit(1);
    if (hit.length === 0) return slug;
  }
}
