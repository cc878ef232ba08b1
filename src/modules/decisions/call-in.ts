import { defaultRules, parseRulePhrase, resolveDeadline, type DeadlineRule } from '../deadlines/index.ts';
import { fromLondonLocal, toLondonDate, type Nation } from '../../lib/dates.ts';

/** The call-in rule: the organisation's phrase (rules.callIn), the council's phrase or number of working days, or the default (5 working days after publication). */
export function callInRule(organisationRules: Record<string, unknown>, bodyRules: Record<string, unknown>): DeadlineRule {
  for (const phrase of [organisationRules.callIn, bodyRules.callIn]) {
    if (typeof phrase === 'string') {
      const parsed = parseRulePhrase(phrase);
      if (parsed.ok) return parsed.value;
    }
  }
  const days = bodyRules.callInWorkingDays;
  if (typeof days === 'number' && Number.isInteger(days) && days > 0) return { ...defaultRules.callIn, count: days };
  return defaultRules.callIn;
}

/**
 * The call-in window of an executive decision published at `publishedAt`: the deadline (the end of
 * the last day of the window, London time) and the moment the decision takes effect if not called in.
 * @example callInWindow(new Date('2026-11-02T10:00Z'), defaultRules.callIn, 'england-and-wales')
 * // { deadline: 2026-11-09T23:59 London, effectiveFrom: 2026-11-10T00:00 London }
 */
export function callInWindow(publishedAt: Date, rule: DeadlineRule, nation: Nation): { deadline: Date; effectiveFrom: Date } {
  const due = resolveDeadline(rule, toLondonDate(publishedAt), nation);
  const deadline = fromLondonLocal(due, 'later');
  return { deadline, effectiveFrom: new Date(deadline.getTime() + 60_000) };
}

/** Whether a decision is an executive decision subject to call-in: Cabinet, a Cabinet Member, or an officer's key decision. */
export function isSubjectToCallIn(maker: { organisationKind: string | null; personKind: string | null }, isKey: boolean): boolean {
  if (maker.organisationKind) return maker.organisationKind === 'cabinet';
  if (maker.personKind === 'councillor') return true;
  return maker.personKind === 'officer' && isKey;
}

/** The call-in state people see, taking the clock into account: an open window that has passed has closed without call-in. */
export function callInState(d: { callInStatus: string; callInDeadline: Date | null; effectiveFrom: Date | null }, now: Date = new Date()) {
  const closed = d.callInDeadline !== null && now.getTime() > d.callInDeadline.getTime();
  const labels: Record<string, string> = {
    'not-applicable': 'Not subject to call-in',
    open: closed ? 'Call-in period ended: not called in' : 'Open for call-in',
    'called-in': 'Called in: waiting for scrutiny',
    'no-further-action': 'Called in: scrutiny took no further action',
    'referred-back': 'Called in: referred back to the decision maker',
  };
  const effective = d.effectiveFrom !== null && now.getTime() >= d.effectiveFrom.getTime();
  return { label: labels[d.callInStatus] ?? d.callInStatus, open: d.callInStatus === 'open' && !closed, effective };
}
