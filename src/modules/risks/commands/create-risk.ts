import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { orRollBack, refusedAsInvalid } from '../../records/index.ts';
import { riskFields, riskInput, riskValues } from '../risks.schema.ts';
import { saveRiskScores } from './save-risk-scores.ts';
import { saveRisks } from './save-risks.ts';

/**
 * Adds a risk to a council's register as a draft (nothing is public until it is published), with its
 * score computed from likelihood × impact and that score as the first entry of its history.
 * Audited as `risk.create` and `risk-score.create`.
 * @example await createRisk(db, actor, bodyId, { ref: 'ORG0009', title: 'Data centre failure', owner: 'Head of IT', likelihood: '2', impact: '5' })
 */
export async function createRisk(ex: Executor, actor: Actor, bodyId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number; ref: string }>> {
  const parsed = riskInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error).sort((a, b) => riskFields.indexOf(a.field) - riskFields.indexOf(b.field)));
  const values = riskValues(parsed.data);
  return refusedAsInvalid(
    ex.transaction(async (trx) => {
      const [id] = orRollBack(await saveRisks(trx, actor, [{ values: { bodyId, ...values, access: 'public', createdAt: now, updatedAt: now } }], { now })).ids;
      const { likelihood, impact, score } = values;
      orRollBack(
        await saveRiskScores(
          trx,
          actor,
          [{ values: { riskId: id!, likelihood, impact, score, recordedOn: toLondonDate(now), note: parsed.data.note ?? null, recordedBy: actor.label } }],
          { now },
        ),
      );
      return ok({ id: id!, ref: values.ref });
    }),
  );
}
