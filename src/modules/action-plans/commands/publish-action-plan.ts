import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { actionPlans, planActions } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { publishRecords } from '../../visibility/index.ts';

/**
 * Publishes an action plan with its draft actions, so the public sees the plan as the officers wrote
 * it; actions added later are published by publishing again. Audited as `action-plan.publish` and
 * `plan-action.publish`, one entry a record. Returns how many actions it published.
 * @example await publishActionPlan(trx, actor, 3) // { actions: 12 }
 */
export async function publishActionPlan(ex: Executor, actor: Actor, id: number, now = new Date()): Promise<{ actions: number }> {
  const [plan] = await ex
    .select({ id: actionPlans.id })
    .from(actionPlans)
    .where(and(eq(actionPlans.id, id), isNull(actionPlans.deletedAt)));
  if (!plan) throw new AppError('not_found', 'Action plan not found');
  await publishRecords(ex, actor, 'action_plan', [plan.id], { now });
  const drafts = await ex
    .select({ id: planActions.id })
    .from(planActions)
    .where(and(eq(planActions.actionPlanId, plan.id), eq(planActions.publication, 'draft'), isNull(planActions.deletedAt)));
  const published = await publishRecords(
    ex,
    actor,
    'plan_action',
    drafts.map((d) => d.id),
    { now },
  );
  return { actions: published.length };
}
