import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { risks } from '../../../db/schema.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { orRollBack, refusedAsInvalid } from '../../records/index.ts';
import { riskFields, riskInput, riskValues } from '../risks.schema.ts';
import { saveRiskScores } from './save-risk-scores.ts';
import { saveRisks } from './save-risks.ts';

/**
 * Changes a risk: its details, current rating, mitigations, target and review date. The score is
 * computed again; when the likelihood or impact changes, the new score joins the risk's dated
 * history (with the note, if given). Audited as `risk.update` with before and after of what changed.
 * @example await updateRisk(db, actor, 7, { ref: 'ORG0009', title: 'Data centre failure', owner: 'Head of IT', likelihood: '3', impact: '5', note: 'Second site delayed' })
 */
export async function updateRisk(
  ex: Executor,
  actor: Actor,
  id: number,
  raw: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: number; ref: string; scored: boolean }>> {
  const [before] = await ex
    .select()
    .from(risks)
    .where(and(eq(risks.id, id), isNull(risks.deletedAt)));
  if (!before) throw new AppError('not_found', 'Risk not found');
  const parsed = riskInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error).sort((a, b) => riskFields.indexOf(a.field) - riskFields.indexOf(b.field)));
  // A form or file without the owner's person link leaves it as it is.
  const values = { ...riskValues(parsed.data), ...('ownerPersonId' in raw ? {} : { ownerPersonId: before.ownerPersonId }) };
  const scored = values.likelihood !== before.likelihood || values.impact !== before.impact;
  return refusedAsInvalid(
    ex.transaction(async (trx) => {
      orRollBack(await saveRisks(trx, actor, [{ id, values }], { now }));
      if (scored) {
        const { likelihood, impact, score } = values;
        orRollBack(
          await saveRiskScores(
            trx,
            actor,
            [{ values: { riskId: id, likelihood, impact, score, recordedOn: toLondonDate(now), note: parsed.data.note ?? null, recordedBy: actor.label } }],
            { now },
          ),
        );
      }
      return ok({ id, ref: values.ref, scored });
    }),
  );
}
