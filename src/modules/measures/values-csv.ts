// The one CSV format of measures' values, for export and import (officer area and API).
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FieldError } from '../../lib/result.ts';

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

/** An objection to one line of the file. */
export type LineError = FieldError & { line: number };

// A spreadsheet runs a cell that starts with one of these as a formula: exported, such a cell gets a
// leading apostrophe, which the import takes off again. Negative numbers are left alone.
const formulaStart = /^[=+\-@\t\r]/;
const guard = (s: string) => (formulaStart.test(s) && !/^-\d/.test(s) ? `'${s}` : s);
const unguard = (s: string) => (s.startsWith("'") && formulaStart.test(s.slice(1)) ? s.slice(1) : s);

/**
 * The values as CSV text: a UTF-8 byte order mark, a header row and one row per value.
 * @example valuesToCsv([{ measureId: 3, measure: 'Households helped', label: 'Q1 2026/27', value: 118, note: null }]) // '\uFEFFmeasure_id,measure,period,value,note\r\n3,Households helped,Q1 2026/27,118,\r\n'
 */
export function valuesToCsv(rows: ValueCsvRecord[]): string {
  const body = rows.map((r) => [String(r.measureId), r.measure, r.label, String(r.value), r.note ?? ''].map(guard));
  return `\uFEFF${stringify([[...VALUE_COLUMNS], ...body], { record_delimiter: '\r\n', quoted_match: /^\s|\s$/ })}`;
}

/**
 * Reads a file in the values format: its rows as text with their lines (the header is line 1; a quoted
 * note may span lines, and a row is named by the line it starts on), or the objection to the whole file.
 * @example parseValuesCsv('measure_id,measure,period,value,note\n3,,Q1 2026/27,118,\n').rows[0] // { line: 2, measureId: '3', … }
 */
export function parseValuesCsv(text: string): { rows: ValueCsvRow[]; errors: LineError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ line, field: 'file', message: `Line ${line}: the file is not valid CSV (check that every quote mark is closed)` }] };
  }
  if (!records.length) return { rows: [], errors: [{ line: 1, field: 'file', message: 'The selected file is empty' }] };
  const header = records[0]!.record.map((h) => h.trim().toLowerCase());
  const missing = VALUE_COLUMNS.filter((c) => c !== 'measure_id' && c !== 'measure' && !header.includes(c));
  if (missing.length || (!header.includes('measure_id') && !header.includes('measure')))
    return { rows: [], errors: [{ line: 1, field: 'file', message: `Line 1: the header row must name the columns ${VALUE_COLUMNS.join(', ')}` }] };
  const col = (r: string[], name: (typeof VALUE_COLUMNS)[number]) => (header.includes(name) ? unguard(r[header.indexOf(name)] ?? '') : '');
  const rows: ValueCsvRow[] = [];
  // csv-parse counts lines to the end of a record, and counts a CRLF inside a quoted cell as two lines:
  // the line a row starts on is worked back from its end, less the extra lines counted so far.
  let drift = 0;
  for (const { record, info } of records.slice(1)) {
    const real = record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    const counted = real + record.reduce((n, cell) => n + (cell.match(/\r\n/g)?.length ?? 0), 0);
    const line = info.lines - counted - drift;
    drift += counted - real;
    rows.push({
      line,
      measureId: col(record, 'measure_id').trim(),
      measure: col(record, 'measure').trim(),
      period: col(record, 'period'),
      value: col(record, 'value'),
      note: col(record, 'note'),
    });
  }
  return { rows, errors: [] };
}
