import type { Doc, Line } from './doc.ts';
import { cellsOf } from './doc.ts';
import { ATTENDANCE_REGISTER_COLUMNS, ATTENDANCE_STATUSES, REGISTER_OFFICER_ROLE, REGISTER_PLAIN_ROLE } from './layouts.ts';

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

/**
 * Reads an attendance register, one person a row under its header row at line index `header`, up to the first
 * line that is not a row. Returns the rows and the index of the last one.
 * @example readRegister(doc, i, doc.lines.length).rows.filter((r) => r.kind === 'apologies')
 */
export function readRegister(doc: Doc, header: number, end: number): { rows: RegisterRow[]; last: number } {
  const columns = registerColumns(doc.lines[header] as Line) ?? [];
  const rows: RegisterRow[] = [];
  let last = header;
  for (let i = header + 1; i < end; i++) {
    const l = doc.lines[i] as Line;
    if (l.text === '') continue;
    if (!l.tabbed) break;
    const cells = cellsOf(l);
    const cell = (c: Column): string => cells[columns.indexOf(c)] ?? '';
    const name = cell('name');
    if (name === '') break;
    const printed = cell('role');
    const status = cell('status');
    let kind: RegisterRow['kind'] = ATTENDANCE_STATUSES.find((s) => s.pattern.test(status))?.kind ?? null;
    if (kind === 'present' && REGISTER_OFFICER_ROLE.test(printed)) kind = 'attendance';
    rows.push({ name, role: printed === '' || REGISTER_PLAIN_ROLE.test(printed) ? null : printed, kind, line: l });
    last = i;
  }
  return { rows, last };
}
