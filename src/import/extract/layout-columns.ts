/**
 * Tables of a page layout read by position. `pdftotext -layout` prints a wide table's columns side by side,
 * each cell wrapped over several lines and a cell sometimes one space from the next: the header row says
 * where each column starts, and every word of a row belongs to the column it starts in.
 */

/** A column of a laid-out table: where its header starts and the header's words. */
export interface LaidOutColumn {
  start: number;
  header: string;
}

const SEGMENT = /\S+(?: \S+)*/g;
const WORD = /\S+/g;

/** The columns of a header row: its runs of words separated by two spaces or more. */
export function headerColumns(text: string): LaidOutColumn[] {
  const out: LaidOutColumn[] = [];
  for (const m of text.matchAll(SEGMENT)) out.push({ start: m.index, header: m[0] });
  return out;
}

/**
 * Adds a header's second line ("First" over "published") to the columns when every run of words on it
 * starts where a column does; false (and no change) otherwise.
 */
export function extendHeader(columns: LaidOutColumn[], text: string): boolean {
  const runs = [...text.matchAll(SEGMENT)];
  if (runs.length === 0) return false;
  const at = runs.map((m) => columns.findIndex((c) => Math.abs(c.start - m.index) <= 2));
  if (at.some((k) => k < 0)) return false;
  runs.forEach((m, i) => {
    const c = columns[at[i] as number] as LaidOutColumn;
    c.header = `${c.header} ${m[0]}`;
  });
  return true;
}

/** The text of each column on one laid-out line: each word goes to the column it starts in (a column may start a space early). */
export function cellsByPosition(text: string, columns: readonly LaidOutColumn[]): string[] {
  const cells: string[] = columns.map(() => '');
  for (const m of text.matchAll(WORD)) {
    let k = 0;
    while (k + 1 < columns.length && (columns[k + 1] as LaidOutColumn).start - 1 <= m.index) k++;
    cells[k] = cells[k] === '' ? m[0] : `${cells[k] as string} ${m[0]}`;
  }
  return cells;
}

/** Whether a run of words (two spaces or more before it, or the line's start) starts in column k: a cell of its own, not a run-on from the left. */
export function startsInColumn(text: string, columns: readonly LaidOutColumn[], k: number): boolean {
  const from = (columns[k] as LaidOutColumn).start - 1;
  const to = k + 1 < columns.length ? (columns[k + 1] as LaidOutColumn).start - 1 : Infinity;
  for (const m of text.matchAll(SEGMENT)) if (m.index >= from && m.index < to) return true;
  return false;
}

/**
 * Whether every run of words on a laid-out line sits inside one column: a run that starts in one column and runs
 * on past the next column's start is prose across the page, not a row of the table.
 */
export function fitsColumns(text: string, columns: readonly LaidOutColumn[]): boolean {
  for (const m of text.matchAll(SEGMENT)) {
    let k = 0;
    while (k + 1 < columns.length && (columns[k + 1] as LaidOutColumn).start - 1 <= m.index) k++;
    const next = columns[k + 1];
    if (next && m.index + m[0].length > next.start) return false;
  }
  return true;
}

/**
 * The lines of each column of a laid-out table below its header, from `from` until a line whose words do not
 * sit in the columns (or `end`): `lines[k][r]` is row r's text in column k, '' where the column is empty on it.
 * Blank lines between rows are kept as rows of empty cells, since a blank ends a wrapped cell.
 * @example columnLines(['A          B', 'x          y'], 1, 2, headerColumns('A          B')).lines // [['x'], ['y']]
 */
export function columnLines(laid: readonly string[], from: number, end: number, columns: readonly LaidOutColumn[]): { lines: string[][]; next: number } {
  const lines: string[][] = columns.map(() => []);
  let next = from;
  for (let i = from; i < end; i++) {
    const text = laid[i] ?? '';
    if (text.trim() !== '' && !fitsColumns(text, columns)) break;
    cellsByPosition(text, columns).forEach((c, k) => (lines[k] as string[]).push(c));
    next = i + 1;
  }
  return { lines, next };
}
