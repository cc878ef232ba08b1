import { formatDate, formatDateWithDay, toLondonDate, type Nation } from '../../lib/dates.ts';
import { defaultRules, evaluateDeadline } from '../deadlines/index.ts';
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

/** Who takes an individual decision (no meeting): a Cabinet Member or an officer. */
export const individualMakerKinds: readonly string[] = ['cabinet-member', 'officer'];

/**
 * The rule on an individual key decision's report: a Cabinet Member's or an officer's key decision is
 * taken on a report published at least 5 clear working days before (weekends and the nation's bank
 * holidays not counted). Returns the form error, or null when the rule is met or does not apply.
 * @example individualDecisionReportError({ makerKind: 'cabinet-member', isKey: true, decidedOn: '2030-03-15' }, { publishedAt: new Date('2030-03-05T09:00Z') }, 'england-and-wales') // null
 */
export function individualDecisionReportError(
  v: { makerKind: string; isKey: boolean; decidedOn: string },
  report: { publishedAt: Date | null } | null,
  nation: Nation,
): FieldError | null {
  if (!v.isKey || !individualMakerKinds.includes(v.makerKind)) return null;
  const rule = defaultRules.individualDecisionReport;
  if (!report)
    return {
      field: 'reportId',
      message: `Select the report the decision was taken on: a key decision by ${v.makerKind === 'officer' ? 'an officer' : 'a Cabinet Member'} needs a published report`,
    };
  const check = evaluateDeadline(rule, v.decidedOn, report.publishedAt, `${v.decidedOn}T00:00`, nation);
  if (check.state === 'met') return null;
  const by = formatDate(check.due.slice(0, 10));
  return {
    field: 'reportId',
    message: report.publishedAt
      ? `The report was published on ${formatDate(toLondonDate(report.publishedAt))}. For a key decision on ${formatDate(v.decidedOn)} it had to be published by ${by}, ${rule.count} clear working days before`
      : `The report has not been published. For a key decision on ${formatDate(v.decidedOn)} it has to be published by ${by}, ${rule.count} clear working days before`,
  };
}
