import type { WorkProgrammeItem } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, locate, warn } from './doc.ts';
import { isWholeDate } from './date-text.ts';
import { isGarbage, isGhostOf } from './similarity.ts';
import { isPageFurniture } from './text-normalise.ts';

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

/** Reads a scrutiny work programme: meeting dates, each followed by its items and leads. */
export function parseWorkProgramme(doc: Doc, span: Span): WorkProgrammeItem[] {
  const { lines } = doc;
  type Row = WorkProgrammeItem & { first: string; from: number; to: number };
  const rows: Row[] = [];
  let body: string | null = null;
  let date: string | null = null;
  let last: Row | null = null;
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i] as Line;
    const t = l.text;
    if (t === '' || isPageFurniture(t)) continue;
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
