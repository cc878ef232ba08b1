import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { planActions } from '../../../db/schema.ts';
import { writeRows, type RowError, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of an action in a plan. */
export type PlanActionValues = Partial<typeof planActions.$inferInsert>;

/**
 * Creates or changes actions of action plans in one go: each has its number and action, and a
 * parent action (6 for 6.1) in the same plan. Audited as `plan-action.create` / `.update`.
 * @example await savePlanActions(trx, actor, [{ values: { actionPlanId, position: 1, number: '1', action: 'Map the services young carers use', access: 'public' } }])
 */
export async function savePlanActions(ex: Executor, actor: Actor, rows: RowWrite<PlanActionValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: planActions as unknown as WritableTable,
      kind: 'plan_action',
      action: 'plan-action',
      rules: async (tx, checks) => {
        const parentIds = [...new Set(checks.map((c) => c.next.parentId).filter((x): x is number => typeof x === 'number'))];
        const parents = new Map(
          (parentIds.length ? await tx.select({ id: planActions.id, actionPlanId: planActions.actionPlanId }).from(planActions).where(inArray(planActions.id, parentIds)) : []).map(
            (p) => [p.id, p.actionPlanId],
          ),
        );
        return checks.flatMap((c): RowError[] => {
          const errors: RowError[] = [];
          if (!String(c.next.number ?? '').trim()) errors.push({ row: c.index, field: 'number', message: 'Enter the number of the action' });
          if (!String(c.next.action ?? '').trim()) errors.push({ row: c.index, field: 'action', message: 'Enter the action' });
          if (typeof c.next.parentId === 'number' && parents.get(c.next.parentId) !== c.next.actionPlanId)
            errors.push({ row: c.index, field: 'parentId', message: 'Select a parent action in the same plan' });
          return errors;
        });
      },
    },
    rows,
    opts,
  );
}
