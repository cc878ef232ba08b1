import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { actionPlans } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { partWithPlan, pickedId } from '../part-of-plan.ts';

/**
 * Links an action plan of the same council to a part of a plan (moving it from any part it was linked
 * to): its actions then count in the part's RAG. Audited as `action-plan.update`.
 * @example await linkActionPlan(trx, actor, programmeId, { actionPlanId: '3' })
 */
export async function linkActionPlan(ex: Executor, actor: Actor, partId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const { plan } = await partWithPlan(ex, partId);
  const actionPlanId = pickedId(raw.actionPlanId);
  const message = 'Select the action plan from the list';
  if (actionPlanId === undefined) return invalid([{ field: 'actionPlanId', message }]);
  const [ap] = await ex
    .select({ id: actionPlans.id })
    .from(actionPlans)
    .where(and(eq(actionPlans.id, actionPlanId), eq(actionPlans.bodyId, plan.bodyId), isNull(actionPlans.deletedAt)));
  if (!ap) return invalid([{ field: 'actionPlanId', message }]);
  const r = single(
    await writeRows(ex, actor, { table: actionPlans as unknown as WritableTable, kind: 'action_plan', action: 'action-plan' }, [{ id: ap.id, values: { planPartId: partId } }], {
      now,
    }),
  );
  return r.ok ? ok({ id: ap.id }) : r;
}
