import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { workProgrammeItems } from '../../../db/schema.ts';
import { writeRows, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of a work programme item. */
export type WorkProgrammeItemValues = Partial<typeof workProgrammeItems.$inferInsert>;

/**
 * Creates or changes items of scrutiny work programmes in one go; each names its item. Audited as `work-programme-item.create` / `.update`.
 * @example await saveWorkProgrammeItems(trx, actor, [{ values: { bodyId, organisationId, meetingDate: '2026-03-10', item: 'Home to school transport', access: 'public' } }])
 */
export async function saveWorkProgrammeItems(ex: Executor, actor: Actor, rows: RowWrite<WorkProgrammeItemValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: workProgrammeItems as unknown as WritableTable,
      kind: 'work_programme_item',
      action: 'work-programme-item',
      rules: (_ex, checks) => checks.filter((c) => !String(c.next.item ?? '').trim()).map((c) => ({ row: c.index, field: 'item', message: 'Enter the item' })),
    },
    rows,
    opts,
  );
}
