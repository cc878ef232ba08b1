import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { actionPlans } from '../../../db/schema.ts';
import { writeRows, type RowError, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of an action plan. */
export type ActionPlanValues = Partial<typeof actionPlans.$inferInsert>;

/**
 * Creates or changes action plans; each has a title and a web address. Audited as `action-plan.create` / `.update`.
 * @example await saveActionPlans(trx, actor, [{ values: { bodyId, title: 'Young Carers Action Plan', slug: 'young-carers-action-plan', access: 'public' } }])
 */
export async function saveActionPlans(ex: Executor, actor: Actor, rows: RowWrite<ActionPlanValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: actionPlans as unknown as WritableTable,
      kind: 'action_plan',
      action: 'action-plan',
      rules: (_ex, checks) =>
        checks.flatMap((c): RowError[] => [
          ...(String(c.next.title ?? '').trim() ? [] : [{ row: c.index, field: 'title', message: 'Enter the title of the plan' }]),
          ...(String(c.next.slug ?? '').trim() ? [] : [{ row: c.index, field: 'slug', message: 'Enter a web address' }]),
        ]),
    },
    rows,
    opts,
  );
}
