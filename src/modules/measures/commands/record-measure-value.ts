import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { measureValues, measures } from '../../../db/schema.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { sameValue, single, writeRows, type RowOutcome, type WritableTable } from '../../records/index.ts';
import { parsePeriod } from '../measure-periods.ts';
import { valueInput } from '../measures.schema.ts';

/**
 * Records a measure's value for one period (Q2 2026/27, October 2026, or a day in the period), with an
 * optional note. A period that starts after today is refused; a period already recorded is changed, not
 * added twice. Audited as `measure-value.create` or `.update` with what changed.
 * @example await recordMeasureValue(trx, actor, 4, { period: 'Q2 2026/27', value: '87.5', note: 'Two new sites open' })
 */
export async function recordMeasureValue(
  ex: Executor,
  actor: Actor,
  measureId: number,
  raw: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: number; outcome: RowOutcome }>> {
  const [measure] = await ex
    .select({ id: measures.id, frequency: measures.frequency })
    .from(measures)
    .where(and(eq(measures.id, measureId), isNull(measures.deletedAt)));
  if (!measure) throw new AppError('not_found', 'Measure not found');
  const parsed = valueInput.safeParse(blankToUndefined(raw));
  const errors = parsed.success ? [] : fieldErrors(parsed.error);
  const periodText = typeof raw.period === 'string' ? raw.period : '';
  const period = periodText.trim() ? parsePeriod(periodText, measure.frequency) : undefined;
  if (periodText.trim() && !period)
    errors.unshift({
      field: 'period',
      message: measure.frequency === 'quarterly' ? 'Enter the period as a quarter, like Q2 2026/27' : 'Enter the period as a month, like October 2026',
    });
  else if (period && period.period > toLondonDate(now)) errors.unshift({ field: 'period', message: 'The period must not be in the future' });
  const order = ['period', 'value', 'note'];
  if (!parsed.success || !period || errors.length) return invalid(errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)));
  const [existing] = await ex
    .select()
    .from(measureValues)
    .where(and(eq(measureValues.measureId, measureId), eq(measureValues.period, period.period)));
  const values = { label: period.label, value: parsed.data.value, note: parsed.data.note ?? null, deletedAt: null };
  // The same value again changes nothing, not even who recorded it.
  if (existing && (Object.keys(values) as (keyof typeof values)[]).every((k) => sameValue(existing[k], values[k]))) return ok({ id: existing.id, outcome: 'unchanged' });
  const r = single(
    await writeRows(
      ex,
      actor,
      { table: measureValues as unknown as WritableTable, kind: 'measure_value', action: 'measure-value' },
      [
        existing
          ? { id: existing.id, values: { ...values, recordedAt: now, recordedBy: actor.label } }
          : { values: { measureId, period: period.period, ...values, recordedAt: now, recordedBy: actor.label } },
      ],
      { now },
    ),
  );
  return r.ok ? ok(r.value) : r;
}
