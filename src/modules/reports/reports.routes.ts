import type { FastifyInstance } from 'fastify';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { notFound } from '../../lib/errors.ts';
import { agendaItems, meetings, organisations, reports, reportSignOffs } from '../../db/schema.ts';
import { sourceIds } from '../imports/index.ts';
import { visible } from '../visibility/index.ts';
import { idOf } from '../../web/route-helpers.ts';

/** Risk score wording: likelihood × impact on 1–5 scales. */
function riskOf(r: typeof reports.$inferSelect) {
  if (r.riskLikelihood === null && r.riskImpact === null && r.riskScore === null) return null;
  const score = r.riskScore ?? (r.riskLikelihood && r.riskImpact ? r.riskLikelihood * r.riskImpact : null);
  return { likelihood: r.riskLikelihood, impact: r.riskImpact, score, level: score === null ? null : score >= 15 ? 'High' : score >= 8 ? 'Medium' : 'Low' };
}

/** A decision report's public page; exempt reports are not found for the public. */
export async function reportsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/reports/:id', async (request, reply) => {
    const v = request.viewer;
    const [report] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.id, idOf(request, 'Report')), visible(v, 'report')));
    if (!report) throw notFound('Report');
    const signOffs = await db
      .select()
      .from(reportSignOffs)
      .where(and(eq(reportSignOffs.reportId, report.id), isNull(reportSignOffs.deletedAt)))
      .orderBy(asc(reportSignOffs.position));
    const [meeting] = report.meetingId
      ? await db
          .select({ id: meetings.id, startAt: meetings.startAt, organisationName: organisations.name })
          .from(meetings)
          .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
          .where(and(eq(meetings.id, report.meetingId), isNull(meetings.deletedAt)))
      : [];
    const [item] = report.agendaItemId
      ? await db
          .select({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title })
          .from(agendaItems)
          .where(and(eq(agendaItems.id, report.agendaItemId), visible(v, 'agenda_item')))
      : [];
    const sources = await sourceIds(db, 'report', [report.id]);
    return reply.render('modules/reports/views/report.njk', {
      title: report.title,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        ...(meeting ? [{ text: meeting.organisationName, href: `/meetings/${meeting.id}` }] : [{ text: 'Forward Plan', href: '/forward-plan' }]),
        { text: 'Report' },
      ],
      report,
      risk: riskOf(report),
      signOffs,
      meeting: meeting ?? null,
      item: item ?? null,
      sourceId: sources.get(report.id) ?? null,
    });
  });
}
