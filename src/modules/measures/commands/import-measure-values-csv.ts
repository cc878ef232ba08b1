import { inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { measureValues, measures } from '../../../db/schema.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { sameValue, writeRows, type RowWrite, type WritableTable } from '../../records/index.ts';
import { parsePeriod } from '../measure-periods.ts';
import { numberInput } from '../measures.schema.ts';
import type { LineError } from '../../../lib/csv-file.ts';
import { parseValuesCsv } from '../values-csv.ts';

/**
 * Applies a CSV file of measures' values (the format of `valuesToCsv`): each row records or changes
 * one measure's value for one period. All rows or none: every objection names its line and nothing is
 * written. A row that matches what is stored writes nothing, so importing an export answers
 * `changed: 0` with no audit rows. Audited as `measure-value.create` / `.update`.
 * @example await importMeasureValuesCsv(trx, actor, 'measure_id,measure,period,value,note\r\n3,,Q2 2026/27,121,\r\n')
 */
export async function importMeasureValuesCsv(ex: Executor, actor: Actor, csv: string, now = new Date()): Promise<Result<{ changed: number }>> {
  const parsed = parseValuesCsv(csv);
  if (parsed.errors.length) return invalid(parsed.errors);
  const all = await ex.select({ id: measures.id, name: measures.name, frequency: measures.frequency }).from(measures).where(isNull(measures.deletedAt));
  const byId = new Map(all.map((m) => [String(m.id), m]));
  const byName = new Map<string, (typeof all)[number][]>();
  for (const m of all) byName.set(m.name.trim().toLowerCase(), [...(byName.get(m.name.trim().toLowerCase()) ?? []), m]);
  const today = toLondonDate(now);
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  const wanted: { line: number; measureId: number; period: string; label: string; value: number; note: string | null }[] = [];
  for (const row of parsed.rows) {
    const err = (field: string, message: string) => errors.push({ line: row.line, field, message: `Line ${row.line}: ${message}` });
    const named = byName.get(row.measure.toLowerCase()) ?? [];
    const measure = row.measureId ? byId.get(row.measureId) : named.length === 1 ? named[0] : undefined;
    if (!measure) {
      if (row.measureId) err('measure_id', `there is no measure ${row.measureId}`);
      else if (!row.measure) err('measure', 'enter the measure’s id or its name');
      else err('measure', named.length ? `more than one measure is called “${row.measure}”: use its id` : `there is no measure called “${row.measure}”`);
      continue;
    }
    const period = row.period.trim() ? parsePeriod(row.period, measure.frequency) : undefined;
    if (!period) {
      err(
        'period',
        measure.frequency === 'quarterly'
          ? `enter the period as a quarter, like Q2 2026/27, not “${row.period}”`
          : `enter the period as a month, like October 2026, not “${row.period}”`,
      );
      continue;
    }
    if (period.period > today) {
      err('period', `the period ${period.label} must not be in the future`);
      continue;
    }
    const value = numberInput('value').safeParse(row.value);
    if (!value.success) {
      err(
        'value',
        (value.error.issues[0]?.message ?? 'Enter the value').replace(/^./, (c) => c.toLowerCase()),
      );
      continue;
    }
    if (row.note.length > 4000) {
      err('note', 'the note must be 4000 characters or fewer');
      continue;
    }
    const key = `${measure.id} ${period.period}`;
    if (seen.has(key)) {
      err('period', `${period.label} for this measure is already on line ${seen.get(key)}`);
      continue;
    }
    seen.set(key, row.line);
    wanted.push({ line: row.line, measureId: measure.id, period: period.period, label: period.label, value: value.data, note: row.note.trim() ? row.note : null });
  }
  if (errors.length) return invalid(errors);
  const ids = [...new Set(wanted.map((w) => w.measureId))];
  const stored = ids.length ? await ex.select().from(measureValues).where(inArray(measureValues.measureId, ids)) : [];
  const storedBy = new Map(stored.map((s) => [`${s.measureId} ${s.period}`, s]));
  const writes: RowWrite[] = [];
  for (const w of wanted) {
    const before = storedBy.get(`${w.measureId} ${w.period}`);
    const values = { label: w.label, value: w.value, note: w.note, deletedAt: null };
    if (before && (Object.keys(values) as (keyof typeof values)[]).every((k) => sameValue(before[k], values[k]))) continue;
    writes.push(
      before
        ? { id: before.id, values: { ...values, recordedAt: now, recordedBy: actor.label } }
        : { values: { measureId: w.measureId, period: w.period, ...values, recordedAt: now, recordedBy: actor.label } },
    );
  }
  if (!writes.length) return ok({ changed: 0 });
  const r = await writeRows(ex, actor, { table: measureValues as unknown as WritableTable, kind: 'measure_value', action: 'measure-value' }, writes, { now });
  if (!r.ok) return invalid(r.errors.map(({ field, message }) => ({ field, message })));
  return ok({ changed: writes.length });
}
