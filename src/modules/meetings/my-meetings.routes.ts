import type { FastifyInstance } from 'fastify';
import { fromLondonLocal, joinLocalDateTime, toLondonDate } from '../../lib/dates.ts';
import { listAgendaItems, listItemReports, listMeetingDocuments, listMeetingsOfMember } from './meetings.repo.ts';
import { fileSize, presentAgendaItem, presentMeeting } from './meetings.presenter.ts';

/** How many upcoming meetings "My meetings" lists. */
const UPCOMING = 10;

/**
 * "My meetings": a signed-in councillor's upcoming meetings with every paper they are entitled to,
 * exempt ones included and marked. Everything is read as the councillor (the visibility module decides).
 */
export async function myMeetingsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const mine = app.requireCan('meetings:mine');

  app.get('/my-meetings', { preHandler: mine }, async (request, reply) => {
    const v = request.viewer;
    const personId = request.user?.personId ?? null;
    const rows = personId === null ? [] : await listMeetingsOfMember(db, personId, startOfToday(), UPCOMING);
    const meetings = await Promise.all(
      rows.map(async (row) => {
        const [items, docs, itemReports] = await Promise.all([
          listAgendaItems(db, v, row.meeting.id),
          listMeetingDocuments(db, v, row.meeting.id),
          listItemReports(db, v, row.meeting.id),
        ]);
        const agenda = items
          .map((i) => presentAgendaItem(i, docs))
          .map((a) => ({
            ...a,
            reports: a.withheld ? [] : itemReports.filter((r) => r.agendaItemId === a.id),
            documents: a.documents.map((d) => ({ ...d, size: fileSize(d.byteSize) })),
          }));
        const papers = agenda.reduce((n, a) => n + a.reports.length + a.documents.length, 0) + docs.filter((d) => d.agendaItemId === null).length;
        return {
          ...presentMeeting(row.meeting, row.organisation, row.location),
          agenda,
          papers,
          exemptPapers: [...docs, ...itemReports].filter((p) => p.access === 'exempt').length,
          meetingDocuments: docs.filter((d) => d.agendaItemId === null).map((d) => ({ ...d, size: fileSize(d.byteSize) })),
        };
      }),
    );
    return reply.render('modules/meetings/views/my-meetings.njk', {
      title: 'My meetings',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'My meetings' }],
      linked: personId !== null,
      meetings,
    });
  });
}

/** Midnight at the start of today in London, so a meeting earlier today is still listed. */
function startOfToday(now: Date = new Date()): Date {
  return fromLondonLocal(joinLocalDateTime(toLondonDate(now), '00:00'));
}
