import type { FastifyInstance } from 'fastify';
import { and, asc, desc, eq, not } from 'drizzle-orm';
import { toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { forwardPlanEntries, reports } from '../../db/schema.ts';
import { sourceIds } from '../imports/index.ts';
import { visible } from '../visibility/index.ts';
import { idOf } from '../../web/route-helpers.ts';
import { liveForwardPlan } from './forward-plan.rules.ts';

const T = 'modules/forward-plan/views/';

/** The public Forward Plan of key decisions: the live plan, earlier entries, and a page per entry. */
export async function forwardPlanRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/forward-plan', async (request, reply) => {
    const rows = await db
      .select()
      .from(forwardPlanEntries)
      .where(and(visible(request.viewer, 'forward_plan_entry'), liveForwardPlan(toLondonDate(new Date()))))
      .orderBy(asc(forwardPlanEntries.decisionDate), asc(forwardPlanEntries.ref));
    const sources = await sourceIds(
      db,
      'forward_plan_entry',
      rows.map((r) => r.id),
    );
    return reply.render(`${T}forward-plan.njk`, {
      title: 'Forward Plan of key decisions',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Forward Plan' }],
      entries: rows.map((r) => ({ ...r, sourceId: sources.get(r.id) ?? null })),
      live: true,
    });
  });

  app.get('/forward-plan/earlier', async (request, reply) => {
    const rows = await db
      .select()
      .from(forwardPlanEntries)
      .where(and(visible(request.viewer, 'forward_plan_entry'), not(liveForwardPlan(toLondonDate(new Date())))))
      .orderBy(desc(forwardPlanEntries.decisionDate), desc(forwardPlanEntries.planDate), asc(forwardPlanEntries.ref));
    const sources = await sourceIds(
      db,
      'forward_plan_entry',
      rows.map((r) => r.id),
    );
    return reply.render(`${T}forward-plan.njk`, {
      title: 'Earlier Forward Plan entries',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Forward Plan', href: '/forward-plan' }, { text: 'Earlier entries' }],
      entries: rows.map((r) => ({ ...r, sourceId: sources.get(r.id) ?? null })),
      live: false,
    });
  });

  app.get('/forward-plan/:id', async (request, reply) => {
    const [entry] = await db
      .select({ entry: forwardPlanEntries, live: liveForwardPlan(toLondonDate(new Date())).mapWith(Boolean) })
      .from(forwardPlanEntries)
      .where(and(eq(forwardPlanEntries.id, idOf(request, 'Forward Plan entry')), visible(request.viewer, 'forward_plan_entry')));
    if (!entry) throw notFound('Forward Plan entry');
    const e = entry.entry;
    const [report] = e.reportId
      ? await db
          .select({ id: reports.id, title: reports.title })
          .from(reports)
          .where(and(eq(reports.id, e.reportId), visible(request.viewer, 'report')))
      : [];
    const sources = await sourceIds(db, 'forward_plan_entry', [e.id]);
    return reply.render(`${T}entry.njk`, {
      title: `${e.ref}: ${e.issue ?? 'Forward Plan entry'}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Forward Plan', href: entry.live ? '/forward-plan' : '/forward-plan/earlier' }, { text: e.ref }],
      entry: e,
      live: entry.live,
      report: report ?? null,
      sourceId: sources.get(e.id) ?? null,
    });
  });
}
