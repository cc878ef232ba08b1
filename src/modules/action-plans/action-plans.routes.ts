import type { FastifyInstance } from 'fastify';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { actionPlans, planActions } from '../../db/schema.ts';
import { sourceIds } from '../imports/index.ts';
import { visible } from '../visibility/index.ts';
import { actionTree, countOf, presentAction } from './action-plans.presenter.ts';

const T = 'modules/action-plans/views/';
const slugParam = z.object({ slug: z.string().min(1).max(200) });

/** Public action plans: the list and each plan's actions tree. */
export async function actionPlansRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/action-plans', async (request, reply) => {
    const rows = await db
      .select({ id: actionPlans.id, title: actionPlans.title, slug: actionPlans.slug })
      .from(actionPlans)
      .where(visible(request.viewer, 'action_plan'))
      .orderBy(asc(actionPlans.title));
    // Counted apart: in a one-table select Drizzle leaves column names unqualified, so a correlated
    // subquery would compare the action's own id with itself and count every plan as 1.
    const counts = new Map(
      (rows.length
        ? await db
            .select({ planId: planActions.actionPlanId, n: sql<number>`count(*)`.mapWith(Number) })
            .from(planActions)
            .where(
              and(
                inArray(
                  planActions.actionPlanId,
                  rows.map((r) => r.id),
                ),
                visible(request.viewer, 'plan_action'),
              ),
            )
            .groupBy(planActions.actionPlanId)
        : []
      ).map((c) => [c.planId, c.n]),
    );
    const plans = rows.map((p) => ({ ...p, actions: countOf(counts.get(p.id) ?? 0, 'action') }));
    return reply.render(`${T}action-plans.njk`, { title: 'Action plans', breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Action plans' }], plans });
  });

  app.get('/action-plans/:slug', async (request, reply) => {
    const p = slugParam.safeParse(request.params);
    if (!p.success) throw notFound('Action plan');
    const [plan] = await db
      .select()
      .from(actionPlans)
      .where(and(eq(actionPlans.slug, p.data.slug), visible(request.viewer, 'action_plan')));
    if (!plan) throw notFound('Action plan');
    const rows = await db
      .select()
      .from(planActions)
      .where(and(eq(planActions.actionPlanId, plan.id), visible(request.viewer, 'plan_action')))
      .orderBy(asc(planActions.position));
    const today = toLondonDate(new Date());
    const sources = await sourceIds(
      db,
      'plan_action',
      rows.map((r) => r.id),
    );
    const planSource = await sourceIds(db, 'action_plan', [plan.id]);
    const actions = rows.map((r) => presentAction(r, today, sources.get(r.id) ?? null));
    return reply.render(`${T}action-plan.njk`, {
      title: plan.title,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Action plans', href: '/action-plans' }, { text: plan.title }],
      plan,
      actions: actionTree(actions),
      counts: { total: countOf(actions.length, 'action'), overdue: actions.filter((a) => a.overdue).length },
      sourceId: planSource.get(plan.id) ?? null,
    });
  });
}
