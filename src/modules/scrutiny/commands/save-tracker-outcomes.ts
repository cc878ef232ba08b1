import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { trackerOutcomes } from '../../../db/schema.ts';
import { writeRows, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of a row of an outcome tracker. */
export type TrackerOutcomeValues = Partial<typeof trackerOutcomes.$inferInsert>;

/**
 * Creates or changes rows of scrutiny outcome trackers in one go; each names its item. Audited as `tracker-outcome.create` / `.update`.
 * @example await saveTrackerOutcomes(trx, actor, [{ values: { bodyId, organisationId, item: 'Fostering', outcome: 'Report back in six months', statusText: 'Pending', access: 'public' } }])
 */
export async function saveTrackerOutcomes(ex: Executor, actor: Actor, rows: RowWrite<TrackerOutcomeValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: trackerOutcomes as unknown as WritableTable,
      kind: 'tracker_outcome',
      action: 'tracker-outcome',
      rules: (_ex, checks) => checks.filter((c) => !String(c.next.item ?? '').trim()).map((c) => ({ row: c.index, field: 'item', message: 'Enter the item' })),
    },
    rows,
    opts,
  );
}
