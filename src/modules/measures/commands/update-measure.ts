import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { actionPlans, measures } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { measureFields, measureInput } from '../measures.schema.ts';

/**
 * Changes a measure: every field of the form, including the officer's own RAG rating and commentary
 * (kept beside the computed RAG). A blank optional field clears it. Audited as `measure.update` with
 * the changed columns before and after; a save that changes nothing writes no audit row.
 * @example await updateMeasure(trx, actor, 4, { ...form, officerRag: 'Amber', commentary: 'Winter pressures' })
 */
export async function updateMeasure(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number; changed: boolean }>> {
  const parsed = measureInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error).sort((a, b) => measureFields.indexOf(a.field) - measureFields.indexOf(b.field)));
  const d = parsed.data;
  const [before] = await ex
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.id, id), isNull(measures.deletedAt)));
  if (!before) throw new AppError('not_found', 'Measure not found');
  if (d.actionPlanId !== undefined) {
    const [plan] = await ex
      .select({ id: actionPlans.id })
      .from(actionPlans)
      .where(and(eq(actionPlans.id, d.actionPlanId), isNull(actionPlans.deletedAt)));
    if (!plan) return invalid([{ field: 'actionPlanId', message: 'Select an action plan from the list' }]);
  }
  const r = single(
    await writeRows(
      ex,
      actor,
      { table: measures as unknown as WritableTable, kind: 'measure', action: 'measure' },
      [
        {
          id,
          values: {
            actionPlanId: d.actionPlanId ?? null,
            name: d.name,
            unit: d.unit,
            polarity: d.polarity,
            frequency: d.frequency,
            baseline: d.baseline ?? null,
            target: d.target,
            tolerance: d.tolerance ?? 0,
            source: d.source ?? null,
            owner: d.owner ?? null,
            officerRag: d.officerRag ?? null,
            commentary: d.commentary ?? null,
          },
        },
      ],
      { now },
    ),
  );
  return r.ok ? ok({ id, changed: r.value.outcome === 'updated' }) : r;
}
