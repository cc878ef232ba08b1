import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FieldError } from './result.ts';

// The files owners download, change in a spreadsheet and upload again (actions, risks, measures'
// values): one way to write them and one way to read them back, naming each row by its line.

/** An objection to one line of an uploaded file. */
export type LineError = FieldError & { line: number };

// A spreadsheet runs a cell that starts with one of these as a formula: written, such a cell gets a
// leading apostrophe, which reading takes off again. Negative numbers are left alone.
const formulaStart = /^[=+\-@\t\r]/;
const guard = (s: string) => (formulaStart.test(s) && !/^-\d/.test(s) ? `'${s}` : s);
const unguard = (s: string) => (s.startsWith("'") && formulaStart.test(s.slice(1)) ? s.slice(1) : s);

/**
 * A file to download and upload again: a UTF-8 byte order mark (so spreadsheets read accents), the
 * header row, then the rows; cells a spreadsheet would run as formulas defused; CRLF line ends.
 * @example writeCsvFile(['ref', 'title'], [['ORG1', '=SUM(A1)']]) // "\uFEFFref,title\r\nORG1,'=SUM(A1)\r\n"
 */
export function writeCsvFile(header: readonly string[], rows: string[][]): string {
  return `\uFEFF${stringify([[...header], ...rows.map((r) => r.map(guard))], { record_delimiter: '\r\n', quoted_match: /^\s|\s$/ })}`;
}

/** One row of an uploaded file: the line it starts on (the header is line 1), and its cells by column name (blank when the column is absent). */
export type CsvFileRow = { line: number; cell: (name: string) => string };

/**
 * Reads an uploaded file written by `writeCsvFile` (or a spreadsheet's save of it): its rows with the
 * line each starts on — a quoted cell may span lines, and csv-parse counts a CRLF inside one as two —
 * or the one objection to the whole file (not CSV, empty, or a header without the columns `missing`
 * names; by default every column is needed).
 * @example readCsvFile('ref,title\nORG1,Flood\n', ['ref', 'title']).rows[0]!.cell('title') // 'Flood'
 */
export function readCsvFile(
  text: string,
  columns: readonly string[],
  missing: (header: string[]) => string[] = (header) => columns.filter((c) => !header.includes(c)),
): { rows: CsvFileRow[]; errors: LineError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ line, field: 'file', message: `Line ${line}: the file is not valid CSV (check that every quote mark is closed)` }] };
  }
  if (!records.length) return { rows: [], errors: [{ line: 1, field: 'file', message: 'The selected file is empty' }] };
  const header = records[0]!.record.map((h) => h.trim().toLowerCase());
  const absent = missing(header);
  if (absent.length)
    return { rows: [], errors: [{ line: 1, field: 'file', message: `Line 1: the header row must name the columns ${columns.join(', ')} (missing: ${absent.join(', ')})` }] };
  const rows: CsvFileRow[] = [];
  // A record's line is worked back from the line it ends on, less its own line breaks and the extra
  // line csv-parse counted for each CRLF inside a quoted cell so far.
  let drift = 0;
  for (const { record, info } of records.slice(1)) {
    const real = record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    const counted = real + record.reduce((n, cell) => n + (cell.match(/\r\n/g)?.length ?? 0), 0);
    rows.push({ line: info.lines - counted - drift, cell: (name) => (header.includes(name) ? unguard(record[header.indexOf(name)] ?? '') : '') });
    drift += counted - real;
  }
  return { rows, errors: [] };
}
