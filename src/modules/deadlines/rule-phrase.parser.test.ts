import { describe, expect, it } from 'vitest';
import { parseRulePhrase } from './rule-phrase.parser.ts';
import type { DeadlineRule } from './deadline-rule.schema.ts';

const meeting = { anchor: 'meeting', direction: 'before' } as const;

const cases: [string, DeadlineRule][] = [
  ['5.00pm 3 clear working days before the meeting', { kind: 'clear-working-days', count: 3, time: '17:00', ...meeting }],
  ['5 p.m. 3 clear working days before the meeting', { kind: 'clear-working-days', count: 3, time: '17:00', ...meeting }],
  ['17:00 three clear working days before the meeting', { kind: 'clear-working-days', count: 3, time: '17:00', ...meeting }],
  ['3 clear working days before the meeting, by 5pm', { kind: 'clear-working-days', count: 3, time: '17:00', ...meeting }],
  ['Three (3) clear working days before the meeting at 5.00 pm', { kind: 'clear-working-days', count: 3, time: '17:00', ...meeting }],
  ['12 noon the working day before the meeting', { kind: 'working-days', count: 1, time: '12:00', ...meeting }],
  ['12 noon the (working) day before', { kind: 'working-days', count: 1, time: '12:00', ...meeting }],
  ['No later than 12.00 noon on the last working day before the meeting', { kind: 'working-days', count: 1, time: '12:00', ...meeting }],
  ['noon the day before the meeting', { kind: 'days', count: 1, time: '12:00', ...meeting }],
  ['midday 1 working day before', { kind: 'working-days', count: 1, time: '12:00', ...meeting }],
  ['5pm on the Monday before the meeting', { kind: 'weekday', weekday: 'monday', time: '17:00', ...meeting }],
  ['By 5pm on the Monday preceding the meeting', { kind: 'weekday', weekday: 'monday', time: '17:00', ...meeting }],
  ['The deadline is 10am on the preceding Friday', { kind: 'weekday', weekday: 'friday', time: '10:00', ...meeting }],
  ['5 clear days before the meeting', { kind: 'clear-days', count: 5, time: null, ...meeting }],
  ['at least five clear days before the date of the meeting', { kind: 'clear-days', count: 5, time: null, ...meeting }],
  ['28 clear days before the decision', { kind: 'clear-days', count: 28, time: null, anchor: 'decision', direction: 'before' }],
  ['Twenty-eight clear days before the decision is taken', { kind: 'clear-days', count: 28, time: null, anchor: 'decision', direction: 'before' }],
  ['twenty eight clear days prior to the decision', { kind: 'clear-days', count: 28, time: null, anchor: 'decision', direction: 'before' }],
  ['5 working days after publication of the decision', { kind: 'working-days', count: 5, time: null, anchor: 'publication', direction: 'after' }],
  ['within 5 working days of the decision being published', { kind: 'working-days', count: 5, time: null, anchor: 'publication', direction: 'after' }],
  ['within 28 days', { kind: 'days', count: 28, time: null, anchor: 'event', direction: 'after' }],
  ['Within 28 days of taking office', { kind: 'days', count: 28, time: null, anchor: 'taking-office', direction: 'after' }],
  ['within 28 days of receipt', { kind: 'days', count: 28, time: null, anchor: 'receipt', direction: 'after' }],
  ['10am two working days before', { kind: 'working-days', count: 2, time: '10:00', ...meeting }],
  ['10.30am 2 business days before the meeting', { kind: 'working-days', count: 2, time: '10:30', ...meeting }],
  ['1700hrs the day before the meeting', { kind: 'days', count: 1, time: '17:00', ...meeting }],
  ['09:00 on the day of the meeting', { kind: 'days', count: 0, time: '09:00', ...meeting }],
  ['midnight 2 days before the meeting', { kind: 'days', count: 2, time: null, ...meeting }],
  ['12am 2 days before the meeting', { kind: 'days', count: 2, time: '00:00', ...meeting }],
  ['24 hours before the meeting', { kind: 'hours', count: 24, time: null, ...meeting }],
  ['3 clear working days after the decision', { kind: 'clear-working-days', count: 3, time: null, anchor: 'decision', direction: 'after' }],
  ['5pm on the Friday after the meeting', { kind: 'weekday', weekday: 'friday', time: '17:00', anchor: 'meeting', direction: 'after' }],
  ['5pm, 3 clear working days before the meeting.', { kind: 'clear-working-days', count: 3, time: '17:00', ...meeting }],
  ['5pm 3 clear working days before the meeting', { kind: 'clear-working-days', count: 3, time: '17:00', ...meeting }],
];

describe('parseRulePhrase', () => {
  it.each(cases)('reads %j', (phrase, rule) => {
    expect(parseRulePhrase(phrase)).toEqual({ ok: true, value: rule });
  });

  it.each([
    ['', /Enter a deadline rule/],
    ['   ', /Enter a deadline rule/],
    ['whenever', /start with a number of days/],
    ['5pm', /start with a number of days/],
    ['3 clear working days', /before or after/],
    ['5pm the Monday', /before or after/],
    ['3 clear weeks before the meeting', /"days" or "hours"/],
    ['5pm 10am the day before the meeting', /more than one time/],
    ['13pm the day before the meeting', /"13pm" is not a time of day/],
    ['5pm 24 hours before the meeting', /hours cannot also name a time of day/],
    ['3 working hours before the meeting', /hours cannot be clear or working/],
    ['5 clear days before the agenda', /not a starting point/],
    ['5 clear days before lunch', /not a starting point/],
    ['0 working days before the meeting', /1 or more/],
    ['99999 days before the meeting', /3660/],
  ])('explains why it cannot read %j', (phrase, message) => {
    const result = parseRulePhrase(phrase);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.field).toBe('rule');
    expect(result.errors[0]?.message).toMatch(message);
    expect(result.errors[0]?.message).not.toContain('\n');
  });

  it('keeps a multi-line phrase on one line in its message', () => {
    const result = parseRulePhrase('whenever\nyou like');
    expect(!result.ok && result.errors[0]?.message).toBe(
      'Could not read "whenever you like": start with a number of days (such as "3 clear working days"), "the … before" or "within"',
    );
  });
});
