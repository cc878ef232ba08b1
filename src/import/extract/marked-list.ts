import type { Line } from './doc.ts';
import { isPageFurniture } from './text-normalise.ts';
import { ACTION_LINE, BRACKETED_NOTE, DECISION_SECTION_HEADINGS, MINUTE_TEXT_TABLE_HEADER_CELL, PROPOSER_LINE, RESOLUTION_NOISE, VOTE_TALLY } from './layouts.ts';

/** The style of a list marker: numbers, paragraph numbers (2.1), letters, roman numerals, capitals, or bullets. */
type Style = 'number' | 'decimal' | 'letter' | 'roman' | 'capital' | 'bullet';

/** A list marker at the start of a line, with the text after it. */
export interface Marker {
  style: Style;
  /** The marker's value: 3 for "3.", 2 for "(b)", 4 for "iv)", 1 for "2.1", 0 for a bullet. */
  value: number;
  /** The section of a paragraph number: 2 for "2.1". */
  section?: number;
  text: string;
}

const MARKED = /^(?:[-–•●▪◦■□➢►*·]\s*)?\(?(\d{1,2}|[a-z]{1,4}|[A-Z])[.)]\s+(\S.*)$/;
const BULLET = /^[-–•●▪◦■□➢►*·]\s*(\S.*)$/;
const DECIMAL = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12, xiii: 13, xiv: 14, xv: 15 };

/**
 * Reads a list marker ("1.", "(a)", "iv)", "B.", "•") at the start of text; null for running text.
 * "(i)" is roman unless the list is already lettered (`prefer`), where it follows "(h)".
 */
export function markerOf(text: string, prefer: Style | null = null): Marker | null {
  const d = DECIMAL.exec(text);
  if (d) return { style: 'decimal', value: Number(d[2]), section: Number(d[1]), text: d[3] as string };
  const m = MARKED.exec(text);
  if (m) {
    const label = m[1] as string;
    const rest = m[2] as string;
    if (/^\d+$/.test(label)) return { style: 'number', value: Number(label), text: rest };
    if (/^[A-Z]$/.test(label)) return { style: 'capital', value: label.charCodeAt(0) - 64, text: rest };
    const roman = ROMAN[label];
    const single = label.length === 1;
    if (roman !== undefined && prefer !== 'letter' && (prefer === 'roman' || !single || label === 'i')) return { style: 'roman', value: roman, text: rest };
    if (single) return { style: 'letter', value: label.charCodeAt(0) - 96, text: rest };
    if (label.length === 2 && label[0] === label[1]) return { style: 'letter', value: 26 + label.charCodeAt(0) - 96, text: rest };
    return null;
  }
  const b = BULLET.exec(text);
  return b ? { style: 'bullet', value: 0, text: b[1] as string } : null;
}

/** A list read from lines: its items and the index of the line after it. */
export interface MarkedList {
  items: string[];
  /** Line index after the last line of the list. */
  end: number;
  /** Line index of the first item, or -1. */
  first: number;
}

/**
 * Reads the list that starts at or after `from` (within `leadIn` non-blank lines of lead-in prose):
 * items share the first item's marker style and run in sequence; a line under an item joins it;
 * after a blank line, a short line followed by the next item is a sub-heading, anything else ends
 * the list. Markers of another style inside an item are part of its text.
 */
export function readMarkedList(lines: readonly Line[], from: number, end: number, leadIn = 8): MarkedList {
  let i = from;
  let seen = 0;
  let first: Marker | null = null;
  let prose = '';
  for (; i < end; i++) {
    const l = lines[i] as Line;
    if (isPageFurniture(l)) continue;
    if (l.text === '') {
      // Prose that does not lead in to a list ("… asked to:") is a paragraph of its own: no list follows it.
      if (prose !== '' && !/(?::[-–—]?|\bthat|\bto)\s*$/i.test(prose) && leadIn > 0) return { items: [], end: from, first: -1 };
      continue;
    }
    first = markerOf(l.text);
    if (first) break;
    prose = l.text;
    if (++seen > leadIn) return { items: [], end: from, first: -1 };
  }
  if (!first) return { items: [], end: from, first: -1 };
  const style = first.style;
  const start = i;
  const items: string[][] = [[first.text]];
  let expected = first.value + 1;
  let blank = false;
  let last = i;
  // The marker line last read: on a laid-out page, a line left of its marker is back in the text the list is set in.
  let markerLine = lines[i] as Line;
  // The last marker of another style inside the current item ("(e)" under "4."): a sub-list the item holds.
  let sub: Marker | null = null;
  // Whether an item's wrapped lines hang under its text, deeper than its marker: a line back at the marker's column is not the item's.
  let hangs = false;
  // Whether the lines read are the rows of a table the item above leads in to (see scheduleUnder).
  let schedule = false;
  // Whether page furniture (a footer, a page's watermark) stands between the last line read and this one.
  let furniture = false;
  for (i = i + 1; i < end; i++) {
    const l = lines[i] as Line;
    const t = l.text;
    if (t === '') {
      blank = true;
      continue;
    }
    if (isPageFurniture(l)) {
      furniture = true;
      continue;
    }
    const afterFurniture = furniture;
    furniture = false;
    // A table set under an item that leads in to it ("(a) the committees be appointed with the Members shown:" over
    // "Committee | Members | Chair"): its rows, deeper than the marker and maybe over a page break, are the item's
    // schedule, not more of its sentence; the list goes on at the next item back at the marker's column.
    if (!schedule && scheduleUnder(l, markerLine, items[items.length - 1] as string[])) schedule = true;
    if (schedule) {
      if (l.indent >= markerLine.indent + 3) {
        blank = false;
        continue;
      }
      // The table ends as a paragraph does: only the next item, or a sub-heading over it, goes on with the list.
      schedule = false;
      blank = true;
    }
    const m = markerOf(t, style);
    if (m && m.style === style && (style === 'bullet' || m.value === expected) && m.section === first.section) {
      items.push([m.text]);
      expected = m.value + 1;
      blank = false;
      last = i;
      markerLine = l;
      sub = null;
      continue;
    }
    if (markerLine.indent > 0 && l.page === markerLine.page && l.indent + 2 <= markerLine.indent) break;
    // Under items whose lines hang, an unmarked sentence back at the markers' column after an item's full stop ("The
    // meeting adjourned at …") is the minute's prose again, not more of the last item.
    if (hangs && !m && !blank && l.indent <= markerLine.indent + 1 && /[.!?]$/.test(lines[last]?.text ?? '') && /^[A-Z]/.test(t)) break;
    // A voting note or a vote's tally is noise, unless the line ends a word broken at the hyphen above ("(non-" over "voting);").
    const part = items[items.length - 1] as string[];
    const wordGoesOn = !blank && /[a-z]-$/.test(part[part.length - 1] as string) && /^[a-z]/.test(t);
    if ((RESOLUTION_NOISE.test(t) || VOTE_TALLY.test(t)) && !wordGoesOn) continue;
    // A sub-list set deeper than the item's marker ("(a) This Council notes:" over "(i) that …"): more of the item, though "(i)" reads as a letter.
    const nested = m !== null && !blank && l.page === markerLine.page && l.indent >= markerLine.indent + 3;
    if (m && m.style === style && !nested) break;
    // Who moved and seconded the motion ("Proposed Cllr A, seconded Cllr B, all in favour.") closes the list resolved above it.
    if (!m && PROPOSER_LINE.test(t)) break;
    // So does a note in brackets after the last item's full stop ("(Cllr A Bell took no part in the vote.)"; see BRACKETED_NOTE).
    if (!m && BRACKETED_NOTE.test(t) && /[.;!?]$/.test(lines[last]?.text ?? '')) break;
    // Who acts on it ("ACTION: Clerk") under the last item is a note of its own, not more of what was resolved.
    if (!m && ACTION_LINE.test(t)) break;
    // A record's sub-heading straight under the last item ("Reasons for decision:") starts the next section.
    if (!m && isSectionHeading(t)) break;
    // An item cut by a page break mid-sentence goes on at the top of the next page, past the blank foot and header.
    // A capital may go on too where the items above close with ";" or "; and": the last one is then open until its stop.
    // So does the item's own sub-list ("(e) …;" at a page's foot, "(f) …" at the next one's head), in sequence.
    // A watermark printed mid-page breaks the item as a page break does.
    const overPage = blank && ((l.page !== null && l.page !== (lines[last] as Line).page) || afterFurniture);
    const subGoesOn = m !== null && sub !== null && m.style === sub.style && m.value === sub.value + 1;
    const carried = overPage && (subGoesOn || (!m && (/^[a-z]/.test(t) || (/^[A-Z]/.test(t) && listGoesOn(items))) && !/[.;:!?]$/.test((lines[last] as Line).text)));
    if (blank && !carried) {
      // A sub-heading ("Key Policies", "In addition:") with the next item just under it.
      let k = i + 1;
      while (k < end && (lines[k] as Line).text === '') k++;
      const nx = k < end ? markerOf((lines[k] as Line).text, style) : null;
      if (t.length <= 80 && !m && nx && nx.style === style && (style === 'bullet' || nx.value === expected) && nx.section === first.section) continue;
      break;
    }
    (items[items.length - 1] as string[]).push(t);
    if (!m && l.page === markerLine.page && l.indent >= markerLine.indent + 3) hangs = true;
    if (m && m.style !== style) sub = m;
    blank = false;
    last = i;
  }
  return { items: items.map(joinItem), end: last + 1, first: start };
}

/** Whether a line is a table's header row, its cells (three or more) each a column's label (MINUTE_TEXT_TABLE_HEADER_CELL). */
export function tableHeaderRow(l: Line): boolean {
  if (!l.tabbed || l.text.length > 200) return false;
  const cells = l.raw
    .split('\t')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return cells.length >= 3 && cells.every((c) => MINUTE_TEXT_TABLE_HEADER_CELL.test(c));
}

/**
 * Whether line `l` heads a table an item's text leads in to: the item's last line ends with a colon, and `l` is a
 * table's header row (see tableHeaderRow) set deeper than the item's marker, on a page laid out.
 */
function scheduleUnder(l: Line, markerLine: Line, item: readonly string[]): boolean {
  return markerLine.indent > 0 && l.indent >= markerLine.indent + 3 && /:$/.test(item[item.length - 1] ?? '') && tableHeaderRow(l);
}

/** Whether the items before the last each close as a list's items run on (";", "; and", ", or"), so the last is open until its full stop. */
function listGoesOn(items: readonly string[][]): boolean {
  return items.length >= 2 && items.slice(0, -1).every((part) => /[;,](?:\s*(?:and|or))?$/.test(part[part.length - 1] as string));
}

/** Whether a line is a sub-heading of a record of decisions alone on its line ("Reasons for decision:", "Interests declared:"). */
export function isSectionHeading(text: string): boolean {
  return text.length < 80 && DECISION_SECTION_HEADINGS.some((h) => h.pattern.test(text));
}

/** One item's lines as one string, a word broken at a line-end hyphen rejoined. */
function joinItem(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (out === '') out = p;
    else if (/[a-z]-$/.test(out) && /^[a-z]/.test(p)) out += p;
    else out += ` ${p}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}
