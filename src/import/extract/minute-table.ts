import type { Doc, Line } from './doc.ts';
import type { MinuteColumn } from './layouts.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { cellsByPosition, headerColumns as laidOutColumns, rowLineCells } from './layout-columns.ts';
import {
  DECISION_SECTION_HEADINGS,
  HEADER_CELL_NOTE,
  ITEM_CELL_NOTE,
  ITEM_PAPER_LINE,
  MEETING_END,
  MINUTE_NUMBER_CELL,
  MINUTE_NUMBER_TITLE_CELL,
  MINUTE_TABLE_COLUMNS,
  PLANNING_SCHEDULE_COLUMNS,
  RESOLUTION_MID_LINE,
} from './layouts.ts';
import { CELL_LINE_BREAK } from './markdown.ts';
import { joinWrapped } from './names.ts';
import { cleanInline, isPageFurniture } from './text-normalise.ts';

/** One row of a minutes table: its number and title, the lines of its text column, and its line indexes. */
export interface MinuteRow {
  minute: string;
  title: string;
  /** The agenda item the row prints beside its number (a decision table's "Agenda item"), when it does. */
  agendaItem?: string | null;
  body: Line[];
  first: number;
  last: number;
}

/** A minutes table: the line index of its header, its rows, and the line index after its last row. */
export interface MinuteTable {
  header: number;
  rows: MinuteRow[];
  end: number;
  /** Whether the rows are a record's decisions, one label table each: lines after the last are none of its minutes. */
  decisions?: boolean;
}

const DIGIT = /\d/;

/** A minutes table's header: each column's role, whether the number is printed in the title cell, and, laid out, where each column starts. */
interface TableHeader {
  columns: Array<MinuteColumn | null>;
  /** No number column ("Item | Discussion"): each row's number starts its title cell ("4. Matters arising"). */
  numberInTitle: boolean;
  /** On a page layout, where each column starts (one a column, in order); null when read by tabs. */
  starts: LaidOutColumn[] | null;
  /** "No | Item" and nothing more: the item's cell holds its title on its first line, then its minute text. */
  titleLeads?: boolean;
}

/** The role of each column of a header row, or null when the row is not a minutes table's header. */
function headerColumns(l: Line): Pick<TableHeader, 'columns' | 'numberInTitle' | 'titleLeads'> | null {
  // Header cells hold words only: a row with a digit is passed over before it is split.
  if (!l.tabbed || l.text.length > 160 || DIGIT.test(l.text)) return null;
  const cells = l.raw.split('\t').map((c) => cleanInline(c).replace(/:$/, '').replace(HEADER_CELL_NOTE, ''));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  if (cells.filter((c) => c !== '').length < 2) return null;
  const found = cells.map((c) => (c === '' ? null : MINUTE_TABLE_COLUMNS.find((x) => x.pattern.test(c))));
  const roles = found.map((x) => (x === null ? null : x?.column));
  if (roles.some((r) => r === undefined)) return null;
  // A planning schedule's columns (an application's number, its site) make a table of minutes only beside a labelled fact
  // (a ward, a recommendation, a vote): without one, "Item | Application | Site | Outcome" indexes decisions set out below.
  if (!roles.includes('field') && found.some((x) => x != null && x.column !== 'field' && PLANNING_SCHEDULE_COLUMNS.includes(x))) return null;
  const out = roles as Array<MinuteColumn | null>;
  // "Item | Subject | Minutes": with no number column, the first of two title columns holds the numbers.
  if (!out.includes('number') && out.filter((r) => r === 'title').length === 2) out[out.indexOf('title')] = 'number';
  // "No | Item": two columns, a number and an item whose cell opens with its title and goes on with its minute text.
  const filledRoles = out.filter((r) => r !== null);
  if (filledRoles.length === 2 && filledRoles[0] === 'number' && filledRoles[1] === 'title') {
    return { columns: out.map((r) => (r === 'title' ? 'text' : r)), numberInTitle: false, titleLeads: true };
  }
  if (!out.includes('text')) return null;
  if (out.includes('number')) return cells.length >= 3 ? { columns: out, numberInTitle: false } : null;
  // "Item | Discussion": one title column, first, whose cells start with the number.
  const filled = out.filter((r) => r !== null);
  return filled[0] === 'title' && filled.filter((r) => r === 'title').length === 1 ? { columns: out, numberInTitle: true } : null;
}

/** Where each column of a laid-out header starts, when its runs of words are its cells; null otherwise. */
function columnStarts(doc: Doc, i: number, columns: ReadonlyArray<MinuteColumn | null>): LaidOutColumn[] | null {
  const laid = doc.laidOut?.[i];
  if (laid === undefined) return null;
  const runs = laidOutColumns(laid);
  return runs.length === columns.filter((c) => c !== null).length ? runs : null;
}

/** Where `word` starts as a word of its own (at the line's start or after a space) at or after `from` in a laid-out line; -1 if nowhere. */
function wordAt(laid: string, word: string, from: number): number {
  for (let k = laid.indexOf(word, from); k >= 0; k = laid.indexOf(word, k + 1)) if (k === 0 || laid[k - 1] === ' ') return k;
  return -1;
}

const ASIDE_PATTERN = (MINUTE_TABLE_COLUMNS.find((c) => c.column === 'aside') as { pattern: RegExp }).pattern;

/**
 * The last column of a laid-out decision table whose heading wraps in its cell, so that pdftotext prints it as lines of
 * their own above and below the header row ("Alternatives considered / Conflicts of" over the row, "interest" under
 * it), right of the row's last heading: the column (where it starts, its heading whole) and the wrapped lines' texts.
 * Null when the lines beside the header are no such heading.
 */
function wrappedAsideColumn(doc: Doc, i: number, starts: readonly LaidOutColumn[]): { column: LaidOutColumn; texts: string[] } | null {
  const laid = doc.laidOut;
  const last = starts[starts.length - 1];
  if (!laid || !last) return null;
  const beside = (k: number): { start: number; text: string } | null => {
    const runs = k >= 0 ? laidOutColumns(laid[k] ?? '') : [];
    const run = runs[0];
    return runs.length === 1 && run && run.start > last.start + last.header.length ? { start: run.start, text: run.header } : null;
  };
  const above = beside(i - 1);
  const below = beside(i + 1);
  const parts = [above, below].filter((p) => p !== null);
  const first = parts[0];
  if (!first || parts.some((p) => Math.abs(p.start - first.start) > 2)) return null;
  const header = parts.map((p) => p.text).join(' ');
  return ASIDE_PATTERN.test(header) ? { column: { start: first.start, header }, texts: parts.map((p) => p.text) } : null;
}

/** Whether a laid-out line runs across the start of a column (one run of words over the gap): prose under the table, not a row. */
function crossesColumns(laid: string, starts: readonly LaidOutColumn[]): boolean {
  for (const m of laid.matchAll(RUN)) {
    const a = m.index;
    const b = a + m[0].length;
    if (starts.some((c, k) => k > 0 && a < c.start - 1 && b > c.start + 1)) return true;
  }
  return false;
}

const RUN = /\S+(?: \S+)*/g;

/**
 * Whether a laid-out line under a header row holds only the ends of its headings, wrapped in their cells ("Minute"
 * over "No.", "Decision" over "taken"): each word under a heading that, joined to it, still names the column's role.
 */
function headingsWrapped(laid: string, starts: readonly LaidOutColumn[], columns: ReadonlyArray<MinuteColumn | null>): boolean {
  const cells = cellsByPosition(laid, starts);
  const filled = cells.flatMap((c, k) => (c === '' ? [] : [{ c, k }]));
  return (
    filled.length > 0 &&
    filled.every(({ c, k }) => {
      const heading = cleanInline(`${starts[k]?.header ?? ''} ${c}`).replace(/:$/, '');
      return MINUTE_TABLE_COLUMNS.some((x) => x.column === columns[k] && x.pattern.test(heading));
    })
  );
}

/** Whether a minutes table's header row comes within the next few lines from `from`, on the same page. */
function headerFollows(lines: readonly Line[], from: number, end: number): boolean {
  const page = lines[from - 1]?.page ?? null;
  for (let j = from, seen = 0; j < end && seen < 3; j++) {
    const l = lines[j] as Line;
    if (l.text === '') continue;
    if (l.page !== page) return false;
    if (l.tabbed && headerColumns(l) !== null) return true;
    seen++;
  }
  return false;
}

/**
 * Whether the line at `i`, of `width` tab-separated pieces, is a row of a table inside a cell: the next line with text
 * is a row of as many pieces too, neither starting a row of the minutes table, each closing its last cell.
 */
function innerTableRow(lines: readonly Line[], i: number, end: number, width: number, startsRow: (cell: string) => boolean): boolean {
  const row = (l: Line): boolean => l.tabbed && l.raw.endsWith('\t') && l.raw.split('\t').length === width && !startsRow(cleanInline(l.raw.slice(0, l.raw.indexOf('\t'))));
  if (width < 3 || !row(lines[i] as Line)) return false;
  for (let j = i + 1; j < end && j <= i + 3; j++) {
    const l = lines[j] as Line;
    if (l.text !== '') return row(l);
  }
  return false;
}

/**
 * Reads minutes printed as a table between `from` and `end`: a header row naming a number column and
 * a text column (see MINUTE_TABLE_COLUMNS), or a title column whose cells start with the number, then
 * one row a minute. A cell may run over several lines (an HTML cell holding a list, a Word cell holding
 * paragraphs): a tab ends a cell, so the column of each piece is counted from the row's first line. On
 * a page layout each word goes to the column it starts in, and the header repeated on a new page says
 * where the columns start there. Null when there is no such header above `headerBefore`.
 */
export function readMinuteTable(doc: Doc, from: number, end: number, headerBefore = end): MinuteTable | null {
  const { lines } = doc;
  let header = -1;
  let head: TableHeader | null = null;
  for (let i = from; i < headerBefore; i++) {
    const l = lines[i] as Line;
    if (!l.tabbed) continue;
    const found = headerColumns(l);
    if (found) {
      header = i;
      head = { ...found, starts: columnStarts(doc, i, found.columns) };
      break;
    }
  }
  if (header < 0 || head === null) return null;
  const { numberInTitle, titleLeads = false } = head;
  // Laid out, the cells of a line are its filled columns, in order.
  const columns = head.starts ? head.columns.filter((c) => c !== null) : head.columns;
  let starts = head.starts;
  // A last heading wrapped around the header row, on lines of its own: one more column, its lines no row's text.
  const wrapped = starts ? wrappedAsideColumn(doc, header, starts) : null;
  if (starts && wrapped) {
    starts = [...starts, wrapped.column];
    columns.push('aside');
  }
  const headerWrap = (i: number): boolean =>
    wrapped !== null && wrapped.texts.includes((lines[i] as Line).text) && [lines[i - 1], lines[i + 1]].some((x) => x?.tabbed === true && headerColumns(x) !== null);
  const asides = columns.includes('aside');
  const at = (role: MinuteColumn): number => columns.indexOf(role);
  const rows: MinuteRow[] = [];
  let row: { first: number; last: number; cells: Line[][]; laid: Array<{ line: Line; laid: string; starts: LaidOutColumn[] }>; indent: number } | null = null;
  let col = 0;
  // The width of the row of a table inside a cell just read (its next row is as wide), 0 when the line above was none.
  let innerWidth = 0;
  let next = header + 1;
  // The line of the header's headings wrapped under it last read, -1 before any.
  let headingWrapAt = -1;
  const finish = (): void => {
    if (!row) return;
    // Laid out, each piece of the row (one a page) is split by the row's own columns: a cell may start left of its heading.
    if (row.laid.length > 0) {
      let from = 0;
      for (let n = 1; n <= row.laid.length; n++) {
        const piece = row.laid[from] as (typeof row.laid)[number];
        if (n < row.laid.length && (row.laid[n] as (typeof row.laid)[number]).starts === piece.starts) continue;
        const part = row.laid.slice(from, n);
        const cells = rowLineCells(
          part.map((p) => p.laid),
          piece.starts,
        );
        part.forEach((p, m) => {
          if (p.line.text === '' || isPageFurniture(p.line)) {
            if (at('text') >= 0) row?.cells[at('text')]?.push(p.line);
            return;
          }
          // Each cell's line indented where its text starts, as its own column prints it (a lettered part's hanging indent).
          let from = 0;
          (cells[m] ?? []).forEach((text, k) => {
            if (text === '') return;
            const indent = wordAt(p.laid, text.split(' ', 1)[0] as string, from);
            if (indent >= 0) from = indent + text.length;
            push(k, indent >= 0 ? { ...p.line, indent } : p.line, text);
          });
        });
        from = n;
      }
    }
    // A title cell's line naming the item's paper under its title ("Paper A") is not the title's.
    const text = (k: number): string =>
      k < 0 ? '' : joinWrapped((row?.cells[k] ?? []).map((x) => x.text).filter((t, n) => t !== '' && !(n > 0 && k === at('title') && ITEM_PAPER_LINE.test(t))));
    // A decision table's item cell: its title, then notes on the item ("Key decision: …", "Portfolio: …") kept with its text.
    const itemCell = asides ? (row.cells[at('title')] ?? []).filter((x) => x.text !== '') : [];
    const noteAt = itemCell.findIndex((x) => ITEM_CELL_NOTE.test(x.text));
    const ownTitle = noteAt > 0 ? joinWrapped(itemCell.slice(0, noteAt).map((x) => x.text)) : text(at('title'));
    // A schedule's case reference (an application's number) heads the row's title, as the row prints it beside the site.
    const titleText = [text(at('reference')), ownTitle].filter((t) => t !== '').join(' ');
    const numbered = numberInTitle ? MINUTE_NUMBER_TITLE_CELL.exec(titleText) : null;
    const body = at('text') < 0 ? [] : decisionCell(row.cells[at('text')] ?? [], columns.includes('field') ? (starts?.[at('text')]?.header ?? '') : '');
    // The item's cell opens with its title: its first line, the rest its minute text.
    const lead = titleLeads ? body.findIndex((x) => x.text !== '') : -1;
    rows.push({
      minute: (numbered ? (numbered[1] as string) : text(at('number'))).replace(/\.$/, ''),
      title: numbered ? (numbered[2] as string) : lead >= 0 ? (body[lead] as Line).text : titleText,
      body: [
        ...fieldLines(row.cells, columns, starts),
        ...(lead >= 0 ? body.slice(lead + 1) : body),
        ...(asides ? asideLines(row.cells, columns, starts, noteAt < 0 ? [] : itemCell.slice(noteAt)) : []),
      ],
      first: row.first,
      last: row.last,
    });
  };
  const startsRow = (cell: string): boolean => MINUTE_NUMBER_CELL.test(cell) || (numberInTitle && MINUTE_NUMBER_TITLE_CELL.test(cell));
  const push = (k: number, l: Line, text: string): void => {
    // A cell's paragraph may go on to what was resolved ("… were received. RESOLVED that …"): that starts a line of its own.
    for (const part of text.split(RESOLUTION_MID_LINE)) row?.cells[k]?.push({ ...l, raw: part, text: part, tabbed: false, cells: undefined, coverFields: undefined });
  };
  for (let i = header + 1; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text === '') {
      // A blank line inside the text cell keeps its paragraphs (and list items) apart.
      if (row && starts) row.laid.push({ line: l, laid: '', starts });
      else if (row && columns[col] === 'text') row.cells[col]?.push(l);
      continue;
    }
    if (isPageFurniture(l)) {
      // Laid out, page furniture (a footer, a watermark) stays in the row's text column, where a sentence it cuts reads on over it.
      if (row && starts) row.laid.push({ line: l, laid: '', starts });
      continue;
    }
    if (starts) {
      const laid = doc.laidOut?.[i] ?? '';
      // The wrapped lines of the header's last heading, over and under the header row on each page.
      if (headerWrap(i)) continue;
      // The header repeated at the top of a page: where the columns start on this page.
      const again = l.tabbed ? headerColumns(l) : null;
      if (again) {
        const found = columnStarts(doc, i, again.columns);
        const last = found && wrapped ? (wrappedAsideColumn(doc, i, found)?.column ?? wrapped.column) : null;
        starts = found ? (last ? [...found, last] : found) : starts;
        continue;
      }
      // The header's headings wrapped onto the line under it ("Minute" over "No."): no row's text.
      // A heading may wrap over several lines ("Vote" over "(For/Against/" over "Abstain)"): each joins its heading.
      if (((lines[i - 1]?.tabbed === true && headerColumns(lines[i - 1] as Line) !== null) || headingWrapAt === i - 1) && headingsWrapped(laid, starts, columns)) {
        const wraps = cellsByPosition(laid, starts);
        starts = starts.map((c, k) => (wraps[k] ? { ...c, header: cleanInline(`${c.header} ${wraps[k]}`) } : c));
        headingWrapAt = i;
        continue;
      }
      if (row && !l.tabbed && l.text.length < 200 && MEETING_END.test(l.text)) break;
      // Beside a decision table's decisions, a cell shifted left of its heading or run on into the next ("… element of The
      // proposals reflect …") is still the row's: prose under the table starts at its margin and runs over the item column.
      if (row && crossesColumns(laid, asides ? starts.slice(0, 2) : starts)) {
        // A page's running header above the table's header repeated: furniture, not the table's end.
        if (headerFollows(lines, i + 1, end)) continue;
        break;
      }
      const cells = cellsByPosition(laid, starts);
      const first = cells[0] ?? '';
      // A number indented under the title's first line is the title wrapped ("Plan 2027/28 to" over "2030/31"), not a row.
      const wrapsTitle = numberInTitle && row !== null && laid.search(/\S/) > row.indent + 1;
      if (startsRow(first) && !wrapsTitle) {
        finish();
        row = { first: i, last: i, cells: columns.map(() => []), laid: [], indent: laid.search(/\S/) };
      } else if (!row) continue;
      row.laid.push({ line: l, laid, starts });
      row.last = i;
      next = i + 1;
      continue;
    }
    const pieces = l.raw.split('\t');
    // A word processor's row whose first cell holds its number in a paragraph of its own ("4." over "Action log"): the
    // number alone on its line starts the row, where no row is open or the row above has closed its last cell.
    const bareNumber = !l.tabbed && (!row || col >= columns.length - 1) && MINUTE_NUMBER_CELL.test(l.text) && l.text.length < 12;
    if ((l.tabbed && startsRow(cleanInline(pieces[0] ?? ''))) || bareNumber) {
      finish();
      row = { first: i, last: i, cells: columns.map(() => []), laid: [], indent: 0 };
      col = 0;
    } else if (!row) continue;
    // The header repeated where the table goes on (over a page break) adds nothing.
    else if (l.tabbed && headerColumns(l) !== null) continue;
    // A Markdown pipe table's row is one line: a line without cells ends the table, unless it is a page's footer between
    // the pieces of one table, its header repeated just under it.
    else if (doc.markdown && !l.tabbed) {
      if (headerFollows(lines, i + 1, end)) continue;
      break;
    }
    // A line after the row's last cell is closed is not in the table, nor is the meeting's close.
    else if (col >= columns.length || (!l.tabbed && l.text.length < 200 && MEETING_END.test(l.text))) break;
    // A table set inside the current cell (a minute's figures): more cells than the row has columns left, or a run of
    // rows of the same cells under each other. Each of its rows is a line of the cell, its cells joined, the column unchanged.
    const innerLast = l.tabbed && pieces.length === innerWidth && l.raw.endsWith('\t') && !startsRow(cleanInline(pieces[0] ?? ''));
    innerWidth = 0;
    if (l.tabbed && (innerLast || col + pieces.length - 1 > columns.length || innerTableRow(lines, i, end, pieces.length, startsRow))) {
      innerWidth = pieces.length;
      const inner = pieces.map((c) => cleanInline(c)).filter((c) => c !== '');
      if (inner.length > 0) push(col, l, inner.join(' | '));
      row.last = i;
      next = i + 1;
      continue;
    }
    pieces.forEach((piece, k) => {
      if (k > 0) col++;
      if (col >= columns.length || !row) return;
      // A cell's lines written as inline HTML ("<br>", "<li>"): each its own line. A title's later lines are a note on
      // the minute ("Licensing<br>(Cllr A left the room)"), read with its text rather than as the title.
      const parts = CELL_LINE_BREAK.test(piece) ? piece.split(CELL_LINE_BREAK) : [piece];
      parts.forEach((part, n) => {
        const text = cleanInline(part);
        if (text === '') return;
        push(n > 0 && columns[col] === 'title' && at('text') > col ? at('text') : col, l, text);
      });
    });
    row.last = i;
    next = i + 1;
  }
  finish();
  return rows.length > 0 ? { header, rows, end: next } : null;
}

/**
 * The lines of a decision table's columns beside the decision, after it: each column a section of the decision, headed
 * by its heading where that names a section ("Reasons"), then the notes of the item's cell, each label a paragraph.
 */
function asideLines(cells: readonly Line[][], columns: ReadonlyArray<MinuteColumn | null>, starts: readonly LaidOutColumn[] | null, notes: readonly Line[]): Line[] {
  const out: Line[] = [];
  const asLine = (l: Line, text: string): Line => ({ ...l, raw: text, text, tabbed: false, cells: undefined, coverFields: undefined });
  columns.forEach((c, k) => {
    const lines = (cells[k] ?? []).filter((x) => x.text !== '');
    const first = lines[0];
    if (c !== 'aside' || !first) return;
    const heading = starts?.[k]?.header ?? '';
    out.push(asLine(first, ''));
    if (DECISION_SECTION_HEADINGS.some((h) => h.pattern.test(heading))) out.push(asLine(first, heading));
    out.push(...lines);
  });
  for (const n of notes) {
    if (ITEM_CELL_NOTE.test(n.text)) out.push(asLine(n, ''));
    out.push(n);
  }
  return out;
}

/**
 * A schedule's decision cell, its wrapped lines joined and its heading run in before them ("Committee decision: Refused
 * …"), so that the whole cell, a refusal's numbered reasons too, reads as what was decided, apart from the labelled
 * facts before it; the cell as it is with no heading.
 */
function decisionCell(cell: readonly Line[], heading: string): Line[] {
  const filled = cell.filter((x) => x.text !== '' && !isPageFurniture(x));
  const first = filled[0];
  if (heading === '' || !first) return [...cell];
  const text = `${heading.replace(/:$/, '')}: ${joinWrapped(filled.map((x) => x.text))}`;
  return [{ ...first, raw: text, text }];
}

/**
 * The labelled facts of a schedule's row that are no decision (its ward, the officer's recommendation, the vote): each
 * column's heading and its cell's lines joined, one paragraph a column ("Ward: Abbey North"), ahead of the decision.
 */
function fieldLines(cells: readonly Line[][], columns: ReadonlyArray<MinuteColumn | null>, starts: readonly LaidOutColumn[] | null): Line[] {
  const out: Line[] = [];
  columns.forEach((c, k) => {
    const lines = (cells[k] ?? []).filter((x) => x.text !== '');
    const first = lines[0];
    if (c !== 'field' || !first) return;
    const heading = (starts?.[k]?.header ?? '').replace(/:$/, '');
    const text = `${heading === '' ? '' : `${heading}: `}${joinWrapped(lines.map((x) => x.text))}`;
    out.push(
      { ...first, raw: text, text, tabbed: false, cells: undefined, coverFields: undefined },
      { ...first, raw: '', text: '', tabbed: false, cells: undefined, coverFields: undefined },
    );
  });
  return out;
}

/** Whether a row heads a table of decisions, one row a decision: a minutes table's header whose text column is the decision ("Item | Decision | Reasons"). */
export function isDecisionTableHeader(l: Line): boolean {
  if (!l.tabbed || !/decision/i.test(l.text)) return false;
  const found = headerColumns(l);
  return found !== null && (found.columns.includes('aside') || found.columns.includes('field'));
}
