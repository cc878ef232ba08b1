import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../lib/dates.ts';
import type { Nation } from '../../lib/dates.ts';
import { evaluateDeadline, resolveDeadline } from './deadline.resolver.ts';
import { parseRulePhrase } from './rule-phrase.parser.ts';
import type { DeadlineRule } from './deadline-rule.schema.ts';

const rule = (phrase: string): DeadlineRule => {
  const result = parseRulePhrase(phrase);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value;
};

const cabinet = rule('5.00pm 3 clear working days before the meeting');
const ew: Nation = 'england-and-wales';

// [phrase, anchor, nation, expected, why]
const vectors: [string, string, Nation, string, string][] = [
  // The two required vectors.
  ['5.00pm 3 clear working days before the meeting', '2019-05-13T10:00', ew, '2019-05-07T17:00', 'Fri 10, Thu 9, Wed 8 are clear'],
  ['5.00pm 3 clear working days before the meeting', '2019-12-30T10:00', ew, '2019-12-20T17:00', 'Fri 27, Tue 24, Mon 23 clear; 25 and 26 are bank holidays'],
  // Bank holidays.
  ['5.00pm 3 clear working days before the meeting', '2019-05-07T10:00', ew, '2019-04-30T17:00', 'Mon 6 May (early May bank holiday) is not counted'],
  ['5.00pm 3 clear working days before the meeting', '2019-04-25T10:00', ew, '2019-04-17T17:00', 'Easter: Good Friday and Easter Monday skipped'],
  ['5.00pm 3 clear working days before the meeting', '2019-04-25T10:00', 'scotland', '2019-04-18T17:00', 'Scotland has Good Friday but no Easter Monday'],
  ['5.00pm 3 clear working days before the meeting', '2019-12-05T10:00', ew, '2019-11-29T17:00', 'England works on Mon 2 December'],
  ['5.00pm 3 clear working days before the meeting', '2019-12-05T10:00', 'scotland', '2019-11-28T17:00', 'St Andrew’s Day substitute, Mon 2 December'],
  ['5.00pm 3 clear working days before the meeting', '2019-07-15T10:00', ew, '2019-07-09T17:00', 'an ordinary week in England'],
  ['5.00pm 3 clear working days before the meeting', '2019-07-15T10:00', 'northern-ireland', '2019-07-08T17:00', 'Battle of the Boyne, Fri 12 July'],
  ['5.00pm 3 clear working days before the meeting', '2020-05-11T10:00', ew, '2020-05-04T17:00', 'Fri 8 May 2020 (VE Day) skipped; Mon 4 May was a working day that year'],
  // Clock changes: wall-clock deadlines keep their time of day; hours are real elapsed hours.
  ['5.00pm 3 clear working days before the meeting', '2019-04-02T10:00', ew, '2019-03-27T17:00', 'counted back across the spring clock change'],
  ['5.00pm 3 clear working days before the meeting', '2019-10-30T10:00', ew, '2019-10-24T17:00', 'counted back across the autumn clock change'],
  ['24 hours before the meeting', '2019-03-31T10:00', ew, '2019-03-30T09:00', 'the night of 30–31 March 2019 lost an hour'],
  ['48 hours before the meeting', '2019-04-01T10:00', ew, '2019-03-30T09:00', 'two days back across the spring change'],
  ['24 hours before the meeting', '2019-10-27T14:00', ew, '2019-10-26T15:00', 'the night of 26–27 October 2019 gained an hour'],
  ['72 hours before the meeting', '2019-10-28T10:00', ew, '2019-10-25T11:00', 'three days back across the autumn change'],
  ['24 hours before the meeting', '2019-05-13T10:00', ew, '2019-05-12T10:00', 'no change: same time the day before'],
  // The working day before.
  ['12 noon the (working) day before', '2019-05-07T10:00', ew, '2019-05-03T12:00', 'skips the weekend and 6 May'],
  ['12 noon the working day before the meeting', '2019-12-30T10:00', ew, '2019-12-27T12:00', 'Friday after Boxing Day'],
  ['12 noon the working day before the meeting', '2019-12-27T10:00', ew, '2019-12-24T12:00', 'Christmas Eve is a working day'],
  ['12 noon the working day before the meeting', '2020-01-03T10:00', ew, '2020-01-02T12:00', '2 January is a working day in England'],
  ['12 noon the working day before the meeting', '2020-01-03T10:00', 'scotland', '2019-12-31T12:00', '1 and 2 January are Scottish bank holidays'],
  ['12 noon the working day before the meeting', '2019-05-11T10:00', ew, '2019-05-10T12:00', 'a Saturday meeting'],
  ['noon the day before the meeting', '2019-05-13T10:00', ew, '2019-05-12T12:00', 'a calendar day may be a Sunday'],
  ['10am two working days before', '2019-05-13T10:00', ew, '2019-05-09T10:00', 'Fri 10, Thu 9'],
  ['10am two working days before', '2019-05-07T10:00', ew, '2019-05-02T10:00', 'Fri 3, Thu 2 (6 May skipped)'],
  ['9am on the day of the meeting', '2019-05-13T14:00', ew, '2019-05-13T09:00', 'same day'],
  // The Monday before.
  ['5pm on the Monday before the meeting', '2019-05-20T10:00', ew, '2019-05-13T17:00', 'a Monday meeting means the previous week’s Monday'],
  ['5pm on the Monday before the meeting', '2019-05-16T10:00', ew, '2019-05-13T17:00', 'a Thursday meeting'],
  ['5pm on the Monday before the meeting', '2019-05-14T10:00', ew, '2019-05-13T17:00', 'a Tuesday meeting: the day before'],
  ['5pm on the Monday before the meeting', '2019-05-13T10:00', ew, '2019-05-06T17:00', 'a named weekday stays put even on a bank holiday'],
  ['5pm on the Friday after the meeting', '2019-05-10T10:00', ew, '2019-05-17T17:00', 'a Friday meeting means the next week’s Friday'],
  // Calendar clear days.
  ['5 clear days before the meeting', '2019-05-13T10:00', ew, '2019-05-07T23:59', 'the 13th less the meeting day and 5 clear days'],
  ['5 clear days before the meeting', '2019-05-17T10:00', ew, '2019-05-11T23:59', 'calendar clear days may end on a Saturday'],
  ['28 clear days before the decision', '2019-07-31T10:00', ew, '2019-07-02T23:59', 'key decision notice'],
  ['28 clear days before the decision', '2019-03-01', ew, '2019-01-31T23:59', 'across a 28-day February'],
  ['28 clear days before the decision', '2020-03-01', ew, '2020-02-01T23:59', 'across a leap-year February'],
  // After the anchor.
  ['5 working days after publication of the decision', '2019-05-03T16:00', ew, '2019-05-13T23:59', 'call-in over the May bank holiday'],
  ['5 working days after publication of the decision', '2019-12-23T16:00', ew, '2020-01-02T23:59', 'call-in over Christmas, England'],
  ['5 working days after publication of the decision', '2019-12-23T16:00', 'scotland', '2020-01-03T23:59', 'call-in over Christmas, Scotland'],
  ['within 28 days of taking office', '2019-05-06', ew, '2019-06-03T23:59', 'register of interests'],
  ['within 28 days', '2019-12-20', ew, '2020-01-17T23:59', 'gift received before Christmas'],
  ['3 clear working days after the decision', '2019-12-20T10:00', ew, '2019-12-30T23:59', 'Mon 23, Tue 24, Fri 27 are clear'],
  ['5pm 5 clear days after the meeting', '2019-05-13T10:00', ew, '2019-05-19T17:00', 'clear days after also exclude both ends'],
];

describe('resolveDeadline', () => {
  it.each(vectors)('%s, %s (%s) → %s: %s', (phrase, anchor, nation, expected) => {
    expect(resolveDeadline(rule(phrase), anchor, nation)).toBe(expected);
  });

  it('always lands a working-day rule on a working day, for every meeting day of 2019', () => {
    const rules = [cabinet, rule('12 noon the working day before'), rule('5 working days after publication of the decision')];
    for (const nation of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
      for (let day = new Date('2019-01-01T12:00:00Z'); day.getUTCFullYear() === 2019; day = new Date(day.getTime() + 86_400_000)) {
        const meeting = `${day.toISOString().slice(0, 10)}T10:00`;
        for (const r of rules) expect(isWorkingDay(resolveDeadline(r, meeting, nation).slice(0, 10), nation)).toBe(true);
      }
    }
  });

  it('rejects a malformed anchor', () => {
    expect(() => resolveDeadline(cabinet, '13/05/2019 10:00', ew)).toThrow(RangeError);
    expect(() => resolveDeadline(cabinet, '2019-02-30T10:00', ew)).toThrow(RangeError);
  });
});

describe('evaluateDeadline', () => {
  const meeting = '2019-05-13T10:00';

  it('is met when done by the deadline minute', () => {
    expect(evaluateDeadline(cabinet, meeting, '2019-05-07T16:59', '2019-05-20T00:00', ew)).toEqual({ due: '2019-05-07T17:00', state: 'met' });
    expect(evaluateDeadline(cabinet, meeting, '2019-05-07T17:00', '2019-05-20T00:00', ew).state).toBe('met');
    // 16:00:30 UTC is 17:00:30 BST: still within "by 5pm".
    expect(evaluateDeadline(cabinet, meeting, new Date('2019-05-07T16:00:30Z'), new Date(), ew).state).toBe('met');
  });

  it('is missed when done late', () => {
    expect(evaluateDeadline(cabinet, meeting, '2019-05-07T17:01', '2019-05-07T17:30', ew).state).toBe('missed');
    expect(evaluateDeadline(cabinet, meeting, new Date('2019-05-07T16:01:00Z'), new Date(), ew).state).toBe('missed');
  });

  it('is due until the deadline passes, reading instants in London time', () => {
    expect(evaluateDeadline(cabinet, meeting, null, '2019-05-07T12:00', ew)).toEqual({ due: '2019-05-07T17:00', state: 'due' });
    // 16:30 UTC is 17:30 BST: past 5pm in London though not in UTC.
    expect(evaluateDeadline(cabinet, meeting, null, new Date('2019-05-07T16:30:00Z'), ew).state).toBe('missed');
    expect(evaluateDeadline(cabinet, meeting, null, new Date('2019-05-07T15:59:00Z'), ew).state).toBe('due');
    // In winter London is on GMT.
    expect(evaluateDeadline(cabinet, '2019-12-30T10:00', null, new Date('2019-12-20T17:00:59Z'), ew).state).toBe('due');
    expect(evaluateDeadline(cabinet, '2019-12-30T10:00', null, new Date('2019-12-20T17:01:00Z'), ew).state).toBe('missed');
  });

  it('gives a rule without a time of day the whole last day', () => {
    const agenda = rule('5 clear days before the meeting');
    expect(evaluateDeadline(agenda, meeting, '2019-05-07T23:59', '2019-05-13T10:00', ew)).toEqual({ due: '2019-05-07T23:59', state: 'met' });
    // 23:30 UTC on the 7th is 00:30 BST on the 8th: a day late.
    expect(evaluateDeadline(agenda, meeting, new Date('2019-05-07T23:30:00Z'), new Date(), ew).state).toBe('missed');
    expect(evaluateDeadline(agenda, meeting, new Date('2019-05-07T22:59:59Z'), new Date(), ew).state).toBe('met');
  });

  it('counts the nation’s bank holidays', () => {
    expect(evaluateDeadline(cabinet, '2019-12-05T10:00', null, '2019-11-29T09:00', 'scotland').state).toBe('missed');
    expect(evaluateDeadline(cabinet, '2019-12-05T10:00', null, '2019-11-29T09:00', ew).state).toBe('due');
  });
});
