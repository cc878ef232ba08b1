import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { actionPlans } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { partWithPlan, pickedId } from '../part-of-plan.ts';

/**
 * Unlinks an action plan from a part of a plan: the action plan stays, no longer counted in the
 * part's RAG. Refused when it is not linked to that part. Audited as `action-plan.update`.
 * @example await unlinkActionPlan(trx, actor, programmeId, { actionPlanId: '3' })
 */
export async function unlinkActionPlan(ex: Executor, actor: Actor, partId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const { part } = await partWithPlan(ex, partId);
  const actionPlanId = pickedId(raw.actionPlanId);
  const [ap] =
    actionPlanId === undefined
      ? []
      : await ex
          .select({ id: actionPlans.id })
          .from(actionPlans)
          .where(and(eq(actionPlans.id, actionPlanId), eq(actionPlans.planPartId, part.id), isNull(actionPlans.deletedAt)));
  if (!ap) return invalid([{ field: 'actionPlanId', message: 'That action plan is not linked to this part' }]);
  const r = single(
    await writeRows(ex, actor, { table: actionPlans as unknown as WritableTable, kind: 'action_plan', action: 'action-plan' }, [{ id: ap.id, values: { planPartId: null } }], {
      now,
    }),
  );
  return r.ok ? ok({ id: ap.id }) : r;
}
