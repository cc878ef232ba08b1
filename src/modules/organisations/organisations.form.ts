import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { organisations } from './organisations.table.ts';

/** A parent that does not exist is the clerk's to correct, not a database conflict. */
export async function parentErrors(ex: Executor, parentId: number | undefined) {
  if (!parentId) return [];
  const [parent] = await ex
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, parentId), isNull(organisations.deletedAt)));
  return parent ? [] : [{ field: 'parentId', message: 'Select a parent organisation that exists' }];
}
