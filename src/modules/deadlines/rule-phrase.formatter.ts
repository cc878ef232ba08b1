import { formatTime } from '../../lib/dates.ts';
import type { Anchor, DeadlineRule } from './deadline-rule.schema.ts';

/** How each anchor is written at the end of a rule phrase. */
export const anchorPhrases: Record<Anchor, string> = {
  meeting: 'the meeting',
  decision: 'the decision',
  publication: 'publication of the decision',
  'taking-office': 'taking office',
  receipt: 'receipt',
  event: 'the event',
};

/** A rule's time of day as a council writes it; midnight at the start of a day stays "00:00" so it reads back. */
function ruleTime(time: string): string {
  return time === '00:00' ? '00:00' : formatTime(time);
}

/**
 * Writes a rule as a phrase that `parseRulePhrase` reads back to the same rule.
 * @example formatRule({ kind: 'clear-working-days', count: 3, time: '17:00', anchor: 'meeting', direction: 'before' })
 * // '5pm 3 clear working days before the meeting'
 * @example formatRule({ kind: 'weekday', weekday: 'monday', time: '17:00', anchor: 'meeting', direction: 'before' })
 * // '5pm on the Monday before the meeting'
 */
export function formatRule(rule: DeadlineRule): string {
  const anchor = anchorPhrases[rule.anchor];
  const time = rule.time === null ? undefined : ruleTime(rule.time);
  if (rule.kind === 'weekday') {
    const day = `${rule.weekday.charAt(0).toUpperCase()}${rule.weekday.slice(1)}`;
    const body = `the ${day} ${rule.direction} ${anchor}`;
    return time ? `${time} on ${body}` : body;
  }
  if (rule.kind === 'days' && rule.count === 0 && rule.direction === 'before') {
    const body = `the day of ${anchor}`;
    return time ? `${time} on ${body}` : body;
  }
  let body: string;
  if (rule.count === 1 && (rule.kind === 'days' || rule.kind === 'working-days')) {
    body = `the ${rule.kind === 'working-days' ? 'working ' : ''}day ${rule.direction} ${anchor}`;
  } else {
    const clear = rule.kind === 'clear-days' || rule.kind === 'clear-working-days' ? 'clear ' : '';
    const working = rule.kind === 'working-days' || rule.kind === 'clear-working-days' ? 'working ' : '';
    const unit = rule.kind === 'hours' ? 'hour' : 'day';
    body = `${rule.count} ${clear}${working}${unit}${rule.count === 1 ? '' : 's'} ${rule.direction} ${anchor}`;
  }
  return time ? `${time} ${body}` : body;
}
