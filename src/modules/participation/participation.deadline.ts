import { evaluateDeadline, parseRulePhrase, type DeadlineRule } from '../deadlines/index.ts';
import { fromLondonLocal, toLondonLocal, type LocalDateTime, type Nation } from '../../lib/dates.ts';

/** The deadline used when an organisation's rules give none for public questions. */
export const DEFAULT_PUBLIC_QUESTION_RULE = '5.00pm 3 clear working days before the meeting';

/** A meeting's deadline for public questions, statements and petitions. */
export type SubmissionDeadline = { phrase: string; rule: DeadlineRule; due: LocalDateTime; dueAt: Date };

/**
 * The public question deadline for a meeting: the organisation's rule phrase (rules.publicQuestions),
 * or the default when it has none or it cannot be read, resolved in London time.
 * @example submissionDeadline({ publicQuestions: '12 noon the working day before the meeting' }, new Date('2030-03-05T10:00Z'), 'england-and-wales').due // '2030-03-04T12:00'
 */
export function submissionDeadline(rules: Record<string, unknown>, meetingStartAt: Date, nation: Nation): SubmissionDeadline {
  const own = typeof rules.publicQuestions === 'string' ? rules.publicQuestions : '';
  const parsed = own ? parseRulePhrase(own) : null;
  const phrase = parsed?.ok ? own : DEFAULT_PUBLIC_QUESTION_RULE;
  const rule = parsed?.ok ? parsed.value : (parseRulePhrase(DEFAULT_PUBLIC_QUESTION_RULE) as { ok: true; value: DeadlineRule }).value;
  const evaluation = evaluateDeadline(rule, toLondonLocal(meetingStartAt), null, meetingStartAt, nation);
  return { phrase, rule, due: evaluation.due, dueAt: fromLondonLocal(evaluation.due, 'later') };
}

/** Whether a submission received at `receivedAt` missed the deadline (the deadline minute itself is in time). */
export function isLateFor(deadline: SubmissionDeadline, meetingStartAt: Date, receivedAt: Date, nation: Nation): boolean {
  return evaluateDeadline(deadline.rule, toLondonLocal(meetingStartAt), receivedAt, receivedAt, nation).state === 'missed';
}

/** Whether a meeting takes questions, statements and petitions: it has not started and is not cancelled or postponed. */
export function takesSubmissions(meeting: { startAt: Date; status: string }, now: Date): boolean {
  return meeting.startAt.getTime() > now.getTime() && !['cancelled', 'postponed'].includes(meeting.status);
}
