import type { AgendaItem, GuidanceNote } from './contract.ts';
import type { Doc, Line } from './doc.ts';
import { cellsOf, locate, nextNonBlank, rowCloseOf } from './doc.ts';
import { isPageFurniture, lowerWords } from './text-normalise.ts';
import {
  AGENDA_CLOSING,
  AGENDA_INLINE_NOTE,
  AGENDA_ACCESS_BADGE,
  AGENDA_DATE_NOTE,
  AGENDA_INSTRUCTION,
  LIST_LEAD_IN,
  AGENDA_PAPER_LINE,
  AGENDA_PAPER_NOTE,
  AGENDA_PAGES_CELL_NOTE,
  AGENDA_PRESENTER_NOTE,
  AGENDA_LABELLED_NOTE,
  AGENDA_MOVER_NOTE,
  AGENDA_KEY_DECISION_NOTE,
  HEADING_LINE,
  PLANNING_APPLICATION_REFERENCE,
  AGENDA_TABLE_COLUMNS,
  AGENDA_TABLE_HEADER,
  AGENDA_ITEM_STATUS_CELL,
  CONTACT_LABEL,
  DOT_LEADER,
  FILE_SIZE,
  ISSUING_POST,
  ITEM_INDEX_COLUMNS,
  LEADER_PAGES,
  LIST_MARKER_LINE,
  MEMBERSHIP_HEADING,
  ONE_ITEM_FOLLOWING,
  OPEN_PAGE_REFERENCE,
  PAGES_COLUMN_RANGE,
  PAGE_CELL,
  PAGE_RANGE,
  SECTION_HEADINGS,
  SUPPLEMENT_TITLE,
  PROCEDURAL_ITEM,
} from './layouts.ts';
import { isWholeDate, monthNumber } from './date-text.ts';
import { labelVariants } from './summons.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { cellsByPosition, extendHeader, fitsColumns, headerColumns, rowCellsByPosition, rowColumns } from './layout-columns.ts';
import { joinWrapped } from './names.ts';
import { coverFieldOf } from './report-cover.ts';

// An item number: "5", "5.2", or a civic year's running number "24/101" (read by its last part), a late item lettered "24/101A",
// the body's letters before it as a town or parish clerk prints it ("PC/31/012").
const ITEM = /^(?:(?:agenda\s+)?item\s+)?(\d{1,4}(?:\.\d{1,2}|[a-z])?|(?:[A-Z]{1,5}\/)?\d{2,4}\/\d{1,4}[a-z]?)[.)]?\s*[:–—-]?\s+(\S.*)$/i;

/** An item number's place in the sequence: "5.2" is 5 then 2; "5b" is 5 then 2; "24/101" is 101; "24/101a" is 101 then 1. */
function numberParts(number: string): [number, number | undefined] {
  const slash = number.lastIndexOf('/');
  const running = number.slice(slash + 1);
  const letter = /^(\d{1,4})([a-z])$/i.exec(running);
  if (letter) return [Number(letter[1]), (letter[2] as string).toLowerCase().charCodeAt(0) - 96];
  if (slash >= 0) return [Number(running), undefined];
  return number.split('.').map(Number) as [number, number | undefined];
}
/** A page range in the pages column broken after its dash ("Pages 83 -"): its last page ends the line below. */
const OPEN_PAGE_RANGE = /^(?:pages?|pp?\.?)\s*\d{1,4}\s*[-–—]$/i;

/**
 * The last page of a range broken after its dash, alone at the right of the line below ("… Wharf Street TW99      104"),
 * ending where the range's first line ends: the page and the line's text without it; null when the line has none.
 */
function wrappedLastPage(doc: Doc, i: number, j: number): { page: string; text: string } | null {
  const above = doc.laidOut?.[i];
  const below = doc.laidOut?.[j];
  if (above === undefined || below === undefined) return null;
  const m = / {4,}(\d{1,4})\s*$/.exec(below);
  if (!m || Math.abs(below.trimEnd().length - above.trimEnd().length) > 4) return null;
  const line = doc.lines[j] as Line;
  const text = line.text.endsWith(m[1] as string) ? line.text.slice(0, line.text.length - (m[1] as string).length).trimEnd() : line.text;
  return { page: m[1] as string, text };
}

/** A line that is a sentence of its own: a capital, five words or more, a full stop. */
const SENTENCE = /^[A-Z][a-z']*(?:\s+\S+){4,}[.!?]$/;
/** A line in which a sentence of five words or more ends and another starts: prose, never a title's wrapped line. */
const SENTENCE_ENDS_WITHIN = /^[A-Z][a-z']*(?:\s+\S+){4,}?[a-z)]{2}[.!?]\s+[A-Z][a-z]/;
/** A title that runs on to the next line: it ends in a comma, a joining word or an open bracket. */
const RUNS_ON = /(?:[,;:(&–—-]|\b(?:and|of|the|for|to|on|in|at|by|with|from|a|an))$/i;
const SUB_ITEM = /^[-•]?\s*(?:\(([a-z])\)|([a-z])[.)])\s+(\S.*)$/;
const EXEMPT = /\bexempt\b|exclusion of (?:the )?(?:press|public)|schedule 12a|\bconfidential\b|\bpart (?:2|ii)\b/i;
/** The motion to exclude the press and public: itself taken in public, the items after it are not. */
const EXCLUSION = /\bexclu(?:sion|ding|de)\b(?: of)?(?: the)? (?:press (?:and|&) (?:the )?)?public\b|\b(?:press (?:and|&) (?:the )?)?public\b.{0,20}\bexclu/i;

/** Where the guidance notes of a pack begin: "Guidance notes", "Agenda Annexe". */
export const GUIDANCE_HEADING =
  /^(?:agenda annexe|(?:the meeting\s*[-–—]\s*)?guidance notes(?: for the meeting)?|notes for (?:the )?(?:public|guidance)|guidance for the public|information for (?:members of )?the public)\b/i;

/** Whether a line is the agenda heading or a repeated agenda page header. */
export function isAgendaHeading(text: string): boolean {
  // "Item Cabinet - 10.00 am Monday 13 May 2019" repeats the agenda's header; "Item 3: …" is an item.
  return /^agenda$/i.test(text) || /^item\s+[^\d\s].*\d{4}$/i.test(text);
}

/** Item numbers a motion names ("for items 9 and 10", "item 8"); null when it names none. */
function namedItems(text: string): Set<string> | null {
  const m = /\bitems?\s+(\d{1,3}(?:\.\d{1,2})?(?:\s*(?:,|and|&|-|–|to)\s*\d{1,3}(?:\.\d{1,2})?)*)/i.exec(text);
  if (!m) return null;
  const out = new Set<string>();
  for (const piece of (m[1] as string).split(/\s*(?:,|and|&)\s*/)) {
    const range = /^(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})$/.exec(piece.trim());
    if (range && Number(range[2]) - Number(range[1]) < 50) for (let k = Number(range[1]); k <= Number(range[2]); k++) out.add(String(k));
    else out.add(piece.trim());
  }
  return out;
}

/** An agenda line's number and title: "5. Title", "5 Title", "Item 5 – Title", or a tabled row. */
function itemParts(l: Line, layout = false): { number: string; text: string; cellNote: string | null } | null {
  let itemText = l.text;
  let cellNote: string | null = null;
  if (l.tabbed && layout) {
    // Gaps in a laid-out line are spacing (justified text), except before a page range at its end.
    const cells = cellsOf(l).filter((c) => c !== '');
    const lastCell = cells[cells.length - 1] ?? '';
    // A page range in its own column: "(Pages 7 - 38)", or bare "7 - 38" under a "Page No." heading.
    // A range two spaces from a long cell ("… Fen Causeway:  29 - 52") is in its own column too.
    const near = cells.length > 2 ? / {2}(\d{1,4}\s*[-–—]\s*\d{1,4})\s*$/.exec(l.raw) : null;
    if (cells.length > 2 && /^[-–—]$/.test(lastCell)) {
      // A dash in the pages column: no pages.
      itemText = cells.slice(0, -1).join(' ');
    } else if (cells.length > 2 && /^(?:\(?\s*(?:pages?|pp?\.?)\s*)?\d{1,4}(?:\s*[-–—]\s*\d{1,4})?\s*\)?$/i.test(lastCell)) {
      itemText = cells.slice(0, -1).join(' ');
      cellNote = lastCell;
    } else if (cells.length > 2 && OPEN_PAGE_RANGE.test(lastCell)) {
      // "Pages 83 -" far right, its last page wrapped onto the line below: read with that line.
      itemText = cells.slice(0, -1).join(' ');
      cellNote = lastCell;
    } else if (cells.length > 2 && AGENDA_PAGES_CELL_NOTE.test(lastCell)) {
      // "To follow" where the pages would be: the paper comes later, the words are the item's note (a sentence of its own).
      itemText = cells.slice(0, -1).join(' ');
      cellNote = /[.!?]$/.test(lastCell) ? lastCell : `${lastCell}.`;
    } else if (near) {
      const range = near[1] as string;
      itemText = [...cells.slice(0, -1), lastCell.slice(0, lastCell.length - range.length).trim()].join(' ');
      cellNote = range;
    } else itemText = cells.join(' ');
  } else if (l.tabbed) {
    // An agenda laid out as a table: number, title, then notes (or the pages) in later cells.
    const cells = cellsOf(l).filter((c) => c !== '');
    // The number cell: "5", "5.2", or a running number "24/101" ("24/101A" a late item added after it).
    const lead = /^(?:item\s+)?(?:\d{1,4}(?:\.\d{1,2})?|(?:[A-Z]{1,5}\/)?\d{2,4}\/\d{1,4}[a-z]?)[.)]?$/i.test(cells[0] ?? '') ? 2 : 1;
    itemText = cells.slice(0, lead).join(' ');
    const rest = cells.slice(lead).join(' ').trim();
    cellNote = rest === '' ? null : rest;
  }
  // A date alone on its line ("2 June 2026", under a signature) starts with a number but is no item.
  if (itemText.length >= 300 || isWholeDate(itemText)) return null;
  const m = ITEM.exec(itemText);
  return m ? { number: m[1] as string, text: m[2] as string, cellNote } : null;
}

/** Whether a line heads a group of items; `exempt` when it opens the private part. */
function sectionOf(text: string): { exempt: boolean } | null {
  for (const s of SECTION_HEADINGS) if (s.pattern.test(text)) return { exempt: s.exempt };
  return null;
}

/** Reads a page range out of a title: "(Pages 13 - 72)", "(Page 5)", split or not over lines. */
function takePages(doc: Doc, title: string, line: Line, number: string): { title: string; pages: AgendaItem['pages'] } {
  const p = PAGE_RANGE.exec(title);
  if (!p) return { title, pages: null };
  const from = Number(p[1]);
  const to = p[2] === undefined ? from : Number(p[2]);
  if (to < from) doc.warnings.push({ line: line.no, code: 'agenda-pages-reversed', message: `item ${number} pages ${from}-${to} run backwards` });
  return { title: `${title.slice(0, p.index)} ${title.slice(p.index + p[0].length)}`.replace(/\s+/g, ' ').trim(), pages: { from, to } };
}

/**
 * Reads numbered agenda items between `start` and `end`. Numbers run in sequence from wherever
 * the agenda starts (1, or a run-on number such as 177); a line right under an item continues
 * its title, a line after a blank line is its note; section headings ("EXEMPT ITEMS") are not
 * items, and the items under a private section are exempt.
 */
export function readAgenda(doc: Doc, start: number, end: number, options: { supplement?: boolean } = {}): AgendaItem[] {
  const table = readAgendaTable(doc, start, end);
  if (table) return table;
  const sided = withoutSideColumns(doc, start, end);
  const { side, cellEnds } = sided;
  const index = readIndexTables(doc, withoutPageCells(doc, sided.lines, side, start, end), side, start, end);
  const lines = withListMarkersJoined(doc, index.lines, start, end);
  // Candidate item lines, then the run of numbers in sequence they make.
  const candidates: Array<{ i: number; major: number; minor: number | undefined }> = [];
  // The width the agenda's text wraps at: its longest line that is not a table row.
  let width = 0;
  // On a page layout, the same as laid out, its indent counted: where a hanging indent's lines wrap.
  let laidWidth = 0;
  for (let i = start; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text.length <= 400 && l.text.length > width && (!l.tabbed || cellsOf(l).filter((c) => c !== '').length === 1)) width = l.text.length;
    // A page's running header or footer is no line of the agenda's text, however wide it is laid out.
    if (doc.laidOut && l.text.length <= 400 && (!l.tabbed || cellsOf(l).filter((c) => c !== '').length === 1) && !isPageFurniture(l))
      laidWidth = Math.max(laidWidth, (doc.laidOut[i] ?? '').trimEnd().length);
    if (l.text === '' || l.text.length > 400) continue;
    const parts = itemParts(l, doc.layout);
    if (!parts) continue;
    // An item's own line, its number then its title, wraps where the lines under it do.
    if (doc.laidOut && parts.cellNote === null) laidWidth = Math.max(laidWidth, (doc.laidOut[i] ?? '').trimEnd().length);
    const [major, minor] = numberParts(parts.number);
    candidates.push({ i, major, minor });
  }
  const followed = (k: number): boolean => {
    const c = candidates[k] as (typeof candidates)[number];
    return candidates.slice(k + 1, k + 4).some((d) => d.minor === undefined && d.major === c.major + 1 && d.i - c.i < 40);
  };
  const items: AgendaItem[] = [];
  const notes: string[][] = [];
  /** Line indexes of each item: its own line, then the last wrapped or note line. */
  const spans: Array<[number, number]> = [];
  let top = 0;
  let sub = 0;
  let privateSection = false;
  const exemptBySection: boolean[] = [];
  let inSection = false;
  // On a page layout, where the last item's title starts: a line indented past it is a note.
  let titleAt = -1;
  let itemIndent = 0;
  // Whether the lines since the last item are set apart from it (left of its title after a blank line): none is its note.
  let aside = false;
  // On a web page, the line closing the last item's table row (its own, or its cell's last paragraph's): -1 when no table row.
  let rowEnd = -1;
  // The table's column header rows above the first item ("Item … Pages"): repeated at a page break, they add nothing.
  const columnHeads = new Set<string>();
  // Lines that lent their last run to the item above (a wrapped page range), as they read without it.
  const lent = new Map<number, string>();
  // The lines each item's note was read from.
  const noteLines: number[][] = [];
  for (let i = start; i < end; i++) {
    const l = lines[i] as Line;
    const t = lent.get(i) ?? l.text;
    if (t === '') continue;
    // A paper bound in behind the agenda ("Late representations / Update sheet") ends it at the top of its first page:
    // the lines above its title on that page are its own title block, no item's note.
    if (items.length > 0 && t.length <= 80 && SUPPLEMENT_TITLE.test(t)) {
      const at = noteLines[noteLines.length - 1] as number[];
      const note = notes[notes.length - 1] as string[];
      while (at.length > 0 && l.page !== null && (lines[at[at.length - 1] as number] as Line).page === l.page) {
        at.pop();
        note.pop();
      }
      const span = spans[spans.length - 1] as [number, number];
      span[1] = Math.max(span[0], at[at.length - 1] ?? span[0]);
      break;
    }
    // "Next meeting: …", or with its label in two languages ("Cyfarfod Nesaf / Next Meeting: …").
    if (items.length > 0 && (AGENDA_CLOSING.test(t) || (t.includes(' / ') && labelVariants(t).some((v) => AGENDA_CLOSING.test(v))))) break;
    // A membership list's heading after a blank line ("MEMBERSHIP OF THE COMMITTEE") closes the agenda: its names are no item's note.
    if (items.length > 0 && !l.tabbed && MEMBERSHIP_HEADING.test(t) && (lines[i - 1] as Line | undefined)?.text === '') break;
    if (isPageFurniture(t) || isAgendaHeading(t) || /^\*+.*\*+$/.test(l.raw.trim())) continue;
    if (items.length === 0 && l.tabbed && t.length <= 100 && cellsOf(l).filter((c) => c !== '').length >= 2) columnHeads.add(t);
    else if (items.length > 0 && columnHeads.has(t)) continue;
    const parts = itemParts(l, doc.layout);
    if (parts) {
      const [major, minor] = numberParts(parts.number);
      const k = candidates.findIndex((c) => c.i === i);
      // A supplement lists only its late items, under the main agenda's numbers: they rise with gaps, each where the first stands.
      const gap = options.supplement === true && major > top && (!doc.layout || items.length === 0 || Math.abs(l.indent - itemIndent) <= 1);
      const fits = minor === undefined ? (top === 0 ? major <= 2 || followed(k) || gap : major === top + 1 || gap) : major === top && minor === sub + 1;
      // A note's wrapped line in the title's column ("… for items" over "10 to 12 below.") starts with a number but is no item.
      // The next decimal sub-item ("5.2" under "5.1 … (Cllr" / "Bowen)", set where the title above starts) is one, though.
      const wrapped =
        doc.layout &&
        titleAt > 0 &&
        Math.abs(l.indent - titleAt) <= 1 &&
        l.indent > itemIndent + 2 &&
        (lines[i - 1] as Line).text !== '' &&
        !nextSubItem(items[items.length - 1]?.number ?? '', parts.number);
      if (fits && !wrapped) {
        const first = i;
        let title = parts.text;
        let cellNote = parts.cellNote;
        if (cellNote !== null && OPEN_PAGE_RANGE.test(cellNote)) {
          const below = nextNonBlank(lines, i + 1, end);
          const last = below >= 0 ? wrappedLastPage(doc, i, below) : null;
          if (last) {
            cellNote = `${cellNote} ${last.page}`;
            lent.set(below, last.text);
          }
        }
        titleAt = titleColumn(doc, i, title);
        itemIndent = l.indent;
        // A title wrapped back under its number (number and title one cell): a line indented past that is the item's note.
        let wrapAt = -1;
        const noteColumn = (): number => (wrapAt >= 0 ? wrapAt : titleAt);
        // Lines right under the item continue its title (and may carry its page range).
        for (let j = i + 1; j < end; j++) {
          const n = lines[j] as Line;
          // A year under a title ending in a day and month ("… held on 15 December" over "2031") is the date's, not a page number.
          const titleRest = (OPEN_PAGE_REFERENCE.test(title) && /^\d{1,4}(?:\s*[-–—]\s*\d{1,4})?\s*\)/.test(n.text)) || wrappedYear(title, n.text);
          // A sentence cut where the line was full, going on in the title's column, is wrapped: not a note, whatever it starts with.
          const wraps = hangingWrap(doc, j - 1, n, titleAt, title, laidWidth);
          // "To approve the minutes …" under a title is the item's instruction (its note), not more title.
          if (
            !titleRest &&
            (n.text === '' ||
              (!wraps && AGENDA_INSTRUCTION.test(n.text)) ||
              // "Report to follow." on its own line under the title says when the paper comes: the item's note.
              (!wraps && AGENDA_PAPER_LINE.test(n.text)) ||
              // On a page layout, numbers of items sit where the item's does: a line indented under the title ("30 September 2025") is more title,
              // unless it numbers the next decimal sub-item ("4.1 To approve …" indented under "4. Minutes", "4.2" under "4.1").
              (itemParts(n, doc.layout) && (!(doc.layout && n.indent > l.indent + 2) || nextSubItem(parts.number, itemParts(n, doc.layout)?.number ?? ''))) ||
              sectionOf(n.text) ||
              isPageFurniture(n) ||
              GUIDANCE_HEADING.test(n.text) ||
              SUB_ITEM.test(n.text) ||
              timetableRow(n) ||
              indentedNote(n, noteColumn()) ||
              (!wraps && labelledDetail(n.text)) ||
              (!wraps && !RUNS_ON.test(title) && AGENDA_DATE_NOTE.test(n.text)) ||
              (!wraps && !RUNS_ON.test(title) && AGENDA_PRESENTER_NOTE.test(n.text)) ||
              (!wraps && !RUNS_ON.test(title) && AGENDA_MOVER_NOTE.test(n.text)) ||
              (!wraps && !RUNS_ON.test(title) && AGENDA_KEY_DECISION_NOTE.test(n.text)) ||
              (!wraps && !RUNS_ON.test(title) && AGENDA_LABELLED_NOTE.test(n.text)) ||
              (!wraps && doc.layout && !RUNS_ON.test(title) && describesTitle(title, n.text)))
          )
            break;
          // A table's row with cells beside its title (a time, pages): the title's cell wraps only when full, a line under a
          // finished title that would have fitted on its line is the item's note ("The Mayor will report …" under "Mayor's announcements").
          // So on a page layout is a sentence under a title line that stopped short of the width the agenda wraps at,
          // however many lines it runs to ("Declarations of interest" over "Members are reminded of their duty … .").
          const cellWidth = cellEnds.get(first);
          const wrapWidth = cellWidth ?? (doc.layout && !wraps ? laidWidth : undefined);
          const titleEnd = j - 1 === first ? titleAt + parts.text.length : (doc.laidOut?.[j - 1] ?? '').trimEnd().length;
          const fitted = wrapWidth !== undefined && titleEnd + 1 + (/^\S+/.exec(n.text)?.[0].length ?? 0) < wrapWidth - 2;
          const under = sentenceUnder(lines, j, end, cellWidth === undefined ? NOTE_SENTENCE_LINES : 4);
          // Without a cell's edge, the line must read as prose, not a title in Title Case (a translation printed under it).
          const prose = cellWidth !== undefined || lowerWords(n.text) >= 2;
          if (!titleRest && !RUNS_ON.test(title) && titleAt > 0 && fitted && prose && (n.text.match(/(?:^|\s)\p{Ll}/gu) ?? []).length >= 2 && SENTENCE.test(under)) break;
          if (!titleRest && (n.text.length > 200 || (!doc.layout && !l.tabbed && !/^\(?\s*(?:pages?|pp?\.?)\b|^\d{1,4}\s*[-–—]\s*\d{1,4}\)/i.test(n.text)))) break;
          // A whole sentence under a finished title ("Questions must be received by …") is the item's note.
          // So is a line in which one sentence ends and another starts ("Replacement page 19 (Table 2). Please"), wrapped in a narrow column.
          if (!titleRest && !wraps && doc.layout && (SENTENCE.test(sentenceFrom(lines, j, end, width)) || SENTENCE_ENDS_WITHIN.test(n.text)) && !RUNS_ON.test(title)) break;
          title = `${title} ${n.text}`;
          if (doc.layout && titleAt > 0 && Math.abs(n.indent - itemIndent) <= 1 && n.indent < titleAt - 1) wrapAt = n.indent;
          i = j;
        }
        let { title: clean, pages } = takePages(doc, title, l, parts.number);
        if (pages === null && cellNote !== null && PAGE_RANGE.test(cellNote)) {
          const q = PAGE_RANGE.exec(cellNote) as RegExpExecArray;
          pages = { from: Number(q[1]), to: q[2] === undefined ? Number(q[1]) : Number(q[2]) };
          cellNote = cellNote.replace(PAGE_RANGE, '').trim() || null;
        }
        // "Pages 9 – 22" far right of the title, the word printed without brackets.
        const named = pages === null && cellNote !== null && /^(?:pages?|pp?\.?)\s/i.test(cellNote) ? PAGE_CELL.exec(cellNote) : null;
        if (named) {
          pages = { from: Number(named[1]), to: named[2] === undefined ? Number(named[1]) : Number(named[2]) };
          cellNote = null;
        }
        if (pages === null && cellNote !== null && LEADER_PAGES.test(cellNote) && pagesColumn(doc, start, first)) {
          const q = LEADER_PAGES.exec(cellNote) as RegExpExecArray;
          pages = { from: Number(q[1]), to: q[2] === undefined ? Number(q[1]) : Number(q[2]) };
          cellNote = null;
        }
        // A web page's table whose last column is headed "Pages" (after a lead officer's, say): the row's last cell is the
        // item's pages, a lone dash none. A row whose title cell holds paragraphs closes on a later line, the item's note.
        const close = rowCloseOf(doc, first, end);
        // A paragraph parted by a word processor's tab ("PC/31/012<tab>Apologies") is no table row: no tab closes it, nor a later line.
        rowEnd = doc.web && l.tabbed && (close >= 0 || l.raw.endsWith('\t')) ? Math.max(close, i) : -1;
        if (pages === null && !doc.layout && l.tabbed && pagesLastColumn(doc, start, first)) {
          const row = close >= 0 ? (lines[close] as Line) : l;
          const cells = cellsOf(row).filter((c) => c !== '');
          const last = cells[cells.length - 1] ?? '';
          const range = PAGE_CELL.exec(last);
          if (cells.length >= (close >= 0 ? 2 : 3) && (range || /^[-–—]$/.test(last))) {
            if (range) pages = { from: Number(range[1]), to: range[2] === undefined ? Number(range[1]) : Number(range[2]) };
            const without = (text: string): string => text.slice(0, text.lastIndexOf(last)).trim();
            if (close >= 0) lent.set(close, without(row.text));
            else if (cellNote !== null && cellNote.endsWith(last)) cellNote = without(cellNote) || null;
          }
        }
        clean = clean.replace(FILE_SIZE, '').replace(/\s+/g, ' ').trim();
        // A dot leader runs to the page column: a page (or range) there is the item's pages, other words ("To follow") its note.
        const leader = DOT_LEADER.exec(clean);
        if (leader && leader.index > 0) {
          clean = clean.slice(0, leader.index);
          const entry = leader[1]?.trim() ?? '';
          const range = LEADER_PAGES.exec(entry);
          if (range && pages === null) pages = { from: Number(range[1]), to: range[2] === undefined ? Number(range[1]) : Number(range[2]) };
          else if (!range && entry !== '' && cellNote === null) cellNote = entry;
        }
        // "(Report to follow)" after the title says when the paper comes: the item's note.
        const paperNote = AGENDA_PAPER_NOTE.exec(clean);
        if (paperNote && paperNote.index > 0) {
          clean = clean.slice(0, paperNote.index);
          cellNote = cellNote === null ? `${paperNote[1] as string}.` : `${paperNote[1] as string}. ${cellNote}`;
        }
        pages ??= index.pages.get(first) ?? null;
        // A title printed as a heading of its own ("## 8. Roof repairs – progress report") keeps what follows its dash.
        const inline = cellNote === null && !HEADING_LINE.test(l.raw) && !PLANNING_APPLICATION_REFERENCE.test(clean) ? AGENDA_INLINE_NOTE.exec(clean) : null;
        // With its note printed on lines of its own below, a phrase in lower case after the dash ends the title, unless it is an instruction.
        const below = lines[i + 1];
        const noteBelow = doc.layout && below !== undefined && i + 1 < end && below.text !== '' && indentedNote(below, noteColumn()) && !itemParts(below, doc.layout);
        // So does one wrapped onto the next line right after the dash ("Bus shelter –" over "quotations for refurbishment"):
        // the title broken where its line was full, not a note set beside it.
        const wrappedAtDash = doc.layout && i > first && /\s[–—-]$/.test(parts.text.trimEnd());
        const titlePhrase = inline !== null && (noteBelow || wrappedAtDash) && /^\p{Ll}/u.test(inline[2] as string) && !AGENDA_INSTRUCTION.test(inline[2] as string);
        if (inline && !titlePhrase) [clean, cellNote] = [inline[1] as string, inline[2] as string];
        const badge = AGENDA_ACCESS_BADGE.exec(clean);
        if (badge && badge.index > 0) clean = clean.slice(0, badge.index);
        items.push({ number: parts.number, title: clean, pages, note: null, exempt: badge !== null || EXEMPT.test(clean) });
        aside = false;
        exemptBySection.push(privateSection);
        notes.push(cellNote === null ? [] : [cellNote]);
        noteLines.push(cellNote === null ? [] : [first]);
        spans.push([first, i]);
        if (minor === undefined) {
          top = major;
          sub = 0;
        } else sub = minor;
        inSection = false;
        continue;
      }
    }
    // The issuing officer's post or the date of issue closes the agenda: nothing after it is an item's note.
    if (
      items.length > 0 &&
      !l.tabbed &&
      (isWholeDate(t) !== null || (t.length <= 40 && ISSUING_POST.test(t) && !/[.:;,]/.test(t) && /^[A-Z]/.test(t) && !EXEMPT.test(t))) &&
      !itemFollows(doc, i, end)
    )
      break;
    const section = sectionOf(t);
    // A line right under an item, indented past its title ("Report of the Director of …"), is the item's note, not a heading.
    // So is one in the title's own column on a page layout ("Confidential item – exempt" under the title).
    const underItem =
      items.length > 0 &&
      !inSection &&
      (lines[i - 1] as Line | undefined)?.text !== '' &&
      (indentedNote(l, titleAt) || (doc.layout && titleAt > 0 && Math.abs(l.indent - titleAt) <= 1));
    if (section && t.length < 120 && !underItem) {
      privateSection = section.exempt;
      inSection = true;
      continue;
    }
    const s = SUB_ITEM.exec(t);
    if (s && items.length > 0 && t.length < 300) {
      const letter = (s[1] ?? s[2]) as string;
      const prev = items[items.length - 1] as AgendaItem;
      const expected = /^[a-z]\)$/.test(prev.number) ? String.fromCharCode(prev.number.charCodeAt(0) + 1) : 'a';
      if (letter === expected) {
        // A sub-item's text wrapped onto lines indented under it (a hanging indent), with no blank line between, is its title;
        // on a page layout a number indented there ("2027/28 to …") is the text's, not an item's.
        let text = s[3] as string;
        const first = i;
        // A sub-item's own "Pages 51 – 58" in a column far right of its title, or a bare "3-4" under the agenda's "Pages" heading.
        const cells = l.tabbed ? cellsOf(l).filter((c) => c !== '') : [];
        const lastCell = cells[cells.length - 1] ?? '';
        // The range printed with its word, in brackets or not ("Pages 51 – 58", "(Pages 19 - 52)").
        const named = cells.length > 1 ? PAGES_COLUMN_RANGE.exec(lastCell) : null;
        const bare = cells.length > 2 && pagesColumn(doc, start, i) ? LEADER_PAGES.exec(lastCell) : null;
        const own = named ? [named[1] ?? named[3], named[2] ?? named[4]] : bare ? [bare[1], bare[2]] : null;
        if (own && text.lastIndexOf(lastCell) > 0) text = text.slice(0, text.lastIndexOf(lastCell)).trim();
        const pages = own ? { from: Number(own[0]), to: own[1] === undefined ? Number(own[0]) : Number(own[1]) } : null;
        for (let j = i + 1; j < end; j++) {
          const n = lines[j] as Line;
          // In Markdown a line right under the sub-item, no blank line and no hard break between, is the same paragraph.
          const sameParagraph = doc.markdown && !doc.layout && !l.tabbed && !n.tabbed && !(lines[j - 1] as Line).brk;
          // A title wrapped back to the sub-item's own indent ("(a) Revenue Budget … Financial Plan" over "2030/31 to 2033/34") goes on.
          const wrapsAtLead = leadOf(n) === leadOf(l) && !sameParagraph && subTitleGoesOn(doc, lines, j, text, laidWidth, top);
          if (
            n.text === '' ||
            (leadOf(n) <= leadOf(l) && !sameParagraph && !wrapsAtLead) ||
            n.text.length > 200 ||
            SUB_ITEM.test(n.text) ||
            (isPageFurniture(n) && !wrappedYear(text, n.text)) ||
            (!doc.layout && !wrapsAtLead && itemParts(n, false))
          )
            break;
          // As under an item: an instruction, a "Report of …" line or a labelled detail under the title is the sub-item's note.
          // So is the list a sub-item introduces ("To approve the following payments:" over the payments table).
          if (
            LIST_LEAD_IN.test(text) ||
            AGENDA_INSTRUCTION.test(n.text) ||
            sectionOf(n.text) ||
            labelledDetail(n.text) ||
            (!RUNS_ON.test(text) && AGENDA_PRESENTER_NOTE.test(n.text)) ||
            (!RUNS_ON.test(text) && AGENDA_KEY_DECISION_NOTE.test(n.text)) ||
            (!RUNS_ON.test(text) && AGENDA_LABELLED_NOTE.test(n.text)) ||
            (doc.layout && describesTitle(text, n.text))
          )
            break;
          text = `${text} ${n.text}`;
          i = j;
        }
        items.push({ number: `${letter})`, title: text.replace(/[;.]$/, ''), pages, note: null, exempt: EXEMPT.test(text) || privateSection });
        exemptBySection.push(privateSection);
        notes.push([]);
        noteLines.push([]);
        spans.push([first, i]);
        continue;
      }
    }
    // On a page layout, a block after a blank line set left of the item's title (a boxed note closing the agenda) is no item's note.
    if (doc.layout && titleAt > 0 && l.indent + 2 < titleAt && (lines[i - 1] as Line | undefined)?.text === '') aside = true;
    // The clerk's or contact's line closing the agenda is not a note of the last item.
    // A paragraph under a web page's agenda table, the last item's row closed above it, is outside the table: no item's note.
    if (rowEnd >= 0 && i > rowEnd && !l.tabbed) aside = true;
    if (items.length > 0 && !inSection && !aside && !CONTACT_LABEL.test(t)) {
      (notes[notes.length - 1] as string[]).push(t);
      (noteLines[noteLines.length - 1] as number[]).push(i);
      (spans[spans.length - 1] as [number, number])[1] = i;
    }
  }
  let excluded: Set<string> | 'rest' | null = null;
  items.forEach((item, k) => {
    const note = (notes[k] as string[]).join(' ').trim();
    item.note = note === '' ? null : note;
    // A note that only an appendix is exempt ("Appendix 2 is exempt under paragraph 3 …") leaves the item itself open.
    if (note !== '' && EXEMPT.test(note) && /\bparagraph\s+\d|schedule 12a|exclu/i.test(note) && !EXEMPT_APPENDIX_ONLY.test(note)) item.exempt = true;
    if (exemptBySection[k] && !PROCEDURAL_ITEM.test(item.title)) item.exempt = true;
    if (EXCLUSION.test(item.title)) {
      // The resolution to exclude is moved in public; the items it names (or else all after it) are private.
      item.exempt = false;
      const motion = `${item.title} ${note}`;
      // "… excluded for the following item": the next item alone; "the following items" (or none named): all after it.
      const next = ONE_ITEM_FOLLOWING.test(motion) ? items.slice(k + 1).find((x) => /^\d/.test(x.number)) : undefined;
      excluded = namedItems(motion) ?? (next ? new Set([next.number]) : 'rest');
      // The last item, excluding the public "for the following item", with that item printed under its motion after a
      // blank line without a number of its own (a heading and what is to be considered): the item carries that business.
      const own = noteLines[k] as number[];
      if (
        ONE_ITEM_FOLLOWING.test(motion) &&
        !items.slice(k + 1).some((x) => /^\d/.test(x.number)) &&
        own.some((j, n) => n > 0 && j > (own[n - 1] as number) + 1 && lines.slice((own[n - 1] as number) + 1, j).every((b) => b.text === ''))
      )
        item.exempt = true;
    } else if (excluded === 'rest' ? !PROCEDURAL_ITEM.test(item.title) : excluded?.has(item.number)) item.exempt = true;
    const first = (spans[k] as [number, number])[0];
    let last = Math.max((spans[k] as [number, number])[1], index.rowLast.get(first) ?? -1);
    // A row's note cell running on below its title's last line, the title cell empty there, is still the row's: its
    // lines up to the next row (past a page's break, its header and chrome) go with it.
    const next = (spans[k + 1] as [number, number] | undefined)?.[0] ?? end;
    for (let j = last + 1; j < next; j++) {
      const t = (lines[j] as Line).text;
      if (side.has(j) && t === '') last = j;
      else if (t !== '' && !isPageFurniture(lines[j] as Line) && !columnHeads.has(t)) break;
    }
    // What the columns beside the title say of the item ("Key decision", its wards) is its note.
    const beside = [...side].filter(([i]) => i >= first && i <= last).map(([, t]) => t);
    if (beside.length > 0) item.note = [...beside, item.note ?? ''].join(' ').trim();
    locate(doc, item, first, last, false);
  });
  return items;
}

/**
 * The lines with each list marker alone on its line ("5." over "Internal Audit", an ordered list whose items open with
 * a heading) printed on its title's line instead, the marker's own line left blank: the item starts at its title's line.
 * The same lines when there is none; a page layout's numbers stand beside their titles, so it is left as it is.
 */
function withListMarkersJoined(doc: Doc, lines: Line[], start: number, end: number): Line[] {
  if (doc.layout) return lines;
  let out: Line[] | null = null;
  for (let i = start; i + 1 < end; i++) {
    const l = lines[i] as Line;
    if (l.text.length > 4 || l.tabbed || !LIST_MARKER_LINE.test(l.text)) continue;
    const n = lines[i + 1] as Line;
    if (n.text === '' || n.tabbed || n.text.length > 300 || LIST_MARKER_LINE.test(n.text) || /^[-•]\s/.test(n.text)) continue;
    out ??= [...lines];
    const titled: Line = { ...n, text: `${l.text} ${n.text}` };
    // Labels read from the title's line alone are not the joined line's.
    delete titled.coverFields;
    out[i] = { ...l, text: '', raw: '' };
    out[i + 1] = titled;
    i++;
  }
  return out ?? lines;
}

/** Whether item `next` comes straight after item `prev`: the next whole number ("6" after "5.2"), or the next sub-item ("6.1" after "6", "6.2" after "6.1"). */
function nextInSequence(prev: string, next: string): boolean {
  const [a, b] = numberParts(prev);
  const [c, d] = numberParts(next);
  return d === undefined ? c === a + 1 : c === a && d === (b ?? 0) + 1;
}

/** Whether item `next` is the decimal sub-item straight after item `prev` ("4.1" after "4", "4.2" after "4.1"). */
function nextSubItem(prev: string, next: string): boolean {
  return /^\d{1,4}\.\d{1,2}$/.test(next) && nextInSequence(prev, next);
}

/** A table cell's item number and title: "4. Public questions", "4 Public questions". */
const TABLE_ITEM = /^(\d{1,4}(?:\.\d{1,2})?[a-z]?)[.)]?(?:\s+(\S.*))?$/;

/**
 * An agenda laid out as a table whose header names its columns (AGENDA_TABLE_COLUMNS: "Time | Item | Lead | Paper"),
 * read by position: a row starts where the item column holds a number; the item column's lines under it are the
 * title, until a whole sentence after a finished title (the item's description, its note); the time, lead and
 * paper columns are not the title, and a paper cell is the pages only when it is a page range. Null when the
 * agenda's first line is not such a header, or no numbered row follows it.
 */
function readAgendaTable(doc: Doc, start: number, end: number): AgendaItem[] | null {
  const laid = doc.laidOut;
  const at = nextNonBlank(doc.lines, start, end);
  if (!laid || at < 0 || !(doc.lines[at] as Line).tabbed) return null;
  let columns = headerColumns(laid[at] ?? '');
  const kinds = columns.map((c) => AGENDA_TABLE_COLUMNS.find((k) => k.pattern.test(c.header))?.column);
  // "Item" before "Subject": the first holds the number, the second the title.
  const twice = kinds.indexOf('item');
  if (twice >= 0 && kinds.indexOf('item', twice + 1) > twice) kinds[twice] = 'number';
  const item = kinds.indexOf('item');
  const number = kinds.indexOf('number');
  if (columns.length < 3 || kinds.some((k) => k === undefined) || item < 0 || !kinds.some((k) => k === 'time' || k === 'lead')) return null;
  if (number > item) return null;
  const paper = kinds.indexOf('paper');
  const time = kinds.indexOf('time');
  const rows: Array<{ number: string; first: number; last: number; title: string[]; paper: string; closed: boolean }> = [];
  for (let i = at + 1; i < end; i++) {
    const l = doc.lines[i] as Line;
    const text = laid[i] ?? '';
    if (l.text === '') {
      const row = rows[rows.length - 1];
      if (row) row.closed = true;
      continue;
    }
    // The header row repeated at the top of a later page, set anew there: the columns move with it.
    const again = headerColumns(text);
    if (again.length === columns.length && again.every((r, k) => r.header === (columns[k] as LaidOutColumn).header)) {
      columns = again;
      continue;
    }
    const cells = cellsByPosition(text, columns);
    // A year alone wrapped onto the title column's line ("… held on 20 November" over "2025") is no page number.
    const wrappedYear = /^\d{4}$/.test(l.text) && cells[item] === l.text && rows.length > 0;
    if (isPageFurniture(l) && !wrappedYear) continue;
    if (!fitsColumns(text, columns)) break;
    const numbered = number >= 0 ? [cells[number] ?? '', cells[item] ?? ''].filter((c) => c !== '').join(' ') : (cells[item] ?? '');
    const m = number >= 0 && (cells[number] ?? '') === '' ? null : TABLE_ITEM.exec(numbered);
    const prev = rows[rows.length - 1];
    if (m && (prev === undefined || nextInSequence(prev.number, m[1] as string))) {
      rows.push({ number: m[1] as string, first: i, last: i, title: m[2] === undefined ? [] : [m[2]], paper: paper >= 0 ? (cells[paper] ?? '') : '', closed: false });
      continue;
    }
    // A row of the timetable with a time and no number ("16.00 | Close") ends the item above and is none itself.
    if (prev && number >= 0 && time >= 0 && (cells[time] ?? '') !== '') prev.closed = true;
    if (!prev || prev.closed) continue;
    if ((cells[item] ?? '') !== '') prev.title.push(cells[item] as string);
    prev.last = i;
  }
  if (rows.length === 0) return null;
  return rows.map((row) => {
    let title = row.title[0] ?? '';
    let note: string | null = null;
    for (let k = 1; k < row.title.length; k++) {
      const rest = row.title.slice(k).join(' ');
      if (!RUNS_ON.test(title) && SENTENCE.test(rest)) {
        note = rest;
        break;
      }
      title = `${title} ${row.title[k] as string}`;
    }
    const p = PAGE_CELL.exec(row.paper);
    const pages = p ? { from: Number(p[1]), to: p[2] === undefined ? Number(p[1]) : Number(p[2]) } : null;
    const entry: AgendaItem = { number: row.number, title, pages, note, exempt: EXEMPT.test(title) };
    return locate(doc, entry, row.first, row.last, false);
  });
}

/**
 * The agenda's lines with the columns beside the title taken out, when the agenda is a laid-out table whose header
 * names a number, a title and another column ("No. | Item | Key decision / Ward(s) | Pages"): each row keeps its
 * number, its title and a page range in the pages column; the rest of the row (a page cell that is no range, such as
 * "To follow", too) is `side`, by line. Lines that run across the columns (a part's heading, a note) are kept whole.
 */
function withoutSideColumns(doc: Doc, start: number, end: number): { lines: Line[]; side: Map<number, string>; cellEnds: Map<number, number> } {
  const side = new Map<number, string>();
  const laid = doc.laidOut;
  if (!laid) return { lines: doc.lines, side, cellEnds: new Map() };
  let header = -1;
  let columns: ReturnType<typeof headerColumns> = [];
  for (let i = start; i < Math.min(end, start + 15) && header < 0; i++) {
    const runs = headerColumns(laid[i] ?? '');
    if (runs.length < 3 || !AGENDA_TABLE_HEADER.number.test((runs[0] as (typeof runs)[number]).header)) continue;
    if (!AGENDA_TABLE_HEADER.title.test((runs[1] as (typeof runs)[number]).header)) continue;
    header = i;
    columns = runs;
  }
  if (header < 0) return { lines: doc.lines, side, cellEnds: new Map() };
  // A heading set right of the header row's last, wrapped round it ("Agenda" above the row, "pages" below): a column of its own.
  const lastColumn = columns[columns.length - 1] as LaidOutColumn;
  const wrappedHead = [header - 1, header + 1].flatMap((k) => {
    const runs = headerColumns(laid[k] ?? '');
    return runs.length === 1 && (runs[0] as LaidOutColumn).start > lastColumn.start + lastColumn.header.length + 1 ? [{ line: k, run: runs[0] as LaidOutColumn }] : [];
  });
  const headEnds = new Map<LaidOutColumn, number>();
  if (wrappedHead.length > 0) {
    const column = { start: Math.min(...wrappedHead.map((w) => w.run.start)), header: wrappedHead.map((w) => w.run.header).join(' ') };
    headEnds.set(column, Math.max(...wrappedHead.map((w) => w.run.start + w.run.header.length)));
    columns = [...columns, column];
  }
  const skip = new Set(wrappedHead.map((w) => w.line));
  const pagesAt = columns.findIndex((c, k) => k > 1 && AGENDA_TABLE_HEADER.pages.test(c.header));
  const lines = [...doc.lines];
  // Where the cell after each row's title starts: a title cell ends short of it.
  const cellEnds = new Map<number, number>();
  let titleWidth = 0;
  for (let i = header + 1; i < end; i++) {
    if (skip.has(i)) continue;
    const text = laid[i] ?? '';
    const l = lines[i] as Line;
    // A page's running header or footer, set over the columns, is no row's (its line reads as page furniture).
    if (text.trim() === '' || isPageFurniture(l)) continue;
    // A row across the whole table heading a part of the agenda ("PART 2 – CONFIDENTIAL") is kept whole: no cell of a row.
    if (headerColumns(text).length === 1 && sectionOf(l.text) !== null) continue;
    // The header row repeated at the top of a later page, set anew there (a page of another width): the columns move
    // with it, the header itself left as printed.
    const again = headerColumns(text);
    if (again.length === columns.length && again.every((r, k) => r.header === (columns[k] as LaidOutColumn).header)) {
      columns = again;
      continue;
    }
    // The last column set flush right under its heading ("Pages" over "3-4", "To follow"): a run ending where the heading does.
    const pagesColumn = columns[pagesAt] as LaidOutColumn;
    const flush =
      pagesAt === columns.length - 1
        ? rightAligned(text, headEnds.get(pagesColumn) ?? pagesColumn.start + pagesColumn.header.length, (columns[pagesAt - 1] as LaidOutColumn).start)
        : null;
    const body = flush === null ? text : text.slice(0, flush.index);
    // A later page set a little narrower, its header not repeated: the row's cells each start a few places left of their heading.
    const own = fitsColumns(body, columns) ? columns : rowColumns([body], columns);
    if (!fitsColumns(body, own) || own[1]?.start !== columns[1]?.start) {
      // An item's line whose title starts left of the title heading (the header set over the sub-items' column), with
      // words other than a page range flush under the pages heading ("To follow"): those words are the item's note.
      const { cells: _cached, ...line } = l;
      const kept = body.trim().replace(/\s+/g, ' ');
      if (flush === null || PAGE_CELL.test(flush.text) || body.trimEnd().length + 4 > text.lastIndexOf(flush.text) || !ITEM.test(kept)) continue;
      side.set(i, flush.text);
      lines[i] = { ...line, raw: body.trimEnd(), text: kept, tabbed: false };
      continue;
    }
    // The width the title's cell wraps at: the furthest any line of it reaches.
    const next = own[2] as LaidOutColumn | undefined;
    for (const m of body.matchAll(/\S+(?: \S+)*/g))
      if (m.index >= (own[1] as LaidOutColumn).start - 1 && (next === undefined || m.index < next.start - 1)) titleWidth = Math.max(titleWidth, m.index + m[0].length);
    const cells = rowCellsByPosition([body], own);
    if (flush !== null) cells[pagesAt] = flush.text;
    // A range printed with its word under the pages heading ("(Pages 5 - 18)"): the row's pages, read as a bare range.
    const worded = pagesAt >= 0 ? PAGES_COLUMN_RANGE.exec(cells[pagesAt] as string) : null;
    if (worded) cells[pagesAt] = [worded[1] ?? worded[3], worded[2] ?? worded[4]].filter((p) => p !== undefined).join(' - ');
    const pages = pagesAt >= 0 && LEADER_PAGES.test(cells[pagesAt] as string) ? (cells[pagesAt] as string) : '';
    // A word under the item's number on a later line of its row ("Supplementary", "Urgent") marks the item: its note, not its title.
    const status = AGENDA_ITEM_STATUS_CELL.test(cells[0] as string) ? (cells[0] as string) : '';
    if (status !== '') cells[0] = '';
    const rest = [status, ...cells.filter((c, k) => k > 1 && c !== '' && c !== pages)].filter((c) => c !== '');
    if (rest.length === 0 && pages === '') continue;
    cellEnds.set(i, 0);
    if (rest.length === 0) continue;
    side.set(i, rest.join(' '));
    const kept = [cells[0] as string, cells[1] as string, pages].filter((c) => c !== '');
    const { cells: _cached, ...line } = l;
    lines[i] = { ...line, raw: kept.join('\t'), text: kept.join(' '), tabbed: kept.length > 1 };
  }
  for (const k of cellEnds.keys()) cellEnds.set(k, titleWidth);
  return { lines, side, cellEnds };
}

/** Whether a header cell names the pages column, in either half of a label in two languages ("Tudalennau / Pages"). */
const pagesHeader = (cell: string): boolean => cell.split(/\s*\/\s*/).some((h) => AGENDA_TABLE_HEADER.pages.test(h));

/** A run of words of a laid-out line, and where it starts and ends. */
const runsOf = (text: string): Array<{ start: number; end: number; text: string }> =>
  headerColumns(text).map((c) => ({ start: c.start, end: c.start + c.header.length, text: c.header }));

/**
 * The agenda's lines with the cells of a pages column taken out, when its heading stands on a line of its own far right
 * of the titles ("Pages", or a heading in two languages wrapped round the item column's: "Tudalennau /" over "Eitem /
 * Item" over "Pages"), and its cells are set about the heading rather than flush with it: a run of words that overlaps
 * the heading is the row's pages cell. A page range stays on its line (read as the item's pages); other words ("Verbal",
 * "To follow" over two lines) go to `side`, by line. The heading's lines are blanked; a heading repeated on a later page
 * moves the column, and a page without one has none.
 */
function withoutPageCells(doc: Doc, given: Line[], side: Map<number, string>, start: number, end: number): Line[] {
  const laid = doc.laidOut;
  if (!laid) return given;
  let lines = given;
  let span: { from: number; to: number; page: number | null } | null = null;
  const replace = (i: number, text: string): void => {
    if (lines === given) lines = [...given];
    const { cells: _cached, ...line } = lines[i] as Line;
    const clean = text.trim();
    lines[i] = { ...line, raw: clean === '' ? '' : text.trimEnd(), text: clean.replace(/\s+/g, ' '), tabbed: false };
  };
  for (let i = start; i < end; i++) {
    const runs = runsOf(laid[i] ?? '');
    const last = runs[runs.length - 1];
    if (last === undefined) continue;
    const alone = runs.length === 1;
    // The heading: "Pages" alone at the right, or one half of it ending in "/" with the other half on a line close under it.
    const below = last.text.endsWith('/')
      ? [i + 1, i + 2].find((k) => runsOf(laid[k] ?? '').some((r) => r.start < last.end && r.end > last.start && pagesHeader(`${last.text} ${r.text}`)))
      : undefined;
    if (alone && last.start >= 40 && (pagesHeader(last.text) || below !== undefined)) {
      const parts = [i, ...(below === undefined ? [] : [below])];
      const heads = parts.map((k) => runsOf(laid[k] ?? '').pop() as (typeof runs)[number]);
      span = { from: Math.min(...heads.map((h) => h.start)), to: Math.max(...heads.map((h) => h.end)), page: (lines[i] as Line).page };
      // The heading's lines, and the item column's heading between or beside them ("Eitem / Item"), are no item's.
      for (let k = i; k <= (parts[parts.length - 1] as number); k++) {
        const cells = runsOf(laid[k] ?? '');
        if (
          cells.every(
            (c) => pagesHeader(c.text) || parts.includes(k) || c.text.split(/\s*\/\s*/).some((h) => AGENDA_TABLE_HEADER.number.test(h) || AGENDA_TABLE_HEADER.title.test(h)),
          )
        )
          replace(k, '');
      }
      i = parts[parts.length - 1] as number;
      continue;
    }
    // The heading holds for its own page: a page without it (a membership list in two columns) has no pages column.
    if (span === null || (lines[i] as Line).page !== span.page || last.start > span.to || last.end < span.from || last.start < 40) continue;
    // A cell alone on its line sits about the heading; a line reaching far left of it (a running header) is none.
    if (runs.length === 1 ? last.start < span.from - 10 : last.start - (runs[runs.length - 2] as (typeof runs)[number]).end < 3) continue;
    if (PAGE_CELL.test(last.text)) continue;
    side.set(i, side.has(i) ? `${side.get(i) as string} ${last.text}` : last.text);
    replace(i, (laid[i] ?? '').slice(0, last.start));
  }
  return lines;
}

/**
 * An index of sub-items laid out as a table under an item (ITEM_INDEX_COLUMNS: "Item | Application no. | Site address |
 * Ward | Recommendation | Page"), its cells wrapped over several lines: each row becomes one line, its number and its
 * title columns; its note columns go to `side` and its page range (wrapped "15 -" over "20" too) to `pages`, by the
 * row's first line, with the row's last line in `rowLast`. The header and the wrapped lines are blanked in the lines returned.
 */
function readIndexTables(
  doc: Doc,
  given: Line[],
  side: Map<number, string>,
  start: number,
  end: number,
): { lines: Line[]; pages: Map<number, NonNullable<AgendaItem['pages']>>; rowLast: Map<number, number> } {
  const pages = new Map<number, NonNullable<AgendaItem['pages']>>();
  const rowLast = new Map<number, number>();
  const laid = doc.laidOut;
  let lines = given;
  if (!laid) return { lines, pages, rowLast };
  for (let h = start; h < end; h++) {
    const header = h;
    const kindsOf = (columns: readonly LaidOutColumn[]): Array<'title' | 'note' | undefined> =>
      columns.slice(1, -1).map((c) => ITEM_INDEX_COLUMNS.find((k) => c.header.split(/\s*\/\s*/).some((half) => k.pattern.test(half)))?.column);
    const fits = (columns: readonly LaidOutColumn[]): boolean =>
      columns.length >= 4 &&
      AGENDA_TABLE_HEADER.number.test((columns[0] as LaidOutColumn).header) &&
      AGENDA_TABLE_HEADER.pages.test((columns[columns.length - 1] as LaidOutColumn).header) &&
      kindsOf(columns).every((k) => k !== undefined) &&
      kindsOf(columns).includes('title');
    let columns = indexHeader(laid[h] ?? '');
    // The header wrapped onto a second line ("Application" over "No."): a line under it with no number, its words under the headings.
    const wrapped = indexHeader(laid[h] ?? '');
    if (cellsByPosition(laid[h + 1] ?? '', columns)[0] === '' && extendHeader(wrapped, laid[h + 1] ?? '') && fits(wrapped)) {
      columns = wrapped;
      h++;
    }
    if (!fits(columns)) continue;
    const last = columns.length - 1;
    const kinds = kindsOf(columns);
    // A pages heading one space after its neighbour ("Recommendation Page"): the cells of the column before run on under
    // it, and a page range sits at a line's end, one space after them ("… subject 9 - 42") or far right ("43 -" over "60").
    const jammed = (columns[last - 1] as LaidOutColumn).start + (columns[last - 1] as LaidOutColumn).header.length + 1 === (columns[last] as LaidOutColumn).start;
    const cut = (text: string): { body: string; page: string } => {
      const m = jammed ? / (\d{1,4}(?: ?[-–—](?: ?\d{1,4})?)?)\s*$/.exec(text) : null;
      return m && m.index >= (columns[last] as LaidOutColumn).start - 2 ? { body: text.slice(0, m.index), page: m[1] as string } : { body: text, page: '' };
    };
    const rows: number[][] = [];
    let i = h + 1;
    // A table of sub-items ("6.1"), or of the agenda's own items when its first row has a whole number ("5.").
    let whole: boolean | null = null;
    for (; i < end; i++) {
      const text = laid[i] ?? '';
      if (text.trim() === '') continue;
      if (!fitsColumns(cut(text).body, jammed ? columns.slice(0, last) : columns)) break;
      const number = cellsByPosition(text, columns)[0] as string;
      whole ??= number === '' ? null : /^\d{1,4}[.)]?$/.test(number);
      // A row's number is a sub-item's ("6.1"); a whole number after the rows is the next item, below the table.
      if (number !== '' && !(whole ? /^\d{1,4}[.)]?$/ : /^\d{1,4}\.\d{1,2}[.)]?$/).test(number)) break;
      if (number !== '') rows.push([i]);
      else if (rows.length > 0) (rows[rows.length - 1] as number[]).push(i);
      else break;
    }
    if (rows.length === 0) continue;
    if (lines === doc.lines) lines = [...lines];
    const blank = (k: number): void => {
      const { cells: _cached, ...line } = lines[k] as Line;
      lines[k] = { ...line, raw: '', text: '', tabbed: false };
    };
    for (let k = header; k <= h; k++) blank(k);
    for (const row of rows) {
      const parts = row.map((k) => cut(laid[k] ?? ''));
      const cells = jammed
        ? [
            ...rowCellsByPosition(
              parts.map((c) => c.body),
              columns.slice(0, last),
            ),
            parts.map((c) => c.page).join(' '),
          ]
        : rowCellsByPosition(
            parts.map((c) => c.body),
            columns,
          );
      const at = row[0] as number;
      const notes: string[] = [];
      // A cell under a heading of two ("Site address / Proposal") holds the one, then the other from a line opening a
      // phrase ("Change of use …"), not an address's next part ("Road, Town"): the second is a note.
      const own = rowColumns(
        parts.map((c) => c.body),
        jammed ? columns.slice(0, last) : columns,
      );
      for (let k = 1; k < last; k++) {
        const halves = (columns[k] as LaidOutColumn).header.split(/\s*\/\s*/);
        if (kinds[k - 1] !== 'title' || halves.length !== 2) continue;
        const cellLines = parts.map((c) => cellsByPosition(c.body, own)[k] as string);
        const second = cellLines.findIndex((c, n) => n > 0 && /^[A-Z][a-z]+ [a-z]/.test(c));
        if (second < 0) continue;
        cells[k] = joinWrapped(cellLines.slice(0, second));
        notes.push(`${halves[1] as string}: ${joinWrapped(cellLines.slice(second))}`);
      }
      const title = cells.slice(1, last).filter((c, k) => kinds[k] === 'title' && c !== '');
      notes.push(...cells.slice(1, last).flatMap((c, k) => (kinds[k] === 'note' && c !== '' ? [`${(columns[k + 1] as LaidOutColumn).header}: ${c}`] : [])));
      const { cells: _cached, ...line } = lines[at] as Line;
      const text = [cells[0] as string, ...title].join(' ');
      lines[at] = { ...line, raw: text, text, tabbed: false };
      for (const k of row.slice(1)) blank(k);
      if (notes.length > 0) side.set(at, notes.join('; '));
      const p = PAGE_CELL.exec((cells[last] as string).replace(/\s+/g, ' ').trim());
      if (p) pages.set(at, { from: Number(p[1]), to: p[2] === undefined ? Number(p[1]) : Number(p[2]) });
      rowLast.set(at, row[row.length - 1] as number);
    }
    h = i - 1;
  }
  return { lines, pages, rowLast };
}

/**
 * The columns of an index table's header row, a number heading or a pages heading printed one space from its
 * neighbour ("Item Application", "Recommendation Page") split off as a column of its own.
 */
function indexHeader(text: string): LaidOutColumn[] {
  return headerColumns(text).flatMap((c, k, all) => {
    const words = c.header.split(' ');
    if (words.length < 2) return [c];
    const out: LaidOutColumn[] = [];
    let { start } = c;
    if (k === 0 && AGENDA_TABLE_HEADER.number.test(words[0] as string)) {
      out.push({ start, header: words.shift() as string });
      start = c.start + c.header.indexOf(' ', start - c.start) + 1;
    }
    const tail = k === all.length - 1 && words.length > 1 && AGENDA_TABLE_HEADER.pages.test(words[words.length - 1] as string) ? (words.pop() as string) : null;
    out.push({ start, header: words.join(' ') });
    if (tail !== null) out.push({ start: c.start + c.header.lastIndexOf(tail), header: tail });
    return out;
  });
}

/**
 * The run of words closing a laid-out line two spaces or more after the rest, past the column before (`after`) and
 * ending where a column's heading ends (±2): a cell set flush right.
 */
function rightAligned(text: string, headEnd: number, after: number): { index: number; text: string } | null {
  const tail = / {2,}(\S+(?: \S+)*)\s*$/.exec(text);
  if (!tail) return null;
  const end = tail.index + tail[0].trimEnd().length;
  return Math.abs(end - headEnd) <= 2 && tail.index > after + 1 ? { index: tail.index, text: tail[1] as string } : null;
}

/** Where the title of the item on line i starts on a page layout (after its number); -1 when the text is not laid out. */
function titleColumn(doc: Doc, i: number, title: string): number {
  const laid = doc.laidOut?.[i];
  const word = /^\S+/.exec(title)?.[0];
  const number = laid === undefined ? undefined : /\S/.exec(laid);
  if (laid === undefined || word === undefined || !number) return -1;
  return laid.indexOf(word, number.index + 1);
}

/**
 * Whether a line under an item's title is one of its labelled details ("Site: 4 Mill Lane", "Report of: Director of
 * Place", read by the report cover's labels): the item's note, not more of its title.
 */
function labelledDetail(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 1 && colon <= 40 && colon < text.length - 1 && coverFieldOf(text.slice(0, colon)) !== null;
}

/**
 * Whether a laid-out line goes on with the title above it in a hanging indent: line `above` (the title's last line) is
 * filled to the width the text wraps at (the line's first word would not have fitted) and stops mid-sentence, the line
 * starts in the title's column, and the title is prose or the line starts in lower case
 * ("3.    To approve the minutes of the Ordinary" over "      Meeting held on 4 May 2026.").
 */
function hangingWrap(doc: Doc, above: number, line: Line, titleAt: number, title: string, laidWidth: number): boolean {
  const prev = doc.laidOut?.[above]?.trimEnd();
  if (prev === undefined || titleAt <= 0 || line.text === '' || Math.abs(line.indent - titleAt) > 1 || /[.!?:;]$/.test(prev)) return false;
  const word = /^\S+/.exec(line.text)?.[0] ?? '';
  return prev.length + 1 + word.length > laidWidth && (/^\p{Ll}/u.test(line.text) || lowerWords(title) >= 2);
}

/**
 * Whether a line is a year alone wrapped from a title ending in a day and month ("… held on 15 December" over "2031") or
 * a month alone ("Schedule of payments – June" over "2031"): the date's, not a page number.
 */
function wrappedYear(title: string, text: string): boolean {
  return (
    /^(?:19|20)\d{2}$/.test(text) &&
    (/\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}$/.test(title) || /\s[A-Z][a-z]{2,8}$/.test(title)) &&
    monthNumber(/[A-Za-z]+$/.exec(title)?.[0] ?? '') !== null
  );
}

/**
 * Whether line j, set at a lettered sub-item's own indent under its title's last line, goes on with that title: the
 * title stops mid-phrase (no closing stop, colon or semicolon) and the line is no item, sub-item or dated note, nor a
 * sentence of its own (a line closing one is the title's end when the title runs on to it), and either the title runs
 * on ("… and"), the line goes on in figures ("2030/31 to 2033/34"), or the line above was full. An item numbered next
 * after `top` ends the sub-item; a number out of sequence ("2030/31") is the title's.
 */
function subTitleGoesOn(doc: Doc, lines: readonly Line[], j: number, title: string, laidWidth: number, top: number): boolean {
  const n = lines[j] as Line;
  if (/[.!?:;]$/.test(title) || (/[.!?:]$/.test(n.text) && !RUNS_ON.test(title)) || SUB_ITEM.test(n.text) || AGENDA_DATE_NOTE.test(n.text) || SENTENCE_ENDS_WITHIN.test(n.text))
    return false;
  const parts = itemParts(n, doc.layout);
  if (parts && numberParts(parts.number)[0] === top + 1) return false;
  return RUNS_ON.test(title) || /^\d/.test(n.text) || hangingWrap(doc, j - 1, n, n.indent, title, laidWidth);
}

/** Whether a laid-out line is indented past the title column of the item above it: that item's note. */
function indentedNote(l: Line, titleAt: number): boolean {
  return titleAt > 0 && l.indent > titleAt + 1;
}

/**
 * Whether a line right under a title in Title Case is written as a sentence ("Members are reminded to declare any
 * interest"): the item's description, not more of its title. A title wrapped onto the line keeps its capitals.
 */
function describesTitle(title: string, line: string): boolean {
  return lowerWords(title) === 0 && (title.match(/\b[A-Z][a-z]/g) ?? []).length >= 2 && lowerWords(line) >= 2;
}

/** A note saying only an appendix or annex of the item is exempt, the report itself open. */
const EXEMPT_APPENDIX_ONLY =
  /^(?:(?!\b(?:the report|this report|this item)\s+(?:is|will be)\s+exempt\b).)*\b(?:appendix|appendices|annex(?:es)?)\b[^.]{0,30}\b(?:is|are)\s+exempt\b/i;

/**
 * The sentence starting on line j, wrapped over up to three more lines with no blank line (the text up to the
 * first line ending in a full stop); the line alone when no line ends one, or when a line stops short of the
 * width the text wraps at (the next word would have fitted: a title over its translation, not a wrapped sentence).
 */
function sentenceFrom(lines: readonly Line[], j: number, end: number, width: number): string {
  let text = (lines[j] as Line).text;
  for (let k = j; k < Math.min(end, j + 4) && !/[.!?]$/.test(text); k++) {
    const n = lines[k + 1];
    if (!n || k + 1 >= end || n.text === '' || isPageFurniture(n) || itemParts(n, true)) return (lines[j] as Line).text;
    const word = /^\S+/.exec(n.text)?.[0] ?? '';
    if ((lines[k] as Line).text.length + 1 + word.length < width * 0.85) return (lines[j] as Line).text;
    text = `${text} ${n.text}`;
  }
  return text;
}

/** The most lines a note's sentence under a finished title may run to on a page layout (a Code of Conduct reminder). */
const NOTE_SENTENCE_LINES = 8;

/**
 * The sentence starting on line j, its lines joined up to the first ending in a full stop (`most` lines at most, no
 * blank line). On a page layout a line set where line j is that starts with a number ("10 September 2027.") goes on
 * with it: an item's number stands left of the text.
 */
function sentenceUnder(lines: readonly Line[], j: number, end: number, most = 4): string {
  let text = (lines[j] as Line).text;
  const at = (lines[j] as Line).indent;
  for (let k = j + 1; k < Math.min(end, j + most) && !/[.!?]$/.test(text); k++) {
    const n = lines[k] as Line;
    if (n.text === '' || isPageFurniture(n) || (itemParts(n, true) && !(at > 0 && n.indent === at))) break;
    text = `${text} ${n.text}`;
  }
  return text;
}

/** A clock time alone in a cell: "14:00", "2.30 pm". */
const TIME_CELL = /^(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?$/i;

/**
 * An unnumbered row of an agenda table with its own time ("Comfort break | 15:40", "Close | 16:30"): an entry of
 * the timetable, not a wrapped line of the item above.
 */
function timetableRow(l: Line): boolean {
  if (!l.tabbed) return false;
  const cells = cellsOf(l).filter((c) => c !== '');
  return cells.length >= 2 && TIME_CELL.test(cells[cells.length - 1] as string);
}

/** How far a line is indented: its laid-out indent, or its leading spaces in plain text. */
function leadOf(l: Line): number {
  return l.indent > 0 ? l.indent : l.raw.length - l.raw.trimStart().length;
}

/** Whether another agenda item follows line i within the next few lines. */
function itemFollows(doc: Doc, i: number, end: number): boolean {
  for (let j = i + 1, seen = 0; j < end && seen < 15; j++) {
    const l = doc.lines[j] as Line;
    if (l.text === '') continue;
    seen++;
    if (itemParts(l, doc.layout)) return true;
  }
  return false;
}

/** Whether the agenda's table has a header row above `before` whose last column is headed "Pages" ("Item | Subject | Lead | Pages"). */
function pagesLastColumn(doc: Doc, start: number, before: number): boolean {
  for (let i = start; i < before; i++) {
    const l = doc.lines[i] as Line;
    const cells = l.tabbed ? cellsOf(l).filter((c) => c !== '') : [];
    if (cells.length >= 3 && AGENDA_TABLE_HEADER.pages.test(cells[cells.length - 1] as string)) return true;
  }
  return false;
}

/** Whether the agenda's table has a "Pages" column header above `before`. */
function pagesColumn(doc: Doc, start: number, before: number): boolean {
  for (let i = start; i < before; i++) {
    const l = doc.lines[i] as Line;
    if (l.tabbed && cellsOf(l).some((c) => /^(?:pages?|page no\.?|pp\.?)$/i.test(c))) return true;
  }
  return false;
}

/** Reads numbered guidance notes ("1 Inspection of Papers", then its text). */
export function readGuidance(doc: Doc, start: number, end: number): GuidanceNote[] {
  const { lines } = doc;
  const notes: GuidanceNote[] = [];
  const texts: string[][] = [];
  let expected = 1;
  for (let i = start; i < end; i++) {
    const l = lines[i] as Line;
    const t = l.text;
    if (t === '' || isPageFurniture(l) || GUIDANCE_HEADING.test(t)) continue;
    const m = /^(\d{1,2})\.?\s+([A-Z].{1,100})$/.exec(t);
    if (m && Number(m[1]) === expected && !/[.:;,]$/.test(t)) {
      notes.push({ number: m[1] as string, title: (m[2] as string).trim(), text: '' });
      texts.push([]);
      expected++;
      continue;
    }
    if (texts.length > 0) (texts[texts.length - 1] as string[]).push(t);
  }
  notes.forEach((n, k) => {
    n.text = (texts[k] as string[]).join('\n');
  });
  return notes;
}
