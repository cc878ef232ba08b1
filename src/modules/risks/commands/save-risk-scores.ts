import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { riskScores } from '../../../db/schema.ts';
import { writeRows, type RowError, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of one dated score of a risk. */
export type RiskScoreValues = Partial<typeof riskScores.$inferInsert>;

/**
 * Adds dated scores to risks' histories; each score must be its likelihood × impact, both 1 to 5.
 * The risk commands call it whenever a risk is created or its rating changes. Audited as `risk-score.create`.
 * @example await saveRiskScores(trx, actor, [{ values: { riskId, likelihood: 3, impact: 4, score: 12, recordedOn: '2031-04-01', recordedBy: 'Risk manager' } }])
 */
export async function saveRiskScores(ex: Executor, actor: Actor, rows: RowWrite<RiskScoreValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: riskScores as unknown as WritableTable,
      kind: 'risk_score',
      action: 'risk-score',
      rules: (_ex, checks) =>
        checks.flatMap((c): RowError[] => {
          const { likelihood: l, impact: i, score } = c.next as { likelihood: number; impact: number; score: number };
          const inScale = (x: number) => Number.isInteger(x) && x >= 1 && x <= 5;
          if (!inScale(l) || !inScale(i)) return [{ row: c.index, field: 'likelihood', message: 'Likelihood and impact must be whole numbers from 1 to 5' }];
          return score === l * i ? [] : [{ row: c.index, field: 'score', message: 'The score must be the likelihood multiplied by the impact' }];
        }),
    },
    rows,
    opts,
  );
}
