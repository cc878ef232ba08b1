import type { DeadlineRule } from './deadline-rule.schema.ts';

/** The statutory deadlines every council starts with; a council or committee may override them. */
export const defaultRules = {
  /** Agenda and reports published before the meeting (LGA 1972 s100B; SI 2012/2089 reg 6). */
  agendaPublication: { kind: 'clear-working-days', count: 5, time: null, anchor: 'meeting', direction: 'before' },
  /** Key decision notice in the Forward Plan (SI 2012/2089 reg 9). */
  keyDecisionNotice: { kind: 'clear-days', count: 28, time: null, anchor: 'decision', direction: 'before' },
  /** General exception notice when a key decision missed the Forward Plan (SI 2012/2089 reg 10). */
  generalExceptionNotice: { kind: 'clear-days', count: 5, time: null, anchor: 'decision', direction: 'before' },
  /** First notice of a meeting to be held in private (SI 2012/2089 reg 5(2)). */
  privateMeetingNotice: { kind: 'clear-days', count: 28, time: null, anchor: 'meeting', direction: 'before' },
  /** Second notice of a private meeting, with reasons and representations (SI 2012/2089 reg 5(3)). */
  privateMeetingFinalNotice: { kind: 'clear-days', count: 5, time: null, anchor: 'meeting', direction: 'before' },
  /** The report for a key decision by a Cabinet Member or an officer open to inspection before the decision (SI 2012/2089 reg 7, with the council's working days). */
  individualDecisionReport: { kind: 'clear-working-days', count: 5, time: null, anchor: 'decision', direction: 'before' },
  /** Scrutiny call-in window after an executive decision is published (local constitution). */
  callIn: { kind: 'working-days', count: 5, time: null, anchor: 'publication', direction: 'after' },
  /** Disclosable pecuniary interests registered after taking office (Localism Act 2011 s30). */
  registerOfInterests: { kind: 'days', count: 28, time: null, anchor: 'taking-office', direction: 'after' },
  /** Gifts and hospitality of £50 or more registered after receipt (members' code of conduct). */
  giftsAndHospitality: { kind: 'days', count: 28, time: null, anchor: 'receipt', direction: 'after' },
} as const satisfies Record<string, DeadlineRule>;

/** The name of a default rule. */
export type DefaultRuleName = keyof typeof defaultRules;

/** A plain-English title for each default rule, for the Deadlines panel. */
export const defaultRuleTitles: Record<DefaultRuleName, string> = {
  agendaPublication: 'Agenda and reports published',
  keyDecisionNotice: 'Key decision notice published',
  generalExceptionNotice: 'General exception notice published',
  privateMeetingNotice: 'Notice of private meeting published',
  privateMeetingFinalNotice: 'Final notice of private meeting published',
  individualDecisionReport: 'Report for an individual key decision published',
  callIn: 'Call-in period ends',
  registerOfInterests: 'Register of interests completed',
  giftsAndHospitality: 'Gift or hospitality registered',
};
