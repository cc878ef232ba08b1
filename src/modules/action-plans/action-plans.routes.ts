import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { actionPlanPage, listActionPlans } from './action-plans.repo.ts';
import { actionTree, countOf, presentAction } from './action-plans.presenter.ts';
import { actionPlansOfficerRoutes } from './action-plans-officer.routes.ts';
import { actionPlansEditorRoutes } from './action-plans-editor.routes.ts';
import { measuresOfPlan, presentMeasure, valuesOf } from '../measures/index.ts';

const T = 'modules/action-plans/views/';
const slugParam = z.object({ slug: z.string().min(1).max(200) });

/** Public action plans: the list and each plan's actions tree. */
export async function actionPlansRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/action-plans', async (request, reply) => {
    const plans = (await listActionPlans(db, request.viewer)).map((p) => ({ ...p, actions: countOf(p.actionCount, 'action') }));
    return reply.render(`${T}action-plans.njk`, { title: 'Action plans', breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Action plans' }], plans });
  });

  app.get('/action-plans/:slug', async (request, reply) => {
    const p = slugParam.safeParse(request.params);
    const page = p.success ? await actionPlanPage(db, request.viewer, p.data.slug) : undefined;
    if (!page) throw notFound('Action plan');
    const today = toLondonDate(new Date());
    const actions = page.actions.map((r) => presentAction(r, today, page.sources.get(r.id) ?? null, page.history.get(r.id)));
    const planMeasures = await measuresOfPlan(db, request.viewer, page.plan.id);
    const values = await valuesOf(
      db,
      planMeasures.map((m) => m.id),
    );
    return reply.render(`${T}action-plan.njk`, {
      title: page.plan.title,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Action plans', href: '/action-plans' }, { text: page.plan.title }],
      plan: page.plan,
      actions: actionTree(actions),
      counts: { total: countOf(actions.length, 'action'), overdue: actions.filter((a) => a.overdue).length },
      sourceId: page.planSourceId,
      measures: planMeasures.map((m) => presentMeasure(m, values.get(m.id))),
    });
  });

  await actionPlansOfficerRoutes(app);
  await actionPlansEditorRoutes(app);
}
