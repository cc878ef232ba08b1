import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { actionPlans, planActions } from '../../db/schema.ts';
import { visible, type Viewer } from '../visibility/index.ts';

/** A plan the viewer may see, by slug, with its actions the viewer may see in plan order; undefined when there is none. */
export async function planWithActions(ex: Executor, v: Viewer, slug: string) {
  const [plan] = await ex
    .select({ id: actionPlans.id, slug: actionPlans.slug, title: actionPlans.title })
    .from(actionPlans)
    .where(and(eq(actionPlans.slug, slug), visible(v, 'action_plan')));
  if (!plan) return undefined;
  const actions = await ex
    .select()
    .from(planActions)
    .where(and(eq(planActions.actionPlanId, plan.id), visible(v, 'plan_action')))
    .orderBy(asc(planActions.position));
  return { plan, actions };
}
