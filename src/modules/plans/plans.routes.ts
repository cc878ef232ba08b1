import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { idOf } from '../../web/route-helpers.ts';
import { rollUpExplained } from './plan-rollup.ts';
import { presentHighlightReport, presentPlan, presentTree } from './plans.presenter.ts';
import { findPlan, highlightReportsOf, listPlans, planContents } from './plans.repo.ts';
import { plansOfficerRoutes } from './plans-officer.routes.ts';
import { parseQuarter, quarterSlug } from './quarters.ts';

const T = 'modules/plans/views/';
const slugParam = z.object({ slug: z.string().min(1).max(200) });
const home = { text: 'Home', href: '/' };
const list = { text: 'Plans', href: '/plans' };

/** A plan the viewer may see, by the `:slug` of the path, or a 404. */
async function planOr404(app: FastifyInstance, request: FastifyRequest) {
  const p = slugParam.safeParse(request.params);
  const plan = p.success ? await findPlan(app.services.db, request.viewer, { slug: p.data.slug }) : undefined;
  if (!plan) throw notFound('Plan');
  return plan;
}

/** Public plans: the list, each plan's tree with its roll-up, a part's page, and a quarter's highlight reports. */
export async function plansRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/plans', async (request, reply) => {
    const plans = (await listPlans(db, request.viewer)).map(presentPlan);
    return reply.render(`${T}plans.njk`, { title: 'Plans', breadcrumbs: [home, { text: 'Plans' }], plans });
  });

  app.get('/plans/:slug', async (request, reply) => {
    const plan = await planOr404(app, request);
    const tree = presentTree(plan, await planContents(db, request.viewer, plan.id), toLondonDate(new Date()));
    const reports = await highlightReportsOf(db, request.viewer, plan.id);
    const quarters = [...new Map(reports.map((r) => [r.quarterStart, { label: r.quarter, slug: quarterSlug(r.quarter) }])).values()];
    return reply.render(`${T}plan.njk`, { title: plan.title, breadcrumbs: [home, list, { text: plan.title }], plan: presentPlan(plan), tree, quarters, rollUpExplained });
  });

  app.get('/plans/:slug/parts/:id', async (request, reply) => {
    const plan = await planOr404(app, request);
    const id = idOf(request, 'Part of the plan');
    const tree = presentTree(plan, await planContents(db, request.viewer, plan.id), toLondonDate(new Date()));
    const part = tree.parts.find((p) => p.id === id);
    if (!part) throw notFound('Part of the plan');
    const reports = (await highlightReportsOf(db, request.viewer, plan.id)).filter((r) => r.partId === id).map(presentHighlightReport);
    return reply.render(`${T}plan-part.njk`, {
      title: `${part.number} ${part.title}`,
      breadcrumbs: [home, list, { text: plan.title, href: `/plans/${plan.slug}` }, { text: `${part.levelName} ${part.number}` }],
      plan: presentPlan(plan),
      part,
      reports,
      rollUpExplained,
    });
  });

  app.get('/plans/:slug/highlight-reports/:quarter', async (request, reply) => {
    const plan = await planOr404(app, request);
    const quarter = parseQuarter(String((request.params as { quarter?: string }).quarter ?? ''));
    if (!quarter) throw notFound('Highlight reports');
    const reports = await highlightReportsOf(db, request.viewer, plan.id, quarter.start);
    if (!reports.length) throw notFound('Highlight reports');
    const tree = presentTree(plan, await planContents(db, request.viewer, plan.id), toLondonDate(new Date()));
    const rows = tree.parts.flatMap((part) => reports.filter((r) => r.partId === part.id).map((r) => ({ part, report: presentHighlightReport(r) })));
    return reply.render(`${T}highlight-reports.njk`, {
      title: `${plan.title}: highlight reports ${quarter.label}`,
      breadcrumbs: [home, list, { text: plan.title, href: `/plans/${plan.slug}` }, { text: `Highlight reports ${quarter.label}` }],
      plan: presentPlan(plan),
      quarter,
      rows,
      counts: { total: rows.length, nil: rows.filter((r) => r.report.nilReturn).length },
      rollUpExplained,
    });
  });

  // An agenda item's link to its highlight reports names the plan by id (the meeting page does not read
  // plans); it leads to the plan's own address, or answers 404 as a missing plan would.
  app.get('/plans/by-id/:id/highlight-reports/:quarter', async (request, reply) => {
    const plan = await findPlan(db, request.viewer, { id: idOf(request, 'Plan') });
    const quarter = parseQuarter(String((request.params as { quarter?: string }).quarter ?? ''));
    if (!plan || !quarter) throw notFound('Highlight reports');
    return reply.redirect(`/plans/${plan.slug}/highlight-reports/${quarterSlug(quarter.label)}`, 303);
  });

  await plansOfficerRoutes(app);
}
