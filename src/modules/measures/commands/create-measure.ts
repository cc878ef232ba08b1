import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { actionPlans, bodies, measures } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { measureFields, measureInput } from '../measures.schema.ts';

/**
 * Creates a measure, as a public draft: name, unit, polarity, frequency, target (and tolerance, absolute
 * in its unit), optionally a baseline, an action plan, a source, an owner and the officer's RAG and
 * commentary. Nobody outside the council sees it until it is published. Audited as `measure.create`.
 * @example await createMeasure(trx, actor, { name: 'Households helped', unit: 'households', polarity: 'higher', frequency: 'quarterly', target: '120', tolerance: '10' })
 */
export async function createMeasure(ex: Executor, actor: Actor, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const parsed = measureInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error).sort((a, b) => measureFields.indexOf(a.field) - measureFields.indexOf(b.field)));
  const d = parsed.data;
  if (d.actionPlanId !== undefined) {
    const [plan] = await ex
      .select({ id: actionPlans.id })
      .from(actionPlans)
      .where(and(eq(actionPlans.id, d.actionPlanId), isNull(actionPlans.deletedAt)));
    if (!plan) return invalid([{ field: 'actionPlanId', message: 'Select an action plan from the list' }]);
  }
  const [body] = await ex.select({ id: bodies.id }).from(bodies).where(isNull(bodies.deletedAt)).limit(1);
  if (!body) throw new AppError('not_found', 'There is no council to add the measure to');
  const r = single(
    await writeRows(
      ex,
      actor,
      { table: measures as unknown as WritableTable, kind: 'measure', action: 'measure' },
      [
        {
          values: {
            bodyId: body.id,
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
            access: 'public',
          },
        },
      ],
      { now },
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
