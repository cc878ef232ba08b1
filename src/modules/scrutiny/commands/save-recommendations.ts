import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { recommendations } from '../../../db/schema.ts';
import { writeRows, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

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
