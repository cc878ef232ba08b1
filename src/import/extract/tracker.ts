import type { TrackerRow } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, locate, warn } from './doc.ts';
import { isWholeDate } from './date-text.ts';
import { isGarbage, isGhostOf } from './similarity.ts';

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

/** Reads an outcome tracker: meeting dates, each followed by agenda items with owner, outcome and status. */
export function parseTracker(doc: Doc, span: Span): TrackerRow[] {
  const { lines } = doc;
  const rows: TrackerRow[] = [];
  let cols: Columns | null = null;
  let date: string | null = null;
  let last: TrackerRow | null = null;
  const spans = new Map<TrackerRow, [number, number]>();
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i] as Line;
    if (/^key\s*:?$/i.test(l.text)) break;
    if (!l.tabbed || l.text === '') continue;
    const cells = cellsOf(l);
    const header = columnsOf(cells);
    if (header && !isWholeDate(cells[0] ?? '')) {
      cols = header;
      continue;
    }
    const c = cols ?? { item: 0, link: 1, owner: 2, outcome: 3, status: 4, width: 5 };
    if (cells.length < 3) continue;
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
