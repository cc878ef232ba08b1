import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { actionPlans, planActionUpdates, planActions } from '../../db/schema.ts';
import { sourceIds } from '../imports/index.ts';
import { visible, type Viewer } from '../visibility/index.ts';

/** A plan in the list: its title, address and how many of its actions the viewer may see. */
export type ActionPlanSummary = { id: number; title: string; slug: string; actionCount: number };

/** The action plans the viewer may see, by title, each with the number of its actions the viewer may see. */
export async function listActionPlans(ex: Executor, v: Viewer): Promise<ActionPlanSummary[]> {
  const rows = await ex
    .select({ id: actionPlans.id, title: actionPlans.title, slug: actionPlans.slug })
    .from(actionPlans)
    .where(visible(v, 'action_plan'))
    .orderBy(asc(actionPlans.title));
  if (!rows.length) return [];
  // Counted apart: in a one-table select Drizzle leaves column names unqualified, so a correlated
  // subquery would compare the action's own id with itself and count every plan as 1.
  const counts = await ex
    .select({ planId: planActions.actionPlanId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(planActions)
    .where(
      and(
        inArray(
          planActions.actionPlanId,
          rows.map((r) => r.id),
        ),
        visible(v, 'plan_action'),
      ),
    )
    .groupBy(planActions.actionPlanId);
  const byPlan = new Map(counts.map((c) => [c.planId, c.n]));
  return rows.map((r) => ({ ...r, actionCount: byPlan.get(r.id) ?? 0 }));
}

/** One action plan the viewer may see, by web address or id, or undefined. */
export async function findActionPlan(ex: Executor, v: Viewer, by: { slug: string } | { id: number }) {
  const [plan] = await ex
    .select()
    .from(actionPlans)
    .where(and('slug' in by ? eq(actionPlans.slug, by.slug) : eq(actionPlans.id, by.id), visible(v, 'action_plan')));
  return plan;
}

/** The actions of a plan the viewer may see, in plan order. */
export async function planActionsOf(ex: Executor, v: Viewer, actionPlanId: number) {
  return ex
    .select()
    .from(planActions)
    .where(and(eq(planActions.actionPlanId, actionPlanId), visible(v, 'plan_action')))
    .orderBy(asc(planActions.position), asc(planActions.id));
}

/** A plan's public page: the plan, its actions the viewer may see, and the imported sources of both; undefined when the viewer may not see the plan. */
export async function actionPlanPage(ex: Executor, v: Viewer, slug: string) {
  const plan = await findActionPlan(ex, v, { slug });
  if (!plan) return undefined;
  const actions = await planActionsOf(ex, v, plan.id);
  const sources = await sourceIds(
    ex,
    'plan_action',
    actions.map((r) => r.id),
  );
  const planSource = await sourceIds(ex, 'action_plan', [plan.id]);
  const history = await actionHistory(
    ex,
    actions.map((a) => a.id),
  );
  return { plan, actions, sources, history, planSourceId: planSource.get(plan.id) ?? null };
}

/** One action the viewer may see, with its plan's title and address, or undefined. */
export async function findPlanAction(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select({ action: planActions, planTitle: actionPlans.title, planSlug: actionPlans.slug })
    .from(planActions)
    .innerJoin(actionPlans, eq(actionPlans.id, planActions.actionPlanId))
    .where(and(eq(planActions.id, id), visible(v, 'plan_action')));
  return row;
}

/**
 * The dated updates of actions, newest first, by action. Pass only ids of actions the viewer may
 * see (from `planActionsOf` or `findPlanAction`): an update is seen with its action.
 */
export async function actionHistory(ex: Executor, actionIds: number[]) {
  const byAction = new Map<number, (typeof planActionUpdates.$inferSelect)[]>();
  if (!actionIds.length) return byAction;
  const rows = await ex
    .select()
    .from(planActionUpdates)
    .where(and(inArray(planActionUpdates.planActionId, actionIds), sql`${planActionUpdates.deletedAt} is null`))
    .orderBy(desc(planActionUpdates.updatedOn), desc(planActionUpdates.id));
  for (const r of rows) byAction.set(r.planActionId, [...(byAction.get(r.planActionId) ?? []), r]);
  return byAction;
}

/** A plan and its actions the viewer may see, each action with its dated history; undefined when the viewer may not see the plan. */
export async function actionPlanWithHistory(ex: Executor, v: Viewer, id: number) {
  const plan = await findActionPlan(ex, v, { id });
  if (!plan) return undefined;
  const actions = await planActionsOf(ex, v, plan.id);
  const history = await actionHistory(
    ex,
    actions.map((a) => a.id),
  );
  return { plan, actions, history };
}

/** A plan the viewer may see, by id, with its actions the viewer may see; undefined when the viewer may not see the plan. */
export async function actionPlanActions(ex: Executor, v: Viewer, id: number) {
  const plan = await findActionPlan(ex, v, { id });
  return plan ? { plan, actions: await planActionsOf(ex, v, plan.id) } : undefined;
}
