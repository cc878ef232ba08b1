import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { formatDate, toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { barChart } from '../../web/bar-chart.ts';
import { idOf } from '../../web/route-helpers.ts';
import { actionPlanActions, planDashboardFigures } from '../action-plans/index.ts';
import { findOrganisationBySlug } from '../organisations/index.ts';
import { findPlan, planContents, presentPlan, presentTree, rollUpExplained } from '../plans/index.ts';
import { committeeDashboard } from '../scrutiny/index.ts';

const T = 'modules/dashboards/views/';
const slugParam = z.object({ slug: z.string().min(1).max(200) });

/** Public dashboards: a plan's (each part's RAG and direction, overdue actions, measures off target), an action plan's (RAG, overdue, owners) and a committee's (tracker, work programme). */
export async function dashboardsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/dashboards/plans/:id', async (request, reply) => {
    const plan = await findPlan(db, request.viewer, { id: idOf(request, 'Plan') });
    if (!plan) throw notFound('Plan');
    const tree = presentTree(plan, await planContents(db, request.viewer, plan.id), toLondonDate(new Date()));
    // The level below the top (the priorities under a vision), or the top when the plan has one level.
    const level = plan.levels.length > 1 && tree.parts.some((p) => p.level === 1) ? 1 : 0;
    const parts = tree.parts.filter((p) => p.level === level);
    const rags = ['Red', 'Amber', 'Green'] as const;
    const colours = { Red: 'red', Amber: 'orange', Green: 'green' } as const;
    const levelName = plan.levels[level] ?? 'Part';
    return reply.render(`${T}plan-dashboard.njk`, {
      title: `${plan.title}: dashboard`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Plans', href: '/plans' }, { text: plan.title, href: `/plans/${plan.slug}` }, { text: 'Dashboard' }],
      plan: presentPlan(plan),
      levelName,
      parts,
      overdue: tree.overdue,
      offTarget: tree.offTarget,
      rollUpExplained,
      charts: {
        rag: barChart('part-rag', `${levelName} RAG ratings`, [
          ...rags.map((r) => ({ label: r, value: parts.filter((p) => p.rag === r).length, colour: colours[r] })),
          ...(parts.some((p) => !p.rag) ? [{ label: 'Not rated', value: parts.filter((p) => !p.rag).length, colour: 'grey' }] : []),
        ]),
        direction: barChart(
          'part-direction',
          `${levelName} directions of travel`,
          (['Improving', 'No change', 'Worsening', 'Not enough data'] as const).map((d) => ({
            label: d,
            value: parts.filter((p) => p.directionText === d).length,
            colour: d === 'Improving' ? 'green' : d === 'Worsening' ? 'red' : 'grey',
          })),
        ),
      },
    });
  });

  app.get('/dashboards/action-plans/:id', async (request, reply) => {
    const found = await actionPlanActions(db, request.viewer, idOf(request, 'Action plan'));
    if (!found) throw notFound('Action plan');
    const f = planDashboardFigures(found.actions, toLondonDate(new Date()));
    return reply.render(`${T}action-plan-dashboard.njk`, {
      title: `${found.plan.title}: dashboard`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Action plans', href: '/action-plans' },
        { text: found.plan.title, href: `/action-plans/${found.plan.slug}` },
        { text: 'Dashboard' },
      ],
      plan: found.plan,
      total: f.total,
      overdue: f.overdue,
      charts: {
        rag: barChart('rag', 'Actions by RAG rating', f.rag),
        overdue: barChart('overdue', 'Overdue actions', f.overdueBars),
        owners: barChart('owners', 'Actions by owner', f.owners),
      },
    });
  });

  app.get('/dashboards/committees/:slug', async (request, reply) => {
    const p = slugParam.safeParse(request.params);
    const org = p.success ? await findOrganisationBySlug(db, p.data.slug) : undefined;
    if (!org) throw notFound('Committee');
    const d = await committeeDashboard(db, request.viewer, org.id, toLondonDate(new Date()));
    return reply.render(`${T}committee-dashboard.njk`, {
      title: `${org.name}: dashboard`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Committees', href: '/committees' }, { text: org.name, href: `/committees/${org.slug}` }, { text: 'Dashboard' }],
      org,
      charts: {
        tracker: barChart('tracker', 'Outcomes on the tracker by status', d.tracker),
        programme: barChart(
          'programme',
          'Work programme items by meeting',
          d.programme.map((x) => ({ label: x.date ? formatDate(x.date) : 'Date to be set', value: x.value, colour: 'purple' })),
        ),
      },
    });
  });
}
