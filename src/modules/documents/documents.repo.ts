import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { documents } from './documents.table.ts';

/** One live document, or undefined. */
export async function findDocument(ex: Executor, id: number) {
  const [row] = await ex.select().from(documents).where(and(eq(documents.id, id), isNull(documents.deletedAt)));
  return row;
}
