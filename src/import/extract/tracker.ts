import type { TrackerRow } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, locate, nextNonBlank, warn } from './doc.ts';
import { isWholeDate } from './date-text.ts';
import { isGarbage, isGhostOf } from './similarity.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { cellsByPosition, extendHeader, headerColumns, startsInColumn } from './layout-columns.ts';
import { isPageFurniture } from './text-normalise.ts';
import { TABLE_KEY_HEADING } from './layouts.ts';

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
  date: number;
  item: number;
  outcome: number;
  owner: number;
  status: number;
  link: number;
}

/** The roles of a tracker's header cells; null without an item or outcome, an owner and a status column. */
function rolesOf(headers: readonly string[]): Roles | null {
  const find = (re: RegExp, not?: RegExp): number => headers.findIndex((h) => re.test(h) && !(not?.test(h) ?? false));
  const roles: Roles = {
    date: find(/\b(?:meeting|date)\b/i, /recommend|action|owner|status/i),
    item: find(/\b(?:minute|item|ref(?:erence)?|agenda|no\.?)\b/i, /recommend|action agreed|owner|status|meeting/i),
    outcome: find(/outcome|recommend|action|agreed|resolution/i, /owner|status/i),
    owner: find(/owner|lead|responsib/i),
    status: find(/status|\brag\b/i),
    link: find(/^link/i),
  };
  if (roles.owner < 0 || roles.status < 0 || (roles.item < 0 && roles.outcome < 0)) return null;
  return roles;
}

const RULE = /^\s*[-=_]{5,}[-=_ ]*$/;

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
    if (heads.length < 4 || !STATUS.test(text)) continue;
    roles = rolesOf(heads.map((h) => h.header));
    if (roles) {
      columns = heads;
      break;
    }
  }
  if (!columns || !roles) return null;
  const cols = columns;
  const r = roles;
  at++;
  while (at < span.end && (lines[at] as Line).text !== '' && !RULE.test(laid[at] ?? '') && extendHeader(cols, laid[at] ?? '')) at++;
  const key = r.item >= 0 ? r.item : r.outcome;
  const rows: TrackerRow[] = [];
  let row: { cells: string[]; first: number; last: number } | null = null;
  let date: string | null = null;
  let blankBefore = false;
  const flush = (): void => {
    const current = row as { cells: string[]; first: number; last: number } | null;
    row = null;
    if (!current) return;
    const get = (k: number): string | null => (k >= 0 && current.cells[k] !== '' ? (current.cells[k] as string) : null);
    const printed = get(r.date);
    if (printed !== null) date = isWholeDate(printed) ?? date;
    const entry: TrackerRow = {
      meetingDate: date,
      item: get(r.item) ?? get(r.outcome) ?? '',
      link: get(r.link),
      owner: get(r.owner),
      outcome: get(r.outcome),
      status: get(r.status),
    };
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
    if ((cells[key] ?? '') !== '' && startsInColumn(text, cols, key)) {
      flush();
      row = { cells, first: i, last: i };
    } else if (row && !blankBefore && !isPageFurniture(l.text)) {
      const target: { cells: string[]; last: number } = row;
      cells.forEach((c, k) => {
        if (c !== '') target.cells[k] = target.cells[k] === '' ? c : `${target.cells[k] as string} ${c}`;
      });
      target.last = i;
    } else {
      flush();
      // A running footer ("… Committee    Page 1") is page furniture too.
      if (!isPageFurniture(l.text) && !/\bpage \d{1,4}(?: of \d{1,4})?$/i.test(l.text)) warn(doc, l, 'table-row-unplaced', `tracker line not understood: "${l.text}"`);
    }
    blankBefore = false;
  }
  flush();
  return rows;
}

const STATUS = /\b(?:status|rag)\b/i;
