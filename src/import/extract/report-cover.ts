import type { Doc, Line } from './doc.ts';
import { cellsOf } from './doc.ts';
import { findDate, isWholeDate } from './date-text.ts';
import type { CoverField } from './layouts.ts';
import {
  KEY_DECISION_ANSWER_REF,
  KEY_DECISION_ANSWER_SPACED_REF,
  KEY_DECISION_LABEL,
  AGENDA_ENTRY_PAGES,
  APPLICATION_SITE_LABEL,
  EMAIL_HEADER_LABEL,
  FORM_FIELD_NUMBER,
  FORM_LABEL_PROMPT,
  CALL_IN_REQUEST_LABEL,
  QUESTION_ANSWER_LABEL,
  CHECKBOX_MARK,
  CHECKBOX_TICKED,
  COUNCIL_NAME_LINE,
  COUNCIL_NAME_TAIL_LINE,
  COUNCILLOR_TITLE,
  COVER_BODY_HEADING,
  COVER_ITEM_LINE,
  COVER_LABELS,
  DETAILS_BOX_HEADING,
  MEMBERSHIP_TABLE_HEADER,
  MEMBER_ROLE_CELL,
  PORTFOLIO_HOLDER_POST,
  NAMED_FORWARD_PLAN_REF,
  NUMBER_ALONE_CELL,
  PARAGRAPH_NUMBER,
  WRAPPED_FORWARD_PLAN_REF,
  WRAPPED_LABEL_TAIL,
  POST_WORDS,
  RECOMMENDATION_HEADING,
  REPORT_ADDRESSEE_LINE,
  REPORT_BY_LINE,
  RECORD_REFERENCE_HEADING,
  REPORT_KIND_LINE,
  SENTENCE_BROKEN,
  EMAIL_WRAP,
  SUMMARY_HEADING,
  registryMatcher,
} from './layouts.ts';
import { cleanInline, isPageFurniture } from './text-normalise.ts';
import { looksLikePerson, splitCabinetMembers, startsWithTitle } from './names.ts';
import { findNoticeBlocks } from './notice-blocks.ts';

/** A report kind line: "Decision Report – Key Decision", "Report for information", "Record of Officer Decision". */
export const KIND_LINE = REPORT_KIND_LINE;

// Labels distinctive enough to be found in the middle of a run-on line ("… Contact Details: … Cabinet Member: …").
const INLINE_SOURCE =
  'Cabinet Members?\\s*\\(s\\)|Cabinet Members?|(?:Relevant )?Portfolio Holders?|Division and Local Members?\\s*\\(s\\)|Division and Local Members?|Divisions? affected|Wards? affected|Lead Officer|Responsible Officer|Report of|Report Author|Author|Contact Details|Contact Officer|Contact';
const LABEL_GLOBAL = new RegExp(`(?:^|\\s)(${INLINE_SOURCE})\\s*:`, 'gi');
const LABEL_AT_START = new RegExp(`^(?:${INLINE_SOURCE})\\s*:`, 'i');
const INLINE_LAST_WORDS = new Set(['member', 'members', '', 'holder', 'holders', 'affected', 'officer', 'of', 'author', 'details', 'contact']);
const LABEL_BEFORE_COLON = new RegExp(`(?:^|\\s)(${INLINE_SOURCE})\\s*$`, 'i');

/** The field a cover label fills, from the label registry; null for a label that is not a cover's. */
export function coverFieldOf(label: string): CoverField | null {
  if (label.length > 80 || label.length < 2) return null;
  const l = /\s\s|[\s:.-]$|^\s/.test(label)
    ? label
        .replace(/\s+/g, ' ')
        .replace(/[\s:.-]+$/, '')
        .trim()
    : label;
  if (l === '' || l.length > 60) return null;
  let k = matchCoverLabel(l);
  // A numbered form's label cell ("3. Title of decision", "10.Report considered"): the label after its number.
  if (k < 0 && FORM_FIELD_NUMBER.test(l)) return coverFieldOf(l.replace(FORM_FIELD_NUMBER, ''));
  // A form's prompt in brackets after the label: "Decision taker (name and job title)".
  const prompt = k < 0 ? LABEL_PROMPT.exec(l) : null;
  if (prompt) k = matchCoverLabel(l.slice(0, prompt.index));
  return k < 0 ? null : (COVER_LABELS[k] as (typeof COVER_LABELS)[number]).field;
}

const LABEL_PROMPT = FORM_LABEL_PROMPT;

/** Whether a row of a form is a label and its value ("Directorate:<TAB>…", "Is this a key decision?<TAB>Yes"): never a value wrapped from the row above. */
function isLabelRow(l: Line): boolean {
  if (!l.tabbed) return false;
  const first = (l.raw.split('\t')[0] ?? '').trim();
  return first.length > 2 && first.length <= 80 && /[:?]$/.test(first);
}

/** Whether a laid-out line is another row of a form whose labels start at `labelIndent`: a label and its value, side by side. */
function sameColumnRow(l: Line, labelIndent: number): boolean {
  // An indented form's rows open with an empty cell (the indent); at the labels' indent that is not a wrapped value.
  return l.tabbed && l.indent === labelIndent && cellsOf(l).filter((c) => c !== '').length === 2;
}

const matchCoverLabel = registryMatcher(COVER_LABELS.map((c) => c.pattern));

/** One labelled field read from a cover line: the field, the label as printed and its value. */
interface FieldRead {
  field: CoverField;
  label: string;
  value: string;
}

/**
 * The cover fields printed on a line: "Label: value" at its start (or the first cell of a table
 * row, with or without a colon), "Report by …", or several distinctive labels run on in one line.
 */
export function coverFieldsOf(line: Line): FieldRead[] {
  // Cover detection looks at the same lines several times (clusters, titles above them); read each once.
  line.coverFields ??= readCoverFields(line);
  return line.coverFields as FieldRead[];
}

const NONE: FieldRead[] = [];

/** A bulleted list item's mark at the start of a line. */
const LIST_BULLET = /^[-•*]\s/;

/** Whether a laid-out line is one cell after its indent (a centred or indented heading, not a table row). */
export function centredCell(l: Line): boolean {
  return l.tabbed && l.indent > 0 && l.raw.charCodeAt(0) === 9 && l.raw.indexOf('\t', 1) < 0;
}

/** Whether a line starts "Report …" or "Joint report …", by its first letter before the pattern. */
function startsReportBy(t: string): boolean {
  const c = t.charCodeAt(0) | 0x20;
  return (c === 0x72 || c === 0x6a) && /^(?:joint\s+)?report\s/i.test(t);
}

/** Whether text[from, to) is only white space (as `trim` sees it). */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text.charAt(i))) return false;
  }
  return true;
}

function readCoverFields(line: Line): FieldRead[] {
  const t0 = line.text;
  // Only a colon, a table row or "Report by/of …" can carry a label.
  if (t0 === '' || t0.length > 600 || (!line.tabbed && !t0.includes(':') && !startsReportBy(t0))) return NONE;
  // A centred "REPORT BY …" line of a page layout is one cell after its indent: read as a line.
  if (line.tabbed && !(centredCell(line) && startsReportBy(t0))) {
    // Most table rows are not label rows: look at the first cell before cleaning the others.
    // The first filled cell and whether there are exactly two, without splitting the row.
    const raw = line.raw;
    let firstRaw = '';
    let filled = 0;
    for (let from = 0; from <= raw.length && filled < 3;) {
      let to = raw.indexOf('\t', from);
      if (to < 0) to = raw.length;
      if (!blankBetween(raw, from, to)) {
        if (filled === 0) firstRaw = raw.slice(from, to);
        filled++;
      }
      from = to + 1;
    }
    // A label row is a label and its value: two cells, a first cell ending in a colon, or a label and its boxes
    // ("Key decision | ☒ Yes | ☐ No").
    const boxes = filled > 2 && firstRaw.search(CHECKBOX_MARK) < 0 && raw.search(CHECKBOX_MARK) > 0;
    if (firstRaw.length > 120 || (filled !== 2 && !boxes && !firstRaw.includes(':'))) return NONE;
    const firstClean = cleanInline(firstRaw);
    if (!firstClean.includes(':') && coverFieldOf(firstClean) === null) return NONE;
    const cells = cellsOf(line).filter((c) => c !== '');
    const first = cells[0] ?? '';
    const colon = first.indexOf(':');
    if (colon > 0 && colon === first.length - 1) {
      const field = coverFieldOf(first.slice(0, colon));
      if (field) return withLabelledCells({ field, label: first.slice(0, colon), value: '' }, cells.slice(1));
    } else if (colon > 0) {
      const field = coverFieldOf(first.slice(0, colon));
      if (field) return withLabelledCells({ field, label: first.slice(0, colon), value: first.slice(colon + 1).trim() }, cells.slice(1));
    } else if ((cells.length === 2 || boxes) && (line.indent > 0 || (line.raw.split('\t')[0] ?? '').trim() !== '')) {
      // A cover table without colons: "Report of | Director of Place" (a sign-off row has more cells, a row of boxes
      // has its options). A membership table's header ("Cabinet Member | Portfolio") names a column beside it, not a value.
      const field = coverFieldOf(first);
      if (field && !MEMBERSHIP_TABLE_HEADER.beside.test(cells[1] as string)) return [{ field, label: first, value: cells.slice(1).join(' ') }];
    }
    return NONE;
  }
  const t = line.text;
  // An item of a bulleted list ("- Report to Cabinet Member: … (PDF, 412 KB)") is a list's line, not a label.
  if (LIST_BULLET.test(t)) return NONE;
  const by = REPORT_BY_LINE.exec(t);
  if (by && !/:/.test(t.slice(0, 12))) return [{ field: 'lead', label: 'Report by', value: (by[1] as string).trim() }];
  const found: FieldRead[] = [];
  const marks: Array<{ label: string; at: number; after: number }> = [];
  // Labels run on in one line are a cover's short lines; a paragraph with a colon is not one. A label
  // ends at a colon, so only the words before each colon are tried.
  for (let colonAt = t.length <= 320 ? t.indexOf(':') : -1; colonAt > 0; colonAt = t.indexOf(':', colonAt + 1)) {
    // Each inline label ends in one of a few words: check the word before the colon first.
    const word =
      /([A-Za-z()]+)\s*$/
        .exec(t.slice(Math.max(0, colonAt - 14), colonAt))?.[1]
        ?.toLowerCase()
        .replace(/\(s\)$/, '') ?? '';
    if (!INLINE_LAST_WORDS.has(word)) continue;
    const from = Math.max(0, colonAt - 45);
    const m = LABEL_BEFORE_COLON.exec(t.slice(from, colonAt));
    if (!m) continue;
    const label = m[1] as string;
    const at = from + m.index + m[0].indexOf(label);
    marks.push({ label, at, after: colonAt + 1 });
  }
  const colon = t.indexOf(':');
  const startLabel = colon > 0 && colon <= 60 ? t.slice(0, colon) : null;
  const startField = startLabel !== null && (marks.length === 0 || (marks[0] as { at: number }).at > 0) ? coverFieldOf(startLabel) : null;
  if (startField && startLabel !== null) marks.unshift({ label: startLabel, at: 0, after: colon + 1 });
  for (let k = 0; k < marks.length; k++) {
    const f = marks[k] as { label: string; at: number; after: number };
    const stop = k + 1 < marks.length ? (marks[k + 1] as { at: number }).at : t.length;
    const field = coverFieldOf(f.label);
    if (field) found.push({ field, label: f.label, value: t.slice(f.after, stop).trim() });
  }
  return found;
}

/**
 * A label row's value cells, where a later cell may start a label of its own ("Key decision: | Yes |
 * Forward Plan ref: FP/25/08/06", two labels side by side in a box).
 */
function withLabelledCells(first: FieldRead, rest: readonly string[]): FieldRead[] {
  const out: FieldRead[] = [first];
  let current = first;
  for (const cell of rest) {
    const colon = cell.indexOf(':');
    const field = colon > 0 ? coverFieldOf(cell.slice(0, colon)) : null;
    if (field !== null) {
      current = { field, label: cell.slice(0, colon), value: cell.slice(colon + 1).trim() };
      out.push(current);
    } else current.value = current.value === '' ? cell : `${current.value} ${cell}`;
  }
  return out;
}

/** Where a report cover's pieces sit, as line indexes. */
export interface CoverLayout {
  start: number;
  firstLabel: number;
  titleLines: number[];
  kindLine: number | null;
  dateLine: number | null;
  /** The record's reference printed alone as its heading above the labels, when there is one. */
  reference: number | null;
}

/** A record's reference heading (RECORD_REFERENCE_HEADING) alone in the few short lines above its labels, or -1. */
function referenceHeadingAbove(lines: Line[], firstLabel: number, floor: number): number {
  for (let j = firstLabel - 1, seen = 0; j >= floor && seen < 3; j--) {
    const l = lines[j] as Line;
    if (l.text === '') continue;
    if (RECORD_REFERENCE_HEADING.test(l.text)) return j;
    if (l.text.length > 40 || l.tabbed) return -1;
    seen++;
  }
  return -1;
}

/** Whether line j starts a new page (a PDF form feed), which ends any block above it. */
const pageStartsAt = (lines: Line[], j: number): boolean => j > 0 && (lines[j] as Line).page !== (lines[j - 1] as Line).page;

/** The contiguous block of non-blank lines of one page ending at index i (inclusive), as [first, i]. */
function blockEndingAt(lines: Line[], i: number, floor: number): number {
  let j = i;
  while (j - 1 >= floor && (lines[j - 1] as Line).text !== '' && (!(lines[j - 1] as Line).tabbed || centredCell(lines[j - 1] as Line)) && !pageStartsAt(lines, j)) j--;
  return j;
}

/** Whether a line may be part of a report title above its cover labels: a sub-item's number alone ("115.4") is none. */
function titleish(l: Line): boolean {
  return (
    (!l.tabbed || centredCell(l)) &&
    !NUMBER_ALONE_CELL.test(l.text) &&
    l.text.length <= 300 &&
    !isPageFurniture(l) &&
    !KIND_LINE.test(l.text) &&
    !findDate(l.text) &&
    coverFieldsOf(l).length === 0
  );
}

/** A short bulleted line, as a web page's list of links becomes in text ("- View the issue history"). */
const LINK_BULLET = /^[-•*]\s\S.{0,80}$/;

/** Lays out the cover around the label block that starts at `firstLabel`. */
export function layoutCover(lines: Line[], firstLabel: number, floor: number): CoverLayout {
  const labelLine = lines[firstLabel] as Line;
  LABEL_GLOBAL.lastIndex = 0;
  const m = labelLine.tabbed ? null : LABEL_GLOBAL.exec(labelLine.text);
  const inlineTitle =
    m !== null &&
    m.index > 0 &&
    !REPORT_BY_LINE.test(labelLine.text) &&
    !LABEL_AT_START.test(labelLine.text) &&
    coverFieldOf(labelLine.text.slice(0, labelLine.text.indexOf(':'))) === null;
  const titleLines: number[] = [];
  // A reference heading over the labels opens the record: what is above it is another's.
  const reference = inlineTitle ? -1 : referenceHeadingAbove(lines, firstLabel, floor);
  if (reference >= 0) {
    for (let j = reference + 1; j < firstLabel; j++) if ((lines[j] as Line).text !== '' && titleish(lines[j] as Line)) titleLines.push(j);
    return { start: reference, firstLabel, titleLines, kindLine: null, dateLine: null, reference };
  }
  let cursor = firstLabel - 1;
  if (inlineTitle) titleLines.push(firstLabel);
  else {
    while (cursor >= floor && (lines[cursor] as Line).text === '') cursor--;
    // A web page's heading over its box of details ("Issue details") is not the title: the page's title is above it.
    if (cursor >= floor && DETAILS_BOX_HEADING.test((lines[cursor] as Line).text)) {
      cursor--;
      while (cursor >= floor && (lines[cursor] as Line).text === '') cursor--;
    }
    // A web page's links between its title and the labels ("- Printable version") are not the title.
    for (let skipped = 0; cursor >= floor && skipped < 8 && LINK_BULLET.test((lines[cursor] as Line).text); skipped++) {
      cursor--;
      while (cursor >= floor && (lines[cursor] as Line).text === '') cursor--;
    }
    // A title is on its labels' page: the last lines of the page before are not it.
    if (cursor >= floor && (lines[cursor] as Line).page === labelLine.page) {
      const top = blockEndingAt(lines, cursor, floor);
      for (let j = cursor; j >= top; j--) {
        const l = lines[j] as Line;
        if (!titleish(l)) break;
        titleLines.unshift(j);
      }
      cursor = titleLines.length > 0 ? (titleLines[0] as number) - 1 : cursor;
    }
  }
  if (inlineTitle) {
    // A title wrapped above an inline label line.
    let j = firstLabel - 1;
    while (j >= floor && !pageStartsAt(lines, j + 1) && (lines[j] as Line).text !== '' && titleish(lines[j] as Line)) {
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
    // A cover starts on its own page: the lines closing the page before are not its date or kind.
    if (cursor < floor || (lines[cursor] as Line).page !== (lines[start] as Line).page) break;
    const top = blockEndingAt(lines, cursor, floor);
    if (cursor - top > 5) break;
    let blockKind: number | null = null;
    let blockDate: number | null = null;
    let signed = false;
    for (let j = top; j <= cursor; j++) {
      const l = lines[j] as Line;
      if (KIND_LINE.test(l.text)) blockKind = j;
      // A dated link in a web page's menu above the title ("- Council - 25/02/2031") is another meeting's, not the report's date.
      else if (blockDate === null && l.text.length < 200 && !LINK_BULLET.test(l.text) && findDate(l.text)) blockDate = j;
      else if (looksLikePerson(l.text)) signed = true;
    }
    // A name, a post and a date closing the agenda above are not the report's date.
    if (signed && blockKind === null) break;
    if (blockKind === null && (blockDate === null || dateLine !== null)) {
      // The committee the report goes to, printed alone above its date ("Neighbourhood Committee" / "15 January 2026").
      if (
        dateLine !== null &&
        isWholeDate((lines[dateLine] as Line).text) &&
        top === cursor &&
        !(lines[top] as Line).tabbed &&
        !/^\d/.test((lines[top] as Line).text) &&
        (lines[top] as Line).text.length < 120 &&
        !/^(?:chair(?:man|person)?|signed|dated?)\b/i.test((lines[top] as Line).text) &&
        !/[.:;]$/.test((lines[top] as Line).text) &&
        !pageStartsAt(lines, start)
      )
        start = top;
      break;
    }
    if (blockKind !== null) kindLine = blockKind;
    if (blockDate !== null && dateLine === null) dateLine = blockDate;
    start = top;
    cursor = top - 1;
    if (kindLine !== null) break;
  }
  return { start, firstLabel, titleLines, kindLine, dateLine, reference: null };
}

/** Whether a laid-out line sits in the value column of labels printed at `labelIndent`. */
function valueColumnLine(l: Line, labelIndent: number): boolean {
  return l.tabbed && (cellsOf(l)[0] ?? '') === '' && l.indent >= labelIndent + 8;
}

/** A label row of a label | value form, the label and its colon first ("Date received:   21 January 2027"). */
const FORM_LABEL_ROW = /^[A-Za-z][^:]{1,60}:(?:\s|$)/;

/** Whether line l belongs to a label | value form with its labels at `labelIndent`: a label row, a wrapped value, a blank or page furniture. */
function inForm(l: Line, labelIndent: number): boolean {
  return l.text === '' || isPageFurniture(l) || valueColumnLine(l, labelIndent) || (Math.abs(l.indent - labelIndent) <= 1 && FORM_LABEL_ROW.test(l.text));
}

/** Whether the form whose labels start at line i prints a call-in request's label (CALL_IN_REQUEST_LABEL): a request, not a cover. */
function callInRequest(lines: readonly Line[], i: number, labelIndent: number): boolean {
  for (let j = i; j < lines.length && inForm(lines[j] as Line, labelIndent); j++) if (CALL_IN_REQUEST_LABEL.test((lines[j] as Line).text)) return true;
  return false;
}

/** Whether an answer's label (QUESTION_ANSWER_LABEL) follows the labels ending at line `last` within a few lines: a question asked, not a cover. */
function questionAsked(lines: readonly Line[], last: number): boolean {
  let seen = 0;
  for (let j = last + 1; j < lines.length && seen < 8; j++) {
    const t = (lines[j] as Line).text;
    if (t === '') continue;
    if (QUESTION_ANSWER_LABEL.test(t)) return true;
    seen++;
  }
  return false;
}

/** Whether every line between the labels of the cover above (ending at `above`) and line i is that form's, over a page break. */
function formOverPageBreak(lines: readonly Line[], i: number, above: number, labelIndent: number): boolean {
  if (above < 0) return false;
  let furniture = false;
  for (let j = i - 1; j > above; j--) {
    const l = lines[j] as Line;
    if (!inForm(l, labelIndent)) return false;
    if (l.text !== '' && isPageFurniture(l)) furniture = true;
  }
  return furniture;
}

/**
 * Whether a report's recommendations or purpose heading follows line i within `within` lines, before another
 * report's cover (its title or "Report of" label): an agenda's "Report of …" notes are not covers.
 */
function headingFollows(lines: readonly Line[], i: number, within: number): boolean {
  for (let j = i + 1; j < Math.min(lines.length, i + within); j++) {
    const l = lines[j] as Line;
    const t = l.text;
    if (t !== '' && t.length < 120 && (RECOMMENDATION_HEADING.test(t) || SUMMARY_HEADING.test(t))) return true;
    if (t !== '' && coverFieldsOf(l).some((f) => f.field === 'title' || f.field === 'lead')) return false;
  }
  return false;
}

/**
 * Whether a line is the council's name with the agenda item boxed beside it ("NORTH VALE DISTRICT COUNCIL | Agenda Item
 * 4"), the name maybe wrapped onto the line under it (`next`: "North Vale" | "Agenda Item 4" over "District Council").
 */
function councilWithItem(l: Line, next: Line | undefined): boolean {
  const cells = cellsOf(l).filter((c) => c !== '');
  if (!l.tabbed || cells.length !== 2 || !COVER_ITEM_LINE.test(cells[1] as string)) return false;
  const name = cells[0] as string;
  const wrapped = next !== undefined && !next.tabbed && COUNCIL_NAME_TAIL_LINE.test(next.text) && COUNCIL_NAME_LINE.test(`${name} ${next.text}`);
  return COUNCIL_NAME_LINE.test(name) || wrapped;
}

/** The meeting's name in capitals with the item's box beside it ("CABINET | Agenda Item 7"), over a cover's title. */
function bodyWithItem(l: Line): boolean {
  const cells = cellsOf(l).filter((c) => c !== '');
  return l.tabbed && cells.length === 2 && COVER_BODY_HEADING.test(cells[0] as string) && COVER_ITEM_LINE.test(cells[1] as string);
}

/** The line of an agenda item number printed alone (or beside the council's name) in the short lines just above a cover's start, or null. */
function itemLineAbove(lines: readonly Line[], start: number, floor: number): number | null {
  for (let j = start - 1; j >= floor; j--) {
    const l = lines[j] as Line;
    if (l.text === '') continue;
    if (l.text.length > 80 || /[.:;]$/.test(l.text) || isPageFurniture(l) || l.page !== (lines[start] as Line).page) return null;
    if (COVER_ITEM_LINE.test(l.text) || councilWithItem(l, lines[j + 1])) return j;
  }
  return null;
}

/** Fields that close a record as well as open one: alone, before a run of text, they are not a cover's. */
const TRAILING: ReadonlySet<CoverField> = new Set<CoverField>(['other', 'contact']);

/** Fields that say whose report it is: with one of them, a cluster of labels is a cover. */
const WHO: ReadonlySet<CoverField> = new Set<CoverField>(['lead', 'cabinet', 'title', 'to', 'decisionNo']);

/**
 * An agenda entry's notes under its description ("Decision maker: Cabinet", "Key decision: Yes (ref …)"), as a web
 * page prints them: a decision maker and flags alone, no officer, author or title, are not a report's cover.
 */
function agendaEntryNotes(lines: Line[], from: number, to: number, fields: Set<CoverField>): boolean {
  if (fields.size !== 2 || !fields.has('lead') || !fields.has('other')) return false;
  return lines.slice(from, to + 1).every((l) => !coverFieldsOf(l).some((f) => f.field === 'lead') || DECISION_MAKER_LABEL.test(l.text));
}

/**
 * Whether laid-out line i sits right under a numbered line, indented past its number into its title's column ("5.2
 * 24/0101/FUL" over "    Site: 4 Mill Lane"): an agenda entry's details, as a planning committee's agenda prints each
 * application's site, ward and recommendation.
 */
function underNumberedEntry(lines: readonly Line[], i: number): boolean {
  const l = lines[i] as Line;
  const above = lines[i - 1];
  return above !== undefined && above.page === l.page && PARAGRAPH_NUMBER.test(above.text) && above.indent < 8 && l.indent > above.indent + 2;
}

/**
 * Whether the paragraph just above line i is a numbered agenda entry closing on the pages of its papers ("6. Budget
 * Monitoring (Pages" / "17 - 38)"): the labels under it are the entry's notes, not a report's cover.
 */
function underPagedEntry(lines: readonly Line[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (lines[j] as Line).text === '') j--;
  const para: string[] = [];
  for (; j >= 0 && para.length < 4; j--) {
    const l = lines[j] as Line;
    if (l.text === '' || l.tabbed) break;
    para.unshift(l.text);
  }
  return para.length > 0 && PARAGRAPH_NUMBER.test(para[0] as string) && AGENDA_ENTRY_PAGES.test(para.join(' '));
}

/** A decision maker's label starting a line ("Decision maker: Cabinet"). */
const DECISION_MAKER_LABEL = /^decision\s+(?:maker|taker)\s*:/i;

/**
 * Line indexes where report covers start: a cluster of cover labels (see COVER_LABELS) naming at
 * least two fields, one of them saying whose report it is or what it is about; or an author label
 * under a report kind ("Report for information").
 */
export function findReportCovers(doc: Doc): number[] {
  const { lines } = doc;
  const starts: number[] = [];
  // The last label line of the cover found last.
  let coverLast = -1;
  // A forward plan notice's labels (decision maker, date, contact) are not a report's cover.
  const notices = new Map(findNoticeBlocks(doc).map((b) => [b.header, b.end]));
  let i = 0;
  while (i < lines.length) {
    const notice = notices.get(i);
    if (notice !== undefined) {
      i = Math.max(i + 1, notice);
      continue;
    }
    const first = coverFieldsOf(lines[i] as Line);
    if (first.length === 0) {
      i++;
      continue;
    }
    // The cluster: label lines with at most four other non-blank lines between them.
    const fields = new Set<CoverField>();
    let last = i;
    let gap = 0;
    let labelIndent = (lines[i] as Line).indent;
    for (let j = i; j < lines.length && gap <= 4; j++) {
      const l = lines[j] as Line;
      if (l.text === '') continue;
      // "Agenda Item 6" over the next cover: the labels above it (agenda entries' "Report of …" notes) are another cluster.
      if (j > i && COVER_ITEM_LINE.test(l.text)) break;
      // So is a record's reference heading over the next label table: the labels above it close the record before.
      if (j > i && RECORD_REFERENCE_HEADING.test(l.text)) break;
      const f = coverFieldsOf(l);
      if (f.length === 0) {
        // A value wrapped in its column, well to the right of the labels, is not a gap in them.
        if (!(doc.layout && valueColumnLine(l, labelIndent))) gap++;
        continue;
      }
      // Closing labels (an enquiries line, "Declarations: None") with text after them end what came before: the
      // cover starts at the labels after that text.
      if (gap > 0 && fields.size > 0 && [...fields].every((x) => TRAILING.has(x))) {
        fields.clear();
        i = j;
      }
      for (const x of f) fields.add(x.field);
      last = j;
      gap = 0;
      labelIndent = l.indent;
    }
    // An agenda entry's labelled lines in its title column, right under its numbered line, describe the item, not a report.
    if (doc.layout && underNumberedEntry(lines, i)) {
      i = last + 1;
      continue;
    }
    const who = [...fields].some((f) => WHO.has(f));
    const formal =
      fields.size >= 2 &&
      who &&
      (fields.has('lead') || fields.has('cabinet') || fields.has('author') || fields.has('title')) &&
      !(fields.size === 2 && fields.has('to') && fields.has('date')) &&
      !agendaEntryNotes(lines, i, last, fields) &&
      !underPagedEntry(lines, i) &&
      !callInRequest(lines, i, labelIndent) &&
      !questionAsked(lines, last) &&
      !lines.slice(i, last + 1).some((l) => EMAIL_HEADER_LABEL.test(l.text)) &&
      // Labels naming no subject (no title, no reference) after a page break in the form above go on that cover's form.
      !(!fields.has('title') && !fields.has('decisionNo') && formOverPageBreak(lines, i, coverLast, labelIndent));
    // "Report of the Director …" alone is a cover when the report's own headings follow it.
    const reportBy = !formal && fields.size === 1 && fields.has('lead') && REPORT_BY_LINE.test((lines[i] as Line).text) && headingFollows(lines, i, 40);
    if (formal || reportBy || fields.has('author')) {
      const floor = starts.length > 0 ? (starts[starts.length - 1] as number) + 1 : 0;
      const layout = layoutCover(lines, i, Math.max(floor, i - 30));
      if (formal || reportBy || layout.kindLine !== null) {
        starts.push(itemLineAbove(lines, layout.start, Math.max(floor, layout.start - 12)) ?? layout.start);
        coverLast = last;
      }
    }
    i = last + 1;
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
  /** The committee or decision maker the report goes to ("To: Cabinet - 30 January 2025"). */
  to: string | null;
  /** A decision or record number printed on the cover ("Decision no: 24/00109"). */
  decisionNo: string | null;
  /** An agenda item number printed on the cover. */
  agendaItem: string | null;
  /** A forward plan reference printed on the cover. */
  fpRef: string | null;
  /** The row of a "Recommendations" label the cover passed over, its list in the cell beside it; null when none. */
  recommendationsAt: number | null;
  /** Line index after the last cover field. */
  end: number;
}

/** The first forward plan reference named in the cells given, or null. */
function namedReference(cells: readonly string[]): string | null {
  for (const c of cells) {
    const m = NAMED_FORWARD_PLAN_REF.exec(c.replace(/\s+/g, ' '));
    if (m) return m[1] as string;
  }
  return null;
}

/** Lead labels that may name a cabinet member as well as an officer. */
const MEMBER_OR_OFFICER_LABEL = /^(?:from|decision\s+(?:maker|taker)|decision\s+(?:taken|made)\s+by|taken\s+by)$/i;

/**
 * A cell's lines joined with spaces, except an e-mail address wrapped at a hyphen ("E-mail: ann.carter-" over
 * "boyd@…", or "ann.bell@north-" over "shire.gov.uk"), which joins with none (EMAIL_WRAP).
 */
function joinAddressWraps(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    const p = part.replace(/^\s+/, '');
    const prev = out.replace(/\s+$/, '');
    const wrapped = (EMAIL_WRAP.head.test(prev) && EMAIL_WRAP.tail.test(p)) || (EMAIL_WRAP.domainHead.test(prev) && EMAIL_WRAP.domainTail.test(p.split(/\s/)[0] ?? ''));
    out = out === '' ? part : wrapped ? `${prev}${p}` : `${out} ${part}`;
  }
  return out;
}

/** Where an author's phone or e-mail starts in the author field ("Name, Post Tel: 01632 … name@…"). */
const CONTACT_IN_AUTHOR = /\s(?:(?:tel(?:ephone)?|phone|direct (?:line|dial)|mobile|e-?mail)\b\.?\s*:?|\S+@\S+|\(?0\d{3,4}\)?\s?\d{3})/i;

/** The author without the phone and e-mail printed under the name; those are the contact when none is labelled. */
export function authorAndContact(author: string | null, contact: string | null): { author: string | null; contact: string | null } {
  if (author === null) return { author, contact };
  const m = CONTACT_IN_AUTHOR.exec(author);
  if (!m || m.index < 3) return { author, contact };
  return { author: author.slice(0, m.index).replace(/[\s,;]+$/, ''), contact: contact ?? author.slice(m.index).trim() };
}

/**
 * A whole "Name, Post" line ("Councillor A Bell, Leader of the Council", "J Cole, Chief Executive"): in a "From:"
 * value column, one such line under another is the next person, not the post wrapped on.
 */
function personWithPost(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma < 0 || SENTENCE_BROKEN.test(text) || /[,&/]\s*$/.test(text)) return false;
  const who = text.slice(0, comma).trim();
  const post = text.slice(comma + 1).trim();
  return (startsWithTitle(who) || looksLikePerson(who)) && !startsWithTitle(post) && POST_WORDS.test(post);
}

/** People after "From:" on a cover: cabinet members (councillors, portfolio holders) and officers. */
function splitFrom(entries: string[]): { members: string[]; officers: string[] } {
  const members: string[] = [];
  const officers: string[] = [];
  for (const e of entries) {
    if (/\b(?:cabinet member|portfolio holder|leader|councillor|cllr|executive member|lead member|mayor)\b/i.test(e)) members.push(e);
    else officers.push(e);
  }
  return { members, officers };
}

/**
 * A label table's row wrapped over the lines under it, as a grid table prints a Word cover table whose cells wrap: a
 * line with its label cell empty carries the value's next line (`value`); a line with the label cell alone filled
 * carries the label's tail (`value` empty). Null for a line of two filled cells, a row of its own.
 */
function wrappedCellOf(l: Line): { value: string } | null {
  const cells = cellsOf(l);
  if (cells.length !== 2) return null;
  const [label, value] = cells as [string, string];
  if (label === '' && value !== '') return { value };
  return label !== '' && value === '' && WRAPPED_LABEL_TAIL.test(label) ? { value: '' } : null;
}

/**
 * The answer a row of checkboxes gives ("☐ No ☒ Yes – paragraph 3", "Yes ☒ No ☐ If yes, …"): the ticked options' text,
 * each box printed before its option when the text opens with a box and after it otherwise, with any note outside the
 * options kept; '' when no box is ticked, null when the text has no box.
 * @example tickedAnswer('☒ Yes (ref FP/1/2)   ☐ No') // 'Yes (ref FP/1/2)'
 */
export function tickedAnswer(text: string): string | null {
  const marks = [...text.matchAll(CHECKBOX_MARK)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ticked: CHECKBOX_TICKED.test(m[0]) }));
  if (marks.length === 0) return null;
  const after = (k: number): number => marks[k]?.end ?? 0;
  const boxFirst = text.slice(0, marks[0]?.at ?? 0).trim() === '';
  const out: string[] = [];
  marks.forEach((m, k) => {
    if (m.ticked) out.push(boxFirst ? text.slice(m.end, marks[k + 1]?.at ?? text.length) : text.slice(after(k - 1), m.at));
  });
  // A note after the last option's box ("… No ☐ If yes, the reference: …") when the boxes follow their options.
  if (!boxFirst) out.push(text.slice(after(marks.length - 1)));
  return out
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .join(' ');
}

/** How many lines of text may stand between a web page's meeting details and the report's own cover labels under them. */
const DETAILS_TO_COVER_LINES = 8;

/** Whether a cover names whose report it is: a lead officer, an author or a cabinet member. */
const namesSomeone = (c: CoverFields): boolean => c.leadOfficer !== null || c.author !== null || c.cabinetMembers.length > 0;

/**
 * Reads the cover of the report that starts at `start` (before `end`). An agenda item's web page may list its meeting's
 * details first ("Committee:", "Date:", "Time:", "Venue:", "Published:") and the report's own cover table a few lines
 * under them ("Report of | …", "Author | …"): when the labels read first name no one and a cover naming someone follows
 * close under them, the two are one cover, the report's own labels first and the title above the details kept.
 */
export function parseCover(doc: Doc, start: number, end: number): CoverFields | null {
  const cover = readCover(doc, start, end);
  if (cover === null || namesSomeone(cover)) return cover;
  let next = -1;
  for (let j = cover.end, seen = 0; j < end && seen < DETAILS_TO_COVER_LINES && next < 0; j++) {
    const l = doc.lines[j] as Line;
    if (l.text === '') continue;
    seen++;
    if (coverFieldsOf(l).length > 0) next = j;
  }
  const own = next >= 0 ? readCover(doc, next, end) : null;
  if (own === null || !namesSomeone(own)) return cover;
  return {
    ...own,
    title: cover.title !== '' ? cover.title : own.title,
    kind: own.kind ?? cover.kind,
    date: own.date ?? cover.date,
    to: own.to ?? cover.to,
    decisionNo: own.decisionNo ?? cover.decisionNo,
    agendaItem: own.agendaItem ?? cover.agendaItem,
    fpRef: own.fpRef ?? cover.fpRef,
  };
}

/**
 * The value of a planning application cover's site row (APPLICATION_SITE_LABEL) among lines [from, to], with its lines
 * wrapped in the value column; null when the cover prints none.
 */
function applicationSite(doc: Doc, from: number, to: number): string | null {
  const { lines } = doc;
  for (let i = from; i <= to; i++) {
    const l = lines[i] as Line;
    const cells = l.tabbed ? cellsOf(l).filter((c) => c !== '') : [l.text];
    const head = cells[0] ?? '';
    const colon = head.indexOf(':');
    if (colon < 1 || !APPLICATION_SITE_LABEL.test(head.slice(0, colon).trim())) continue;
    const value = [head.slice(colon + 1).trim(), ...cells.slice(1)];
    for (let j = i + 1; j <= to && doc.layout && valueColumnLine(lines[j] as Line, l.indent); j++) value.push(...cellsOf(lines[j] as Line).filter((c) => c !== ''));
    const site = value.join(' ').replace(/\s+/g, ' ').trim();
    return site === '' ? null : site;
  }
  return null;
}

function readCover(doc: Doc, start: number, end: number): CoverFields | null {
  const { lines } = doc;
  let firstLabel = -1;
  for (let i = start; i < Math.min(end, start + 60); i++) {
    if (coverFieldsOf(lines[i] as Line).length > 0) {
      firstLabel = i;
      break;
    }
  }
  if (firstLabel < 0) return null;
  const layout = layoutCover(lines, firstLabel, start);
  // Each field's entries: a line under a label continues it; a blank line separates people in it.
  const values = new Map<CoverField, string[][]>();
  // The council's name, or the "Agenda Item 6" over it, printed above a title wrapped under it is not the title's first words.
  let titleLines = layout.titleLines;
  while (titleLines.length > 1 && [COUNCIL_NAME_LINE, COVER_ITEM_LINE].some((p) => p.test((lines[titleLines[0] as number] as Line).text))) titleLines = titleLines.slice(1);
  let title = titleLines.map((j) => (lines[j] as Line).text).join(' ');
  if (titleLines.includes(firstLabel)) {
    LABEL_GLOBAL.lastIndex = 0;
    const own = (lines[firstLabel] as Line).text;
    const m = LABEL_GLOBAL.exec(own);
    const prefix = m ? own.slice(0, m.index).trim() : own;
    title = title.slice(0, title.length - own.length) + prefix;
  }
  let current: { field: CoverField; entries: string[][]; indent: number } | null = null;
  // "From:" names cabinet members and officers together; other lead labels name the officer.
  let leadLabel: string | null = null;
  let blank = false;
  let i = firstLabel;
  let misses = 0;
  let lastUsed = firstLabel;
  let kindBetween: string | null = null;
  // The label column of a form row passed over (a label the cover does not use), whose wrapped value is passed over too.
  let skippedIndent: number | null = null;
  let recommendationsAt: number | null = null;
  // A block of unlabelled lines set off by blank lines between the labels (a planning report's site address between
  // "Report by: …" and its label table), and the first such block with labels after it.
  let loose: number[] = [];
  let between: number[] | null = null;
  // The answers of a "Key decision" label, which may name the reference ("Yes – reference KD/2031/027").
  const keyDecision: string[][] = [];
  for (; i < Math.min(end, firstLabel + 60); i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isPageFurniture(l)) {
      blank = true;
      continue;
    }
    const found = coverFieldsOf(l);
    if (found.length > 0) {
      if (blank && loose.length > 0) between ??= loose;
      loose = [];
      for (const f of found) {
        if (f.field === 'lead') leadLabel ??= f.label;
        const entries = values.get(f.field) ?? [];
        values.set(f.field, entries);
        const entry = [f.value];
        entries.push(entry);
        if (KEY_DECISION_LABEL.test(f.label.replace(/[\s:?]+$/, ''))) keyDecision.push(entry);
        current = { field: f.field, entries: [entry], indent: l.indent };
      }
      blank = false;
      misses = 0;
      lastUsed = i;
      skippedIndent = null;
      continue;
    }
    // A form row with a label the cover does not use ("Directorate:") ends the value above it; the cover may go on after it.
    const formIndent: number | null = current?.indent ?? skippedIndent;
    const formRow: boolean = doc.layout && formIndent !== null && sameColumnRow(l, formIndent);
    if (isLabelRow(l) || formRow) {
      // "Key decision: Yes – ref" with its reference wrapped under it in the label column: the row's reference.
      const wrappedRef = current !== null && formRow && /\bref(?:erence)?(?:\s+no\.?)?$/i.test(cellsOf(lines[lastUsed] as Line).find((c) => c !== '') ?? '');
      const refCell = wrappedRef ? (cellsOf(l).find((c) => c !== '') ?? '') : '';
      if (WRAPPED_FORWARD_PLAN_REF.test(refCell)) {
        values.set('fpRef', [...(values.get('fpRef') ?? []), [refCell]]);
        lastUsed = i;
        continue;
      }
      // The tail of a passed-over row's label wrapped under it ("Source of delegated" over "authority") is that row still.
      const labelTail = formRow && skippedIndent !== null && !blank && WRAPPED_LABEL_TAIL.test(cellsOf(l).find((c) => c !== '') ?? '');
      if (!labelTail && ++misses > 2) break;
      if (formRow && RECOMMENDATION_HEADING.test(cellsOf(l).find((c) => c !== '') ?? '')) recommendationsAt ??= i;
      skippedIndent = formRow ? formIndent : null;
      current = null;
      blank = false;
      continue;
    }
    // A grid table's row wrapped over several lines: the value's next line (or, after an empty line of the cell, its
    // next paragraph), or the label's tail wrapped in its own cell.
    const wrapped = current !== null && !doc.layout && l.tabbed ? wrappedCellOf(l) : null;
    if (wrapped !== null && current !== null && (wrapped.value !== '' || !blank)) {
      if (wrapped.value !== '') {
        const entry = blank ? [wrapped.value] : null;
        if (entry !== null) {
          (values.get(current.field) as string[][]).push(entry);
          current.entries.push(entry);
        } else (current.entries[current.entries.length - 1] as string[]).push(wrapped.value);
      }
      blank = false;
      lastUsed = i;
      continue;
    }
    // A table that is not a label table (the sign-off table) ends the cover.
    if (l.tabbed && !doc.layout) break;
    const cont = current ? (current.entries[current.entries.length - 1] as string[]) : null;
    const prev = cont?.join(' ') ?? '';
    // A value column laid out to the right: its lines start well to the right of the labels.
    const valueColumn = current !== null && doc.layout && valueColumnLine(l, current.indent);
    // The value of a form row the cover does not use, wrapped in its column: passed over with its row.
    if (current === null && skippedIndent !== null && doc.layout && valueColumnLine(l, skippedIndent)) {
      blank = false;
      continue;
    }
    if (current && cont && valueColumn) {
      const text = cellsOf(l)
        .filter((c) => c !== '')
        .join(' ');
      const nextPerson =
        current.field === 'lead' &&
        leadLabel !== null &&
        MEMBER_OR_OFFICER_LABEL.test(leadLabel.trim().replace(FORM_FIELD_NUMBER, '')) &&
        personWithPost(prev) &&
        personWithPost(text);
      if (blank || nextPerson) {
        const entry = [text];
        (values.get(current.field) as string[][]).push(entry);
        current.entries.push(entry);
      } else cont.push(text);
      blank = false;
      lastUsed = i;
      continue;
    }
    // On a page layout, a line starting left of the labels is not their value wrapped (a heading, another column).
    const leftOfLabels = doc.layout && current !== null && l.indent + 2 < current.indent;
    if (
      current &&
      cont &&
      !leftOfLabels &&
      (!blank || /[,&]$|\band$/.test(prev)) &&
      l.text.length < 200 &&
      !/^(?:\d{1,2}[.)]?\s|summary\b|purpose\b|recommendation)/i.test(l.text)
    ) {
      cont.push((current.field === 'cabinet' && (/[,&]$|\band$/.test(prev) || startsWithTitle(l.text)) ? '\n' : '') + l.text);
      blank = false;
      lastUsed = i;
      continue;
    }
    // The kind of record printed between the labels ("RECORD OF EXECUTIVE DECISION" under a reference line).
    if (kindBetween === null && layout.kindLine === null && l.text.length < 120 && KIND_LINE.test(l.text)) {
      kindBetween = l.text;
      current = null;
      blank = false;
      continue;
    }
    // Prose under the labels ends the cover, unless more labels follow soon (a "Key Decision" line, a note).
    const looseLine = !l.tabbed && l.text.length < 160 && !/[.:;]$/.test(l.text);
    loose = looseLine && (blank || loose.at(-1) === i - 1) ? [...(blank ? [] : loose), i] : [];
    if (++misses > 2) break;
    current = null;
    skippedIndent = null;
    blank = false;
  }
  // A value printed as boxes answers with the ticked ones ("☐ No ☒ Yes – paragraph 3" is "Yes – paragraph 3").
  const raw = (field: CoverField): string[] =>
    (values.get(field) ?? [])
      .map((parts) => {
        const v = joinAddressWraps(parts)
          .replace(/\s*\n\s*/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        return tickedAnswer(v) ?? v;
      })
      .filter((v) => v !== '');
  const first = (field: CoverField): string | null => raw(field)[0] ?? null;
  const cabinetRaw = (values.get('cabinet') ?? []).map((parts) =>
    parts
      .join(' ')
      .replace(/,\s*\n/g, ', ')
      .replace(/[ \t]+/g, ' ')
      .trim(),
  );
  // "Cllr A Bell, Portfolio Holder for …": the member, without the label's wording repeated as the post.
  let cabinetMembers = cabinetRaw.flatMap(splitCabinetMembers).map((c) => c.replace(PORTFOLIO_HOLDER_POST, '$1'));
  const leads = raw('lead');
  // "Report of the Head of Planning" over "Report of: A Person, Head of Planning": the value that names the person holding the post.
  let leadOfficer = leads.find((v, k) => k > 0 && v.length > (leads[0] as string).length && v.toLowerCase().endsWith((leads[0] as string).toLowerCase())) ?? leads[0] ?? null;
  // "Report of: Councillor …" (the chair presenting a review) beside "Lead officer: …": the officer leads.
  const officer = leads.find((v) => !COUNCILLOR_TITLE.test(v));
  if (leadOfficer !== null && COUNCILLOR_TITLE.test(leadOfficer) && officer !== undefined) leadOfficer = officer;
  // "From:" and "Decision taken by:" may name a councillor (a cabinet member) rather than an officer.
  const from = leadLabel !== null && MEMBER_OR_OFFICER_LABEL.test(leadLabel.trim().replace(FORM_FIELD_NUMBER, '')) ? raw('lead') : null;
  if (from) {
    const { members, officers } = splitFrom(from);
    // "Decision maker: Councillor A" over "Portfolio: Cabinet Member for B": one member, with the post as printed.
    const postsOnly = cabinetMembers.length > 0 && cabinetMembers.every((c) => MEMBER_ROLE_CELL.test(c));
    cabinetMembers = members.length === 1 && postsOnly ? [`${members[0] as string}, ${cabinetMembers.join('; ')}`] : [...cabinetMembers, ...members];
    leadOfficer = officers[0] ?? null;
  }
  // A short labelled value ("Issue type: Key decision") names the kind where no line of its own does; a purpose's sentence does not.
  const kindValue = first('kind');
  const kind =
    layout.kindLine !== null
      ? (lines[layout.kindLine] as Line).text
      : (kindBetween ?? (kindValue !== null && kindValue.length <= 40 && !/[.;]/.test(kindValue) ? kindValue : null));
  const to = first('to');
  const dateText = first('date');
  const date =
    (dateText ? findDate(dateText)?.date : null) ??
    (layout.dateLine !== null ? (findDate((lines[layout.dateLine] as Line).text)?.date ?? null) : null) ??
    (to ? (findDate(to)?.date ?? null) : null);
  const titleField = first('title');
  let itemLine: string | null = null;
  for (let j = start; j < layout.start && itemLine === null; j++) itemLine = COVER_ITEM_LINE.exec((lines[j] as Line).text)?.[1] ?? null;
  // "Agenda Item 6(a)" at the top of the block over the labels, taken off the title above: the item's number.
  for (const j of layout.titleLines) if (!titleLines.includes(j)) itemLine ??= COVER_ITEM_LINE.exec((lines[j] as Line).text)?.[1] ?? null;
  // A running header's last cell naming the item ("Cabinet – 3 May 2031 | Agenda Item 6") on the cover's page, or a
  // box beside the council's name ("NORTH VALE DISTRICT COUNCIL | Agenda Item 4").
  for (let j = start; j < firstLabel && itemLine === null; j++) {
    const l = lines[j] as Line;
    if ((l.running && l.tabbed) || councilWithItem(l, lines[j + 1]) || bodyWithItem(l)) itemLine = COVER_ITEM_LINE.exec(cellsOf(l).at(-1) ?? '')?.[1] ?? null;
  }
  // The meeting's name with the item's box beside it ("CABINET | Agenda Item 7") straight over the cover's date line,
  // left above where the report begins: the item's number.
  const above = start > 0 ? (lines[start - 1] as Line) : null;
  if (itemLine === null && above && bodyWithItem(above)) itemLine = COVER_ITEM_LINE.exec(cellsOf(above).at(-1) ?? '')?.[1] ?? null;
  const blankish = (v: string | null): string | null => (v === null || /^(?:n\/?a|none|-+|tbc|not applicable)\.?$/i.test(v) ? null : v);
  // A cover headed only by the committee's name ("PLANNING COMMITTEE") names its subject in the block between its labels.
  if (between !== null && titleLines.every((j) => COVER_BODY_HEADING.test((lines[j] as Line).text))) title = between.map((j) => (lines[j] as Line).text).join(' ');
  // A cover headed only by whom it goes to ("Report to Planning Committee") has no title of its own: the agenda's is its title.
  // A planning application's cover says what it is about in its site's row ("Location: …"): the report's title.
  const addressee = titleLines.length === 1 ? REPORT_ADDRESSEE_LINE.exec((lines[titleLines[0] as number] as Line).text) : null;
  if (addressee !== null) title = applicationSite(doc, firstLabel, lastUsed) ?? '';
  return {
    title: (titleField ?? title).trim(),
    kind,
    date,
    cabinetMembers: cabinetMembers.filter((c) => blankish(c) !== null),
    leadOfficer: blankish(leadOfficer),
    // A phone and an e-mail labelled on lines of their own ("Tel: …" / "E-mail: …") are one contact.
    ...authorAndContact(blankish(first('author')), blankish(raw('contact').join(' ') || null)),
    to: to ?? addressee?.[1] ?? null,
    decisionNo: blankish(first('decisionNo')) ?? (layout.reference !== null ? (lines[layout.reference] as Line).text : null),
    agendaItem: blankish(first('agendaItem')) ?? itemLine,
    // With no label of its own, the reference may be named inside another cell ("Key decision: Yes – Forward Plan reference …").
    fpRef:
      blankish(first('fpRef')) ??
      namedReference(raw('other')) ??
      keyDecision
        .map((parts) => parts.join(' ').replace(/\s+/g, ' '))
        .map((v) => (KEY_DECISION_ANSWER_REF.exec(v) ?? KEY_DECISION_ANSWER_SPACED_REF.exec(v))?.[1])
        .find((r) => r !== undefined) ??
      null,
    recommendationsAt,
    end: lastUsed + 1,
  };
}
