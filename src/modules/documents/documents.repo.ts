import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { documents } from '../../db/schema.ts';
import { visible, type Viewer } from '../visibility/index.ts';

/** One document the viewer may see, or undefined (exactly as if it did not exist). */
export async function findDocument(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select()
    .from(documents)
    .where(and(eq(documents.id, id), visible(v, 'document')));
  return row;
}
