import { and, asc, desc, eq, inArray, isNull, lt, notInArray } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { meetings, minuteItems, minutes, organisations, trackerOutcomes, workProgrammeItems } from '../../db/schema.ts';
import { addDays, fromLondonLocal, toLondonDate } from '../../lib/dates.ts';
import { visible, type Viewer } from '../visibility/index.ts';
import { onTrackerFor, statusColours, trackerStatus, type TrackerStatus } from './tracker-status.ts';

/** A tracker row as shown: the record with its computed status. */
export type TrackerRow = typeof trackerOutcomes.$inferSelect & { committee: string | null; status: TrackerStatus; statusColour: string };

/** The London date of the committee's last meeting before a day (cancelled and postponed ones aside), or null. */
export async function previousMeetingDate(ex: Executor, organisationId: number, before: string): Promise<string | null> {
  const [m] = await ex
    .select({ startAt: meetings.startAt })
    .from(meetings)
    .where(
      and(
        eq(meetings.organisationId, organisationId),
        isNull(meetings.deletedAt),
        notInArray(meetings.status, ['cancelled', 'postponed']),
        lt(meetings.startAt, fromLondonLocal(`${before}T00:00`)),
      ),
    )
    .orderBy(desc(meetings.startAt))
    .limit(1);
  return m ? toLondonDate(m.startAt) : null;
}

/**
 * The outcome tracker as the viewer may see it, for one committee or all: the live tracker on a day
 * (`asOf`: outcomes agreed up to that day), or the tracker for a meeting (`meetingDate`: outcomes
 * agreed before it). A completed outcome is reported at the committee's next meeting and then left
 * off; statuses are computed for the day.
 */
export async function trackerRows(ex: Executor, v: Viewer, opts: { organisationId?: number; asOf?: string; meetingDate?: string }): Promise<TrackerRow[]> {
  const asOf = opts.meetingDate ?? opts.asOf ?? toLondonDate(new Date());
  const before = opts.meetingDate ?? addDays(asOf, 1);
  const rows = await ex
    .select({ row: trackerOutcomes, committee: organisations.name })
    .from(trackerOutcomes)
    .leftJoin(organisations, eq(organisations.id, trackerOutcomes.organisationId))
    .where(and(visible(v, 'tracker_outcome'), opts.organisationId ? eq(trackerOutcomes.organisationId, opts.organisationId) : undefined))
    .orderBy(asc(trackerOutcomes.meetingDate), asc(trackerOutcomes.id));
  const previous = new Map<number, string | null>();
  for (const orgId of new Set(rows.map((r) => r.row.organisationId).filter((x): x is number => x !== null))) previous.set(orgId, await previousMeetingDate(ex, orgId, before));
  return rows
    .filter((r) => onTrackerFor(r.row, before, r.row.organisationId ? (previous.get(r.row.organisationId) ?? null) : null))
    .map((r) => {
      const status = trackerStatus(r.row, asOf);
      return { ...r.row, committee: r.committee, status, statusColour: statusColours[status] };
    });
}

/** The minutes of a committee's meetings an outcome can come from, newest meeting first, for a select. */
export async function committeeMinuteItems(ex: Executor, organisationId: number) {
  return ex
    .select({ id: minuteItems.id, number: minuteItems.number, title: minuteItems.title, startAt: meetings.startAt })
    .from(minuteItems)
    .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .where(and(eq(meetings.organisationId, organisationId), isNull(minuteItems.deletedAt), isNull(minutes.deletedAt), isNull(meetings.deletedAt)))
    .orderBy(desc(meetings.startAt), asc(minuteItems.position));
}

/** Every outcome of a committee, drafts included, for the officer screen. */
export async function allCommitteeOutcomes(ex: Executor, v: Viewer, organisationId: number, asOf: string) {
  const rows = await ex
    .select()
    .from(trackerOutcomes)
    .where(and(visible(v, 'tracker_outcome'), eq(trackerOutcomes.organisationId, organisationId)))
    .orderBy(desc(trackerOutcomes.meetingDate), asc(trackerOutcomes.id));
  return rows.map((r) => {
    const status = trackerStatus(r, asOf);
    return { ...r, status, statusColour: statusColours[status] };
  });
}

/** One outcome the viewer may see, or undefined. */
export async function findTrackerOutcome(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select()
    .from(trackerOutcomes)
    .where(and(eq(trackerOutcomes.id, id), visible(v, 'tracker_outcome')));
  return row;
}

/** The committee's meetings from a day on, for linking their trackers. */
export async function meetingsOf(ex: Executor, organisationIds: number[]) {
  if (!organisationIds.length) return [];
  return ex
    .select({ id: meetings.id, organisationId: meetings.organisationId, startAt: meetings.startAt, status: meetings.status })
    .from(meetings)
    .where(and(inArray(meetings.organisationId, organisationIds), isNull(meetings.deletedAt)))
    .orderBy(asc(meetings.startAt));
}

/**
 * A committee's dashboard figures, as the viewer may see them: the outcomes on its live tracker by
 * status, and its accepted work programme items by meeting date (undated ones last).
 */
export async function committeeDashboard(ex: Executor, v: Viewer, organisationId: number, asOf: string) {
  const rows = await trackerRows(ex, v, { organisationId, asOf });
  const tracker = (['Incomplete', 'Pending', 'Completed'] as const).map((status) => ({
    label: status,
    value: rows.filter((r) => r.status === status).length,
    colour: statusColours[status],
  }));
  const items = await ex
    .select({ meetingDate: workProgrammeItems.meetingDate, kind: workProgrammeItems.kind })
    .from(workProgrammeItems)
    .where(and(visible(v, 'work_programme_item'), eq(workProgrammeItems.requestState, 'accepted'), eq(workProgrammeItems.organisationId, organisationId)))
    .orderBy(asc(workProgrammeItems.meetingDate));
  const byDate = new Map<string | null, number>();
  for (const i of items) byDate.set(i.meetingDate, (byDate.get(i.meetingDate) ?? 0) + 1);
  return { tracker, programme: [...byDate].map(([date, value]) => ({ date, value })) };
}
