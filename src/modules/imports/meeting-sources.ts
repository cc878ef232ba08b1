import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { registerPublicMeetingSection } from '../meetings/meeting-sections.ts';
import { agendaItems } from '../meetings/meetings.table.ts';
import { minuteItems, minutes } from '../minutes/minutes.table.ts';
import { reports } from '../reports/reports.table.ts';
import { can } from '../accounts/accounts.policy.ts';
import { sourceIds } from './imports.repo.ts';

/** Adds "Show source" links to the public meeting page for what was imported from a pack: agenda, reports, minutes. */
export function registerMeetingSources(): void {
  registerPublicMeetingSection({
    template: 'modules/imports/views/meeting-sources.njk',
    key: 'importSources',
    load: async (db, meeting, user) => {
      const exempt = can(user, 'exempt:read');
      const meetingSource = (await sourceIds(db, 'meeting', [meeting.id])).get(meeting.id) ?? null;
      const items = await db.select({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title, isPublic: agendaItems.isPublic }).from(agendaItems).where(and(eq(agendaItems.meetingId, meeting.id), isNull(agendaItems.deletedAt))).orderBy(asc(agendaItems.position));
      const itemSources = await sourceIds(db, 'agenda_item', items.map((i) => i.id));
      const reps = await db.select({ id: reports.id, title: reports.title, isPublic: reports.isPublic, agendaItemId: reports.agendaItemId }).from(reports).where(and(eq(reports.meetingId, meeting.id), isNull(reports.deletedAt))).orderBy(asc(reports.id));
      const privateItems = new Set(items.filter((i) => !i.isPublic).map((i) => i.id));
      const visibleReports = reps.filter((r) => exempt || (r.isPublic && !(r.agendaItemId && privateItems.has(r.agendaItemId))));
      const sets = await db.select({ id: minutes.id }).from(minutes).where(and(eq(minutes.meetingId, meeting.id), isNull(minutes.deletedAt)));
      const mins = sets.length
        ? await db
            .select({ id: minuteItems.id, number: minuteItems.number, title: minuteItems.title, isPublic: minuteItems.isPublic })
            .from(minuteItems)
            .where(and(inArray(minuteItems.minutesId, sets.map((s) => s.id)), isNull(minuteItems.deletedAt)))
            .orderBy(asc(minuteItems.position))
        : [];
      const minuteSources = await sourceIds(db, 'minute_item', mins.map((m) => m.id));
      const minutesSources = await sourceIds(db, 'minutes', sets.map((s) => s.id));
      const reportSources = await sourceIds(db, 'report', visibleReports.map((r) => r.id));
      const link = <T extends { id: number }>(rows: T[], map: Map<number, number>) => rows.filter((r) => map.has(r.id)).map((r) => ({ ...r, sourceId: map.get(r.id)! }));
      return {
        meetingSource,
        agenda: link(items.filter((i) => exempt || i.isPublic), itemSources),
        reports: link(visibleReports, reportSources),
        minutesSource: sets.map((s) => minutesSources.get(s.id)).find((x) => x) ?? null,
        minutes: link(mins.filter((m) => exempt || m.isPublic), minuteSources),
      };
    },
  });
}
