import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { addMonths, toLondonDate } from '../../../lib/dates.ts';
import { isoDate } from '../../../lib/form-dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { organisations, recommendationResponses, recommendations } from '../../../db/schema.ts';
import { single, writeRows, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** How long the executive has to respond to a scrutiny recommendation. */
export const RESPONSE_DUE_MONTHS = 2;

/** The columns of a recommendation. */
export type RecommendationValues = Partial<typeof recommendations.$inferInsert>;

/**
 * Creates or changes recommendations in one go; each has its text, to whom it is made and a response
 * due after it was made. Audited as `recommendation.create` / `.update`.
 * @example await saveRecommendations(trx, actor, [{ values: { bodyId, organisationId, madeOn: '2030-01-10', madeTo: 'Cabinet', recommendation: 'Publish gritting routes', responseDue: '2030-03-10', access: 'public' } }])
 */
export async function saveRecommendations(ex: Executor, actor: Actor, rows: RowWrite<RecommendationValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: recommendations as unknown as WritableTable,
      kind: 'recommendation',
      action: 'recommendation',
      rules: (_ex, checks) =>
        checks.flatMap((c) => [
          ...(String(c.next.recommendation ?? '').trim() ? [] : [{ row: c.index, field: 'recommendation', message: 'Enter the recommendation' }]),
          ...(c.next.madeOn && c.next.responseDue && String(c.next.responseDue) <= String(c.next.madeOn)
            ? [{ row: c.index, field: 'responseDue', message: 'The response must be due after the recommendation was made' }]
            : []),
        ]),
    },
    rows,
    opts,
  );
}

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
});

/**
 * Records a committee's recommendation to the executive as a draft, with its response due 2 months
 * after it was made (worked out here, never typed). Audited as `recommendation.create`.
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
