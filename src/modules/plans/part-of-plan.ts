// What the commands on a part of a plan share: the part with its plan, and an id picked from a list.
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { planParts, plans } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import type { Plan, PlanPart } from './plans.repo.ts';

/** A live part and its live plan, for a command; a coded not-found error otherwise. */
export async function partWithPlan(ex: Executor, partId: number): Promise<{ part: PlanPart; plan: Plan }> {
  const [row] = await ex
    .select({ part: planParts, plan: plans })
    .from(planParts)
    .innerJoin(plans, eq(plans.id, planParts.planId))
    .where(and(eq(planParts.id, partId), isNull(planParts.deletedAt), isNull(plans.deletedAt)));
  if (!row) throw new AppError('not_found', 'Part of the plan not found');
  return row;
}

/**
 * A database id chosen from a select or sent as JSON, or undefined when none is.
 * @example pickedId('12') // 12
 */
export function pickedId(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
