import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, nextNonBlank, prevNonBlank } from './doc.ts';
import { isWholeDate } from './date-text.ts';
import { findReportCovers } from './report-cover.ts';

/** "(Item 4)" on its own line: the agenda item a minute belongs to, so the line above is a minute, not a part. */
const ITEM_MARKER = /^\(\s*(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*\)$/i;

/** The kinds of part a pack is made of. */
export type PartKind = 'minutes' | 'report' | 'forward-plan' | 'work-programme' | 'tracker' | 'action-plan';

/** A part of the pack and the lines it spans. */
export interface Part extends Span {
  kind: PartKind;
  /** Line index of the part's table header, when it has one. */
  header: number | null;
}

/** A minutes heading: "Minutes of a Meeting of the … held …". */
export const MINUTES_HEADING = /^minutes of (?:an? |the )?(?:[a-z-]+ )?(?:meeting|proceedings) of\b/i;

const FP_HEADER_REF = /^(?:fp|forward plan)?\s*ref(?:erence)?s?\.?(?: no\.?)?$/i;

function isForwardPlanHeader(line: Line): boolean {
  if (!line.tabbed || !/ref/i.test(line.text) || !/decision/i.test(line.text)) return false;
  const cells = cellsOf(line);
  return cells.some((c) => FP_HEADER_REF.test(c)) && cells.some((c) => /decision/i.test(c));
}

function isTrackerHeader(line: Line): boolean {
  if (!line.tabbed || !/status|rag/i.test(line.text)) return false;
  const cells = cellsOf(line);
  return cells.some((c) => /outcome|recommendation|action agreed/i.test(c)) && cells.some((c) => /status|rag/i.test(c)) && cells.some((c) => /owner|lead|responsib/i.test(c));
}

/** Whether a row is an action plan header: a number column, an action column and an owner column. */
export function isActionPlanHeader(line: Line): boolean {
  if (!line.tabbed || !/action/i.test(line.text)) return false;
  const cells = cellsOf(line);
  return /^(?:#|no\.?|ref\.?|number|item)$/i.test(cells[0] ?? '') && cells.some((c) => /^actions?\b/i.test(c)) && cells.some((c) => /owner|lead|responsib/i.test(c));
}

function headingLike(line: Line): boolean {
  return !line.tabbed && line.text.length <= 160 && !/^\d/.test(line.text);
}

/** Whether a table (a row of two or more cells, or a line that is only a date) follows line i closely. */
function tableFollows(lines: Line[], i: number, end: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < end && seen < 6; j++) {
    const l = lines[j] as Line;
    if (l.text === '') continue;
    seen++;
    if (ITEM_MARKER.test(l.text)) return false;
    if ((l.tabbed && cellsOf(l).filter((c) => c !== '').length >= 2) || isWholeDate(l.text)) return true;
  }
  return false;
}

/** A work programme heading: "Scrutiny Work Programme", "Work Programme 2024/25", "Board Work Programme – January 2020". */
const WORK_PROGRAMME_HEADING = /\bwork ?programme\b(?:\s*[-–—:]?\s*(?:[a-z]+\s+)?\d{4}(?:\s*[-/]\s*\d{2,4})?)?$/i;

/** Finds every part of the pack (minutes, reports, tables), in order, with their spans. */
export function findParts(doc: Doc): Part[] {
  const { lines } = doc;
  const n = lines.length;
  const starts: Array<{ kind: PartKind; start: number; header: number | null }> = [];
  for (let i = 0; i < n; i++) {
    const line = lines[i] as Line;
    const t = line.text;
    if (t === '') continue;
    if (!line.tabbed && t.length < 600 && MINUTES_HEADING.test(t) && /\bheld\b/i.test(t)) {
      const above = prevNonBlank(lines, i - 1, Math.max(0, i - 3));
      const aboveLine = above >= 0 ? (lines[above] as Line) : null;
      const start = aboveLine && aboveLine.text.length < 120 && aboveLine.text === aboveLine.text.toUpperCase() && /[A-Z]{3}/.test(aboveLine.text) ? above : i;
      starts.push({ kind: 'minutes', start, header: i });
      continue;
    }
    if (isForwardPlanHeader(line)) {
      let start = i;
      for (let j = i - 1; j >= Math.max(0, i - 40); j--) {
        const l = lines[j] as Line;
        if (l.tabbed && l.text !== '') break;
        if (headingLike(l) && /forward plan/i.test(l.text) && !/reference/i.test(l.text)) {
          start = j;
          break;
        }
      }
      starts.push({ kind: 'forward-plan', start, header: i });
      continue;
    }
    if (headingLike(line) && WORK_PROGRAMME_HEADING.test(t) && tableFollows(lines, i, n)) {
      starts.push({ kind: 'work-programme', start: i, header: null });
      continue;
    }
    if (headingLike(line) && /\b(?:outcomes?|actions?|recommendations?) tracker$/i.test(t)) {
      starts.push({ kind: 'tracker', start: i, header: null });
      continue;
    }
    if (isTrackerHeader(line)) {
      starts.push({ kind: 'tracker', start: i, header: i });
      continue;
    }
    if (isActionPlanHeader(line)) {
      const above = prevNonBlank(lines, i - 1, Math.max(0, i - 6));
      const start = above >= 0 && headingLike(lines[above] as Line) ? above : i;
      starts.push({ kind: 'action-plan', start, header: i });
    }
  }
  for (const cover of findReportCovers(doc)) starts.push({ kind: 'report', start: cover, header: null });
  starts.sort((a, b) => a.start - b.start);

  const parts: Part[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as { kind: PartKind; start: number; header: number | null };
    const end = k + 1 < starts.length ? (starts[k + 1] as { start: number }).start : n;
    const prev = parts[parts.length - 1];
    // A table heading repeated at a page break continues the same part.
    if (prev && prev.kind === s.kind && s.kind !== 'report' && s.kind !== 'minutes') {
      prev.end = Math.max(prev.end, end);
      if (prev.header === null) prev.header = s.header;
      continue;
    }
    if (prev && prev.end > s.start) prev.end = s.start;
    parts.push({ kind: s.kind, start: s.start, end: Math.max(end, s.start + 1), header: s.header });
  }
  return parts;
}

/** The first non-blank line index of a part, or -1. */
export function firstLine(doc: Doc, span: Span): number {
  return nextNonBlank(doc.lines, span.start, span.end);
}
