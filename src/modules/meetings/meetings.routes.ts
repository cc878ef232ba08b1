import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { fromLondonLocal, toLondonDate } from '../../lib/dates.ts';
import { can } from '../accounts/index.ts';
import { agendaDeadline } from '../deadlines/index.ts';
import { findCalendarPage } from './meetings.repo.ts';
import { findMeetingPage } from './meeting-page.repo.ts';
import { fileSize, meetingCsvColumns, meetingJsonLd, presentAgendaItem, presentListedMeeting, presentMeeting } from './meetings.presenter.ts';
import { toCsv } from '../../lib/csv.ts';
import { sendCsv } from '../../web/csv-reply.ts';
import { siteOrigin } from '../../web/site-url.ts';
import { monthGrid, monthKey, monthLabel, monthRange, shiftMonth } from './calendar.ts';
import { publicMeetingSections } from './meeting-sections.ts';
import { idOf } from '../../web/route-helpers.ts';
import { alternates, siteFeeds } from '../feeds/index.ts';

const calendarQuery = z.object({
  month: z.string().optional(),
  view: z.enum(['month', 'list']).catch('month').default('month'),
  committee: z.string().max(200).optional(),
});

/** Public meeting pages: the calendar and the meeting page. */
export async function meetingsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/meetings', async (request, reply) => {
    const q = calendarQuery.parse(request.query);
    const month = monthKey(q.month);
    const page = await findCalendarPage(db, monthRange(month), q.committee);
    const organisation = q.committee ? page.committees.find((o) => o.slug === q.committee) : undefined;
    const meetings = page.meetings.map(presentListedMeeting);
    const byDay = new Map<string, typeof meetings>();
    for (const m of meetings) {
      const day = toLondonDate(m.startAt);
      byDay.set(day, [...(byDay.get(day) ?? []), m]);
    }
    const organisations = page.committees;
    const link = (params: Record<string, string | undefined>) => {
      const sp = new URLSearchParams();
      for (const [k, v] of Object.entries({ view: q.view, committee: organisation?.slug, month, ...params })) if (v) sp.set(k, v);
      return `/meetings?${sp.toString()}`;
    };
    return reply.render('modules/meetings/views/calendar.njk', {
      title: `Meetings calendar: ${monthLabel(month)}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Meetings calendar' }],
      month,
      monthLabel: monthLabel(month),
      view: q.view,
      weeks: monthGrid(month).map((w) => w.map((d) => (d ? { date: d, day: Number(d.slice(8)), meetings: byDay.get(d) ?? [] } : null))),
      meetings,
      organisation,
      organisations: organisations.map((o) => ({ value: o.slug, text: o.name, selected: o.slug === organisation?.slug })),
      previous: { href: link({ month: shiftMonth(month, -1) }), label: monthLabel(shiftMonth(month, -1)) },
      next: { href: link({ month: shiftMonth(month, 1) }), label: monthLabel(shiftMonth(month, 1)) },
      monthViewHref: link({ view: 'month' }),
      listViewHref: link({ view: 'list' }),
      csvHref: `/meetings.csv?${new URLSearchParams({ month, ...(organisation ? { committee: organisation.slug } : {}) }).toString()}`,
      feeds: alternates(siteFeeds.meetings, siteFeeds.agendas),
    });
  });

  // The month's meetings as CSV, with the calendar's committee filter.
  app.get('/meetings.csv', async (request, reply) => {
    const q = calendarQuery.parse(request.query);
    const month = monthKey(q.month);
    const page = await findCalendarPage(db, monthRange(month), q.committee);
    const rows = page.meetings.map(presentListedMeeting);
    const committee = q.committee && page.committees.some((o) => o.slug === q.committee) ? `-${q.committee}` : '';
    return sendCsv(request, reply, `meetings-${month}${committee}.csv`, toCsv(meetingCsvColumns(siteOrigin(request)), rows));
  });

  app.get('/meetings/:id', async (request, reply) => {
    const v = request.viewer;
    const row = await findMeetingPage(db, v, idOf(request, 'Meeting'));
    if (!row) throw notFound('Meeting');
    const now = new Date();
    const meeting = presentMeeting(row.meeting, row.organisation, row.location);
    const agenda = row.items.map((i) => presentAgendaItem({ ...i, meetingId: row.meeting.id }, row.documents));
    const meetingDocs = row.documents.filter((d) => d.agendaItemId === null).map((d) => ({ ...d, size: fileSize(d.byteSize) }));
    const sectionData: Record<string, Record<string, unknown>> = {};
    for (const section of publicMeetingSections) {
      const data = row.sections[section.key];
      sectionData[section.key] = data ? section.present(data, row.meeting, v, now) : {};
    }
    const agendaDue =
      agenda.length === 0 && row.meeting.status === 'scheduled'
        ? fromLondonLocal(agendaDeadline(row.meeting.startAt, row.organisation.rules, row.body.rules, row.body.nation, now).due)
        : null;
    const itemReports = row.reports;
    return reply.render('modules/meetings/views/meeting.njk', {
      title: `${meeting.organisationName}, ${toLondonDate(meeting.startAt)}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Committees', href: '/committees' },
        { text: meeting.organisationName, href: `/committees/${meeting.organisationSlug}` },
        { text: 'Meeting' },
      ],
      meeting,
      jsonLd: meetingJsonLd(meeting, row.body.name, app.services.config.publicUrl),
      agenda: agenda.map((a) => ({
        ...a,
        documents: a.documents.map((d) => ({ ...d, size: fileSize(d.byteSize) })),
        // A report is attached to its item as in the printed pack: the item's pages link to it.
        reports: a.withheld ? [] : itemReports.filter((r) => r.agendaItemId === a.id),
      })),
      documents: meetingDocs,
      contact: row.contact?.id ? row.contact : null,
      agendaDue,
      mayEdit: can(request.user, 'records:edit'),
      sections: publicMeetingSections.map((s) => s.template),
      sectionData,
    });
  });
}
