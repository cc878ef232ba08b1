import { and, asc, eq, inArray } from 'drizzle-orm';
import { agendaItems, minuteItems, minutes, reports } from '../../db/schema.ts';
import { registerPublicMeetingSection } from '../meetings/index.ts';
import { readable, visible } from '../visibility/index.ts';
import { sourceIds } from './imports.repo.ts';

/**
 * Adds "Show source" links to the meeting page for what was imported from a pack: agenda, reports,
 * minutes. Only records the viewer may read in full are linked (an exempt item's source lines would
 * show its exempt text).
 */
export function registerMeetingSources(): void {
  registerPublicMeetingSection({
    template: 'modules/imports/views/meeting-sources.njk',
    key: 'importSources',
    load: async (db, meeting, v) => {
      const meetingSource = (await sourceIds(db, 'meeting', [meeting.id])).get(meeting.id) ?? null;
      const items = await db
        .select({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title })
        .from(agendaItems)
        .where(and(eq(agendaItems.meetingId, meeting.id), visible(v, 'agenda_item'), readable(v, 'agenda_item')))
        .orderBy(asc(agendaItems.position));
      const itemSources = await sourceIds(db, 'agenda_item', items.map((i) => i.id));
      const reps = await db
        .select({ id: reports.id, title: reports.title, agendaItemId: reports.agendaItemId })
        .from(reports)
        .where(and(eq(reports.meetingId, meeting.id), visible(v, 'report')))
        .orderBy(asc(reports.id));
      const sets = await db.select({ id: minutes.id }).from(minutes).where(and(eq(minutes.meetingId, meeting.id), visible(v, 'minutes')));
      const mins = sets.length
        ? await db
            .select({ id: minuteItems.id, number: minuteItems.number, title: minuteItems.title })
            .from(minuteItems)
            .where(and(inArray(minuteItems.minutesId, sets.map((s) => s.id)), visible(v, 'minute_item'), readable(v, 'minute_item')))
            .orderBy(asc(minuteItems.position))
        : [];
      const minuteSources = await sourceIds(db, 'minute_item', mins.map((m) => m.id));
      const minutesSources = await sourceIds(db, 'minutes', sets.map((s) => s.id));
      const reportSources = await sourceIds(db, 'report', reps.map((r) => r.id));
      const link = <T extends { id: number }>(rows: T[], map: Map<number, number>) => rows.filter((r) => map.has(r.id)).map((r) => ({ ...r, sourceId: map.get(r.id)! }));
      return {
        meetingSource,
        agenda: link(items, itemSources),
        reports: link(reps, reportSources),
        minutesSource: sets.map((s) => minutesSources.get(s.id)).find((x) => x) ?? null,
        minutes: link(mins, minuteSources),
      };
    },
  });
}
