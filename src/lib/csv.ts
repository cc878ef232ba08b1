import { stringify } from 'csv-stringify/sync';

/** One CSV column: its heading and how to read the cell from a row. */
export type CsvColumn<T> = { header: string; value: (row: T) => string | number | boolean | null | undefined };

/**
 * Defuses a cell a spreadsheet would run as a formula (CSV injection): text beginning with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading apostrophe. Numbers are left alone.
 * @example safeCell('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function safeCell(value: string | number | boolean | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A CSV document (RFC 4180, CRLF line ends, a heading row) of `rows`, every text cell made safe to open in a spreadsheet.
 * @example toCsv([{ header: 'Title', value: (r) => r.title }], [{ title: 'Budget' }]) // 'Title\r\nBudget\r\n'
 */
export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  return stringify(
    rows.map((r) => columns.map((c) => safeCell(c.value(r)))),
    { header: true, columns: columns.map((c) => c.header), record_delimiter: 'windows' },
  );
}
