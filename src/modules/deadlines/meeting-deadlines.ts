import { toLondonLocal } from '../../lib/dates.ts';
import type { LocalDateTime, Nation } from '../../lib/dates.ts';
import { deadlineRuleSchema } from './deadline-rule.schema.ts';
import type { DeadlineRule, DeadlineState } from './deadline-rule.schema.ts';
import { evaluateDeadline } from './deadline.resolver.ts';
import { defaultRules } from './default-rules.ts';
import { formatRule } from './rule-phrase.formatter.ts';
import { parseRulePhrase } from './rule-phrase.parser.ts';

/**
 * Local conventions the statutory defaults lack; councils and committees override them in their rules.
 * Public questions close 5pm 3 clear working days before; draft minutes are published within 10 working days.
 */
export const meetingRuleDefaults = {
  publicQuestions: { kind: 'clear-working-days', count: 3, time: '17:00', anchor: 'meeting', direction: 'before' },
  minutesPublication: { kind: 'working-days', count: 10, time: null, anchor: 'meeting', direction: 'after' },
} as const satisfies Record<string, DeadlineRule>;

/** The rules a meeting is checked against, as named in bodies.rules and organisations.rules. */
export const meetingRuleNames = ['agendaPublication', 'publicQuestions', 'keyDecisionNotice', 'privateMeetingNotice', 'privateMeetingFinalNotice', 'minutesPublication'] as const;

/** The name of a rule the meeting deadlines use. */
export type MeetingRuleName = (typeof meetingRuleNames)[number];

const titles: Record<MeetingRuleName, string> = {
  agendaPublication: 'Agenda and reports published',
  publicQuestions: 'Public questions and statements close',
  keyDecisionNotice: 'Key decision notice in the Forward Plan',
  privateMeetingNotice: 'First notice of private business (28 days)',
  privateMeetingFinalNotice: 'Final notice of private business (5 days)',
  minutesPublication: 'Draft minutes published',
};

/** Where a rule came from: the committee's rules, the council's rules or the built-in default. */
export type RuleSource = 'committee' | 'council' | 'default';

/** A rule chosen for a meeting, with where it came from and any problem reading a configured rule. */
export type ChosenRule = { rule: DeadlineRule; source: RuleSource; problem: string | null };

function readRule(value: unknown): { rule: DeadlineRule } | { problem: string } {
  if (typeof value === 'string') {
    const parsed = parseRulePhrase(value);
    return parsed.ok ? { rule: parsed.value } : { problem: parsed.errors[0]?.message ?? `Could not read "${value}"` };
  }
  const parsed = deadlineRuleSchema.safeParse(value);
  return parsed.success ? { rule: parsed.data } : { problem: 'The configured rule is not valid rule data' };
}

/**
 * The rule in force: the committee's, else the council's, else the default. A configured rule that
 * cannot be read falls back to the next one and says why.
 * @example chooseRule('publicQuestions', { publicQuestions: '12 noon the working day before' }, {}).source // 'committee'
 */
export function chooseRule(name: MeetingRuleName, organisationRules: Record<string, unknown>, bodyRules: Record<string, unknown>): ChosenRule {
  const problems: string[] = [];
  for (const [source, rules] of [
    ['committee', organisationRules],
    ['council', bodyRules],
  ] as const) {
    const value = rules?.[name];
    if (value === undefined || value === null || value === '') continue;
    const read = readRule(value);
    if ('rule' in read) return { rule: read.rule, source, problem: problems[0] ?? null };
    problems.push(`${source === 'committee' ? 'Committee' : 'Council'} rule ignored. ${read.problem}`);
  }
  const rule: DeadlineRule = name in meetingRuleDefaults ? meetingRuleDefaults[name as keyof typeof meetingRuleDefaults] : defaultRules[name as keyof typeof defaultRules];
  return { rule, source: 'default', problem: problems[0] ?? null };
}

/** What happened at a meeting that the deadlines check. */
export type MeetingFacts = {
  startAt: Date;
  /** When the agenda was first published, or null. */
  agendaPublishedAt: Date | null;
  /** Whether the agenda has an exempt item, so the meeting is partly private. */
  hasExemptItems: boolean;
  /** Key decisions on the agenda: each with when its Forward Plan entry was first published (null if not yet). */
  keyDecisions: { reference: string; firstPublished: Date | LocalDateTime | null }[];
  /** When the first notice of private business was published, or null. */
  privateNoticeAt: Date | null;
  /** When draft minutes were first published, or null. */
  minutesPublishedAt: Date | null;
  cancelled: boolean;
};

/** One line of the Deadlines panel. */
export type MeetingDeadline = {
  name: MeetingRuleName;
  title: string;
  /** The rule as a phrase, e.g. "5pm 3 clear working days before the meeting". */
  phrase: string;
  source: RuleSource;
  problem: string | null;
  /** London local date-time of the deadline, 'YYYY-MM-DDTHH:MM'. */
  due: LocalDateTime;
  /** For a deadline the council must meet: met, due or missed; for a window the public uses: open or closed. */
  state: DeadlineState | 'open' | 'closed';
  /** Extra detail, such as which key decision a line is about. */
  detail: string | null;
};

/**
 * Every deadline a meeting must meet, resolved and checked. Key decision notices appear only when
 * the agenda carries key decisions; private meeting notices only when it has exempt items.
 * @example meetingDeadlines(facts, {}, {}, 'england-and-wales', new Date())[0].name // 'agendaPublication'
 */
export function meetingDeadlines(
  facts: MeetingFacts,
  organisationRules: Record<string, unknown>,
  bodyRules: Record<string, unknown>,
  nation: Nation,
  now: Date,
): MeetingDeadline[] {
  const anchor = toLondonLocal(facts.startAt);
  const line = (name: MeetingRuleName, actual: Date | LocalDateTime | null, detail: string | null = null): MeetingDeadline => {
    const chosen = chooseRule(name, organisationRules, bodyRules);
    const evaluation = evaluateDeadline(chosen.rule, anchor, actual, now, nation);
    return { name, title: titles[name], phrase: formatRule(chosen.rule), source: chosen.source, problem: chosen.problem, due: evaluation.due, state: evaluation.state, detail };
  };
  const out: MeetingDeadline[] = [line('agendaPublication', facts.agendaPublishedAt)];
  const questions = line('publicQuestions', null);
  out.push({ ...questions, state: questions.state === 'due' ? 'open' : 'closed' });
  for (const k of facts.keyDecisions) out.push(line('keyDecisionNotice', k.firstPublished, k.reference));
  if (facts.hasExemptItems) {
    out.push(line('privateMeetingNotice', facts.privateNoticeAt));
    // The published agenda names each exempt item's paragraph: it is the final notice with reasons.
    out.push(line('privateMeetingFinalNotice', facts.agendaPublishedAt));
  }
  if (!facts.cancelled) out.push(line('minutesPublication', facts.minutesPublishedAt));
  return out;
}

/**
 * When the agenda of a meeting must be published by, and whether publishing now is late.
 * @example agendaDeadline(new Date('2030-03-04T10:00:00Z'), {}, {}, 'england-and-wales', new Date('2030-03-01T09:00:00Z')).late // true
 */
export function agendaDeadline(
  startAt: Date,
  organisationRules: Record<string, unknown>,
  bodyRules: Record<string, unknown>,
  nation: Nation,
  now: Date,
): { due: LocalDateTime; late: boolean; phrase: string } {
  const chosen = chooseRule('agendaPublication', organisationRules, bodyRules);
  const evaluation = evaluateDeadline(chosen.rule, toLondonLocal(startAt), now, now, nation);
  return { due: evaluation.due, late: evaluation.state === 'missed', phrase: formatRule(chosen.rule) };
}
