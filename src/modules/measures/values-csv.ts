// The one CSV format of measures' values, for export and import (officer area and API).
import { readCsvFile, writeCsvFile, type LineError } from '../../lib/csv-file.ts';

/**
 * The columns, in order. `measure_id` finds the measure (when blank, `measure` finds it by its exact
 * name); `period` is a quarter (Q2 2026/27), a month (October 2026) or a day in the period
 * (2026-10-01); `value` is a number; `note` is optional.
 */
export const VALUE_COLUMNS = ['measure_id', 'measure', 'period', 'value', 'note'] as const;

/** One value as the export writes it. */
export type ValueCsvRecord = { measureId: number; measure: string; label: string; value: number; note: string | null };

/** One row of the file as read: the cells as text, with the line it starts on. */
export type ValueCsvRow = { line: number; measureId: string; measure: string; period: string; value: string; note: string };

/**
 * The values as CSV text: a UTF-8 byte order mark, a header row and one row per value.
 * @example valuesToCsv([{ measureId: 3, measure: 'Households helped', label: 'Q1 2026/27', value: 118, note: null }]) // '\uFEFFmeasure_id,measure,period,value,note\r\n3,Households helped,Q1 2026/27,118,\r\n'
 */
export function valuesToCsv(rows: ValueCsvRecord[]): string {
  return writeCsvFile(
    VALUE_COLUMNS,
    rows.map((r) => [String(r.measureId), r.measure, r.label, String(r.value), r.note ?? '']),
  );
}

/**
 * Reads a file in the values format: its rows as text with their lines (the header is line 1; a quoted
 * note may span lines, and a row is named by the line it starts on), or the objection to the whole file.
 * @example parseValuesCsv('measure_id,measure,period,value,note\n3,,Q1 2026/27,118,\n').rows[0] // { line: 2, measureId: '3', … }
 */
export function parseValuesCsv(text: string): { rows: ValueCsvRow[]; errors: LineError[] } {
  // Either column finds the measure: the id, or the exact name when the id is blank.
  const file = readCsvFile(text, VALUE_COLUMNS, (header) => [
    ...(header.includes('measure_id') || header.includes('measure') ? [] : ['measure_id or measure']),
    ...['period', 'value', 'note'].filter((c) => !header.includes(c)),
  ]);
  if (file.errors.length) return { rows: [], errors: file.errors };
  const rows: ValueCsvRow[] = file.rows.map(({ line, cell }) => ({
    line,
    measureId: cell('measure_id').trim(),
    measure: cell('measure').trim(),
    period: cell('period'),
    value: cell('value'),
    note: cell('note'),
  }));
  return { rows, errors: [] };
}
