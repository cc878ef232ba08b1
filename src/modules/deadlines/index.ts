/** The deadline engine: rules as data, read from and written as council phrases, resolved in London time. */
export {
  anchors,
  anchorSchema,
  countedKinds,
  deadlineRuleSchema,
  directionSchema,
  nationSchema,
  ruleKinds,
  timeOfDaySchema,
  weekdays,
} from './deadline-rule.schema.ts';
export type {
  Anchor,
  CountedRule,
  DeadlineEvaluation,
  DeadlineRule,
  DeadlineState,
  Weekday,
  WeekdayRule,
} from './deadline-rule.schema.ts';
export { RULE_FIELD, parseRulePhrase } from './rule-phrase.parser.ts';
export { anchorPhrases, formatRule } from './rule-phrase.formatter.ts';
export { END_OF_DAY, evaluateDeadline, resolveDeadline } from './deadline.resolver.ts';
export { defaultRuleTitles, defaultRules } from './default-rules.ts';
export type { DefaultRuleName } from './default-rules.ts';
export { agendaDeadline, chooseRule, meetingDeadlines, meetingRuleDefaults, meetingRuleNames } from './meeting-deadlines.ts';
export type { ChosenRule, MeetingDeadline, MeetingFacts, MeetingRuleName, RuleSource } from './meeting-deadlines.ts';
export { loadMeetingFacts, meetingRules } from './deadlines.repo.ts';
export { deadlinesModule } from './deadlines.panel.ts';
