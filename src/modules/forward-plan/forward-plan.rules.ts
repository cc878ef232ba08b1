import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { addDays, clearDaysBetween, formatDate, toLondonDate } from '../../lib/dates.ts';
import { forwardPlanEntries, notices } from './forward-plan.table.ts';

/** How long an entry with no decision date stays on the live Forward Plan after the plan it was published in. */
export const undatedDays = 183;

/**
 * The entries on the live Forward Plan on `today`: those whose decision is still to come, and
 * undated ones from a plan published in the last six months. Entries whose decision date has
 * passed (imported plans from earlier years among them) and entries their plan printed as decided
 * or withdrawn (`ended`) are kept and reachable at their own pages.
 * @example db.select().from(forwardPlanEntries).where(and(visible(v, 'forward_plan_entry'), liveForwardPlan('2026-12-02')))
 */
export function liveForwardPlan(today: string): SQL {
  const since = addDays(today, -undatedDays);
  return sql`(not ${forwardPlanEntries.ended} and coalesce(${forwardPlanEntries.decisionDate} >= ${today} or (${forwardPlanEntries.decisionDate} is null and coalesce(${forwardPlanEntries.planDate}, ${forwardPlanEntries.firstPublished}) >= ${since}), false))`;
}

/**
 * Statuses a published plan prints for a matter that is no longer to come: withdrawn or removed
 * from the plan, or already decided. "Decision to be taken", "Deferred" or "For determination"
 * are still to come.
 */
const ENDED_STATUS = /^(?:withdrawn|removed|deleted|decided|completed|taken|decision (?:taken|made|published))\b/i;

/**
 * Whether a status printed on an imported plan ends the entry.
 * @example statusEnds('Withdrawn 8 May 2031') // true
 * @example statusEnds('Decision to be taken') // false
 */
export function statusEnds(status: string | null | undefined): boolean {
  return ENDED_STATUS.test(status?.trim() ?? '');
}

/** Clear days a key decision must be on the published Forward Plan before it is taken (SI 2012/2089 reg 9). */
export const keyDecisionNoticeDays = 28;

/** Clear days between publishing a general exception notice and taking the decision (SI 2012/2089 reg 10). */
export const generalExceptionDays = 5;

/**
 * The reference of the next entry first published on `publishedOn` (London date) by a body:
 * FP/YY/MM/NN, the year and month of first publication and the sequence within that month.
 * @example forwardPlanRef('2026-11-03', 4) // 'FP/26/11/04'
 */
export function forwardPlanRef(publishedOn: string, sequence: number): string {
  return `FP/${publishedOn.slice(2, 4)}/${publishedOn.slice(5, 7)}/${String(sequence).padStart(2, '0')}`;
}

/** What the 28-day rule needs to know about an entry and its notices. */
export type KeyDecisionNotices = {
  firstPublished: string | null;
  notices: {
    kind: 'general-exception' | 'special-urgency' | 'private-meeting';
    publishedOn: string;
    chairInformedOn: string | null;
    chairAgreedOn: string | null;
    scrutinyChair: string | null;
  }[];
};

/**
 * Whether a key decision on `decidedOn` may be taken (SI 2012/2089 regs 9–11): its Forward Plan entry
 * first published at least 28 clear days before, or a published general exception notice (scrutiny
 * chair informed in writing, then 5 clear days from the notice), or a published special urgency
 * notice (the chair's agreement recorded). Returns the reason it may not, or null.
 * @example keyDecisionRefusal('2030-03-10', { firstPublished: '2030-03-01', notices: [] }) // 'The Forward Plan entry was first published …'
 */
export function keyDecisionRefusal(decidedOn: string, n: KeyDecisionNotices | null): string | null {
  if (n?.firstPublished && n.firstPublished < decidedOn && clearDaysBetween(n.firstPublished, decidedOn) >= keyDecisionNoticeDays) return null;
  for (const notice of n?.notices ?? []) {
    if (notice.publishedOn > decidedOn) continue;
    if (notice.kind === 'special-urgency' && notice.scrutinyChair && notice.chairAgreedOn && notice.chairAgreedOn <= decidedOn) return null;
    if (
      notice.kind === 'general-exception' &&
      notice.scrutinyChair &&
      notice.chairInformedOn &&
      notice.chairInformedOn <= notice.publishedOn &&
      clearDaysBetween(notice.publishedOn, decidedOn) >= generalExceptionDays
    )
      return null;
  }
  const lead = n?.firstPublished
    ? `Its Forward Plan entry was first published on ${formatDate(n.firstPublished)}, ${clearDaysBetween(n.firstPublished, decidedOn)} clear days before the decision; a key decision needs ${keyDecisionNoticeDays}`
    : 'Its Forward Plan entry has not been published';
  return `${lead}. Publish a general exception notice at least ${generalExceptionDays} clear days before the decision, or a special urgency notice with the scrutiny chair’s agreement, before recording this key decision`;
}

/**
 * Reads what the 28-day rule needs for the entry with this reference (published entries only, and
 * their published general exception and special urgency notices); null when no entry is published.
 * @example keyDecisionRefusal(decidedOn, await keyDecisionNotices(trx, 'FP/30/01/02'))
 */
export async function keyDecisionNotices(ex: Executor, ref: string): Promise<KeyDecisionNotices | null> {
  const entries = await ex
    .select({ id: forwardPlanEntries.id, firstPublished: forwardPlanEntries.firstPublished })
    .from(forwardPlanEntries)
    .where(and(eq(forwardPlanEntries.ref, ref), eq(forwardPlanEntries.publication, 'published'), isNull(forwardPlanEntries.deletedAt)));
  const all = await ex
    .select({ id: forwardPlanEntries.id })
    .from(forwardPlanEntries)
    .where(and(eq(forwardPlanEntries.ref, ref), isNull(forwardPlanEntries.deletedAt)));
  if (all.length === 0) return null;
  const rows = await ex
    .select()
    .from(notices)
    .where(
      and(
        inArray(
          notices.forwardPlanEntryId,
          all.map((e) => e.id),
        ),
        eq(notices.publication, 'published'),
        isNull(notices.deletedAt),
      ),
    );
  const firsts = entries.map((e) => e.firstPublished).filter((d): d is string => !!d);
  return {
    firstPublished: firsts.sort()[0] ?? null,
    notices: rows.map((r) => ({
      kind: r.kind,
      publishedOn: toLondonDate(r.publishedAt!),
      chairInformedOn: r.chairInformedOn,
      chairAgreedOn: r.chairAgreedOn,
      scrutinyChair: r.scrutinyChair,
    })),
  };
}
