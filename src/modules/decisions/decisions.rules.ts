import { formatDateWithDay, toLondonDate } from '../../lib/dates.ts';
import type { FieldError } from '../../lib/result.ts';

/**
 * The rules on a decision's date, whoever records it: not in the future; and when it came from a
 * meeting, that meeting went ahead, has taken place, and the decision is not dated before it.
 * @example decisionDateErrors('2026-01-01', { startAt, status: 'held' }, now) // [] when the meeting was on or before 1 January
 */
export function decisionDateErrors(decidedOn: string, meeting: { startAt: Date; status: string } | null, now: Date = new Date()): FieldError[] {
  if (decidedOn > toLondonDate(now)) return [{ field: 'decidedOn', message: 'The date of the decision must be today or in the past' }];
  if (!meeting) return [];
  if (meeting.status === 'cancelled') return [{ field: 'form', message: 'The meeting was cancelled, so it made no decisions' }];
  if (meeting.startAt.getTime() > now.getTime())
    return [{ field: 'decidedOn', message: `The meeting has not taken place yet. Record its decisions from ${formatDateWithDay(meeting.startAt)}` }];
  if (decidedOn < toLondonDate(meeting.startAt))
    return [{ field: 'decidedOn', message: `The date of the decision must be on or after the meeting, ${formatDateWithDay(meeting.startAt)}` }];
  return [];
}

/**
 * The rules on a published decision's call-in window: the deadline never falls before the decision
 * was published, and the decision takes effect only after call-in ends.
 */
export function callInErrors(d: { publishedAt?: unknown; callInDeadline?: unknown; effectiveFrom?: unknown; callInStatus?: unknown }): FieldError[] {
  const deadline = d.callInDeadline instanceof Date ? d.callInDeadline : null;
  const published = d.publishedAt instanceof Date ? d.publishedAt : null;
  const effective = d.effectiveFrom instanceof Date ? d.effectiveFrom : null;
  if (deadline && published && deadline < published) return [{ field: 'callInDeadline', message: 'The call-in deadline must be after the decision is published' }];
  if (deadline && effective && effective < deadline && d.callInStatus !== 'no-further-action')
    return [{ field: 'effectiveFrom', message: 'A decision takes effect only after the call-in period ends' }];
  return [];
}
