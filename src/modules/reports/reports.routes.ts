import type { FastifyInstance } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { sourceIds } from '../imports/index.ts';
import { idOf } from '../../web/route-helpers.ts';
import { appendicesOf, findAppendix, findReport, placeOf, signOffsOf, versionsOf, councilBody } from './reports.repo.ts';
import { presentAppendix, presentReport } from './reports.presenter.ts';
import { printReport } from './report-print.ts';
import { eiasOfReport } from './eias.repo.ts';
import { issueIdOf } from '../forward-plan/index.ts';
import { cacheControlFor } from '../visibility/index.ts';

/** A decision report's public page, its PDF and its appendices; a report or appendix the viewer may not see is not found. */
export async function reportsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const load = async (request: Parameters<typeof idOf>[0]) => {
    const v = request.viewer;
    const report = await findReport(db, v, idOf(request, 'Report'));
    if (!report) throw notFound('Report');
    return presentReport(report, await signOffsOf(db, report.id), await appendicesOf(db, v, report.id));
  };

  app.get('/reports/:id', async (request, reply) => {
    const v = request.viewer;
    const r = await load(request);
    const place = await placeOf(db, v, r);
    const sources = await sourceIds(db, 'report', [r.id]);
    return reply.render('modules/reports/views/report.njk', {
      title: r.title,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        ...(place.meeting ? [{ text: place.meeting.organisationName, href: `/meetings/${place.meeting.id}` }] : [{ text: 'Forward Plan', href: '/forward-plan' }]),
        { text: 'Report' },
      ],
      r,
      meeting: place.meeting,
      item: place.item,
      versions: await versionsOf(db, v, { id: r.id, previousVersionId: r.previousVersionId }),
      eias: await eiasOfReport(db, v, r.id),
      sourceId: sources.get(r.id) ?? null,
      issueId: await issueIdOf(db, v, { forwardPlanRef: r.forwardPlanRef, reportId: r.id }),
    });
  });

  app.get('/reports/:id/report.pdf', async (request, reply) => {
    const r = await load(request);
    const body = await councilBody(db);
    let pdf: Uint8Array;
    try {
      pdf = await printReport(r, body?.name ?? 'Council');
    } catch (err) {
      // Without Chromium the web page is the printed report.
      request.log.warn({ reportId: r.id, problem: (err as Error).message.split('\n')[0] }, 'report without a PDF');
      return reply.redirect(`/reports/${r.id}`, 303);
    }
    const restricted = !r.isPublic || r.appendices.some((a) => a.access === 'exempt');
    return reply
      .header('cache-control', cacheControlFor(request.viewer, { open: !restricted }))
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="report-${r.id}.pdf"`)
      .send(Buffer.from(pdf));
  });

  app.get('/reports/:id/appendices/:appendixId', async (request, reply) => {
    const report = await findReport(db, request.viewer, idOf(request, 'Report'));
    if (!report) throw notFound('Appendix');
    const a = await findAppendix(db, request.viewer, report.id, idOf(request, 'Appendix', 'appendixId'));
    if (!a) throw notFound('Appendix');
    const view = presentAppendix(a, report.id);
    if (a.access === 'exempt') reply.header('cache-control', 'private, no-store');
    return reply.render('modules/reports/views/appendix.njk', {
      title: `${view.letter}: ${view.title}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Report', href: `/reports/${report.id}` }, { text: view.letter }],
      a: view,
      reportId: report.id,
      reportTitle: report.title,
    });
  });
}
