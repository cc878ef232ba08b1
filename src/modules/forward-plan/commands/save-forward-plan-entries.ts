import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { forwardPlanEntries } from '../../../db/schema.ts';
import { writeRows, type RowError, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of a Forward Plan entry. */
export type ForwardPlanEntryValues = Partial<typeof forwardPlanEntries.$inferInsert>;

/**
 * Creates or changes Forward Plan entries in one go (the importer and the demo council come here):
 * each has its reference and its decision date as printed (entries written in Shirehall get theirs when first published). Audited as `forward-plan-entry.create` / `.update`.
 * @example await saveForwardPlanEntries(trx, actor, [{ values: { bodyId, ref: 'FP/26/01/03', decisionDateText: 'Not before 1st Mar 2026', access: 'public' } }])
 */
export async function saveForwardPlanEntries(ex: Executor, actor: Actor, rows: RowWrite<ForwardPlanEntryValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: forwardPlanEntries as unknown as WritableTable,
      kind: 'forward_plan_entry',
      action: 'forward-plan-entry',
      rules: (_ex, checks) =>
        checks.flatMap((c): RowError[] => [
          ...(c.next.managed || String(c.next.ref ?? '').trim() ? [] : [{ row: c.index, field: 'ref', message: 'Enter the Forward Plan reference' }]),
          ...(String(c.next.decisionDateText ?? '').trim() ? [] : [{ row: c.index, field: 'decisionDateText', message: 'Enter when the decision is due' }]),
        ]),
    },
    rows,
    opts,
  );
}
