import type { Doc, Line } from './doc.ts';
import { cellsOf } from './doc.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { cellsByPosition, fitsColumns, headerColumns } from './layout-columns.ts';
import { isPageFurniture } from './text-normalise.ts';
import {
  ATTENDANCE_REGISTER_COLUMNS,
  ATTENDANCE_STATUSES,
  REGISTER_FOOTNOTE_MARK,
  REGISTER_KEY,
  REGISTER_KEY_PAIR,
  REGISTER_OFFICER_ROLE,
  REGISTER_PLAIN_ROLE,
  REGISTER_ROW_LABEL,
} from './layouts.ts';

/** One row of an attendance register: the person, the role printed beside them, and where they belong. */
export interface RegisterRow {
  name: string;
  /** The role as printed; null when the cell is empty or only says the person is a member. */
  role: string | null;
  /** Present, apologies or absent by the status cell; an officer's row is in attendance; null for an unknown status. */
  kind: 'present' | 'apologies' | 'absent' | 'attendance' | null;
  line: Line;
}

type Column = 'name' | 'role' | 'status';

/** The column of each cell of a register's header row ("Attendee | Role | Attendance"); null unless it has a name and a status column. */
export function registerColumns(line: Line): Array<Column | null> | null {
  if (!line.tabbed || line.text.length > 120) return null;
  const cells = cellsOf(line);
  const columns = cells.map((c) => (c === '' ? null : (ATTENDANCE_REGISTER_COLUMNS.find((k) => k.pattern.test(c))?.column ?? undefined)));
  if (columns.some((c) => c === undefined) || !columns.includes('name') || !columns.includes('status')) return null;
  return columns as Array<Column | null>;
}

/** The columns of a laid-out register header row by position, each with its kind; null unless every run of words names a column, with a name and a status. */
function laidOutColumns(text: string): { columns: LaidOutColumn[]; kinds: Column[] } | null {
  const columns = headerColumns(text);
  const kinds = columns.map((c) => ATTENDANCE_REGISTER_COLUMNS.find((k) => k.pattern.test(c.header))?.column);
  if (kinds.some((k) => k === undefined) || !kinds.includes('name') || !kinds.includes('status')) return null;
  return { columns, kinds: kinds as Column[] };
}

/**
 * Reads an attendance register, one person a row under its header row at line index `header`, up to the first
 * line that is not a row. Returns the rows and the index of the last one, or of the key printed under them.
 * @example readRegister(doc, i, doc.lines.length).rows.filter((r) => r.kind === 'apologies')
 */
export function readRegister(doc: Doc, header: number, end: number): { rows: RegisterRow[]; last: number } {
  const laid = doc.laidOut;
  const placed = laid ? laidOutColumns(laid[header] ?? '') : null;
  const columns = placed?.kinds ?? registerColumns(doc.lines[header] as Line) ?? [];
  const rows: RegisterRow[] = [];
  const statuses: string[] = [];
  let last = header;
  for (let i = header + 1; i < end; i++) {
    const l = doc.lines[i] as Line;
    if (l.text === '') continue;
    let cells: string[];
    if (laid && placed) {
      // On a page layout, by position: a line starting left of the table, or running across its columns, ends it.
      const text = laid[i] ?? '';
      const first = (placed.columns[0] as LaidOutColumn).start;
      if (isPageFurniture(l) || REGISTER_KEY.test(l.text) || text.length - text.trimStart().length < first - 1 || !fitsColumns(text, placed.columns)) break;
      cells = cellsByPosition(text, placed.columns);
      // A cell wrapped onto a line of its own (a header's second line, a long organisation's name) is no one's row.
      if (cells[columns.indexOf('name')] === '') continue;
    } else {
      if (!l.tabbed) break;
      cells = cellsOf(l);
    }
    const cell = (c: Column): string => cells[columns.indexOf(c)] ?? '';
    const name = cell('name');
    // A label's row under the register ("Also present:\tCllr A Bell", "Officers in attendance:\t…") ends it: no one's row.
    if (name === '' || REGISTER_ROW_LABEL.test(name)) break;
    rows.push({ name, role: cell('role'), kind: null, line: l });
    statuses.push(cell('status'));
    last = i;
  }
  // Status cells printed as codes ("P", "A", "S") mean what the register's key under it says.
  const { key, line } = registerKey(doc, last + 1, end);
  if (line >= 0) last = line;
  rows.forEach((row, k) => {
    const printed = row.role ?? '';
    // A footnote's mark after the status ("Apologies *", "Present †") points to a note under the table: not part of it.
    const status = (statuses[k] as string).replace(REGISTER_FOOTNOTE_MARK, '');
    const said = key.get(status.toLowerCase()) ?? status;
    let kind: RegisterRow['kind'] = ATTENDANCE_STATUSES.find((s) => s.pattern.test(said))?.kind ?? null;
    if (kind === 'present' && REGISTER_OFFICER_ROLE.test(printed)) kind = 'attendance';
    row.kind = kind;
    row.role = printed === '' || REGISTER_PLAIN_ROLE.test(printed) ? null : printed;
  });
  return { rows, last };
}

/**
 * The key printed just under a register ("Key: P = present; A = apologies; S = substitute"): each code, in lower case,
 * and what it means, and the key's line. Empty, and line -1, when no key follows within a few lines.
 */
function registerKey(doc: Doc, from: number, end: number): { key: Map<string, string>; line: number } {
  const key = new Map<string, string>();
  for (let i = from, seen = 0; i < end && seen < 3; i++) {
    const t = (doc.lines[i] as Line).text;
    if (t === '') continue;
    seen++;
    const m = REGISTER_KEY.exec(t);
    if (!m) continue;
    for (const pair of (m[1] as string).matchAll(REGISTER_KEY_PAIR)) key.set((pair[1] as string).toLowerCase(), (pair[2] as string).trim().replace(/\.$/, ''));
    return { key, line: i };
  }
  return { key, line: -1 };
}
