import type { TrackerRow } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, locate, nextNonBlank, warn } from './doc.ts';
import { isWholeDate } from './date-text.ts';
import { isGarbage, isGhostOf } from './similarity.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { cellsByPosition, centredHeaderColumns, extendHeader, headerColumns, rowCellsByPosition, startsInColumn } from './layout-columns.ts';
import { isPageFurniture } from './text-normalise.ts';
import { TABLE_KEY_HEADING, TABLE_ROW_KEY, TARGET_CELL_SPILL, TRACKER_COLUMNS, TRACKER_STATUS_WORDS } from './layouts.ts';
import { isTrackerHeader } from './segment.ts';
import { joinWrapped } from './names.ts';

interface Columns {
  item: number;
  link: number;
  owner: number;
  outcome: number;
  status: number;
  width: number;
}

function columnsOf(cells: string[]): Columns | null {
  const find = (re: RegExp): number => cells.findIndex((c) => re.test(c));
  const owner = find(/owner|lead|responsib/i);
  const status = find(/status|rag/i);
  const outcome = find(/outcome|recommendation|action agreed|agreed/i);
  if (owner < 0 || status < 0) return null;
  return { item: 0, link: find(/^link/i), owner, outcome, status, width: cells.length };
}

type Field = 'item' | 'link' | 'owner' | 'outcome' | 'status';

/** Whether a row's cells after the first are all counts (a summary's "Review | Recs | Accepted | …" tallies, a total). */
function isTally(cells: readonly string[]): boolean {
  const rest = cells.slice(1).filter((c) => c.trim() !== '');
  return rest.length >= 2 && rest.every((c) => /^\d{1,6}$/.test(c.trim()));
}

/** Whether the tabbed line after line `i` is a tally of as many cells: line `i` is the header of a summary table. */
function headsTally(lines: readonly Line[], i: number, end: number): boolean {
  const next = nextNonBlank(lines as Line[], i + 1, end);
  const l = next >= 0 ? (lines[next] as Line) : null;
  return l !== null && l.tabbed && cellsOf(l).length === cellsOf(lines[i] as Line).length && isTally(cellsOf(l));
}

/** Reads an outcome tracker: meeting dates, each followed by agenda items with owner, outcome and status. */
export function parseTracker(doc: Doc, span: Span): TrackerRow[] {
  if (doc.laidOut) {
    const byPosition = parseByPosition(doc, span);
    if (byPosition !== null) return byPosition;
  }
  const { lines } = doc;
  const rows: TrackerRow[] = [];
  let cols: Columns | null = null;
  let date: string | null = null;
  let last: TrackerRow | null = null;
  const spans = new Map<TrackerRow, [number, number]>();
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i] as Line;
    if (TABLE_KEY_HEADING.test(l.text)) break;
    if (!l.tabbed || l.text === '') continue;
    const cells = cellsOf(l);
    const header = columnsOf(cells);
    if (header && !isWholeDate(cells[0] ?? '')) {
      cols = header;
      continue;
    }
    const c = cols ?? { item: 0, link: 1, owner: 2, outcome: 3, status: 4, width: 5 };
    if (cells.length < 3) continue;
    // A summary of counts above the tracker (or beside it) holds no items.
    if (isTally(cells) || headsTally(lines, i, span.end)) continue;
    const first = (cells[0] ?? '').trim();
    const asDate = isWholeDate(first);
    const others = cells.slice(1).filter((x) => x.trim() !== '');
    if (asDate && others.length <= 1 && (others[0] ?? '').length < 40) {
      date = asDate;
      last = null;
      continue;
    }
    const get = (k: number): string => (k >= 0 ? (cells[k] ?? '').trim() : '');
    if (first === '') {
      if (!last) {
        warn(doc, l, 'row-unplaced', `outcome tracker row with no item above it: "${l.text}"`);
        continue;
      }
      const target = last;
      for (const field of ['link', 'owner', 'outcome', 'status'] as Field[]) {
        const frag = get(c[field]);
        if (frag === '') continue;
        const existing = target[field] ?? '';
        const words = existing.split(' ');
        const tail = words.slice(-Math.max(1, frag.split(' ').length)).join(' ');
        if (isGarbage(frag) || tail.toLowerCase() === frag.toLowerCase() || isGhostOf(frag, tail)) {
          warn(doc, l, 'ocr-ghost', `dropped "${frag}" from ${field} (OCR ghost of "${tail}")`);
          continue;
        }
        target[field] = existing === '' ? frag : `${existing} ${frag}`;
        (spans.get(target) as [number, number])[1] = i;
      }
      continue;
    }
    if (date === null) warn(doc, l, 'row-without-date', `outcome tracker row before any meeting date: "${first}"`);
    const blank = (s: string): string | null => (s === '' ? null : s);
    const row: TrackerRow = {
      meetingDate: date,
      item: first,
      link: blank(get(c.link)),
      owner: blank(get(c.owner)),
      outcome: blank(get(c.outcome)),
      status: blank(get(c.status)),
    };
    rows.push(row);
    spans.set(row, [i, i]);
    last = row;
  }
  for (const row of rows) {
    const [from, to] = spans.get(row) as [number, number];
    locate(doc, row, from, to);
  }
  return rows;
}

/** What each column of a laid-out tracker holds, by its header; -1 when there is no such column. */
interface Roles {
  /** The column whose cell starts a row: the number column of a response table, else the item (or outcome). */
  key: number;
  date: number;
  item: number;
  /** The recommendation's words beside its reference, in a table of recommendations with no outcome of their own; -1 otherwise. */
  words: number;
  outcome: number;
  owner: number;
  status: number;
  link: number;
  target: number;
  /** The response and progress printed in one column beside the recommendation ("Response / Update"); -1 otherwise. */
  update: number;
}

/** The roles of a tracker's header cells; null without an item or outcome, an owner and a status column. */
function rolesOf(headers: readonly string[]): Roles | null {
  const find = (re: RegExp, not?: RegExp): number => headers.findIndex((h) => re.test(h) && !(not?.test(h) ?? false));
  const roles: Roles = {
    date: find(/\b(?:meeting|date)\b/i, /recommend|action|owner|status|target|due/i),
    item: find(/\b(?:minute|item|ref(?:erence)?|agenda|no\.?)\b/i, /recommend|action agreed|owner|status|meeting/i),
    outcome: find(/outcome|recommend|action|agreed|resolution/i, /owner|status/i),
    owner: find(/owner|lead|responsib/i),
    status: find(TRACKER_COLUMNS.status),
    link: find(/^link/i),
    target: find(TRACKER_COLUMNS.target),
    key: -1,
    words: -1,
    update: -1,
  };
  // A table of responses to a review's recommendations: each row is a recommendation (numbered), the response its outcome.
  const response = find(TRACKER_COLUMNS.response);
  const recommendation = find(/^recommendations?$/i);
  if (response >= 0 && recommendation >= 0) {
    roles.key = roles.item >= 0 ? roles.item : recommendation;
    roles.item = recommendation;
    roles.outcome = response;
  } else if (roles.item >= 0 && recommendation >= 0 && TRACKER_COLUMNS.reference.test(headers[roles.item] as string) && find(TRACKER_COLUMNS.update) >= 0) {
    // A scrutiny committee's tracker of its own recommendations ("Ref | Recommendation | Response / Update | Lead officer |
    // Status"): each row is a recommendation by its reference, the recommendation its outcome, the response kept beside it.
    roles.key = roles.item;
    roles.outcome = recommendation;
    roles.update = find(TRACKER_COLUMNS.update);
  } else if (roles.item >= 0 && recommendation >= 0 && TRACKER_COLUMNS.reference.test(headers[roles.item] as string)) {
    // A tracker of an audit's or review's recommendations ("Ref | Recommendation | Owner | Due | Status"): each row is a
    // recommendation, read as its reference and its words; its status says how it stands, and there is no outcome.
    roles.key = roles.item;
    roles.words = recommendation;
    roles.outcome = -1;
  } else roles.key = roles.item >= 0 ? roles.item : roles.outcome;
  if (roles.owner < 0 || roles.status < 0 || (roles.item < 0 && roles.outcome < 0)) return null;
  return roles;
}

const RULE = /^\s*[-=_]{5,}[-=_ ]*$/;

/** Whether a word jammed before a status column is its status: a whole one on the row's first line, or the tail of a wrapped one. */
function statusJammed(word: string, n: number, held: string, line: string): boolean {
  if (line !== '') return false;
  return n === 0 ? held === '' && TRACKER_STATUS_WORDS.first.test(word) : TRACKER_STATUS_WORDS.head.test(held) && TRACKER_STATUS_WORDS.tail.test(word);
}

/** Whether a word jammed before a date column is the day of the date printed in it ("Head 30" | "June 2027"). */
function dayJammed(word: string, n: number, held: string, line: string): boolean {
  return n === 0 && held === '' && /^\d{1,2}$/.test(word) && isWholeDate(`${word} ${line}`) !== null;
}

/**
 * Takes out of a row's laid-out lines the words that belong to column k though printed one space after the cell to
 * its left, as `fits` says (by the line's number, what column k holds so far and what it holds on the line): the
 * lines with those words blanked, and the words in order.
 */
function jammedInto(
  texts: readonly string[],
  cols: readonly LaidOutColumn[],
  k: number,
  fits: (word: string, n: number, held: string, line: string) => boolean,
): { texts: string[]; words: string[] } {
  const from = (cols[k] as LaidOutColumn).start - 1;
  const to = k + 1 < cols.length ? (cols[k + 1] as LaidOutColumn).start - 1 : Infinity;
  const words: string[] = [];
  let held = '';
  const out = texts.map((text, n) => {
    const all = [...text.matchAll(/\S+/g)];
    const line = all
      .filter((m) => m.index >= from && m.index < to)
      .map((m) => m[0])
      .join(' ');
    const last = all.filter((m) => m.index < from).pop();
    const jammed = last !== undefined && / $/.test(text.slice(0, last.index)) && !/ {2}$/.test(text.slice(0, last.index)) && fits(last[0], n, held, line);
    held = joinWrapped([held, jammed ? last[0] : '', line]);
    if (!jammed) return text;
    words.push(last[0]);
    return `${text.slice(0, last.index)}${' '.repeat(last[0].length)}${text.slice(last.index + last[0].length)}`;
  });
  return { texts: out, words };
}

/** A running footer ending with its page number ("… Committee    Page 1", "… Report    Page 3 of 3"). */
const PAGE_FOOTER = /\bpage \d{1,4}(?: of \d{1,4})?$/i;

/** A cell printed to say it is empty: a dash, "N/A". */
const NOTHING = /^(?:[-–—]|n\/a)$/i;

/**
 * Reads a tracker laid out as a page (pdftotext -layout): columns by the header's positions, a row
 * starting where its item (or outcome) column starts, its cells wrapped on the lines under it; the
 * meeting date printed in the first row of its group holds for the rows below. Null when the span
 * has no header naming the columns.
 */
function parseByPosition(doc: Doc, span: Span): TrackerRow[] | null {
  const { lines } = doc;
  const laid = doc.laidOut as string[];
  let columns: LaidOutColumn[] | null = null;
  let roles: Roles | null = null;
  let at = span.start;
  for (; at < Math.min(span.end, span.start + 40); at++) {
    const text = laid[at] ?? '';
    const heads = headerColumns(text);
    if (heads.length < 4 || !heads.some((h) => TRACKER_COLUMNS.status.test(h.header))) continue;
    roles = rolesOf(heads.map((h) => h.header));
    if (roles) {
      columns = heads;
      break;
    }
  }
  if (!columns || !roles) return null;
  const head = columns;
  const r = roles;
  // The header's first line as printed, to know it again where the table goes on over a page.
  const printedHeader = head.map((h) => h.header).join(' ');
  at++;
  const key = r.key;
  // A row number or reference under the key column starts the first row: no second line of the header.
  const numbered = (text: string): boolean => TABLE_ROW_KEY.test(cellsByPosition(text, head)[key] ?? '');
  while (at < span.end && (lines[at] as Line).text !== '' && !RULE.test(laid[at] ?? '') && !numbered(laid[at] ?? '') && extendHeader(head, laid[at] ?? '')) at++;
  const cols = centredHeaderColumns(head, laid.slice(at, span.end));
  const rows: TrackerRow[] = [];
  let row: { texts: string[]; first: number; last: number } | null = null;
  let date: string | null = null;
  let blankBefore = false;
  let repeatedHeader = false;
  const flush = (): void => {
    const current = row as { texts: string[]; first: number; last: number } | null;
    row = null;
    if (!current) return;
    // A status printed a space after the response, a target date's day a space after the owner: taken out first.
    const status = jammedInto(current.texts, cols, r.status, statusJammed);
    const target = r.target >= 0 ? jammedInto(status.texts, cols, r.target, dayJammed) : { texts: status.texts, words: [] };
    // A row's cells by its own columns: a cell printed a few places left of its header, or jammed one space from the next.
    const cells = rowCellsByPosition(target.texts, cols);
    cells[r.status] = joinWrapped([cells[r.status] as string, ...status.words]);
    // A due date with the status beside it one space on ("31/08/27 In" | "progress"): the words after the date are the status's.
    const spill = r.target >= 0 && r.target + 1 === r.status ? TARGET_CELL_SPILL.exec(cells[r.target] as string) : null;
    if (spill) {
      cells[r.target] = spill[1] as string;
      cells[r.status] = joinWrapped([spill[2] as string, cells[r.status] as string]);
    }
    if (r.target >= 0) cells[r.target] = joinWrapped([...target.words, cells[r.target] as string]);
    const get = (k: number): string | null => (k >= 0 && cells[k] !== '' && !NOTHING.test(cells[k] as string) ? (cells[k] as string) : null);
    const printed = get(r.date);
    if (printed !== null) date = isWholeDate(printed) ?? date;
    const words = get(r.words);
    const entry: TrackerRow = {
      meetingDate: date,
      item: words !== null ? joinWrapped([get(r.item) ?? '', words]) : (get(r.item) ?? get(r.outcome) ?? ''),
      link: get(r.link),
      owner: get(r.owner),
      outcome: get(r.outcome),
      status: get(r.status),
    };
    const due = get(r.target);
    if (due !== null) entry.target = due;
    const update = get(r.update);
    if (update !== null) entry.response = update;
    rows.push(locate(doc, entry, current.first, current.last));
  };
  for (let i = at; i < span.end; i++) {
    const l = lines[i] as Line;
    const text = laid[i] ?? '';
    if (l.text === '' || RULE.test(text)) {
      blankBefore = true;
      continue;
    }
    if (TABLE_KEY_HEADING.test(l.text)) break;
    const cells = cellsByPosition(text, cols);
    if (PAGE_FOOTER.test(l.text) && blankBefore) {
      flush();
      continue;
    }
    // The header printed again at the top of the next page, with its wrapped lines, up to the next row's key.
    if (
      headerColumns(text)
        .map((h) => h.header)
        .join(' ') === printedHeader
    ) {
      flush();
      repeatedHeader = true;
      continue;
    }
    if (repeatedHeader && !TABLE_ROW_KEY.test(cells[key] ?? '')) continue;
    repeatedHeader = false;
    if ((cells[key] ?? '') !== '' && startsInColumn(text, cols, key)) {
      flush();
      row = { texts: [text], first: i, last: i };
    } else if (row && !blankBefore && !isPageFurniture(l)) {
      row.texts.push(text);
      row.last = i;
    } else {
      flush();
      // A running footer ("… Committee    Page 1") is page furniture too.
      if (!isPageFurniture(l) && !PAGE_FOOTER.test(l.text)) warn(doc, l, 'table-row-unplaced', `tracker line not understood: "${l.text}"`);
    }
    blankBefore = false;
  }
  flush();
  return rows;
}

/**
 * The trackers printed inside a set of minutes, as one minute goes through a review's recommendations and how each
 * stands ("Ref | Recommendation | Owner | Due | Status" between the discussion and what was resolved): each table
 * read from its header to the first blank line under its rows. Laid-out pages only.
 */
export function readMinuteTrackers(doc: Doc, span: Span): TrackerRow[] {
  const rows: TrackerRow[] = [];
  if (!doc.laidOut) return rows;
  for (let i = span.start; i < span.end; i++) {
    if (!isTrackerHeader(doc.lines[i] as Line)) continue;
    let end = i + 2;
    while (end < span.end && (doc.lines[end] as Line).text !== '') end++;
    rows.push(...parseTracker(doc, { start: i, end }));
    i = end;
  }
  return rows;
}
