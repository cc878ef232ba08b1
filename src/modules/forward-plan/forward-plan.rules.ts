import { sql, type SQL } from 'drizzle-orm';
import { addDays } from '../../lib/dates.ts';
import { forwardPlanEntries } from './forward-plan.table.ts';

/** How long an entry with no decision date stays on the live Forward Plan after the plan it was published in. */
export const undatedDays = 183;

/**
 * The entries on the live Forward Plan on `today`: those whose decision is still to come, and
 * undated ones from a plan published in the last six months. Entries whose decision date has
 * passed (imported plans from earlier years among them) are kept and reachable at their own pages.
 * @example db.select().from(forwardPlanEntries).where(and(visible(v, 'forward_plan_entry'), liveForwardPlan('2026-12-02')))
 */
export function liveForwardPlan(today: string): SQL {
  const since = addDays(today, -undatedDays);
  return sql`coalesce(${forwardPlanEntries.decisionDate} >= ${today} or (${forwardPlanEntries.decisionDate} is null and coalesce(${forwardPlanEntries.planDate}, ${forwardPlanEntries.firstPublished}) >= ${since}), false)`;
}
