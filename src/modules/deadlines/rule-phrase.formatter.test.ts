import { describe, expect, it } from 'vitest';
import { anchors, countedKinds, weekdays } from './deadline-rule.schema.ts';
import type { DeadlineRule } from './deadline-rule.schema.ts';
import { formatRule } from './rule-phrase.formatter.ts';
import { parseRulePhrase } from './rule-phrase.parser.ts';

const readBack = (phrase: string): string => {
  const result = parseRulePhrase(phrase);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return formatRule(result.value);
};

describe('formatRule', () => {
  it.each([
    ['5.00pm 3 clear working days before the meeting', '5pm 3 clear working days before the meeting'],
    ['12 noon the (working) day before', 'midday the working day before the meeting'],
    ['noon the day before the meeting', 'midday the day before the meeting'],
    ['5pm on the Monday before the meeting', '5pm on the Monday before the meeting'],
    ['5 clear days before the meeting', '5 clear days before the meeting'],
    ['28 clear days before the decision', '28 clear days before the decision'],
    ['5 working days after publication of the decision', '5 working days after publication of the decision'],
    ['within 28 days of taking office', '28 days after taking office'],
    ['within 28 days', '28 days after the event'],
    ['10am two working days before', '10am 2 working days before the meeting'],
    ['17:30 1 clear day before the meeting', '5:30pm 1 clear day before the meeting'],
    ['9am on the day of the meeting', '9am on the day of the meeting'],
    ['12am the day before the meeting', '00:00 the day before the meeting'],
    ['1 hour before the meeting', '1 hour before the meeting'],
  ])('writes %j as %j', (phrase, written) => {
    expect(readBack(phrase)).toBe(written);
  });

  it('writes every rule as a phrase that reads back to the same rule', () => {
    const rules: DeadlineRule[] = [];
    const times = [null, '00:00', '09:30', '12:00', '17:00', '23:59'];
    for (const anchor of anchors) {
      for (const direction of ['before', 'after'] as const) {
        for (const kind of countedKinds) {
          for (const count of [0, 1, 2, 5, 28]) {
            if (count === 0 && (kind === 'working-days' || kind === 'hours')) continue;
            for (const time of kind === 'hours' ? [null] : times) rules.push({ kind, count, time, anchor, direction });
          }
        }
        for (const weekday of weekdays) {
          for (const time of times) rules.push({ kind: 'weekday', weekday, time, anchor, direction });
        }
      }
    }
    expect(rules.length).toBeGreaterThan(500);
    for (const rule of rules) {
      expect(parseRulePhrase(formatRule(rule)), formatRule(rule)).toEqual({ ok: true, value: rule });
    }
  });
});
