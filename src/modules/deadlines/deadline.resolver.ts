import { addDays, addWorkingDays, fromLondonLocal, isIsoDate, isLocalDateTime, isoWeekday, toLondonLocal } from '../../lib/dates.ts';
import type { IsoDate, LocalDateTime, Nation } from '../../lib/dates.ts';
import { weekdays } from './deadline-rule.schema.ts';
import type { DeadlineEvaluation, DeadlineRule } from './deadline-rule.schema.ts';

/** The time of day of a rule with none: the last minute of the last allowed day. */
export const END_OF_DAY = '23:59';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

function anchorLocal(anchorAt: LocalDateTime | IsoDate): LocalDateTime {
  if (isLocalDateTime(anchorAt)) return anchorAt;
  if (isIsoDate(anchorAt)) return `${anchorAt}T00:00`;
  throw new RangeError(`Not a local date-time in YYYY-MM-DDTHH:MM form: "${anchorAt}"`);
}

/**
 * The deadline a rule sets for an anchor (usually the meeting), as a London local date-time.
 * Clear days exclude the deadline day and the anchor day; working days skip weekends and the
 * nation's bank holidays, so a deadline counted in working days always falls on a working day,
 * while one counted in calendar days or by weekday may fall on any day. A rule without a time
 * of day gives 23:59 on the last allowed day; a rule in hours counts real elapsed hours, so it
 * shifts by an hour of wall-clock time across a clock change. An 'after' rule gives the end of
 * the window ("5 working days after publication of the decision" closes on the 5th working day).
 * @example resolveDeadline(
 *   { kind: 'clear-working-days', count: 3, time: '17:00', anchor: 'meeting', direction: 'before' },
 *   '2019-05-13T10:00', 'england-and-wales') // '2019-05-07T17:00'
 */
export function resolveDeadline(rule: DeadlineRule, anchorAt: LocalDateTime | IsoDate, nation: Nation): LocalDateTime {
  const local = anchorLocal(anchorAt);
  const sign = rule.direction === 'before' ? -1 : 1;
  if (rule.kind === 'hours') {
    return toLondonLocal(new Date(fromLondonLocal(local).getTime() + sign * rule.count * HOUR_MS));
  }
  const anchorDate = local.slice(0, 10);
  let day: IsoDate;
  switch (rule.kind) {
    case 'weekday': {
      const target = weekdays.indexOf(rule.weekday) + 1;
      day = addDays(anchorDate, sign);
      while (isoWeekday(day) !== target) day = addDays(day, sign);
      break;
    }
    case 'days':
      day = addDays(anchorDate, sign * rule.count);
      break;
    case 'clear-days':
      day = addDays(anchorDate, sign * (rule.count + 1));
      break;
    case 'working-days':
      day = addWorkingDays(anchorDate, sign * rule.count, nation);
      break;
    case 'clear-working-days':
      day = addWorkingDays(anchorDate, sign * (rule.count + 1), nation);
      break;
  }
  return `${day}T${rule.time ?? END_OF_DAY}`;
}

function instantMs(value: Date | LocalDateTime): number {
  if (value instanceof Date) return value.getTime();
  return fromLondonLocal(value).getTime();
}

/**
 * Resolves a rule and says whether it was met (done by the deadline minute), is still due, or was
 * missed (done late, or not done and now past). Local date-times are read as London time.
 * @example evaluateDeadline(rule, '2019-05-13T10:00', '2019-05-07T16:45', new Date(), 'england-and-wales')
 * // { due: '2019-05-07T17:00', state: 'met' }
 */
export function evaluateDeadline(
  rule: DeadlineRule,
  anchorAt: LocalDateTime | IsoDate,
  actualAt: Date | LocalDateTime | null,
  now: Date | LocalDateTime,
  nation: Nation,
): DeadlineEvaluation {
  const due = resolveDeadline(rule, anchorAt, nation);
  // "By 5pm" includes the whole of 5pm's minute; at the autumn clock change take the later 01:xx.
  const closesAt = fromLondonLocal(due, 'later').getTime() + MINUTE_MS;
  if (actualAt !== null) return { due, state: instantMs(actualAt) < closesAt ? 'met' : 'missed' };
  return { due, state: instantMs(now) < closesAt ? 'due' : 'missed' };
}
