/**
 * Tables of a page layout read by position. `pdftotext -layout` prints a wide table's columns side by side,
 * each cell wrapped over several lines and a cell sometimes one space from the next: the header row says
 * where each column starts, and every word of a row belongs to the column it starts in.
 */
import { JAMMED_CELL_TAILS } from './layouts.ts';
import { joinWrapped } from './names.ts';

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
 * starts where a column does; false (and no change) otherwise. A run one space from the next column's words
 * ("decision (exempt" under "Key" and "Private") is split where a word starts at that column.
 */
export function extendHeader(columns: LaidOutColumn[], text: string): boolean {
  const runs = [...text.matchAll(SEGMENT)];
  if (runs.length === 0) return false;
  const at = runs.map((m) => columns.findIndex((c) => Math.abs(c.start - m.index) <= 2));
  if (at.some((k) => k < 0)) return false;
  runs.forEach((m, i) => {
    let k = at[i] as number;
    for (const w of m[0].matchAll(WORD)) {
      const next = columns[k + 1];
      if (w.index > 0 && next && Math.abs(next.start - (m.index + w.index)) <= 1) k++;
      const c = columns[k] as LaidOutColumn;
      c.header = `${c.header} ${w[0]}`;
    }
  });
  return true;
}

/**
 * The columns of a table whose header words are centred over their columns, not set at their left edge ("   Ref      Recommendation"
 * over "IA/1 Reconcile the …" / "     the fleet log"): when most runs of words under the header start off every header's
 * start, each column starts where the last run at or before its header's start does (after the column to its left).
 * The header's own columns otherwise.
 */
export function centredHeaderColumns(columns: readonly LaidOutColumn[], body: readonly string[]): LaidOutColumn[] {
  const starts = new Set<number>();
  let on = 0;
  let off = 0;
  for (const text of body)
    for (const m of text.matchAll(SEGMENT)) {
      starts.add(m.index);
      if (columns.some((c) => Math.abs(c.start - m.index) <= 2)) on++;
      else off++;
    }
  if (off <= on) return [...columns];
  const sorted = [...starts].sort((a, b) => a - b);
  const out: LaidOutColumn[] = [];
  for (const c of columns) {
    const left = out.length > 0 ? (out[out.length - 1] as LaidOutColumn).start : -1;
    const at = sorted.filter((s) => s > left && s <= c.start).pop();
    out.push({ start: at ?? c.start, header: c.header });
  }
  return out;
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

/** Runs of words of a laid-out line: words one or two spaces apart, as a column of a layout keeps them. */
const COLUMN_RUN = /\S+(?: {1,2}\S+)*/g;

/**
 * A block of laid-out lines printed as two columns side by side (a header box with the council's name on the
 * left and the meeting's title, date and venue on the right), read one column at a time: each column's lines
 * in order. The left column starts at the block's margin and every run of the right one starts past its widest
 * line; the columns must interleave (a line holding both, or a right-hand line between two left-hand ones), and
 * the right one must hold two lines at least. Null for any other block.
 */
export function sideBySide(laid: readonly string[]): { left: string[]; right: string[] } | null {
  const runs = laid.map((t) => [...t.matchAll(COLUMN_RUN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })));
  const all = runs.flat();
  if (all.length === 0) return null;
  const margin = Math.min(...all.map((r) => r.start));
  const inLeft = (r: { start: number }): boolean => r.start <= margin + 4;
  const leftEnd = Math.max(...all.filter(inLeft).map((r) => r.end));
  if (all.some((r) => !inLeft(r) && r.start <= leftEnd + 2)) return null;
  const left: string[] = [];
  const right: string[] = [];
  const sides: Array<'left' | 'right' | 'both'> = [];
  for (const line of runs) {
    const l = line.filter(inLeft);
    const r = line.filter((x) => !inLeft(x));
    if (l.length > 0) left.push(l.map((x) => x.text).join(' '));
    if (r.length > 0) right.push(r.map((x) => x.text).join(' '));
    if (l.length + r.length > 0) sides.push(l.length === 0 ? 'right' : r.length === 0 ? 'left' : 'both');
  }
  const firstLeft = sides.indexOf('left');
  const interleaved = sides.includes('both') || sides.some((s, k) => s === 'right' && k > firstLeft && firstLeft >= 0 && sides.lastIndexOf('left') > k);
  return left.length > 0 && right.length >= 2 && interleaved ? { left, right } : null;
}

/**
 * The columns as one row of a table prints them. A cell may start to the left of its header ("Ref." over
 * "CAB/1 Budget", the subject one space after the reference; a squeezed row whose every cell sits a few
 * places left): a run of words starting off every header, nearer the start of column k than of any other,
 * moves column k's start back to it for this row. Columns only move left, and stay in order.
 */
export function rowColumns(texts: readonly string[], columns: readonly LaidOutColumn[]): LaidOutColumn[] {
  const starts = columns.map((c) => c.start);
  for (const text of texts)
    for (const m of text.matchAll(SEGMENT)) {
      const s = m.index;
      let k = 0;
      columns.forEach((c, j) => {
        if (Math.abs(c.start - s) < Math.abs((columns[k] as LaidOutColumn).start - s)) k = j;
      });
      if (k > 0 && s < (columns[k] as LaidOutColumn).start - 1 && s > (starts[k - 1] as number) + 1) starts[k] = Math.min(starts[k] as number, s);
    }
  return columns.map((c, k) => ({ start: starts[k] as number, header: c.header }));
}

/** A column that holds Y or N: "Key decision Y/N", "Exempt (Y/N)". */
const YES_NO_HEADER = /\bY\/N\)?$/i;

/**
 * The cells of each laid-out line of one table row, by the row's own columns (rowColumns): each word goes to the
 * column it starts in, except that a word running over the moved start of the next column belongs to that column
 * (two cells jammed one space apart: "Cabinet Member Not before 29"). `lines[n][k]` is line n's text in column k.
 */
export function rowLineCells(texts: readonly string[], columns: readonly LaidOutColumn[]): string[][] {
  const own = rowColumns(texts, columns);
  return texts.map((text, n) => {
    const line: string[] = columns.map(() => '');
    for (const m of text.matchAll(WORD)) {
      let k = 0;
      while (k + 1 < own.length && (own[k + 1] as LaidOutColumn).start - 1 <= m.index) k++;
      const next = own[k + 1];
      if (next && next.start < (columns[k + 1] as LaidOutColumn).start && m.index + m[0].length > next.start) k++;
      line[k] = line[k] === '' ? m[0] : `${line[k] as string} ${m[0]}`;
    }
    // A yes/no column's letter printed one space after the cell to its left, on the row's first line.
    if (n === 0)
      columns.forEach((c, k) => {
        const yes = k > 0 && line[k] === '' && YES_NO_HEADER.test(c.header) ? / ([YN])$/.exec(line[k - 1] as string) : null;
        if (yes) {
          line[k - 1] = (line[k - 1] as string).slice(0, yes.index);
          line[k] = yes[1] as string;
        }
      });
    // A typed cell jammed one space after the cell to its left ("… & Ivo 14/04/2031 G – On track"): a date ending the
    // cell left of a date column, a RAG letter and its dash ending the cell left of a status column, are that column's.
    for (const { header, tail, alone } of JAMMED_CELL_TAILS)
      columns.forEach((c, k) => {
        const m = k > 0 && header.test(c.header) && !(alone === true && line[k] !== '') ? tail.exec(line[k - 1] as string) : null;
        if (!m) return;
        line[k - 1] = (line[k - 1] as string).slice(0, m.index);
        line[k] = line[k] === '' ? (m[1] as string) : `${m[1] as string} ${line[k] as string}`;
      });
    return line;
  });
}

/** The cells of one table row printed over several laid-out lines, by the row's own columns (rowLineCells), each cell's lines joined. */
export function rowCellsByPosition(texts: readonly string[], columns: readonly LaidOutColumn[]): string[] {
  const cells: string[] = columns.map(() => '');
  for (const line of rowLineCells(texts, columns)) line.forEach((c, k) => (cells[k] = joinWrapped([cells[k] as string, c])));
  return cells;
}

/**
 * One paragraph set in newspaper columns ("Councillors A Bell, C" | "Eve Fox, G" | "Ian Jay and" …): every line of
 * the block holds a fragment of each column side by side, and the text runs down the first column, then the next.
 * The block is the run of non-blank laid-out lines from `from` (three at least, before `end`); the first line's runs
 * are the columns (two or more), the first column is filled on every line, every other run starts at one of them and
 * stays inside it, and most runs carry a comma, as a run-on list does. The text read column by column (words broken
 * at a hyphen rejoined) and the line after the block; null for any other block.
 * @example flowedColumns(['A Bell,    D Fox,', 'B Cole,    E Gee and', 'C Dunn,    H Ives.'], 0, 3)?.text // 'A Bell, B Cole, C Dunn, D Fox, E Gee and H Ives.'
 */
export function flowedColumns(laid: readonly string[], from: number, end: number): { text: string; next: number } | null {
  let next = from;
  while (next < end && (laid[next] ?? '').trim() !== '') next++;
  if (next - from < 3) return null;
  const columns = headerColumns(laid[from] ?? '');
  if (columns.length < 2) return null;
  const cells: string[][] = columns.map(() => []);
  let runs = 0;
  let commas = 0;
  for (let i = from; i < next; i++) {
    const text = laid[i] ?? '';
    // The first column is the longest, full on every line; a label table leaves it empty where a value wraps.
    if (!fitsColumns(text, columns) || Math.abs(text.search(/\S/) - (columns[0] as LaidOutColumn).start) > 2) return null;
    for (const m of text.matchAll(SEGMENT)) {
      const k = columns.findIndex((c) => Math.abs(c.start - m.index) <= 2);
      if (k < 0) return null;
      (cells[k] as string[]).push(m[0]);
      runs++;
      if (m[0].includes(',')) commas++;
    }
  }
  return commas * 2 > runs ? { text: joinWrapped(cells.flat()), next } : null;
}

/** Where a block of laid-out lines [from, to) splits into two columns side by side: the right one's text starts at `cut` or after. */
export interface ColumnBlock {
  from: number;
  to: number;
  cut: number;
}

/**
 * A column of labels printed beside the left-hand text of a front sheet, each label alone on its line with its value
 * under it ("Membership" and its list on the left; "Date" over "Monday, 4 May 2026", "Time" over "7.00 pm" on the
 * right), as `pdftotext -layout` interleaves them: two labels at least (`isLabel`), each the last run of words on its
 * line, start at the same place far right. The block runs from the first label down over every line whose words keep
 * to one side or the other of the column's start, to two blank lines or a line running across it. Null for any other page.
 * @example labelColumn(['Members        Date', 'Cllr A Bell    4 May', 'Cllr C Dunn    Time', '               7 pm'], 0, 4, (t) => /^(?:Date|Time)$/.test(t)) // { from: 0, to: 4, cut: 13 }
 */
export function labelColumn(laid: readonly string[], from: number, end: number, isLabel: (text: string) => boolean): ColumnBlock | null {
  const at = new Map<number, number[]>();
  for (let i = from; i < end; i++) {
    const text = laid[i] ?? '';
    if (text.length < 24) continue;
    const runs = [...text.matchAll(COLUMN_RUN)];
    const last = runs[runs.length - 1];
    if (!last || last.index < 20 || !isLabel(last[0])) continue;
    const seen = at.get(last.index) ?? at.get(last.index - 1) ?? at.get(last.index + 1);
    if (seen) seen.push(i);
    else at.set(last.index, [i]);
  }
  let start = -1;
  let rows: number[] = [];
  for (const [s, r] of at)
    if (r.length > rows.length) {
      start = s;
      rows = r;
    }
  if (rows.length < 2) return null;
  const cut = start - 2;
  const top = rows[0] as number;
  const to = columnBlockEnd(laid, top, end, cut);
  return keepsToColumns(laid[top] ?? '', cut) && to > (rows[rows.length - 1] as number) ? { from: top, to, cut } : null;
}

/** Whether each run of words of a laid-out line ends left of a column starting at `cut` or starts in it. */
function keepsToColumns(text: string, cut: number): boolean {
  for (const m of text.matchAll(COLUMN_RUN)) if (m.index + m[0].length > cut - 1 && m.index < cut) return false;
  return true;
}

/** Where a two-column block starting at line `top` ends: at two blank lines or a line running across the column at `cut`. */
function columnBlockEnd(laid: readonly string[], top: number, end: number, cut: number): number {
  let to = top + 1;
  for (let i = top + 1, blanks = 0; i < end; i++) {
    const text = laid[i] ?? '';
    if (text.trim() === '') {
      if (++blanks === 2) break;
      continue;
    }
    if (!keepsToColumns(text, cut)) break;
    blanks = 0;
    to = i + 1;
  }
  return to;
}

/**
 * Two columns side by side, each under its own heading printed on one line ("Membership" far left, "Contact
 * Officer" far right), as `pdftotext -layout` interleaves a front sheet's list and its contact box: the block from
 * that line down over every line whose words keep to one side or the other of the right heading's start, to two
 * blank lines or a line running across it. Null unless the line holds just the two headings, `isLeft` the first at
 * the margin and `isRight` the second well right of it.
 * @example headedColumns(['Members          Contact', 'Cllr A Bell      B Dale', 'Cllr C Dunn      01632 960000'], 0, 3, (t) => t === 'Members', (t) => t === 'Contact') // { from: 0, to: 3, cut: 15 }
 */
export function headedColumns(laid: readonly string[], from: number, end: number, isLeft: (text: string) => boolean, isRight: (text: string) => boolean): ColumnBlock | null {
  for (let i = from; i < end; i++) {
    const runs = [...(laid[i] ?? '').matchAll(COLUMN_RUN)];
    if (runs.length !== 2) continue;
    const [left, right] = runs as [RegExpExecArray, RegExpExecArray];
    if (right.index < 20 || right.index - (left.index + left[0].length) < 8 || !isLeft(left[0]) || !isRight(right[0])) continue;
    const cut = right.index - 2;
    return { from: i, to: columnBlockEnd(laid, i, end, cut), cut };
  }
  return null;
}
