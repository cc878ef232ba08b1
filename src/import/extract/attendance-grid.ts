/**
 * An attendance grid of a joint body's minutes, as `pdftotext -layout` prints it: a column of members under each
 * partner body's name, laid side by side, each name with a mark beside it ("P", "A") and a key under the grid
 * saying what the marks mean ("Key: P = Present   A = Apologies for absence"). A name's role or note may wrap
 * onto the next line of its own column ("(Vice-" over "Chair)"), and the columns may be of different lengths.
 */
import { ATTENDANCE_KEY_ENTRY, ATTENDANCE_KEY_LINE, ATTENDANCE_STATUSES } from './layouts.ts';
import { attendanceLabelOf, joinWrapped, looksLikePerson, startsWithTitle } from './names.ts';

/** One member of the grid, their mark's meaning, and the line their name starts on (an index into the laid-out lines). */
export interface GridEntry {
  name: string;
  kind: 'present' | 'apologies' | 'absent';
  line: number;
}

type Kind = GridEntry['kind'];

/** Runs of words of a laid-out line: words one space apart, runs two spaces or more apart. */
const RUN = /\S+(?: \S+)*/g;

/** The marks of a key line and the group each stands for; null when the line is not a key or names no known status. */
export function attendanceKey(text: string): Map<string, Kind> | null {
  const m = ATTENDANCE_KEY_LINE.exec(text.trim());
  if (!m) return null;
  const marks = new Map<string, Kind>();
  for (const e of (m[1] as string).matchAll(ATTENDANCE_KEY_ENTRY)) {
    const kind = ATTENDANCE_STATUSES.find((s) => s.pattern.test((e[2] as string).trim()))?.kind;
    if (kind) marks.set((e[1] as string).toUpperCase(), kind);
  }
  return marks.size > 0 ? marks : null;
}

/** How far below a grid's header its key may be. */
const KEY_REACH = 60;

/**
 * Reads an attendance grid whose header row (the column headings, two or more, none a person) is laid-out line
 * `at`, down to the key line under it. Each entry is a name with a mark of the key beside it in its column; a
 * line of the column with no mark goes on with the name above. Returns the entries, column by column, and the
 * index of the line after the key; null when the line heads no such grid.
 * @example readAttendanceGrid(doc.laidOut, i, end)?.entries.filter((e) => e.kind === 'apologies')
 */
export function readAttendanceGrid(laid: readonly string[], at: number, end: number): { entries: GridEntry[]; next: number } | null {
  const header = [...(laid[at] ?? '').matchAll(RUN)];
  if (header.length < 2 || header.some((h) => startsWithTitle(h[0]) || looksLikePerson(h[0]))) return null;
  let key = -1;
  let marks: Map<string, Kind> | null = null;
  for (let i = at + 1; i < end && i <= at + KEY_REACH; i++) {
    const text = (laid[i] ?? '').trim();
    if (text === '') continue;
    marks = attendanceKey(text);
    if (marks) {
      key = i;
      break;
    }
    if (attendanceLabelOf(text)) return null;
  }
  if (marks === null || key < 0) return null;
  const starts = header.map((h) => h.index);
  const columns: Array<Array<{ parts: string[]; kind: Kind | null; line: number }>> = starts.map(() => []);
  for (let i = at + 1; i < key; i++) {
    const cells = starts.map(() => ({ text: [] as string[], mark: null as Kind | null }));
    for (const run of (laid[i] ?? '').matchAll(RUN)) {
      let k = 0;
      while (k + 1 < starts.length && (starts[k + 1] as number) - 2 <= run.index) k++;
      const cell = cells[k] as (typeof cells)[number];
      const mark = marks.get(run[0].toUpperCase());
      if (mark !== undefined && cell.text.length > 0 && cell.mark === null) cell.mark = mark;
      else cell.text.push(run[0]);
    }
    cells.forEach((c, k) => {
      const column = columns[k] as (typeof columns)[number];
      if (c.text.length === 0) return;
      const last = column[column.length - 1];
      // A line without a mark goes on with the name above it: its role or note wrapped.
      if (c.mark === null && last !== undefined) last.parts.push(c.text.join(' '));
      else column.push({ parts: [c.text.join(' ')], kind: c.mark, line: i });
    });
  }
  const entries: GridEntry[] = [];
  for (const column of columns) for (const e of column) if (e.kind !== null) entries.push({ name: joinWrapped(e.parts), kind: e.kind, line: e.line });
  return entries.length > 0 ? { entries, next: key + 1 } : null;
}
