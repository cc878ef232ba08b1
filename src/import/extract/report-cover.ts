import type { Doc, Line } from './doc.ts';
import { findDate } from './date-text.ts';
import { isPageFurniture } from './text-normalise.ts';
import { splitCabinetMembers, startsWithTitle } from './names.ts';

/** A report kind line: "Decision Report – Key Decision", "Report for information". */
export const KIND_LINE = /^(?:decision report|report for (?:decision|information)|information report|key decision|non-key decision|cabinet decision)\b[^.]{0,80}$/i;

const LABEL_SOURCE = 'Cabinet Members?\\s*\\(s\\)|Cabinet Members?|Portfolio Holders?|Division and Local Members?\\s*\\(s\\)|Division and Local Members?|Divisions? affected|Wards? affected|Lead Officer|Responsible Officer|Report of|Report Author|Author|Contact Details|Contact Officer|Contact';
const LABEL_GLOBAL = new RegExp(`(?:^|\\s)(${LABEL_SOURCE})\\s*:`, 'gi');
const LABEL_AT_START = new RegExp(`^(?:${LABEL_SOURCE})\\s*:`, 'i');
const ANCHOR = /^(?:lead officer|responsible officer|report of)\s*:/i;
const SECOND = /^(?:report author|author|contact details|contact officer|contact)\s*:/i;

/** Where a report cover's pieces sit, as line indexes. */
export interface CoverLayout {
  start: number;
  firstLabel: number;
  titleLines: number[];
  kindLine: number | null;
  dateLine: number | null;
}

function hasLabel(line: Line): boolean {
  if (line.tabbed || line.text.length > 600) return false;
  LABEL_GLOBAL.lastIndex = 0;
  return LABEL_GLOBAL.test(line.text);
}

/** Whether line j starts a new page (a PDF form feed), which ends any block above it. */
const pageStartsAt = (lines: Line[], j: number): boolean => j > 0 && (lines[j] as Line).page !== (lines[j - 1] as Line).page;

/** The contiguous block of non-blank lines of one page ending at index i (inclusive), as [first, i]. */
function blockEndingAt(lines: Line[], i: number, floor: number): number {
  let j = i;
  while (j - 1 >= floor && (lines[j - 1] as Line).text !== '' && !(lines[j - 1] as Line).tabbed && !pageStartsAt(lines, j)) j--;
  return j;
}

/** Lays out the cover around the label block that starts at `firstLabel`. */
export function layoutCover(lines: Line[], firstLabel: number, floor: number): CoverLayout {
  const labelLine = lines[firstLabel] as Line;
  LABEL_GLOBAL.lastIndex = 0;
  const m = LABEL_GLOBAL.exec(labelLine.text);
  const inlineTitle = m !== null && m.index > 0;
  const titleLines: number[] = [];
  let cursor = firstLabel - 1;
  if (inlineTitle) titleLines.push(firstLabel);
  else {
    while (cursor >= floor && (lines[cursor] as Line).text === '') cursor--;
    if (cursor >= floor) {
      const top = blockEndingAt(lines, cursor, floor);
      for (let j = cursor; j >= top; j--) {
        const l = lines[j] as Line;
        if (l.tabbed || isPageFurniture(l.text) || KIND_LINE.test(l.text) || findDate(l.text) || l.text.length > 300) break;
        titleLines.unshift(j);
      }
      cursor = titleLines.length > 0 ? (titleLines[0] as number) - 1 : cursor;
    }
  }
  if (inlineTitle) {
    // A title wrapped above an inline label line.
    let j = firstLabel - 1;
    while (j >= floor && !pageStartsAt(lines, j + 1) && (lines[j] as Line).text !== '' && !(lines[j] as Line).tabbed && !KIND_LINE.test((lines[j] as Line).text) && !findDate((lines[j] as Line).text) && (lines[j] as Line).text.length < 300) {
      titleLines.unshift(j);
      j--;
    }
    cursor = j;
  }
  let start = titleLines[0] ?? firstLabel;
  let kindLine: number | null = null;
  let dateLine: number | null = null;
  for (let blocks = 0; blocks < 3 && cursor >= floor; blocks++) {
    while (cursor >= floor && (lines[cursor] as Line).text === '') cursor--;
    if (cursor < floor) break;
    const top = blockEndingAt(lines, cursor, floor);
    if (cursor - top > 5) break;
    let blockKind: number | null = null;
    let blockDate: number | null = null;
    for (let j = top; j <= cursor; j++) {
      const l = lines[j] as Line;
      if (KIND_LINE.test(l.text)) blockKind = j;
      else if (blockDate === null && findDate(l.text) && l.text.length < 200) blockDate = j;
    }
    if (blockKind === null && (blockDate === null || dateLine !== null)) break;
    if (blockKind !== null) kindLine = blockKind;
    if (blockDate !== null && dateLine === null) dateLine = blockDate;
    start = top;
    cursor = top - 1;
    if (kindLine !== null) break;
  }
  return { start, firstLabel, titleLines, kindLine, dateLine };
}

/** Line indexes where report covers start: a lead-officer label with an author or contact label near it. */
export function findReportCovers(doc: Doc): number[] {
  const { lines } = doc;
  const starts: number[] = [];
  let lastAnchor = -100;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.tabbed || !ANCHOR.test(line.text) || i - lastAnchor < 12) continue;
    let paired = false;
    for (let j = Math.max(0, i - 10); j < Math.min(lines.length, i + 10) && !paired; j++) {
      const l = lines[j] as Line;
      if (j !== i && !l.tabbed && (SECOND.test(l.text) || (hasLabel(l) && /\b(?:author|contact[a-z ]*)\s*:/i.test(l.text)))) paired = true;
    }
    if (!paired) continue;
    lastAnchor = i;
    let first = i;
    for (let j = i - 1, seen = 0; j >= 0 && seen < 6; j--) {
      const l = lines[j] as Line;
      if (l.text === '') continue;
      seen++;
      if (hasLabel(l)) first = j;
      else break;
    }
    const floor = starts.length > 0 ? (starts[starts.length - 1] as number) + 1 : 0;
    starts.push(layoutCover(lines, first, Math.max(floor, first - 30)).start);
  }
  return starts;
}

/** The fields printed on a report cover. */
export interface CoverFields {
  title: string;
  kind: string | null;
  date: string | null;
  cabinetMembers: string[];
  leadOfficer: string | null;
  author: string | null;
  contact: string | null;
  /** Line index after the last cover field. */
  end: number;
}

function fieldOf(label: string): 'cabinet' | 'lead' | 'author' | 'contact' | 'other' {
  const l = label.toLowerCase();
  if (l.startsWith('cabinet') || l.startsWith('portfolio')) return 'cabinet';
  if (l.startsWith('lead officer') || l.startsWith('responsible') || l.startsWith('report of')) return 'lead';
  if (l.includes('author')) return 'author';
  if (l.startsWith('contact')) return 'contact';
  return 'other';
}

/** Reads the cover of the report that starts at `start` (before `end`). */
export function parseCover(doc: Doc, start: number, end: number): CoverFields | null {
  const { lines } = doc;
  let firstLabel = -1;
  for (let i = start; i < Math.min(end, start + 60); i++) {
    const l = lines[i] as Line;
    if (hasLabel(l)) {
      firstLabel = i;
      break;
    }
  }
  if (firstLabel < 0) return null;
  const layout = layoutCover(lines, firstLabel, start);
  const values: Record<string, string[][]> = { cabinet: [], lead: [], author: [], contact: [], other: [] };
  let title = layout.titleLines
    .map((j) => (lines[j] as Line).text)
    .join(' ');
  if (layout.titleLines.includes(firstLabel)) {
    LABEL_GLOBAL.lastIndex = 0;
    const m = LABEL_GLOBAL.exec((lines[firstLabel] as Line).text);
    const own = (lines[firstLabel] as Line).text;
    const prefix = m ? own.slice(0, m.index).trim() : own;
    title = title.slice(0, title.length - own.length) + prefix;
  }
  let current: { key: string; parts: string[] } | null = null;
  let i = firstLabel;
  for (; i < Math.min(end, firstLabel + 40); i++) {
    const l = lines[i] as Line;
    if (l.text === '') continue;
    if (l.tabbed) break;
    if (!hasLabel(l)) {
      const prev = current?.parts.join(' ') ?? '';
      if (current && (/[,&]$|\band$/.test(prev) || (current.key === 'cabinet' && startsWithTitle(l.text)))) {
        current.parts.push('\n' + l.text);
        continue;
      }
      break;
    }
    const text = l.text;
    const found: Array<{ label: string; at: number; after: number }> = [];
    LABEL_GLOBAL.lastIndex = 0;
    for (let m = LABEL_GLOBAL.exec(text); m; m = LABEL_GLOBAL.exec(text)) {
      const label = m[1] as string;
      const at = m.index + m[0].indexOf(label);
      found.push({ label, at, after: m.index + m[0].length });
    }
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as { label: string; at: number; after: number };
      const stop = k + 1 < found.length ? (found[k + 1] as { at: number }).at : text.length;
      current = { key: fieldOf(f.label), parts: [text.slice(f.after, stop).trim()] };
      (values[current.key] as string[][]).push(current.parts);
    }
  }
  const read = (key: string): string | null => {
    const list = values[key];
    if (!list || list.length === 0) return null;
    const v = (list[0] as string[]).join(' ').replace(/\s*\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
    return v === '' ? null : v;
  };
  const cabinetRaw = (values.cabinet ?? []).map((parts) => parts.join('').replace(/,\s*\n/g, ', ').replace(/[ \t]+/g, ' ').trim());
  const kind = layout.kindLine !== null ? (lines[layout.kindLine] as Line).text : null;
  const date = layout.dateLine !== null ? (findDate((lines[layout.dateLine] as Line).text)?.date ?? null) : null;
  return {
    title: title.trim(),
    kind,
    date,
    cabinetMembers: cabinetRaw.flatMap(splitCabinetMembers),
    leadOfficer: read('lead'),
    author: read('author'),
    contact: read('contact'),
    end: i,
  };
}

/** Whether a line starts with a cover label ("Lead Officer:"). */
export function startsWithCoverLabel(text: string): boolean {
  return LABEL_AT_START.test(text);
}
