import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { risks } from '../../../db/schema.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { orRollBack, refusedAsInvalid, sameValue } from '../../records/index.ts';
import type { LineError } from '../../../lib/csv-file.ts';
import { parseRisksCsv } from '../risks-csv.ts';
import { riskValues } from '../risks.schema.ts';
import { saveRiskScores } from './save-risk-scores.ts';
import { saveRisks, type RiskValues } from './save-risks.ts';

/**
 * Applies a CSV file of the risk register (the format of `risksToCsv`) to a council's risks: each row
 * changes the risk with its reference, and a new reference adds a draft risk. All rows or none: any
 * objection (each naming its line) changes nothing. A row that would change nothing writes nothing,
 * so importing an export answers `changed: 0` with no audit rows; a new risk or a changed rating also
 * joins the risk's dated history. Audited as `risk.create`, `risk.update` and `risk-score.create`.
 * @example await importRisksCsv(trx, actor, bodyId, 'ref,title,category,owner,likelihood,impact,score,target_likelihood,target_impact,target_score,mitigations,review_date\r\nORG0009,Data centre failure,,Head of IT,2,5,10,,,,,\r\n')
 */
export async function importRisksCsv(ex: Executor, actor: Actor, bodyId: number, csv: string, now = new Date()): Promise<Result<{ changed: number }>> {
  const parsed = parseRisksCsv(csv);
  if (parsed.errors.length) return invalid(parsed.errors);
  const current = await ex
    .select()
    .from(risks)
    .where(and(eq(risks.bodyId, bodyId), isNull(risks.deletedAt)));
  const byRef = new Map(current.map((r) => [r.ref, r]));
  const writes: { id?: number; line: number; values: RiskValues; scored: boolean; before?: (typeof current)[number] }[] = [];
  for (const row of parsed.rows) {
    const before = byRef.get(row.input.ref);
    // The file has no column for the owner's person link: an import keeps it.
    const values = { ...riskValues(row.input), ownerPersonId: before?.ownerPersonId ?? null };
    if (!before) {
      writes.push({ line: row.line, values: { bodyId, ...values, access: 'public', createdAt: now, updatedAt: now }, scored: true });
      continue;
    }
    const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => !sameValue(before[k as keyof typeof before], v)));
    if (Object.keys(changed).length) writes.push({ id: before.id, line: row.line, values: changed, scored: 'likelihood' in changed || 'impact' in changed, before });
  }
  if (!writes.length) return ok({ changed: 0 });
  return refusedAsInvalid(
    ex.transaction(async (trx) => {
      const saved = await saveRisks(
        trx,
        actor,
        writes.map((w) => ({ id: w.id, values: w.values })),
        { now },
      );
      if (!saved.ok) {
        const errors: LineError[] = saved.errors.map((e) => ({ ...e, line: writes[e.row]!.line, message: `Line ${writes[e.row]!.line}: ${e.message}` }));
        return invalid(errors.sort((a, b) => a.line - b.line));
      }
      const history = writes.flatMap((w, i) => {
        if (!w.scored) return [];
        const after = { ...w.before, ...w.values } as { likelihood: number; impact: number; score: number };
        const riskId = saved.value.ids[i]!;
        return [{ values: { riskId, likelihood: after.likelihood, impact: after.impact, score: after.score, recordedOn: toLondonDate(now), note: null, recordedBy: actor.label } }];
      });
      orRollBack(await saveRiskScores(trx, actor, history, { now }));
      return ok({ changed: saved.value.outcomes.filter((o) => o !== 'unchanged').length });
    }),
  );
}
