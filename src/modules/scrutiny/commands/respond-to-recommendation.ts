import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { isoDate } from '../../../lib/form-dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { recommendationResponses, recommendations } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { saveRecommendations } from './save-recommendations.ts';

const respondInput = z.object({
  response: z.enum(recommendationResponses, { error: 'Select the executive’s response' }),
  responseText: z.string({ error: 'Enter the response' }).trim().min(1, { error: 'Enter the response' }).max(8000, { error: 'The response must be 8000 characters or fewer' }),
  respondedOn: isoDate('date of the response'),
  followUp: z.string().trim().max(8000, { error: 'The actions that follow must be 8000 characters or fewer' }).optional(),
});

/**
 * Records the executive's response to a recommendation (accepted, partly accepted or rejected, with
 * its text and date, not before the recommendation nor in the future) and the actions that follow.
 * The response can be corrected; each change is audited as `recommendation.respond`.
 * @example await respondToRecommendation(db, actor, 3, { response: 'accepted', responseText: 'Routes will be online by March', respondedOn: '2030-02-01' })
 */
export async function respondToRecommendation(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const [before] = await ex
    .select()
    .from(recommendations)
    .where(and(eq(recommendations.id, id), isNull(recommendations.deletedAt)));
  if (!before) throw new AppError('not_found', 'Recommendation not found');
  const parsed = respondInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  if (v.respondedOn > toLondonDate(now)) return invalid([{ field: 'respondedOn', message: 'The date of the response must be today or in the past' }]);
  if (v.respondedOn < before.madeOn) return invalid([{ field: 'respondedOn', message: 'The date of the response must be on or after the date the recommendation was made' }]);
  const r = single(
    await saveRecommendations(ex, actor, [{ id, values: { response: v.response, responseText: v.responseText, respondedOn: v.respondedOn, followUp: v.followUp ?? null } }], {
      now,
      verb: 'respond',
    }),
  );
  return r.ok ? ok({ id }) : r;
}
