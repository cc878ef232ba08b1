import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { addMonths, toLondonDate } from '../../../lib/dates.ts';
import { isoDate } from '../../../lib/form-dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { forwardPlanEntries, organisations } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { saveRecommendations } from './save-recommendations.ts';

/** How long the executive has to respond to a scrutiny recommendation. */
export const RESPONSE_DUE_MONTHS = 2;

const makeInput = z.object({
  recommendation: z
    .string({ error: 'Enter the recommendation' })
    .trim()
    .min(1, { error: 'Enter the recommendation' })
    .max(4000, { error: 'The recommendation must be 4000 characters or fewer' }),
  madeTo: z
    .string({ error: 'Enter who the recommendation is made to' })
    .trim()
    .min(1, { error: 'Enter who the recommendation is made to' })
    .max(200, { error: 'Who it is made to must be 200 characters or fewer' }),
  madeOn: isoDate('date the recommendation was made'),
  forwardPlanRef: z.string().trim().max(40, { error: 'The Forward Plan reference must be 40 characters or fewer' }).optional(),
});

/**
 * Records a committee's recommendation to the executive as a draft, with its response due 2 months
 * after it was made (worked out here, never typed), and the Forward Plan entry it is about, if any. Audited as `recommendation.create`.
 * @example await makeRecommendation(db, actor, committeeId, { recommendation: 'Publish gritting routes', madeTo: 'Cabinet', madeOn: '2030-01-10' })
 */
export async function makeRecommendation(ex: Executor, actor: Actor, organisationId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const [org] = await ex
    .select({ id: organisations.id, bodyId: organisations.bodyId })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), isNull(organisations.deletedAt)));
  if (!org) throw new AppError('not_found', 'Committee not found');
  const parsed = makeInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  if (parsed.data.madeOn > toLondonDate(now)) return invalid([{ field: 'madeOn', message: 'The date the recommendation was made must be today or in the past' }]);
  const ref = parsed.data.forwardPlanRef;
  if (ref) {
    const [entry] = await ex
      .select({ id: forwardPlanEntries.id })
      .from(forwardPlanEntries)
      .where(and(eq(forwardPlanEntries.ref, ref), isNull(forwardPlanEntries.deletedAt)))
      .limit(1);
    if (!entry)
      return invalid([{ field: 'forwardPlanRef', message: `There is no Forward Plan entry ${ref}. Enter the reference of an entry on the Forward Plan, or leave it blank` }]);
  }
  const r = single(
    await saveRecommendations(
      ex,
      actor,
      [{ values: { bodyId: org.bodyId, organisationId: org.id, ...parsed.data, responseDue: addMonths(parsed.data.madeOn, RESPONSE_DUE_MONTHS), access: 'public' } }],
      { now },
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
