import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { postHolders } from '../people.table.ts';
import { membershipErrors } from '../people.rules.ts';
import { rowErrors, writeRows, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of a post holder. */
export type PostHolderValues = Partial<typeof postHolders.$inferInsert>;

/**
 * Records who holds a post and when; like a membership, a holding never ends before it starts.
 * Audited as `post-holder.create` / `post-holder.update`.
 * @example await savePostHolders(trx, actor, [{ values: { postId, personId, startDate: '2025-05-13' } }])
 */
export async function savePostHolders(ex: Executor, actor: Actor, rows: RowWrite<PostHolderValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: postHolders as unknown as WritableTable,
      kind: 'post_holder',
      action: 'post-holder',
      rules: (_ex, checks) => checks.flatMap((c) => rowErrors(c.index, membershipErrors(c.next))),
    },
    rows,
    opts,
  );
}
