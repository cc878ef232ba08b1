import { addMonths } from '../../lib/dates.ts';
import type { trackerOutcomes } from './scrutiny.table.ts';

/** The statuses of the committee's key. */
export type TrackerStatus = 'Completed' | 'Pending' | 'Incomplete';

/** How long an agreed outcome may go with no action recorded before it is Incomplete. */
export const INCOMPLETE_AFTER_MONTHS = 3;

type Outcome = Pick<typeof trackerOutcomes.$inferSelect, 'meetingDate' | 'statusText' | 'progressOn' | 'completedOn'>;

/**
 * The day an outcome was completed: the date recorded, or for an imported row printed "Completed"
 * with no date, the meeting it was reported at (so it drops off at the next one).
 */
export function completedOn(o: Outcome): string | null {
  if (o.completedOn) return o.completedOn;
  return o.statusText && /^\s*complete/i.test(o.statusText) ? o.meetingDate : null;
}

/**
 * An outcome's status on a day, computed and never typed: Completed once completed; Incomplete when
 * no action has been recorded and at least 3 months have passed since it was agreed; otherwise
 * Pending (on-going, or plans in place). An imported row printed "Pending" counts as an action.
 * @example trackerStatus({ meetingDate: '2030-01-10', statusText: null, progressOn: null, completedOn: null }, '2030-04-10') // 'Incomplete'
 */
export function trackerStatus(o: Outcome, asOf: string): TrackerStatus {
  const done = completedOn(o);
  if (done && done <= asOf) return 'Completed';
  if (o.progressOn && o.progressOn <= asOf) return 'Pending';
  if (o.statusText && /pending|on-?going|in progress/i.test(o.statusText)) return 'Pending';
  if (o.meetingDate && addMonths(o.meetingDate, INCOMPLETE_AFTER_MONTHS) <= asOf) return 'Incomplete';
  return 'Pending';
}

/**
 * Whether an outcome belongs on the tracker for a meeting: agreed before it, and not completed before
 * the committee's previous meeting (a completed outcome is reported at the first meeting after it was
 * completed, then left off; one completed on the day of a meeting is reported at the next).
 * @example onTrackerFor(o, '2030-06-01', '2030-03-01')
 */
export function onTrackerFor(o: Outcome, meetingDate: string, previousMeetingDate: string | null): boolean {
  if (o.meetingDate && o.meetingDate >= meetingDate) return false;
  const done = completedOn(o);
  return !done || previousMeetingDate === null || done >= previousMeetingDate;
}

/** GOV.UK tag colours of the statuses. */
export const statusColours: Record<TrackerStatus, string> = { Completed: 'green', Pending: 'blue', Incomplete: 'red' };
