import { describe, expect, it } from 'vitest';
import { deadlineRuleSchema } from './deadline-rule.schema.ts';
import { resolveDeadline } from './deadline.resolver.ts';
import { defaultRuleTitles, defaultRules } from './default-rules.ts';
import { formatRule } from './rule-phrase.formatter.ts';
import { parseRulePhrase } from './rule-phrase.parser.ts';

describe('defaultRules', () => {
  it('are valid rule data with a title each', () => {
    for (const [name, rule] of Object.entries(defaultRules)) {
      expect(deadlineRuleSchema.safeParse(rule).success, name).toBe(true);
      expect(defaultRuleTitles[name as keyof typeof defaultRules]).toBeTruthy();
    }
  });

  it('read as the statutory phrases', () => {
    expect(Object.fromEntries(Object.entries(defaultRules).map(([name, rule]) => [name, formatRule(rule)]))).toEqual({
      agendaPublication: '5 clear working days before the meeting',
      keyDecisionNotice: '28 clear days before the decision',
      generalExceptionNotice: '5 clear days before the decision',
      privateMeetingNotice: '28 clear days before the meeting',
      privateMeetingFinalNotice: '5 clear days before the meeting',
      individualDecisionReport: '5 clear working days before the decision',
      callIn: '5 working days after publication of the decision',
      registerOfInterests: '28 days after taking office',
      giftsAndHospitality: '28 days after receipt',
    });
    for (const rule of Object.values(defaultRules)) expect(parseRulePhrase(formatRule(rule))).toEqual({ ok: true, value: rule });
  });

  it('resolve for a meeting on Monday 6 January 2020', () => {
    // Fri 3, Thu 2, Tue 31, Mon 30, Fri 27 are clear in England (1 January is a bank holiday).
    expect(resolveDeadline(defaultRules.agendaPublication, '2020-01-06T10:00', 'england-and-wales')).toBe('2019-12-24T23:59');
    // Scotland also loses 2 January.
    expect(resolveDeadline(defaultRules.agendaPublication, '2020-01-06T10:00', 'scotland')).toBe('2019-12-23T23:59');
    expect(resolveDeadline(defaultRules.agendaPublication, '2019-05-13T10:00', 'england-and-wales')).toBe('2019-05-02T23:59');
    expect(resolveDeadline(defaultRules.privateMeetingNotice, '2020-01-06T10:00', 'england-and-wales')).toBe('2019-12-08T23:59');
    expect(resolveDeadline(defaultRules.privateMeetingFinalNotice, '2020-01-06T10:00', 'england-and-wales')).toBe('2019-12-31T23:59');
  });
});
