/** The deadline engine: rules as data, read from and written as council phrases, resolved in London time. */
export type { DeadlineRule } from './deadline-rule.schema.ts';
export { parseRulePhrase } from './rule-phrase.parser.ts';
export { evaluateDeadline, resolveDeadline } from './deadline.resolver.ts';
export { defaultRules } from './default-rules.ts';
export { agendaDeadline } from './meeting-deadlines.ts';
export { meetingRules } from './deadlines.repo.ts';
export { deadlinesModule } from './deadlines.panel.ts';
