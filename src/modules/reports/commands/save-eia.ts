import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { decisions, eias, reports, type EiaCharacteristic } from '../../../db/schema.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { eiaCharacteristics, eiaInput } from '../reports.schema.ts';

/** The characteristic rows of a parsed EIA, in the printed order. */
function characteristicsOf(d: z.infer<typeof eiaInput>): EiaCharacteristic[] {
  const data = d as Record<string, unknown>;
  return Object.keys(eiaCharacteristics).map((key) => ({
    key,
    summary: String(data[`c_${key}_summary`] ?? ''),
    outcome: (data[`c_${key}_outcome`] as EiaCharacteristic['outcome']) ?? null,
  }));
}

/**
 * Creates or changes an equality impact assessment, a draft (public once published) attached to a
 * report or, for a decision taken without one, to the decision: each protected characteristic's summary and outcome, the evidence, who was consulted,
 * and who completed and signed it off when. Sign-off cannot come before completion. Audited as `eia.create` / `.update`.
 * @example await saveEia(trx, actor, null, { title: 'Footbridge EIA', reportId: '12', c_age_outcome: 'positive' })
 */
export async function saveEia(ex: Executor, actor: Actor, id: number | null, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const parsed = eiaInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const d = parsed.data;
  const reportId = d.reportId as number | undefined;
  const decisionId = d.decisionId as number | undefined;
  if (d.completedOn && d.signedOffOn && d.signedOffOn < d.completedOn)
    return invalid([{ field: 'signedOffOn', message: 'The date it was signed off must be on or after the date it was completed' }]);
  let bodyId: number;
  if (id !== null) {
    const [before] = await ex
      .select({ bodyId: eias.bodyId })
      .from(eias)
      .where(and(eq(eias.id, id), isNull(eias.deletedAt)));
    if (!before) throw new AppError('not_found', 'Assessment not found');
    bodyId = before.bodyId;
  } else {
    const [owner] = reportId
      ? await ex
          .select({ bodyId: reports.bodyId })
          .from(reports)
          .where(and(eq(reports.id, reportId), isNull(reports.deletedAt)))
      : decisionId
        ? await ex
            .select({ bodyId: decisions.bodyId })
            .from(decisions)
            .where(and(eq(decisions.id, decisionId), isNull(decisions.deletedAt)))
        : [];
    if (!owner) return invalid([{ field: 'reportId', message: 'Select the report or decision the assessment is for' }]);
    bodyId = owner.bodyId;
  }
  const values = {
    title: d.title,
    characteristics: characteristicsOf(d),
    evidence: d.evidence ?? null,
    consulted: d.consulted ?? null,
    completedBy: d.completedBy ?? null,
    completedOn: d.completedOn ?? null,
    signedOffBy: d.signedOffBy ?? null,
    signedOffOn: d.signedOffOn ?? null,
    reviewOn: d.reviewOn ?? null,
    ...(id === null ? { bodyId, reportId: reportId ?? null, decisionId: reportId ? null : (decisionId ?? null), access: 'public' as const } : {}),
  };
  const r = single(
    await ex.transaction((trx) =>
      writeRows(trx, actor, { table: eias as unknown as WritableTable, kind: 'eia', action: 'eia', omitFromAudit: ['evidence'] }, [{ id: id ?? undefined, values }], { now }),
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
