import type { WorkProgrammeItem } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellSourceLine, cellsOf, locate, nextNonBlank, warn } from './doc.ts';
import { isHeadingDate, isWholeDate } from './date-text.ts';
import { isGarbage, isGhostOf } from './similarity.ts';
import { isPageFurniture, splitCells } from './text-normalise.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { cellsByPosition, fitsColumns, headerColumns, rowColumns, startsInColumn } from './layout-columns.ts';
import {
  APPENDIX_PREFIX,
  CELL_RUNS_ON,
  DATE_CELL_NOTE,
  DATE_CELL_WORD,
  GROUP_ROW_NOTE,
  MATRIX_MARK,
  MATRIX_MIN_DATES,
  SENTENCE_END,
  UNDATED_CELL,
  WORK_PROGRAMME_COLUMNS,
  WORK_PROGRAMME_INTRO_LINES,
} from './layouts.ts';

/** Splits a lead cell at "/" into people or roles. */
export function splitLeads(cell: string): string[] {
  return cell
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function isHeaderRow(cells: string[]): boolean {
  const text = cells.join(' ');
  return /\bmeetings?\b|\bdate\b/i.test(text) && /\blead\b|\bofficer\b|\bmember\b|\bitem\b|\btopic\b/i.test(text) && !cells.some((c) => isWholeDate(c));
}

/** A cell's text with its next wrapped line: a word broken after a hyphen ("2031-" over "2036") is joined with no space. */
function joinCell(cell: string, more: string): string {
  if (cell === '') return more;
  return /[A-Za-z0-9]-$/.test(cell) ? `${cell}${more}` : `${cell} ${more}`;
}

/**
 * Whether a line of a table with no blank lines between its rows starts a row: every column starts a cell on it, each
 * with a capital or a digit; a wrapped line leaves a column empty or goes on in lower case.
 */
function rowStart(cells: readonly string[]): boolean {
  // "(recommendation 2.3 of the": a bracket opening on a lower-case word is a sentence going on.
  return cells.every((c) => /^(?:[A-Z0-9'‘"“]|\((?![a-z]))/.test(c));
}

/**
 * A date cell's words and what ran into it from the next column: pdftotext may close the gap after a short date
 * line ("Tuesday 1     Budget Proposals"), so the words after the date's own go back to the item.
 * @example splitDateCell('Tuesday 1 Budget Proposals') // ['Tuesday 1', 'Budget Proposals']
 */
function splitDateCell(cell: string): [string, string] {
  // A cell saying the item has no meeting yet ("To be confirmed Fleet Replacement") keeps those words.
  const undated = UNDATED_CELL.exec(cell);
  if (undated) return [undated[0], cell.slice(undated[0].length).trim()];
  const words = cell.split(' ');
  let k = 0;
  while (k < words.length && DATE_CELL_WORD.test(words[k] as string)) k++;
  return [words.slice(0, k).join(' '), words.slice(k).join(' ')];
}

/** Whether a year alone in a date cell ("2033") completes the date cut before it in the cell above ("4 December"). */
function yearCompletes(open: string, cell: string): boolean {
  return open !== '' && /^\d{4}$/.test(cell) && isWholeDate(open) === null && isWholeDate(`${open} ${cell}`) !== null;
}

/** Whether a line of a dated table with no blank lines between rows starts one: two cells or more, each with a capital or a digit. */
function wideStart(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 2 && rowStart(filled);
}

/** A work programme's body from its heading ("Audit Committee – Work Programme 2031/32"), without the dash before the words. */
function bodyOfHeading(text: string): string | null {
  // "Appendix A – Work Programme 2029/30": the appendix's label names no body.
  const heading = /^(.*?)[\s\-–—:]*\bwork ?programme\b/i.exec(text.replace(APPENDIX_PREFIX, ''));
  const body = heading ? (heading[1] as string).trim() : '';
  // "This work programme sets out ..." is prose about the programme, not its heading.
  return body === '' || /^(?:this|the|our|its|a|an)$/i.test(body) ? null : body;
}

/** A laid-out work programme table: its columns and which of them hold the date (-1 for none), the item and the lead. */
interface LaidTable {
  columns: LaidOutColumn[];
  date: number;
  item: number;
  lead: number;
  /** For each column, where runs of words under the header start a little left of it: its cells on rows pdftotext squeezed. */
  starts?: ReadonlyArray<ReadonlySet<number>>;
}

/**
 * Where each column's cells start on the lines under its header when pdftotext moved them a little left of the heading
 * (a run of words starting up to DRIFT places left of the column, right of the column before it).
 */
function squeezedStarts(columns: readonly LaidOutColumn[], body: readonly string[]): Set<number>[] {
  const out = columns.map(() => new Set<number>());
  for (const text of body)
    for (const m of text.matchAll(/\S+(?: \S+)*/g))
      columns.forEach((c, k) => {
        if (k > 0 && m.index < c.start - 1 && m.index >= c.start - DRIFT && m.index > (columns[k - 1] as LaidOutColumn).start + 1) out[k]?.add(m.index);
      });
  return out;
}

/** The table whose header row is this laid-out line (see WORK_PROGRAMME_COLUMNS), or null; `dated` asks for a date column. */
function laidHeader(text: string, dated: boolean): LaidTable | null {
  const columns = headerColumns(text);
  if (columns.length < 2 || columns.length > 8) return null;
  const at = (re: RegExp): number => columns.findIndex((c) => re.test(c.header));
  const table = { columns, date: at(WORK_PROGRAMME_COLUMNS.date), item: at(WORK_PROGRAMME_COLUMNS.item), lead: at(WORK_PROGRAMME_COLUMNS.lead) };
  return table.item < 0 || table.lead < 0 || (dated && table.date < 0) ? null : table;
}

/** Whether a line is a paragraph's, not a heading's: a sentence ends inside it, and the last one runs on past its end. */
function paragraphRunsOn(text: string): boolean {
  return SENTENCE_END.test(text) && !/[.!?:;]$/.test(text);
}

/** How far left of its column a cell may start when pdftotext shifts a row to fit a wide cell beside it. */
const DRIFT = 6;

/**
 * A laid-out line with each run of words that starts a little left of a column (pdftotext shifting a short cell,
 * "Report", towards a long one beside it) moved to where the column starts.
 * @example snapRuns('A   x  Report', headerColumns('A   B     Format'))
 */
function snapRuns(text: string, table: LaidTable): string {
  const { columns } = table;
  const runs: { at: number; text: string }[] = [];
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) {
    const dateColumn = columns[table.date];
    const itemColumn = columns[table.item];
    if (dateColumn && itemColumn && table.item === table.date + 1 && m.index < itemColumn.start - 1) {
      // The item run into the date cell ("Tuesday 1     Budget Proposals") goes back to the item column.
      // A run with no date words starting where the date column does is that cell's own text ("To be scheduled").
      const [date, rest] = splitDateCell(m[0]);
      if (rest !== '' && (date !== '' || m.index > dateColumn.start + 1)) {
        if (date !== '') runs.push({ at: m.index, text: date });
        runs.push({ at: itemColumn.start, text: rest });
        continue;
      }
    }
    for (const piece of splitClosedGaps(m.index, m[0], columns, table.starts)) {
      const column = columns.find((c) => c.start > piece.at && c.start - piece.at <= DRIFT);
      runs.push({ at: column ? column.start : piece.at, text: piece.text });
    }
  }
  let out = '';
  for (const run of runs) out = `${out.padEnd(Math.max(run.at, out.length + (out === '' ? 0 : 2)))}${run.text}`;
  return out;
}

/** Whether a laid-out line has words only in the last column: a header's last cell wrapped ("Format (report /" over "briefing)"). */
function onlyLast(text: string, columns: readonly LaidOutColumn[]): boolean {
  const last = columns[columns.length - 1] as LaidOutColumn;
  const first = /\S/.exec(text);
  return first !== null && first.index >= last.start - DRIFT;
}

/** Whether a word of a laid-out line runs across the start of a column: prose or a heading over the table, not a row of it. */
function straddles(text: string, columns: readonly LaidOutColumn[]): boolean {
  for (const m of text.matchAll(/\S+/g)) {
    for (let k = 1; k < columns.length; k++) {
      const start = (columns[k] as LaidOutColumn).start;
      if (m.index < start - 1 && m.index + m[0].length > start) return true;
    }
  }
  return false;
}

/**
 * Where a laid-out line's first run of words sits against a table's first column: 'cell' when it starts there and ends
 * before the second column (a date cell, a row's first cell), 'across' when it runs on over the second column (a
 * heading or prose across the page), 'later' when it starts further right (a row's wrapped cells).
 */
function firstRun(text: string, table: LaidTable): 'cell' | 'across' | 'later' {
  const run = /\S+(?: \S+)*/.exec(text);
  const second = table.columns[1] as LaidOutColumn;
  if (run === null || run.index >= second.start - 1) return 'later';
  return run.index + run[0].length > second.start ? 'across' : 'cell';
}

/** How far left of its column a word may start where pdftotext closed the gap before it ("… Future Sunniva Blackledge"). */
const CLOSED_GAP = 3;

/**
 * A run of words cut where it crosses columns, when at each crossing a word starts just left of the column, or where
 * the column's cells start on other rows (`starts`, see squeezedStarts): two cells run together by pdftotext ("Market
 * Hall – Future Sunniva Blackledge" with the lead column at "Sunniva"). Other runs crossing a column (prose across the
 * page) come back whole.
 */
function splitClosedGaps(at: number, text: string, columns: readonly LaidOutColumn[], starts?: ReadonlyArray<ReadonlySet<number>>): { at: number; text: string }[] {
  // A run from the left margin is a heading or prose across the table ("Items to be scheduled (date to be …").
  if (at <= (columns[0] as LaidOutColumn).start + DRIFT) return [{ at, text }];
  const cuts: number[] = [];
  for (const [k, c] of columns.entries()) {
    if (c.start <= at + 1 || c.start >= at + text.length) continue;
    let cut = -1;
    for (let p = c.start - at; p >= Math.max(1, c.start - at - DRIFT); p--) {
      if (text[p - 1] === ' ' && text[p] !== ' ' && (p >= c.start - at - CLOSED_GAP || starts?.[k]?.has(at + p) === true)) {
        cut = p;
        break;
      }
    }
    if (cut < 0) return [{ at, text }];
    cuts.push(cut);
  }
  if (cuts.length === 0) return [{ at, text }];
  const out: { at: number; text: string }[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    out.push({ at: at + from, text: text.slice(from, cut).trim() });
    from = cut;
  }
  return out;
}

/**
 * Reads a work programme laid out as a page (pdftotext -layout): columns by the header row's positions, read
 * again where the header is repeated (a new page may shift them); each row's cells wrapped on the lines under
 * it; the meeting date printed in the first row of its group holds for the rows below, across page breaks.
 * Where rows are set apart by blank lines, a line right under a row continues its cells. A later table
 * without a date column (items not yet scheduled) gives rows with no date. Null when no header names a
 * date, an item and a lead column.
 */
function parseByPosition(doc: Doc, span: Span): WorkProgrammeItem[] | null {
  const { lines } = doc;
  const laid = doc.laidOut as string[];
  let table: LaidTable | null = null;
  let at = span.start;
  let body: string | null = null;
  // A table with no date column may group its rows under full-width date rows ("4 June 2031" across the table).
  let grouped = false;
  for (; at < Math.min(span.end, span.start + 40); at++) {
    const l = lines[at] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    table = laidHeader(laid[at] ?? '', true);
    if (table) break;
    const undated = laidHeader(laid[at] ?? '', false);
    const next = nextNonBlank(lines, at + 1, span.end);
    if (undated && next >= 0 && isWholeDate((lines[next] as Line).text) !== null) {
      table = undated;
      grouped = true;
      break;
    }
    if (!l.tabbed && l.text.length < 160) body = bodyOfHeading(l.text) ?? body;
  }
  if (!table) return null;
  table = { ...table, starts: squeezedStarts(table.columns, laid.slice(at + 1, span.end)) };
  type Kind = 'blank' | 'skip' | 'header' | 'prose' | 'start' | 'line';
  // What each line is, first, to tell whether rows are set apart by blank lines.
  const kinds: Kind[] = [];
  // The columns each line is read by: the header's, or its row's own where pdftotext moved that row's cells.
  const tables: LaidTable[] = [];
  const kindOf = (i: number, by: LaidTable): Kind => {
    const text = snapRuns(laid[i] ?? '', by);
    return straddles(text, by.columns) || (grouped && (isWholeDate((lines[i] as Line).text) !== null || !fitsColumns(text, by.columns)))
      ? 'prose'
      : grouped
        ? rowStart(cellsByPosition(text, by.columns))
          ? 'start'
          : 'line'
        : startsInColumn(text, by.columns, by.item) && (table.date < 0 || wideStart(cellsByPosition(text, by.columns)))
          ? 'start'
          : 'line';
  };
  let cols: LaidTable = table;
  let previous: Kind = 'header';
  for (let i = at + 1; i < span.end; i++) {
    const l = lines[i] as Line;
    let kind: Kind;
    if (l.text === '') kind = 'blank';
    else if (isPageFurniture(l)) kind = 'skip';
    else {
      const header = laidHeader(laid[i] ?? '', false);
      if (header) cols = header;
      kind = header ? 'header' : (previous === 'header' || kinds[kinds.length - 1] === 'skip') && onlyLast(snapRuns(laid[i] ?? '', cols), cols.columns) ? 'skip' : kindOf(i, cols);
      // A paragraph across the page under the table (sentences, the last stopping mid-way) goes on on the line under it.
      if (kind !== 'header' && kinds[kinds.length - 1] === 'prose' && paragraphRunsOn((lines[i - 1] as Line).text)) kind = 'prose';
    }
    kinds.push(kind);
    tables.push(cols);
    if (kind !== 'skip') previous = kind;
  }
  // A row's lines up to the next row, header, blank or line across the page: where a cell of theirs starts left of its
  // header (pdftotext squeezing one column to fit a wide one), the row is read again by its own columns, which may part
  // two rows run together or a cell one space from the next. A line with a word over a column's start (read as prose
  // above) opens a row when its first run sits in the first column, and goes on with the row above otherwise.
  const opens = (k: number): boolean =>
    kinds[k] === 'start' || kinds[k] === 'line' || (kinds[k] === 'prose' && firstRun(laid[at + 1 + k] ?? '', tables[k] as LaidTable) === 'cell');
  const goesOn = (k: number): boolean => kinds[k] === 'line' || (kinds[k] === 'prose' && firstRun(laid[at + 1 + k] ?? '', tables[k] as LaidTable) === 'later');
  for (let from = 0; from < kinds.length;) {
    let to = from + 1;
    if (opens(from)) {
      while (to < kinds.length && goesOn(to)) to++;
      const base = tables[from] as LaidTable;
      const moved = rowColumns(laid.slice(at + 1 + from, at + 1 + to), base.columns);
      if (moved.some((c, k) => c.start !== (base.columns[k] as LaidOutColumn).start)) {
        const own: LaidTable = { ...base, columns: moved };
        for (let k = from; k < to; k++) {
          tables[k] = own;
          // A row's first line stays its start; the lines under it may start rows of their own.
          if (k > from || kinds[k] !== 'start') kinds[k] = kindOf(at + 1 + k, own);
        }
      }
    }
    from = to;
  }
  let afterBlank = 0;
  let tight = 0;
  previous = 'header';
  for (const kind of kinds) {
    if (kind === 'start' && previous === 'blank') afterBlank++;
    else if (kind === 'start' && (previous === 'start' || previous === 'line')) tight++;
    if (kind !== 'skip') previous = kind;
  }
  const gapped = afterBlank > 0 && afterBlank >= tight;
  type Open = { table: LaidTable; cells: string[]; first: number; last: number };
  const rows: WorkProgrammeItem[] = [];
  let row: Open | null = null;
  let date: string | null = null;
  const flush = (): void => {
    const current = row as Open | null;
    row = null;
    if (!current) return;
    const get = (k: number): string => (k >= 0 ? (current.cells[k] ?? '').trim() : '');
    const printed = get(current.table.date);
    // A date cell starts a meeting's group; text there that is no date ("TBC", a heading) leaves its rows undated.
    if (printed !== '') date = isWholeDate(printed.replace(DATE_CELL_NOTE, ''));
    const item = get(current.table.item);
    if (item === '') return;
    const entry: WorkProgrammeItem = { body, meetingDate: date, item, leads: splitLeads(get(current.table.lead)) };
    rows.push(locate(doc, entry, current.first, current.last));
  };
  cols = table;
  let blankBefore = true;
  // Whether every row so far printed its own date, one printed again on the row after (no date printed once for a group).
  let undatedRows = 0;
  let repeatedDate = false;
  let everyRowDated = false;
  for (let i = at + 1; i < span.end; i++) {
    let kind = kinds[i - at - 1] as Kind;
    const l = lines[i] as Line;
    if (kind === 'blank') blankBefore = true;
    if (kind === 'blank' || kind === 'skip') continue;
    // The dated table's header repeated over a page break, in a table with no blank lines between rows: the row
    // above goes on under it (its date cell empty).
    if (kind === 'header' && !gapped && !grouped && row !== null && (laidHeader(laid[i] ?? '', false) as LaidTable).date >= 0) {
      cols = laidHeader(laid[i] ?? '', false) as LaidTable;
      blankBefore = false;
      continue;
    }
    if (kind === 'header' || kind === 'prose') {
      flush();
      if (kind === 'header') {
        cols = laidHeader(laid[i] ?? '', false) as LaidTable;
        // Under date rows, the header repeated over a page break leaves the group above open.
        if (cols.date < 0 && !grouped) date = null;
      }
      // A full-width group row: a meeting's date, or a heading of items not yet dated ("To be scheduled").
      if (kind === 'prose' && grouped) date = isWholeDate(l.text);
      blankBefore = true;
      continue;
    }
    // The row's own columns where its cells moved (see above); they start where the header's do otherwise.
    const own = tables[i - at - 1] as LaidTable;
    const cells = cellsByPosition(snapRuns(laid[i] ?? '', own), own.columns);
    // A date cell wrapped over lines ("Tuesday 8" / "September") goes on until it reads as a whole date.
    const open = (row as Open | null)?.cells[cols.date]?.replace(DATE_CELL_NOTE, '') ?? '';
    // The year wrapped under a date cut before it ("4 December" over "2033") completes the open row's date; the
    // line's other cells, a row of their own or the open row's wrapped, are read without it.
    if (kind === 'start' && yearCompletes(open, cells[cols.date] ?? '')) {
      const target = row as Open;
      target.cells[cols.date] = joinCell(target.cells[cols.date] as string, cells[cols.date] as string);
      target.last = i;
      cells[cols.date] = '';
      if (!wideStart(cells)) kind = 'line';
    }
    const dated = cols.date >= 0 && cells[cols.date] !== '' && !DATE_CELL_NOTE.test(cells[cols.date] as string) && (open === '' || isWholeDate(open) !== null);
    // A line under a row whose cell stops mid-sentence or mid-name ("… options and the", "Ormiston-") goes on with it.
    const runsOn = !dated && !blankBefore && row !== null && (row as Open).cells.some((c) => CELL_RUNS_ON.test(c.trim()));
    // In a table printing its date on every row (the same date printed again on the next row), a line with the date
    // cell empty is the row above wrapped, though its cells start with capitals ("Review | Services").
    const wrapsUndated = everyRowDated && !blankBefore && row !== null && cols.date >= 0 && cells[cols.date] === '';
    if ((kind === 'start' || dated) && !runsOn && !wrapsUndated && (!gapped || blankBefore || row === null)) {
      if (cols.date >= 0) {
        const printed = cells[cols.date] ?? '';
        if (printed === '') undatedRows++;
        else if (row !== null && printed === ((row as Open).cells[cols.date] ?? '').split(' ').slice(0, printed.split(' ').length).join(' ')) repeatedDate = true;
        everyRowDated = undatedRows === 0 && repeatedDate;
      }
      flush();
      row = { table: cols, cells, first: i, last: i };
    } else if (row !== null && !blankBefore) {
      const target: Open = row;
      cells.forEach((c, k) => {
        if (c !== '') target.cells[k] = joinCell(target.cells[k] as string, c);
      });
      target.last = i;
    } else {
      flush();
      warn(doc, l, 'table-row-unplaced', `work programme line not understood: "${l.text}"`);
    }
    blankBefore = false;
  }
  flush();
  return rows;
}

/** A matrix's header row: its text columns (item, lead and any others) and its meeting columns with their dates. */
interface MatrixHeader {
  text: LaidOutColumn[];
  item: number;
  lead: number;
  meetings: { start: number; centre: number; date: string }[];
}

/** The header of a matrix of topics against meeting dates (see MATRIX_MARK) on this laid-out line, or null. */
function matrixHeader(text: string): MatrixHeader | null {
  const columns = headerColumns(text);
  const first = columns.findIndex((c) => isHeadingDate(c.header) !== null);
  if (first < 2) return null;
  const meetings = columns.slice(first).map((c) => ({ start: c.start, centre: c.start + c.header.length / 2, date: isHeadingDate(c.header) }));
  if (meetings.length < MATRIX_MIN_DATES || meetings.some((m) => m.date === null)) return null;
  const textColumns = columns.slice(0, first);
  const item = textColumns.findIndex((c) => WORK_PROGRAMME_COLUMNS.item.test(c.header));
  const lead = textColumns.findIndex((c) => WORK_PROGRAMME_COLUMNS.lead.test(c.header));
  if (item < 0 || lead < 0) return null;
  return { text: textColumns, item, lead, meetings: meetings as MatrixHeader['meetings'] };
}

/**
 * A matrix row line's text cells: each run of words goes to the column it starts in; a run crossing a later column's
 * start, where a word starts a little left of it ("Head of Estates Briefing" with the next column at "Briefing"), is
 * cut there (pdftotext closing the gap between two cells). Runs from the first meeting column on are left out.
 */
function matrixCells(text: string, header: MatrixHeader): string[] {
  const columns = header.text;
  const cells = columns.map(() => '');
  const limit = (header.meetings[0] as MatrixHeader['meetings'][number]).start - DRIFT;
  const put = (at: number, piece: string, k?: number): void => {
    let column = k ?? 0;
    if (k === undefined) columns.forEach((c, j) => (c.start <= at + DRIFT ? (column = j) : undefined));
    cells[column] = joinCell(cells[column] as string, piece);
  };
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) {
    if (m.index >= limit) continue;
    let from = 0;
    let column: number | undefined;
    for (let j = 1; j < columns.length; j++) {
      const start = (columns[j] as LaidOutColumn).start - m.index;
      if (start <= from || start >= m[0].length) continue;
      const word = [...m[0].matchAll(/\S+/g)].find((w) => w.index >= from && w.index <= start + 1 && w.index + w[0].length > start && w.index >= start - DRIFT);
      if (!word || word.index <= from) continue;
      put(m.index + from, m[0].slice(from, word.index).trim(), column);
      from = word.index;
      column = j;
    }
    put(m.index + from, m[0].slice(from).trim(), column);
  }
  return cells;
}

/**
 * Reads a work programme printed as a matrix (pdftotext -layout): text columns (topic, lead, type or status) and one
 * column per meeting headed by its date, a mark (●) in the column of each meeting a topic goes to. The mark sits at the
 * row's middle, often on a line of its own between the topic's wrapped lines, so it belongs to the row open above it and
 * only its place across the line says which meeting. A row starts where every text column starts a cell with a capital
 * or a digit; a line repeating the lead column's heading ("Working groups | Lead | Progress") heads a
 * group of rows. One row per mark, listed meeting by meeting; a topic with no mark gives one undated row, last. Dates in the text cells (a status's
 * "report due 5 Dec 31") are not meetings. Null when no header row names an item, a lead and three meeting dates.
 */
function parseMatrix(doc: Doc, span: Span): WorkProgrammeItem[] | null {
  const { lines } = doc;
  const laid = doc.laidOut as string[];
  let header: MatrixHeader | null = null;
  let at = span.start;
  let body: string | null = null;
  for (; at < Math.min(span.end, span.start + 2 * WORK_PROGRAMME_INTRO_LINES); at++) {
    const l = lines[at] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    header = matrixHeader(laid[at] ?? '');
    if (header) break;
    if (l.text.length < 160) body = bodyOfHeading(l.text) ?? body;
  }
  if (!header) return null;
  type Open = { cells: string[]; dates: Set<string>; first: number; last: number };
  const rows: WorkProgrammeItem[] = [];
  let row: Open | null = null;
  const flush = (): void => {
    const current = row as Open | null;
    row = null;
    if (!current) return;
    const item = (current.cells[(header as MatrixHeader).item] ?? '').trim();
    if (item === '') return;
    const leads = splitLeads((current.cells[(header as MatrixHeader).lead] ?? '').trim());
    const dates = [...current.dates].sort();
    for (const meetingDate of dates.length > 0 ? dates : [null]) rows.push(locate<WorkProgrammeItem>(doc, { body, meetingDate, item, leads }, current.first, current.last));
  };
  for (let i = at + 1; i < span.end; i++) {
    const l = lines[i] as Line;
    const text = laid[i] ?? '';
    if (isPageFurniture(l)) continue;
    if (l.text === '') {
      // A blank line after the rows ends the table, unless the header is printed again (a new page).
      if (rows.length > 0 || row !== null) {
        flush();
        let next = i + 1;
        while (next < span.end && ((lines[next] as Line).text === '' || isPageFurniture(lines[next] as Line) || !matrixHeader(laid[next] ?? ''))) next++;
        if (next >= span.end) break;
        header = matrixHeader(laid[next] ?? '') as MatrixHeader;
        i = next;
      }
      continue;
    }
    const own = matrixHeader(text);
    if (own) {
      flush();
      header = own;
      continue;
    }
    const marks = [...text.matchAll(MATRIX_MARK)].filter((m) => m.index >= (header as MatrixHeader).text[(header as MatrixHeader).text.length - 1]!.start);
    const cells = matrixCells(text.replace(MATRIX_MARK, ' '), header);
    const filled = cells.filter((c) => c !== '');
    const starts = filled.length === cells.length && rowStart(cells);
    if (starts && WORK_PROGRAMME_COLUMNS.lead.test(cells[header.lead] as string)) {
      // A group's heading row repeats the lead column's heading (a wrapped lead's last word, "Lead", starts no row).
      flush();
      continue;
    }
    if (starts) {
      flush();
      row = { cells, dates: new Set(), first: i, last: i };
    } else if (row !== null && filled.length > 0) {
      const target: Open = row;
      cells.forEach((c, k) => {
        if (c !== '') target.cells[k] = joinCell(target.cells[k] as string, c);
      });
      target.last = i;
    } else if (filled.length > 0) {
      warn(doc, l, 'table-row-unplaced', `work programme line not understood: "${l.text}"`);
    }
    for (const m of marks) {
      if (row === null) continue;
      const meeting = header.meetings.reduce((best, c) => (Math.abs(c.centre - m.index) < Math.abs(best.centre - m.index) ? c : best));
      (row as Open).dates.add(meeting.date);
    }
  }
  flush();
  // The programme meeting by meeting, as the matrix's columns read (undated rows last): a topic's rows for two
  // meetings share its lines, so they are not listed side by side.
  const when = (r: WorkProgrammeItem): string => r.meetingDate ?? '9999';
  return rows.sort((a, b) => when(a).localeCompare(when(b)) || (a.lines?.from ?? 0) - (b.lines?.from ?? 0));
}

/** How many tabs a line holds: in a web page's table every cell closes with one. */
const tabsIn = (raw: string): number => raw.split('\t').length - 1;

/**
 * The HTML table row starting on line i: its lines up to the one that closes it with a tab (a cell broken by line
 * breaks goes on over the lines between, its pieces joined by a space), at most `width` cells. Its cells and last line.
 */
function htmlRow(lines: readonly Line[], i: number, end: number, width: number): { cells: string[]; last: number } {
  const parts = [(lines[i] as Line).raw];
  let j = i;
  while (!(lines[j] as Line).raw.endsWith('\t') && tabsIn(parts.join(' ')) < width && j + 1 < end && (lines[j + 1] as Line).text !== '') parts.push((lines[++j] as Line).raw);
  return { cells: splitCells(parts.join(' ')).map((c) => c.trim()), last: j };
}

/**
 * The source line cell k of the HTML row on lines first … last starts on: the cells run on from line to line, a cell
 * broken by a line break going on at the start of the next line. Null when not known.
 */
function cellStart(doc: Doc, first: number, last: number, k: number): number | null {
  let before = 0;
  for (let j = first; j <= last; j++) {
    const tabs = tabsIn((doc.lines[j] as Line).raw);
    if (k <= before + tabs) return cellSourceLine(doc, j, k - before);
    before += tabs;
  }
  return null;
}

/**
 * Reads a work programme printed as a web page's table, each cell closed by a tab ("Meeting date | Item | Purpose |
 * Lead officer | Format"): a row runs over the lines its cells' line breaks make ("… CQC Inspection" over "Action Plan",
 * "Post /" over "Name, Post"), and each cell is read from the header's column of that name. A row of one cell spanning
 * the table heads a meeting's group: its date ("Tuesday 4 June 2030 – this meeting"), or none ("June 2030 – date TBC",
 * "Items to be scheduled") for the rows under it. A date printed in a row's own date cell holds for the rows under it;
 * text there that is no date ("TBC") leaves them undated. Null when the span has no such header; the table ends at the
 * first line of text that is no row of it (a note under it).
 */
function parseWebTable(doc: Doc, span: Span): WorkProgrammeItem[] | null {
  const { lines } = doc;
  let header = -1;
  let body: string | null = null;
  for (let i = span.start; i < Math.min(span.end, span.start + 40) && header < 0; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    if (!l.tabbed) {
      if (l.text.length < 160) body = bodyOfHeading(l.text) ?? body;
      continue;
    }
    const cells = cellsOf(l);
    if (l.raw.endsWith('\t') && cells.some((c) => WORK_PROGRAMME_COLUMNS.item.test(c)) && cells.some((c) => WORK_PROGRAMME_COLUMNS.lead.test(c))) header = i;
  }
  if (header < 0) return null;
  const heads = cellsOf(lines[header] as Line);
  const width = tabsIn((lines[header] as Line).raw);
  const column = (re: RegExp): number => heads.findIndex((c) => re.test(c));
  const cols = { date: column(WORK_PROGRAMME_COLUMNS.date), item: column(WORK_PROGRAMME_COLUMNS.item), lead: column(WORK_PROGRAMME_COLUMNS.lead) };
  const rows: WorkProgrammeItem[] = [];
  let date: string | null = null;
  for (let i = header + 1; i < span.end; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    const row = htmlRow(lines, i, span.end, width);
    // A paragraph under the table (a note on its standing items) has no cell.
    if (row.cells.length < 2) break;
    const first = i;
    i = row.last;
    const filled = row.cells.filter((c) => c !== '');
    if (filled.length === 0 || filled.join('\t') === heads.filter((c) => c !== '').join('\t')) continue;
    // A row of one cell across the table heads the group under it.
    if (filled.length === 1 && tabsIn(l.raw) <= 1 && row.cells.length < width) {
      date = isWholeDate((filled[0] as string).replace(GROUP_ROW_NOTE, ''));
      continue;
    }
    const get = (k: number): string => (k >= 0 ? (row.cells[k] ?? '') : '');
    if (get(cols.date) !== '') date = isWholeDate(get(cols.date).replace(GROUP_ROW_NOTE, ''));
    const item = get(cols.item);
    if (item === '') {
      warn(doc, l, 'row-without-item', `work programme row with no item: "${l.text}"`);
      continue;
    }
    const entry = locate<WorkProgrammeItem>(doc, { body, meetingDate: date, item, leads: splitLeads(get(cols.lead)) }, first, row.last);
    // The record starts where its item's cell does, past a date cell on a line of its own ("TBC").
    const at = cellStart(doc, first, row.last, cols.item);
    if (entry.lines && at !== null && at > entry.lines.from && at <= entry.lines.to) entry.lines = { from: at, to: entry.lines.to };
    rows.push(entry);
  }
  return rows;
}

/** Reads a scrutiny work programme: meeting dates, each followed by its items and leads. */
export function parseWorkProgramme(doc: Doc, span: Span): WorkProgrammeItem[] {
  if (doc.laidOut) {
    const matrix = parseMatrix(doc, span);
    if (matrix) return matrix;
    const laid = parseByPosition(doc, span);
    if (laid) return laid;
  }
  if (doc.web) {
    const table = parseWebTable(doc, span);
    if (table) return table;
  }
  const { lines } = doc;
  type Row = WorkProgrammeItem & { first: string; from: number; to: number };
  const rows: Row[] = [];
  let body: string | null = null;
  let date: string | null = null;
  let last: Row | null = null;
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i] as Line;
    const t = l.text;
    if (t === '' || isPageFurniture(l)) continue;
    if (!l.tabbed) {
      const heading = /^(.*?)\s*\bwork ?programme\b/i.exec(t);
      if (heading && t.length < 160) {
        if ((heading[1] as string).trim() !== '') body = (heading[1] as string).trim();
        continue;
      }
      const d = isWholeDate(t);
      if (!d) continue;
    }
    const cells = cellsOf(l);
    if (isHeaderRow(cells)) continue;
    const first = (cells[0] ?? '').trim();
    const rest = cells.slice(1).filter((c) => c.trim() !== '');
    const asDate = isWholeDate(first);
    // A meeting row whose date sits in a later column ("Board Meeting (11am start) | 16 January 2020 | Dev session").
    const laterDate = asDate ? null : (cells.slice(1).find((c) => c.length < 40 && /\d/.test(c) && isWholeDate(c) !== null) ?? null);
    if (laterDate !== null) {
      const later = isWholeDate(laterDate) as string;
      if (date !== null && later < date) warn(doc, l, 'date-out-of-order', `meeting date "${later}" is earlier than the one above`);
      date = later;
      last = null;
      continue;
    }
    if (asDate) {
      if (rest.length >= 2 && (cells[1] ?? '').trim() !== '') {
        // One row per item with its meeting date in the first column.
        if (date !== null && asDate < date) warn(doc, l, 'date-out-of-order', `meeting date "${first}" is earlier than the one above`);
        date = asDate;
        const item = (cells[1] as string).trim();
        const row: Row = { body, meetingDate: asDate, item, leads: cells.length >= 3 ? splitLeads((cells[cells.length - 1] as string).trim()) : [], first: item, from: i, to: i };
        rows.push(row);
        last = row;
        continue;
      }
      if (rest.length > 0) {
        warn(doc, l, 'ocr-ghost', `dropped a date row carrying "${rest.join(' ')}" (OCR ghost)`);
        continue;
      }
      if (date !== null && asDate < date) {
        warn(doc, l, 'ocr-ghost', `dropped out-of-order meeting date "${first}" (OCR ghost)`);
        continue;
      }
      date = asDate;
      last = null;
      continue;
    }
    const leadCell = cells.length >= 2 ? (cells[cells.length - 1] as string).trim() : '';
    if (first === '') {
      warn(doc, l, 'row-without-item', `work programme row with no item: "${t}"`);
      continue;
    }
    if (leadCell === '') {
      if (!last) {
        warn(doc, l, 'row-unplaced', `work programme text with no item above it: "${first}"`);
        continue;
      }
      if (isGhostOf(first, last.first) || isGarbage(first)) {
        warn(doc, l, 'ocr-ghost', `dropped "${first}" (OCR ghost of "${last.first}")`);
        continue;
      }
      last.item = `${last.item} ${first}`;
      last.to = i;
      continue;
    }
    if (date === null) warn(doc, l, 'row-without-date', `work programme item before any meeting date: "${first}"`);
    const row: Row = { body, meetingDate: date, item: first, leads: splitLeads(leadCell), first, from: i, to: i };
    // A row printed again under a heading repeated at a page break is the same row, not a new one.
    const copy = rows.find((r) => r.item === row.item && r.leads.join('/') === row.leads.join('/'));
    if (copy) {
      warn(doc, l, 'row-repeated', `work programme row "${first}" repeats the row for ${copy.meetingDate ?? 'no date'}`);
      last = copy;
      continue;
    }
    rows.push(row);
    last = row;
  }
  return rows.map(({ first: _first, from, to, ...row }) => locate(doc, row, from, to));
}
