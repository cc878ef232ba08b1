import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { posts } from '../people.table.ts';
import { writeRows, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of a post (a Cabinet portfolio, a statutory officer role). */
export type PostValues = Partial<typeof posts.$inferInsert>;

/**
 * Creates or changes named posts; each needs a title. Audited as `post.create` / `post.update`.
 * @example await savePosts(trx, actor, [{ values: { bodyId, title: 'Monitoring Officer', slug: 'monitoring-officer', kind: 'officer' } }])
 */
export async function savePosts(ex: Executor, actor: Actor, rows: RowWrite<PostValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: posts as unknown as WritableTable,
      kind: 'post',
      action: 'post',
      rules: (_ex, checks) => checks.filter((c) => !String(c.next.title ?? '').trim()).map((c) => ({ row: c.index, field: 'title', message: 'Enter the title of the post' })),
    },
    rows,
    opts,
  );
}
