import type { FastifyInstance } from 'fastify';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { forwardPlanEntries, reports } from '../../db/schema.ts';
import { sourceIds } from '../imports/index.ts';
import { visible } from '../visibility/index.ts';

const T = 'modules/forward-plan/views/';
const idParam = z.object({ id: z.coerce.number().int().positive().max(2147483647) });

/** The public Forward Plan of key decisions: a table of entries and a page per entry. */
export async function forwardPlanRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/forward-plan', async (request, reply) => {
    const rows = await db
      .select()
      .from(forwardPlanEntries)
      .where(visible(request.viewer, 'forward_plan_entry'))
      .orderBy(asc(forwardPlanEntries.decisionDate), asc(forwardPlanEntries.ref));
    const sources = await sourceIds(db, 'forward_plan_entry', rows.map((r) => r.id));
    return reply.render(`${T}forward-plan.njk`, {
      title: 'Forward Plan of key decisions',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Forward Plan' }],
      entries: rows.map((r) => ({ ...r, sourceId: sources.get(r.id) ?? null })),
    });
  });

  app.get('/forward-plan/:id', async (request, reply) => {
    const p = idParam.safeParse(request.params);
    if (!p.success) throw notFound('Forward Plan entry');
    const [entry] = await db.select().from(forwardPlanEntries).where(and(eq(forwardPlanEntries.id, p.data.id), visible(request.viewer, 'forward_plan_entry')));
    if (!entry) throw notFound('Forward Plan entry');
    const [report] = entry.reportId
      ? await db.select({ id: reports.id, title: reports.title }).from(reports).where(and(eq(reports.id, entry.reportId), visible(request.viewer, 'report')))
      : [];
    const sources = await sourceIds(db, 'forward_plan_entry', [entry.id]);
    return reply.render(`${T}entry.njk`, {
      title: `${entry.ref}: ${entry.issue ?? 'Forward Plan entry'}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Forward Plan', href: '/forward-plan' }, { text: entry.ref }],
      entry,
      report: report ?? null,
      sourceId: sources.get(entry.id) ?? null,
    });
  });
}
