import { and, asc, eq, sql, type SQLWrapper } from 'drizzle-orm';
import { jsonRows } from '../../db/json-rows.ts';
import { agendaItems, minuteItems, minutes, reports } from '../../db/schema.ts';
import { registerPublicMeetingSection } from '../meetings/index.ts';
import { readable, visible } from '../visibility/index.ts';

/** The newest provenance row of a record, if it was imported. */
const sourceOf = (subjectType: string, subjectId: SQLWrapper | number) =>
  sql<number | null>`(select max(p.id) from provenance p where p.subject_type = ${subjectType} and p.subject_id = ${subjectId})`.mapWith(Number);

/**
 * Adds "Show source" links to the meeting page for what was imported from a pack: agenda, reports,
 * minutes. Only records the viewer may read in full are linked (an exempt item's source lines would
 * show its exempt text).
 */
export function registerMeetingSources(): void {
  registerPublicMeetingSection({
    template: 'modules/imports/views/meeting-sources.njk',
    key: 'importSources',
    select: (meetingId, v) => {
      const minutesIds = sql`(select m.id from minutes m where m.meeting_id = ${meetingId})`;
      return {
        meetingSource: sourceOf('meeting', meetingId),
        agenda: jsonRows({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title, sourceId: sourceOf('agenda_item', sql`${agendaItems.id}`) }, (q) =>
          q
            .from(agendaItems)
            .where(and(eq(agendaItems.meetingId, meetingId), visible(v, 'agenda_item'), readable(v, 'agenda_item')))
            .orderBy(asc(agendaItems.position)),
        ),
        reports: jsonRows({ id: reports.id, title: reports.title, sourceId: sourceOf('report', sql`${reports.id}`) }, (q) =>
          q
            .from(reports)
            .where(and(eq(reports.meetingId, meetingId), visible(v, 'report')))
            .orderBy(asc(reports.id)),
        ),
        minutesSets: jsonRows({ sourceId: sourceOf('minutes', sql`${minutes.id}`) }, (q) => q.from(minutes).where(and(eq(minutes.meetingId, meetingId), visible(v, 'minutes')))),
        minutes: jsonRows({ id: minuteItems.id, number: minuteItems.number, title: minuteItems.title, sourceId: sourceOf('minute_item', sql`${minuteItems.id}`) }, (q) =>
          q
            .from(minuteItems)
            .where(
              and(
                sql`${minuteItems.minutesId} in ${minutesIds}`,
                sql`exists (select 1 from minutes where minutes.id = ${minuteItems.minutesId} and ${visible(v, 'minutes')})`,
                visible(v, 'minute_item'),
                readable(v, 'minute_item'),
              ),
            )
            .orderBy(asc(minuteItems.position)),
        ),
      };
    },
    // Something of this meeting was imported: the meeting, an item, a report, a version of its minutes or a minute.
    when: (meetingId) => sql`(exists (select 1 from provenance p where p.subject_type = 'meeting' and p.subject_id = ${meetingId})
      or exists (select 1 from provenance p join agenda_items a on a.id = p.subject_id where p.subject_type = 'agenda_item' and a.meeting_id = ${meetingId})
      or exists (select 1 from provenance p join reports r on r.id = p.subject_id where p.subject_type = 'report' and r.meeting_id = ${meetingId})
      or exists (select 1 from provenance p join minutes m on m.id = p.subject_id where p.subject_type = 'minutes' and m.meeting_id = ${meetingId})
      or exists (select 1 from provenance p join minute_items mi on mi.id = p.subject_id join minutes m on m.id = mi.minutes_id
        where p.subject_type = 'minute_item' and m.meeting_id = ${meetingId}))`,
    present: (data) => {
      const linked = <T extends { sourceId: number | null }>(rows: T[]) => rows.filter((r): r is T & { sourceId: number } => r.sourceId !== null);
      return {
        meetingSource: data.meetingSource,
        agenda: linked(data.agenda),
        reports: linked(data.reports),
        minutesSource: data.minutesSets.map((s) => s.sourceId).find((x) => x) ?? null,
        minutes: linked(data.minutes),
      };
    },
  });
}
