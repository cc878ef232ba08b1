import type { Doc, Line } from './doc.ts';
import type { MinuteColumn } from './layouts.ts';
import { MEETING_END, MINUTE_NUMBER_CELL, MINUTE_TABLE_COLUMNS, RESOLUTION_MID_LINE } from './layouts.ts';
import { joinWrapped } from './names.ts';
import { cleanInline } from './text-normalise.ts';

/** One row of a minutes table: its number and title, the lines of its text column, and its line indexes. */
export interface MinuteRow {
  minute: string;
  title: string;
  body: Line[];
  first: number;
  last: number;
}

/** A minutes table: the line index of its header, its rows, and the line index after its last row. */
export interface MinuteTable {
  header: number;
  rows: MinuteRow[];
  end: number;
}

const DIGIT = /\d/;

/** The role of each column of a header row, or null when the row is not a minutes table's header. */
function headerColumns(l: Line): Array<MinuteColumn | null> | null {
  // Header cells hold words only: a row with a digit is passed over before it is split.
  if (!l.tabbed || l.text.length > 160 || DIGIT.test(l.text)) return null;
  const cells = l.raw.split('\t').map((c) => cleanInline(c).replace(/:$/, ''));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  if (cells.length < 3) return null;
  const roles = cells.map((c) => (c === '' ? null : (MINUTE_TABLE_COLUMNS.find((x) => x.pattern.test(c))?.column ?? undefined)));
  if (roles.some((r) => r === undefined)) return null;
  const out = roles as Array<MinuteColumn | null>;
  // "Item | Subject | Minutes": with no number column, the first of two title columns holds the numbers.
  if (!out.includes('number') && out.filter((r) => r === 'title').length === 2) out[out.indexOf('title')] = 'number';
  return out.includes('number') && out.includes('text') ? out : null;
}

/**
 * Reads minutes printed as a table between `from` and `end`: a header row naming a number column and
 * a text column (see MINUTE_TABLE_COLUMNS), then one row a minute. A cell may run over several lines
 * (an HTML cell holding a list, a Word cell holding paragraphs): a tab ends a cell, so the column of
 * each piece is counted from the row's first line. Null when there is no such header above `headerBefore`.
 */
export function readMinuteTable(doc: Doc, from: number, end: number, headerBefore = end): MinuteTable | null {
  const { lines } = doc;
  let header = -1;
  let columns: Array<MinuteColumn | null> = [];
  for (let i = from; i < headerBefore; i++) {
    const l = lines[i] as Line;
    if (!l.tabbed) continue;
    const found = headerColumns(l);
    if (found) {
      header = i;
      columns = found;
      break;
    }
  }
  if (header < 0) return null;
  const at = (role: MinuteColumn): number => columns.indexOf(role);
  const rows: MinuteRow[] = [];
  let row: { first: number; last: number; cells: Line[][] } | null = null;
  let col = 0;
  let next = header + 1;
  const finish = (): void => {
    if (!row) return;
    const text = (k: number): string => (k < 0 ? '' : joinWrapped((row?.cells[k] ?? []).map((x) => x.text).filter((t) => t !== '')));
    rows.push({
      minute: text(at('number')).replace(/\.$/, ''),
      title: text(at('title')),
      body: at('text') < 0 ? [] : (row.cells[at('text')] ?? []),
      first: row.first,
      last: row.last,
    });
  };
  for (let i = header + 1; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text === '') {
      // A blank line inside the text cell keeps its paragraphs (and list items) apart.
      if (row && columns[col] === 'text') row.cells[col]?.push(l);
      continue;
    }
    const pieces = l.raw.split('\t');
    if (l.tabbed && MINUTE_NUMBER_CELL.test(cleanInline(pieces[0] ?? ''))) {
      finish();
      row = { first: i, last: i, cells: columns.map(() => []) };
      col = 0;
    } else if (!row) continue;
    // A line after the row's last cell is closed is not in the table, nor is the meeting's close.
    else if (col >= columns.length || (!l.tabbed && l.text.length < 200 && MEETING_END.test(l.text))) break;
    pieces.forEach((piece, k) => {
      if (k > 0) col++;
      const text = cleanInline(piece);
      if (text === '' || col >= columns.length || !row) return;
      // A cell's paragraph may go on to what was resolved ("… were received. RESOLVED that …"): that starts a line of its own.
      for (const part of text.split(RESOLUTION_MID_LINE)) row.cells[col]?.push({ ...l, raw: part, text: part, tabbed: false, cells: undefined, coverFields: undefined });
    });
    row.last = i;
    next = i + 1;
  }
  finish();
  return rows.length > 0 ? { header, rows, end: next } : null;
}
