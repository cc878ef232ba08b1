import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { legislativeTerms } from '../../../db/schema.ts';
import { writeRows, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of a council term. */
export type LegislativeTermValues = Partial<typeof legislativeTerms.$inferInsert>;

/**
 * Records council terms between elections; a term never ends before it starts. Audited as `legislative-term.create`.
 * @example await saveLegislativeTerms(trx, actor, [{ values: { bodyId, name: 'County Council 2025–2029', startDate: '2025-05-01', endDate: '2029-04-30' } }])
 */
export async function saveLegislativeTerms(ex: Executor, actor: Actor, rows: RowWrite<LegislativeTermValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: legislativeTerms as unknown as WritableTable,
      kind: 'legislative_term',
      action: 'legislative-term',
      rules: (_ex, checks) =>
        checks
          .filter((c) => c.next.endDate && c.next.startDate && String(c.next.endDate) < String(c.next.startDate))
          .map((c) => ({ row: c.index, field: 'endDate', message: 'The end of the term must be after its start' })),
    },
    rows,
    opts,
  );
}
