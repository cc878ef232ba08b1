import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, headingTextOf, labelCellOf, nextNonBlank, outcomeHeadingAt, prevNonBlank } from './doc.ts';
import { findDate, isWholeDate } from './date-text.ts';
import {
  FILE_SIZE,
  COVER_ITEM_LINE,
  COVER_LABELS,
  ACTION_NUMBER_HEADER,
  BODY_DATE_LINE,
  DECISION_BLOCK,
  DECISION_SECTION_HEADINGS,
  DECISIONS_HEADING,
  DETERMINATION_HEADING,
  GENERIC_MEETING,
  HEADER_LABELS,
  LETTER_SALUTATION,
  ITEM_MARKER,
  ITEM_SUFFIX,
  MINUTE_NUMBERS,
  MEETING_DATE_LABEL,
  MEETING_END,
  MEETING_END_VERB,
  ITEM_FIELD_LABEL,
  HEADING_RUN_ON,
  MEETING_PAGE_LINK,
  MINUTES_HEADING,
  SECOND_LANGUAGE_MINUTES_HEADING,
  TITLE_SEGMENT,
  WEB_BLOCK,
  WEB_DECISION_BLOCKS,
  WEB_INLINE_BLOCK,
  WEB_ITEM_HEADER,
  WEB_DETAILS_ROW,
  WEB_LIST_NUMBER,
  WEB_ITEM_PAGE_HEADING,
  WEB_ITEM_PAGE_MEETING,
  WEB_MEETING_ITEM,
  WEB_RECORD_BLOCKS,
  WEB_SECTION_ITEM,
  webNumberedSection,
  MINUTE_DISCUSSION_COLUMN,
  PLAN_ACTION_COLUMN,
  PLAN_GROUP_COLUMN,
  PLAN_PROMPT_COLUMN,
  PLAN_RESPONSE_COLUMN,
  RECORD_DATE_LABELS,
  RESOLUTION_LEADS,
  SENTENCE_END,
  mayBeBodyDateLine,
  TRACKER_COLUMNS,
  WORK_PROGRAMME_COLUMNS,
  WORK_PROGRAMME_INTRO_LINES,
  PRIVATE_NOTICE_HEADING,
} from './layouts.ts';
import { privateNoticeTable } from './forward-plan.ts';
import { planHeading } from './action-plan.ts';
import { attendanceLabelOf } from './names.ts';
import { registerColumns } from './attendance-register.ts';
import { findNoticeBlocks } from './notice-blocks.ts';
import { coverFieldsOf, findReportCovers } from './report-cover.ts';
import { isDecisionTableHeader } from './minute-table.ts';
import { inEitherLanguage, isPageFurniture } from './text-normalise.ts';
import { markerOf } from './marked-list.ts';

/** The kinds of part a pack is made of. */
export type PartKind = 'minutes' | 'report' | 'forward-plan' | 'work-programme' | 'tracker' | 'action-plan' | 'web-meeting';

/** A part of the pack and the lines it spans. */
export interface Part extends Span {
  kind: PartKind;
  /** Line index of the part's heading or table header, when it has one. */
  header: number | null;
  /** The detector that found it, for warnings and tests. */
  detector: string;
}

/** Where a detector saw a part begin. */
export interface PartStart {
  kind: PartKind;
  start: number;
  header: number | null;
}

/**
 * Where a part ends when its detector knows, by document, detector and start line: the part's lines are then
 * closed to the other detectors (a run of notices, a record of decisions whose items carry cover labels).
 */
const knownEnds = new WeakMap<Doc, Map<string, number>>();

/** Records that the part `detector` found starting at `start` ends at `end` (undefined: not known); returns the start. */
function endsAt(doc: Doc, detector: string, start: PartStart, end: number | undefined): PartStart {
  if (end === undefined) return start;
  let ends = knownEnds.get(doc);
  if (!ends) knownEnds.set(doc, (ends = new Map()));
  ends.set(`${detector}:${start.start}`, end);
  return start;
}

/**
 * A part detector: one shape of document that councils share, found by structure. The registry
 * below is the extractor's list of what a pack can hold; a new shape is a new entry with a test.
 */
export interface PartDetector {
  name: string;
  kind: PartKind;
  /** What the detector looks for, in a few words, for the message when nothing is recognised. */
  looksFor: string;
  find(doc: Doc): PartStart[];
  /** Whether the part's span is closed to the other detectors (a web page's table holds its own minutes). */
  claims?: boolean;
}

const FP_HEADER_REF = /^(?:fp|forward plan|key decision)?\s*ref(?:erence)?s?\.?(?: no\.?)?$/i;

/** A forward plan column saying when a decision is due or who takes it. */
const FP_WHEN_OR_WHO = /\bdate\b|\bwhen\b|\bmonth\b|\bdue\b|\bperiod\b|\bmeeting\b|maker|taker|\bby\b|\bwho\b|cabinet|council|portfolio/i;

function isForwardPlanHeader(line: Line): boolean {
  if (!line.tabbed || line.text.length > 600 || !/decision/i.test(line.text) || !/\bref|\bdate\b|\bwhen\b/i.test(line.text)) return false;
  const cells = cellsOf(line);
  const hasDecision = cells.some((c) => /decision/i.test(c));
  // A plan says when each decision is due or who takes it: a table of decisions already made ("Ref | Site | Decision | Vote") is not one.
  if (cells.some((c) => FP_HEADER_REF.test(c)) && hasDecision && cells.some((c) => FP_WHEN_OR_WHO.test(c))) return true;
  // A plan without reference numbers: a decision-date column, a decision-maker column and the matter.
  return (
    cells.some((c) => /^(?:(?:expected |proposed |planned )?(?:date of |decision )?(?:decision )?date|date(?: of decision)?|decision due)$/i.test(c)) &&
    cells.some((c) => /decision[- ]?(?:maker|taker|taken by)|^(?:who will decide|decision by)$/i.test(c)) &&
    cells.some((c) => /^(?:matter|subject|issue|title|decision|matter for decision|key decision|description)/i.test(c))
  );
}

const STATUS_WORD = /\b(?:status|rag)\b/i;

export function isTrackerHeader(line: Line): boolean {
  const t = line.text;
  if (!line.tabbed || t.length > 400 || !(STATUS_WORD.test(t) || /accepted|agreed/i.test(t))) return false;
  const cells = cellsOf(line);
  return (
    cells.some((c) => /outcome|recommendation|action agreed/i.test(c)) && cells.some((c) => TRACKER_COLUMNS.status.test(c)) && cells.some((c) => /owner|lead|responsib/i.test(c))
  );
}

/**
 * Whether a row is an action plan header: a number column, an action column and an owner column. The number column's
 * heading may wrap onto the line below ("Action" over "no."), the header's second line.
 */
export function isActionPlanHeader(line: Line, below?: Line): boolean {
  if (!line.tabbed || line.text.length > 400) return false;
  // On a page layout the row's indent is an empty first cell.
  const cellsOfRow = (l: Line): string[] => cellsOf(l).filter((c, k) => k > 0 || c !== '');
  // A plan grouping its rows under a first column ("Review"), each group numbered afresh, is read from its number column.
  const cells = cellsOfRow(line);
  if (cells.length > 3 && PLAN_GROUP_COLUMN.test(cells[0] as string) && ACTION_NUMBER_HEADER.test(cells[1] as string)) {
    // It tracks what a review recommended and the response to it ("Recommendation" | "Cabinet response"), or its actions.
    const answers = cells.some((c) => PLAN_PROMPT_COLUMN.test(c)) && cells.some((c) => PLAN_RESPONSE_COLUMN.test(c));
    return (answers || cells.some((c, k) => k > 1 && PLAN_ACTION_COLUMN.test(c))) && cells.some((c) => /owner|lead|responsib/i.test(c));
  }
  if (!/action/i.test(line.text)) return false;
  if (cells.some((c) => MINUTE_DISCUSSION_COLUMN.test(c))) return false;
  const numbered = /^[^\w#]{0,8}(?:#|no\.?|ref\.?|number|item)[^\w#]/i.test(line.raw);
  // A plan answering a review numbers its rows by the recommendation ("Rec no.").
  if (!numbered && !/^[^\w#]{0,8}(?:action|item|ref|rec(?:ommendation)?\s+no)\b/i.test(line.raw)) return false;
  // The number column's heading wrapped ("Action" over "no."): the word under it may be a line of its own on a page layout.
  const under = below !== undefined && (below.tabbed || (below.text.length <= 12 && Math.abs(below.indent - line.indent) <= 2));
  const wrapped = under ? `${cells[0] ?? ''} ${cellsOfRow(below)[0] ?? ''}` : '';
  return (
    (ACTION_NUMBER_HEADER.test(cells[0] ?? '') || ACTION_NUMBER_HEADER.test(wrapped)) &&
    cells.some((c, k) => k > 0 && PLAN_ACTION_COLUMN.test(c)) &&
    cells.some((c) => /owner|lead|responsib/i.test(c))
  );
}

function headingLike(line: Line): boolean {
  // On a page layout an indented (centred) heading is one cell after its indent: still a heading.
  return (!line.tabbed || oneCell(line)) && line.text.length <= 160 && !/^\d/.test(line.text);
}

/** Whether a tabbed line holds one filled cell (a laid-out line's indent is an empty first cell). */
function oneCell(line: Line): boolean {
  let filled = 0;
  for (const c of cellsOf(line)) if (c !== '' && ++filled > 1) return false;
  return filled === 1;
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

/**
 * Whether a work programme's column header row ("Meeting date | Item | Lead officer") follows line i past a few
 * paragraphs introducing the programme (how it is agreed, what changed since the last meeting).
 */
function programmeColumnsFollow(lines: Line[], i: number, end: number): boolean {
  for (let j = i + 1, seen = 0; j < end && seen < WORK_PROGRAMME_INTRO_LINES; j++) {
    const l = lines[j] as Line;
    if (l.text === '') continue;
    seen++;
    if (ITEM_MARKER.test(l.text)) return false;
    if (!l.tabbed) continue;
    const cells = cellsOf(l).filter((c) => c !== '');
    const has = (re: RegExp): boolean => cells.some((c) => re.test(c));
    if (has(WORK_PROGRAMME_COLUMNS.date) && has(WORK_PROGRAMME_COLUMNS.item) && has(WORK_PROGRAMME_COLUMNS.lead)) return true;
  }
  return false;
}

/**
 * Whether laid-out line i sits under a numbered line's title, indented past its number ("3.  Cofnodion …" over
 * "    Minutes of the meeting held on …"), right under it or after one blank line: the item's title in a second
 * language, wrapped, or its note ("3.  MINUTE OF PREVIOUS MEETING", a blank, "    Minute of Meeting of … (copy attached)"),
 * not a part's heading.
 */
function underNumberedTitle(lines: Line[], i: number): boolean {
  const l = lines[i] as Line;
  const above = lines[i - 1]?.text === '' ? lines[i - 2] : lines[i - 1];
  return l.indent > 0 && above !== undefined && above.text !== '' && /^\d{1,3}[.)]?\s+\S/.test(above.text) && l.indent > above.indent + 1;
}

/** A work programme heading: "Scrutiny Work Programme", "Work Programme 2024/25", "Board Work Programme – January 2020". */
const WORK_PROGRAMME_HEADING = /\bwork ?programme\b(?:\s*[-–—:]?\s*(?:[a-z]+\s+)?\d{4}(?:\s*[-/]\s*\d{2,4})?)?$/i;

/**
 * Whether a heading carries a minute number with a body's letters ("CP 46 Work Programme", "FRA/24/37 Work Programme"):
 * the minute that noted the programme, as a heading with a leading figure is, not the programme itself.
 */
function letterNumberedHeading(t: string): boolean {
  return MINUTE_NUMBERS.some((s) => s.name !== 'plain' && s.pattern.test(t));
}

/** Whether a line starts a minute of minutes: a numbered heading, an agenda-item suffix or an "(Item N)" pointer. */
function minuteLike(l: Line): boolean {
  const t = l.text;
  if (ITEM_MARKER.test(t)) return true;
  if (t.length < 300 && /agenda\s+item/i.test(t) && ITEM_SUFFIX.test(t)) return true;
  return t.length < 160 && MINUTE_NUMBERS.some((s) => s.name !== 'plain' && !s.paired && s.pattern.test(t));
}

/** Whether the lines after a heading read as minutes: attendance labels or minute headings soon after. */
function minutesFollow(lines: Line[], i: number, end: number): boolean {
  let seen = 0;
  let plain = 0;
  for (let j = i + 1; j < end && seen < 30; j++) {
    const l = lines[j] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    seen++;
    if (attendanceLabelOf(l.text) || minuteLike(l) || registerColumns(l) !== null) return true;
    if (/^\d{1,4}[.)]?\s+\S/.test(l.text) && l.text.length < 100) plain++;
    if (plain >= 2) return true;
  }
  return false;
}

/** The upper-case body and council lines printed just above a minutes heading, which belong to it. */
function bodyLinesAbove(lines: Line[], i: number): number {
  let start = i;
  let blanks = 0;
  for (let j = i - 1, taken = 0; j >= 0 && taken < 3; j--) {
    const l = lines[j] as Line;
    if (l.text === '') {
      if (++blanks > 3) break;
      continue;
    }
    if (isPageFurniture(l)) break;
    const upper = l.text === l.text.toUpperCase() && /[A-Z]{3}/.test(l.text);
    if (l.text.length > 100 || /[.:;]$/.test(l.text) || !(upper || BODY_DATE_LINE.test(l.text))) break;
    start = j;
    taken++;
    blanks = 0;
    // A page break above the body lines ends the document before.
    if (j > 0 && l.page !== null && (lines[j - 1] as Line).page !== l.page) break;
  }
  return start;
}

/**
 * A minutes heading, one half of a bilingual heading ("COFNODION … / MINUTES OF THE CABINET MEETING"), or a web page's
 * title whose segments (split at a dash or a bar) name the body, the record and the date ("Licensing Panel – minutes – 3 May 2031").
 */
function minutesHeadingIn(t: string): boolean {
  return inEitherLanguage(MINUTES_HEADING, t) || segmentedMinutesTitle(t);
}

/** A page title of three segments, the body, the record and the date ("Licensing Panel – minutes – 3 May 2031"), whatever letter the body starts with. */
function segmentedMinutesTitle(t: string): boolean {
  if (!t.includes('inutes') && !t.includes('INUTES')) return false;
  const segments = t.split(TITLE_SEGMENT);
  return segments.length === 3 && MINUTES_HEADING.test((segments[1] as string).trim()) && findDate(segments[2] as string) !== null;
}

/**
 * Whether a heading wrapped into paragraphs of its own (a web page's, one paragraph a line) runs on past the blank
 * line after `block`: its bracket is still open ("… TOWN COUNCIL (FULL" over "COUNCIL)"), or the next paragraph
 * carries on its sentence in lower case ("held in … on Monday …").
 */
function headingRunsOn(block: string, lines: readonly Line[], from: number): boolean {
  const next = nextNonBlank(lines as Line[], from, Math.min(lines.length, from + 2));
  if (next < 0) return false;
  const t = (lines[next] as Line).text;
  if (t.length > 300 || attendanceLabelOf(t)) return false;
  return block.split('(').length > block.split(')').length || HEADING_RUN_ON.test(t);
}

/**
 * Whether heading line i is the second language's half of the heading at `header`: a few lines below it, with no
 * attendance label or minute between them.
 */
function secondHalfOf(lines: readonly Line[], header: number, i: number): boolean {
  let seen = 0;
  for (let j = header + 1; j < i; j++) {
    const l = lines[j] as Line;
    if (l.text === '') continue;
    if (++seen > 3 || attendanceLabelOf(l.text) || minuteLike(l)) return false;
  }
  return i > header;
}

/** "Minutes of a meeting of …", "MINUTES of the meeting held …", or "MINUTES OF" between the body and the meeting. */
const minutesHeading: PartDetector = {
  name: 'minutes-heading',
  looksFor: 'a "Minutes of …" heading',
  kind: 'minutes',
  find(doc) {
    const { lines } = doc;
    const out: PartStart[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as Line;
      const t = l.text;
      // A heading starts with a capital ("Minutes", "MINUTES OF", "Notes of the meeting"); prose with "the minutes" does not.
      // A bilingual one starts with the other language's word, whatever its letter ("COFNODION / MINUTES").
      if (
        t === '' ||
        t.length > 400 ||
        !(HEADING_FIRST.has(t.charCodeAt(0)) || t.includes(' / ') ? minutesHeadingIn(t) || SECOND_LANGUAGE_MINUTES_HEADING.test(t) : segmentedMinutesTitle(t))
      )
        continue;
      // A running header ("Council   Cofnodion / Minutes – 3 May 2031" atop every page) heads pages, not the minutes; a
      // numbered minute whose title is the record it approves ("46/26  COFNODION / MINUTES") is a minute of them.
      if (l.running || minuteLike(l)) continue;
      // A bilingual heading printed twice, one language over the other ("Cofnodion cyfarfod …" over "Minutes of the
      // meeting …"): the second half heads the same record as the first.
      const prevHeader = out[out.length - 1]?.header ?? null;
      if (prevHeader !== null && secondHalfOf(lines, prevHeader, i)) continue;
      // A link to the minutes as a file ("Minutes – 3 May (PDF, 212 KB)") is not their heading.
      if (t.search(FILE_SIZE) >= 0) continue;
      const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 4));
      if (next >= 0 && ITEM_MARKER.test((lines[next] as Line).text)) continue;
      if (/agenda\s+item/i.test(t) || underNumberedTitle(lines, i)) continue;
      // The heading block: the line with up to three lines around it must carry the meeting's date.
      // A bilingual heading prints each line twice, Welsh then English: its date may stand a line further down.
      let block = t;
      const reach = t.includes(' / ') ? 5 : 3;
      for (let j = i + 1, k = 0; j < lines.length && k < reach; j++) {
        const n = lines[j] as Line;
        if (n.text === '') {
          if (k > 0 && !headingRunsOn(block, lines, j + 1)) break;
          continue;
        }
        if (attendanceLabelOf(n.text)) break;
        block += ` ${n.text}`;
        k++;
      }
      const above = prevNonBlank(lines, i - 1, Math.max(0, i - 4));
      const withAbove = above >= 0 ? `${(lines[above] as Line).text} ${block}` : block;
      if (!findDate(withAbove) && !/\bmeeting of\b.*\bheld\b/i.test(block)) continue;
      if (!minutesFollow(lines, i, lines.length)) continue;
      out.push({ kind: 'minutes', start: bodyLinesAbove(lines, i), header: i });
    }
    return withLabelsOver(lines, out);
  },
};

/**
 * A page's section heading over the minutes' own ("Minute of Previous Meeting", a status line "Approved on …", then
 * "MINUTE of MEETING of … held on …"): a label over the one record, whatever date its status line gives, not a record
 * of its own. The record starts at the label and is headed by the minutes' own heading.
 */
function withLabelsOver(lines: readonly Line[], starts: PartStart[]): PartStart[] {
  const out: PartStart[] = [];
  for (const s of starts) {
    const prev = out[out.length - 1];
    if (prev && prev.header !== null && labelOnly(lines, prev.header + 1, s.start)) {
      out[out.length - 1] = { kind: 'minutes', start: prev.start, header: s.header };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Whether lines from..to hold at most two short lines and no attendance or minute: what a section label's status line is. */
function labelOnly(lines: readonly Line[], from: number, to: number): boolean {
  let seen = 0;
  for (let j = from; j < to; j++) {
    const l = lines[j] as Line;
    // A meeting page's links and help line between its title and the record are its chrome.
    if (l.text === '' || isPageFurniture(l) || MEETING_PAGE_LINK.test(l.text)) continue;
    if (++seen > 2 || l.text.length > 120 || attendanceLabelOf(l.text) || minuteLike(l)) return false;
  }
  return to > from;
}

// Cheap tests on a line's first character, before a detector's pattern is tried on it.
const HEADING_FIRST = new Set([...'MNRADCU'].map((c) => c.charCodeAt(0)));
const DECISIONS_FIRST = new Set([...'dnrspec'].map((c) => c.charCodeAt(0)));
const PRESENT_FIRST = new Set([...'pmcsa'].map((c) => c.charCodeAt(0)));

/** Whether a line ends in a year ("… 3rd September 2019") or a numeric date ("… 3/9/19"), by its last characters. */
function endsWithDate(t: string): boolean {
  const n = t.length;
  if (n < 6 || !digitAt(t, n - 1) || !digitAt(t, n - 2)) return false;
  if (digitAt(t, n - 3) && digitAt(t, n - 4) && (t.charCodeAt(n - 5) === 32 || t.charCodeAt(n - 5) === 47 || t.charCodeAt(n - 5) === 46)) return true;
  const sep = t.charCodeAt(n - 3);
  return sep === 47 || sep === 46;
}

// A module-level function, not a closure made per call: tsx (keepNames) names every closure it makes, which is slow per line.
function digitAt(t: string, k: number): boolean {
  const c = t.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/** A record's closing contact ("Contact for enquiries: …"): still the record's, not a part of its own. */
const CONTACT_LABELS = COVER_LABELS.filter((c) => c.field === 'contact').map((c) => c.pattern);

/**
 * A decision block: "Decision:" or "DECISION" as a line, or "Decision" as the label of a label table's row, its value
 * beside it, or the header row of a table of decisions, one row a decision ("Item | Decision | Reasons").
 */
function decisionBlockAt(l: Line): boolean {
  return DECISION_BLOCK.test(l.text) || (l.tabbed && (DECISION_BLOCK.test(labelCellOf(l)) || isDecisionTableHeader(l)));
}

/** "DECISION NOTICE", "Record of Decisions": a meeting's decisions, read as its minutes. */
const decisionsHeading: PartDetector = {
  name: 'decisions-heading',
  looksFor: 'a decision notice',
  kind: 'minutes',
  find(doc) {
    const { lines } = doc;
    const out: PartStart[] = [];
    for (let i = 0; i < lines.length; i++) {
      const t = headingTextOf(lines[i] as Line);
      // The heading starts with its own words, or with the Act it is made under ("… ACT 2003: NOTICE OF DETERMINATION").
      if (
        t === '' ||
        t.length > 120 ||
        !(DECISIONS_FIRST.has(t.charCodeAt(0) | 0x20) || t.includes('ct ') || t.includes('CT ') || t.includes('ECISION') || t.includes('ecision')) ||
        !DECISIONS_HEADING.test(t) ||
        /[,;]$/.test(t) ||
        // "Decisions" or "Decision made" alone under a notice's heading heads the notice's own decisions, not another notice.
        (out.length > 0 && DECISION_BLOCK.test(t))
      )
        continue;
      // The meeting's date within the next few lines (or labelled in the notice's "Label: value" block), and a "Decision:" block soon after.
      let dated = false;
      for (let j = i, k = 0; j < lines.length && k < 24 && !dated; j++) {
        const n = (lines[j] as Line).text;
        if (n === '') continue;
        k++;
        // A label table's date row ("Date   Wednesday 3 June 2031") under a preamble dates the meeting too.
        const l = lines[j] as Line;
        if ((k <= 6 || MEETING_DATE_LABEL.test(n) || (l.tabbed && HEADER_LABELS.date.test(labelCellOf(l)))) && findDate(n)) dated = true;
      }
      let decisions = 0;
      for (let j = i + 1; j < Math.min(lines.length, i + 120); j++) if (decisionBlockAt(lines[j] as Line) || outcomeHeadingAt(lines, j)) decisions++;
      if (dated && decisions > 0) out.push(endsAt(doc, 'decisions-heading', { kind: 'minutes', start: bodyLinesAbove(lines, i), header: i }, decisionRecordEnd(doc, i)));
    }
    return out;
  },
};

/**
 * A letter giving the parties notice of a hearing's determination: after its salutation ("Dear …"), a subject, a
 * "Label: value" block dating the hearing ("Date of hearing: …") and a "Determination" heading. Read as the hearing's
 * minutes, from the subject on; the letterhead above is the letter's, not the meeting's.
 */
const hearingNotice: PartDetector = {
  name: 'hearing-notice',
  looksFor: "a letter giving notice of a hearing's determination",
  kind: 'minutes',
  find(doc) {
    const { lines } = doc;
    const out: PartStart[] = [];
    for (let i = 0; i < lines.length; i++) {
      const t = (lines[i] as Line).text;
      if (t === '' || !MEETING_DATE_LABEL.test(t) || !findDate(t)) continue;
      let determination = false;
      for (let j = i + 1; j < Math.min(lines.length, i + 40) && !determination; j++) determination = DETERMINATION_HEADING.test((lines[j] as Line).text);
      let subject = -1;
      for (let j = i - 1, k = 0; j >= 0 && k < 12 && subject < 0; j--) {
        const a = (lines[j] as Line).text;
        if (a === '') continue;
        k++;
        if (LETTER_SALUTATION.test(a)) subject = nextNonBlank(lines, j + 1, i);
      }
      if (determination && subject >= 0) out.push({ kind: 'minutes', start: subject, header: subject });
    }
    return out;
  },
};

/**
 * Where a record of decisions ends when its items carry report-cover labels ("Portfolio:", "Report of:") between
 * their decision blocks: after the last decision block and the sections under it (reasons, alternatives,
 * declarations). Undefined when no cover starts among the decision blocks, so the record's end is left to the parts after it.
 */
function decisionRecordEnd(doc: Doc, header: number): number | undefined {
  const { lines } = doc;
  let lastBlock = -1;
  // A long record runs on while its decision blocks do: each within 120 lines of the one before.
  for (let j = header + 1; j < Math.min(lines.length, Math.max(header, lastBlock) + 120); j++) if (decisionBlockAt(lines[j] as Line)) lastBlock = j;
  if (lastBlock < 0 || !findReportCovers(doc).some((c) => c > header && c < lastBlock)) return undefined;
  // A table of decisions runs on while its rows do (its items' cells carry the cover labels), to the meeting's close.
  const table = isDecisionTableHeader(lines[lastBlock] as Line);
  // The labels every item's block repeats ("Vote:", "Speakers:", two items at least printing each): the last item's
  // fields under its decision, and a list under a label alone ("Speakers:" over a bullet each), are still the record's.
  const seen = new Map<string, number>();
  for (let j = header + 1; j < lastBlock; j++) {
    const label = ITEM_FIELD_LABEL.exec((lines[j] as Line).text)?.[1]?.toLowerCase();
    if (label !== undefined) seen.set(label, (seen.get(label) ?? 0) + 1);
  }
  let listed = false;
  let blank = false;
  for (let j = lastBlock + 1; j < lines.length; j++) {
    const t = (lines[j] as Line).text;
    if (t === '' || isPageFurniture(lines[j] as Line)) {
      blank = true;
      continue;
    }
    const field = ITEM_FIELD_LABEL.exec(t);
    if ((field && (seen.get((field[1] as string).toLowerCase()) ?? 0) >= 2) || (listed && markerOf(t)?.style === 'bullet')) {
      listed = field !== null ? /:\s*$/.test(t) : listed;
      blank = false;
      continue;
    }
    listed = false;
    // The meeting's close after the last item's block is the record's last line (a table's rows run on to it, below).
    if (!table && t.length < 200 && MEETING_END_VERB.test(t) && MEETING_END.test(t)) return j + 1;
    if (table && ((lines[j] as Line).tabbed || (t.length < 200 && MEETING_END.test(t)))) {
      blank = false;
      continue;
    }
    // A section's heading alone, as a table's label cell, or as the label of its "Reasons: …" line.
    const label = t.split(':')[0] as string;
    if (
      blank &&
      !DECISION_SECTION_HEADINGS.some((h) => h.pattern.test(t) || h.pattern.test(labelCellOf(lines[j] as Line)) || (t.includes(':') && h.pattern.test(label))) &&
      !CONTACT_LABELS.some((p) => p.test(label))
    )
      return j;
    blank = false;
  }
  return lines.length;
}

/** The first row of the label table whose row is line i: rows labelled as a meeting's header is, and values wrapped under them. */
function labelTableTop(lines: readonly Line[], i: number): number {
  let top = i;
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j] as Line;
    if (!l.tabbed) break;
    if (l.raw.startsWith('\t')) continue;
    if (!Object.values(HEADER_LABELS).some((re) => re.test(labelCellOf(l)))) break;
    top = j;
  }
  return top;
}

/** "Parish Council - 3rd September 2019" above a Present list or a "MINUTES of the meeting held …" line. */
const minutesBodyDate: PartDetector = {
  name: 'minutes-body-date',
  looksFor: 'a body and date over a Present list',
  kind: 'minutes',
  find(doc) {
    const { lines } = doc;
    const out: PartStart[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as Line;
      const t = l.text;
      // A running header ("Committee – 3 May 2031" atop every page) heads pages, not the minutes.
      if (l.running) continue;
      // The date ends the line (a year, or a numeric date): cheap tests before the full pattern.
      const bd = t === '' || t.length > 140 || !endsWithDate(t) || !mayBeBodyDateLine(t) ? null : BODY_DATE_LINE.exec(t);
      if (!bd || GENERIC_MEETING.test((bd[1] as string).trim()) || /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(bd[1] as string)) continue;
      if (/^(?:date|meeting|issued|published|dated|signed|to|next meeting)\b/i.test(l.text)) continue;
      // A label table's row dating the record ("Publication date   Thursday 6 March 2031") names no body.
      if (l.tabbed && RECORD_DATE_LABELS.test(`${labelCellOf(l)}:`)) continue;
      for (let j = i + 1, seen = 0; j < lines.length && seen < 4; j++) {
        const n = lines[j] as Line;
        if (n.text === '' || isPageFurniture(n)) continue;
        seen++;
        // A web page's details list under its heading ("Date and time:", "Venue:" beside their values): a meeting's
        // page, whose attendees and agenda items are read with its items (the web-meeting readers), not minutes.
        if (n.tabbed && WEB_DETAILS_ROW.test(n.raw)) break;
        const label = attendanceLabelOf(n.text);
        const headed = MINUTES_HEADING.test(n.text) && /\bheld\b/i.test(n.text);
        // A running header over the minutes' own heading is the page's, not the minutes': the heading starts the part. So is
        // a web page's title over the heading with other lines between (a posting line, a draft notice, the body in capitals).
        if (headed && (l.running || seen > 1)) break;
        if ((label && label.kind === 'present') || headed) {
          out.push({ kind: 'minutes', start: i, header: i });
          break;
        }
      }
    }
    return out;
  },
};

/**
 * Whether line `i` is inside a paragraph of prose, not a heading block: a block of three lines or more with no blank
 * between, untabbed, one of them ending a sentence and starting another ("… Order 2031. It will act until 1 April
 * 2033, when …") and the last ending in a full stop. A date such a paragraph mentions is not the meeting's.
 */
function insideProse(lines: readonly Line[], i: number): boolean {
  let from = i;
  let to = i;
  while (from > 0 && (lines[from - 1] as Line).text !== '' && !(lines[from - 1] as Line).tabbed) from--;
  while (to + 1 < lines.length && (lines[to + 1] as Line).text !== '' && !(lines[to + 1] as Line).tabbed) to++;
  if (to - from < 2 || (lines[i] as Line).tabbed || !/\.$/.test((lines[to] as Line).text)) return false;
  for (let j = from; j <= to; j++) if (SENTENCE_END.test((lines[j] as Line).text)) return true;
  return false;
}

/**
 * Minutes with no "Minutes" heading: a Present list under a heading block that gives the meeting's
 * date ("Meeting of the Scrutiny Committee" / "Thursday 6 March 2025, 6pm").
 */
const minutesPresentLabel: PartDetector = {
  name: 'minutes-present-label',
  looksFor: 'a Present list under a dated heading',
  kind: 'minutes',
  find(doc) {
    const { lines } = doc;
    const out: PartStart[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as Line;
      const t = l.text;
      if (t === '' || t.length > 2000 || !PRESENT_FIRST.has(t.charCodeAt(0) | 0x20) || !/^(?:present|members present|councillors present|sederunt|attendance)\b/i.test(t)) continue;
      // The label alone in a label table's first cell ("Present   Councillor A Bell"), no colon after it.
      if ((attendanceLabelOf(t) ?? (l.tabbed ? attendanceLabelOf(labelCellOf(l)) : null))?.kind !== 'present') continue;
      // The dated heading within the few lines above.
      let dated = -1;
      for (let j = i - 1, k = 0; j >= 0 && k < 6; j--) {
        const a = lines[j] as Line;
        if (a.text === '') continue;
        k++;
        // A label row dating the record ("Date of publication", "Call-in deadline"), not the meeting: the search goes on above it.
        if (a.tabbed && RECORD_DATE_LABELS.test(`${labelCellOf(a)}:`)) continue;
        if (a.text.length < 200 && findDate(a.text) && !insideProse(lines, j)) {
          dated = j;
          break;
        }
      }
      // A label table's date row ("Date   Tuesday, 3 June 2031") is the heading's date, not a body-and-date line.
      const datedLine = lines[dated] as Line | undefined;
      if (!datedLine || (BODY_DATE_LINE.test(datedLine.text) && !HEADER_LABELS.date.test(labelCellOf(datedLine))) || !minutesFollow(lines, i, lines.length)) continue;
      // A body-and-date line is the other detector's; under a "Minutes …" or "Decision notice" heading the
      // other detectors have found the part already.
      // The few lines above are counted from the date up: a label table's other rows between it and the label do not count.
      let headed = false;
      for (let j = i - 1, k = 0; j >= 0 && k < 12 && !headed; j--) {
        const a = (lines[j] as Line).text;
        if (a === '') continue;
        if (j <= dated || !(lines[j] as Line).tabbed) k++;
        headed = a.length < 400 && (inEitherLanguage(MINUTES_HEADING, a) || DECISIONS_HEADING.test(a));
      }
      if (headed) continue;
      let start = dated;
      const above = prevNonBlank(lines, dated - 1, Math.max(0, dated - 3));
      if (above >= 0 && (lines[above] as Line).text.length < 120 && !/[.:;]$/.test((lines[above] as Line).text)) start = above;
      // A label table's date row: the table's rows above it ("Meeting   Planning Committee", a value wrapped under it) are the heading.
      if (HEADER_LABELS.date.test(labelCellOf(datedLine))) start = Math.min(start, labelTableTop(lines, dated));
      out.push({ kind: 'minutes', start: bodyLinesAbove(lines, start), header: dated });
    }
    return out;
  },
};

/** A meeting's web page: a "No. | Item" table whose rows hold each item's agenda text, decision and minutes. */
const webMeeting: PartDetector = {
  name: 'web-meeting-table',
  looksFor: 'a web page\u2019s "No. / Item" table',
  kind: 'web-meeting',
  claims: true,
  find(doc) {
    const out: PartStart[] = [];
    doc.lines.forEach((l, i) => {
      if (
        l.tabbed &&
        l.text.length < 60 &&
        /^(?:no|item|number|#)/i.test(l.text) &&
        WEB_ITEM_HEADER.test(
          cellsOf(l)
            .filter((c) => c !== '')
            .join(' '),
        )
      )
        out.push({ kind: 'web-meeting', start: i, header: i });
    });
    return out;
  },
};

/**
 * A meeting's web page whose items are sections, each headed "Item N – Title" (an accordion), holding the item's
 * papers and its "Minutes" or "Decision" block: two such sections at least. The part starts at the "Agenda" heading over them.
 */
const webMeetingSections: PartDetector = {
  name: 'web-meeting-sections',
  looksFor: 'a web page\u2019s agenda sections headed "Item N \u2013 Title"',
  kind: 'web-meeting',
  claims: true,
  find(doc) {
    const { lines } = doc;
    let first = -1;
    let count = 0;
    let item = -1;
    // On a web page, sections numbered without the word "Item" ("3. Minutes"): the last number in turn, and where their run began.
    let numbered: string | null = null;
    let run = -1;
    for (let i = 0; i < lines.length; i++) {
      const t = (lines[i] as Line).text;
      if (t === '' || t.length > 320) continue;
      if ((t.charCodeAt(0) | 0x20) === 0x69 /* i */ || (t.charCodeAt(0) | 0x20) === 0x61 /* a */) {
        if (!(lines[i] as Line).tabbed && WEB_SECTION_ITEM.test(t)) {
          item = i;
          continue;
        }
      }
      const c = t.charCodeAt(0);
      if (doc.web && c >= 48 && c <= 57 && !(lines[i] as Line).tabbed) {
        // A run numbered from 1 again before any of its sections recorded a decision starts the agenda afresh.
        const heading: { number: string } | null = webNumberedSection(t, numbered) ?? (first < 0 ? webNumberedSection(t, null) : null);
        if (heading) {
          if (heading.number === '1') run = i;
          numbered = heading.number;
          item = i;
          continue;
        }
      }
      // The section's own block of minutes or decisions under the item's heading, alone on its line or leading its text ("Outcome: RESOLVED …").
      const inline = item >= 0 ? WEB_INLINE_BLOCK.exec(t) : null;
      if (item >= 0 && ((WEB_BLOCK.test(t) && WEB_RECORD_BLOCKS.test(t.replace(/:$/, ''))) || (inline && WEB_DECISION_BLOCKS.test(inline[1] as string)))) {
        if (first < 0) first = numbered !== null && run >= 0 ? run : item;
        count++;
        item = -1;
      }
    }
    if (count < 2) return [];
    const above = prevNonBlank(lines, first - 1, Math.max(0, first - 6));
    const intro = above >= 0 && !/^agenda$/i.test((lines[above] as Line).text) ? prevNonBlank(lines, above - 1, Math.max(0, first - 6)) : above;
    const start = intro >= 0 && /^agenda$/i.test((lines[intro] as Line).text) ? intro : first;
    return [{ kind: 'web-meeting', start, header: first }];
  },
};

/**
 * A meeting's web page whose agenda is an ordered list with no printed numbers: each item the list's number alone on
 * its line ("3."), its title on the next, then its description, papers and "Decision" block. Items numbered 1, 2, 3 …
 * in turn, two with a block of decisions or minutes at least. The part starts at the "Agenda" heading over them.
 */
const webMeetingList: PartDetector = {
  name: 'web-meeting-list',
  looksFor: 'a web page\u2019s agenda as a numbered list of titled items with "Decision" blocks',
  kind: 'web-meeting',
  claims: true,
  find(doc) {
    const { lines } = doc;
    let first = -1;
    let expect = 1;
    let count = 0;
    let item = -1;
    for (let i = 0; i + 1 < lines.length; i++) {
      const t = (lines[i] as Line).text;
      if (t === '' || t.length > 320) continue;
      const n = WEB_LIST_NUMBER.exec(t);
      const next = (lines[i + 1] as Line).text;
      if (n && next !== '' && !WEB_LIST_NUMBER.test(next) && !/^[-•]\s/.test(next)) {
        if (Number(n[1]) !== expect) {
          if (count >= 2) break;
          // A list that does not count from 1 is no agenda; a new one may start later.
          first = -1;
          count = 0;
          expect = 1;
          if (Number(n[1]) !== 1) continue;
        }
        if (first < 0) first = i;
        expect++;
        item = i;
        continue;
      }
      if (item >= 0 && WEB_BLOCK.test(t) && WEB_RECORD_BLOCKS.test(t.replace(/:$/, ''))) {
        count++;
        item = -1;
      }
    }
    if (count < 2 || first < 0) return [];
    const above = prevNonBlank(lines, first - 1, Math.max(0, first - 6));
    const intro = above >= 0 && !/^agenda$/i.test((lines[above] as Line).text) ? prevNonBlank(lines, above - 1, Math.max(0, first - 6)) : above;
    const start = intro >= 0 && /^agenda$/i.test((lines[intro] as Line).text) ? intro : first;
    return [{ kind: 'web-meeting', start, header: first }];
  },
};

/**
 * An issue's history page ("Issue - items at meetings"): blocks headed "Meeting: date - body (Item N)", each the
 * issue's item at one meeting with its "Decision" or "Minutes" block. The part starts at the first block: the issue's
 * details above it are the issue's, not a meeting's.
 */
export const webIssueHistory: PartDetector = {
  name: 'web-issue-history',
  looksFor: 'an issue\u2019s history of "Meeting: date - body (Item N)" blocks',
  kind: 'web-meeting',
  claims: true,
  find(doc) {
    const { lines } = doc;
    let first = -1;
    let heading = -1;
    for (let i = 0; i < lines.length; i++) {
      const t = (lines[i] as Line).text;
      if (t === '' || t.length > 300) continue;
      if ((t.charCodeAt(0) | 0x20) === 0x6d /* m */ && WEB_MEETING_ITEM.test(t)) {
        heading = i;
        continue;
      }
      // A block records its meeting when a "Decision" or "Minutes" block follows its heading.
      if (heading >= 0 && WEB_BLOCK.test(t) && WEB_RECORD_BLOCKS.test(t.replace(/:$/, ''))) {
        if (first < 0) first = heading;
        heading = -1;
      }
    }
    return first < 0 ? [] : [{ kind: 'web-meeting', start: first, header: first }];
  },
};

/**
 * A meeting system's page for one agenda item: its heading "Agenda item - N Title", the meeting it went to on the line
 * under it ("Meeting: date time - body"), then the item's "Minutes" or "Decision" block. The page is the record of
 * that one item at that meeting; the breadcrumb, menus and "Upcoming meetings" above the heading are the site's. The
 * part starts at the heading.
 */
export const webItemPage: PartDetector = {
  name: 'web-item-page',
  looksFor: 'an agenda item\u2019s page headed "Agenda item - N Title" over "Meeting: date - body"',
  kind: 'web-meeting',
  claims: true,
  find(doc) {
    const { lines } = doc;
    for (let i = 0; i < lines.length; i++) {
      const t = (lines[i] as Line).text;
      if ((t.charCodeAt(0) | 0x20) !== 0x61 /* a */ || t.length > 320 || !WEB_ITEM_PAGE_HEADING.test(t)) continue;
      const under = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 4));
      if (under < 0 || !WEB_ITEM_PAGE_MEETING.test((lines[under] as Line).text)) continue;
      // The page records the item when a block of minutes or decisions follows.
      for (let j = under + 1; j < lines.length; j++) {
        const u = (lines[j] as Line).text;
        if (u !== '' && u.length < 40 && WEB_BLOCK.test(u) && WEB_RECORD_BLOCKS.test(u.replace(/:$/, ''))) return [{ kind: 'web-meeting', start: i, header: i }];
      }
    }
    return [];
  },
};

const forwardPlanTable: PartDetector = {
  name: 'forward-plan-table',
  looksFor: 'a forward plan table',
  kind: 'forward-plan',
  find(doc) {
    const { lines } = doc;
    const out: PartStart[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!isForwardPlanHeader(lines[i] as Line)) continue;
      let start = i;
      for (let j = i - 1; j >= Math.max(0, i - 40); j--) {
        const l = lines[j] as Line;
        if (l.tabbed && l.text !== '' && !oneCell(l)) break;
        // A heading, not a sentence of the explanatory text that mentions key decisions: in capitals, or starting with the words.
        if (
          headingLike(l) &&
          /forward plan|key decisions?|notice of (?:key )?decisions?/i.test(l.text) &&
          !/reference/i.test(l.text) &&
          (!/[a-z]/.test(l.text) || (l.text.length <= 70 && /^(?:\S+\s+){0,3}(?:forward plan|key decisions?|notice of)/i.test(l.text)))
        ) {
          start = j;
          break;
        }
      }
      out.push({ kind: 'forward-plan', start, header: i });
    }
    return out;
  },
};

/** The last character a work programme heading can end in: the "e" of "Programme" or a year's digit. */
function endsLikeProgrammeHeading(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c === 101 || c === 69 || (c >= 48 && c <= 57);
}

/**
 * A heading line without the agenda item's box printed far right of it ("… Work Programme 2027/28   Agenda Item 5"):
 * the line as a heading of one cell, or the line itself when it has no such box.
 */
function withoutItemBox(l: Line): Line {
  if (!l.tabbed) return l;
  const cells = cellsOf(l).filter((c) => c !== '');
  if (cells.length !== 2 || !COVER_ITEM_LINE.test(cells[1] as string)) return l;
  const text = cells[0] as string;
  return { ...l, raw: text, text, tabbed: false, cells: undefined, coverFields: undefined };
}

const workProgrammeHeading: PartDetector = {
  name: 'work-programme-heading',
  looksFor: 'a work programme',
  kind: 'work-programme',
  find(doc) {
    const { lines } = doc;
    const out: PartStart[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = withoutItemBox(lines[i] as Line);
      if (
        l.text !== '' &&
        l.text.length <= 160 &&
        endsLikeProgrammeHeading(l.text) &&
        (l.text.includes('rogramme') || l.text.includes('ROGRAMME')) &&
        headingLike(l) &&
        WORK_PROGRAMME_HEADING.test(l.text) &&
        !underNumberedTitle(lines, i) &&
        !letterNumberedHeading(l.text) &&
        (tableFollows(lines, i, lines.length) || programmeColumnsFollow(lines, i, lines.length))
      )
        out.push({ kind: 'work-programme', start: i, header: null });
    }
    return out;
  },
};

/** How many lines of text may stand between a tracker's heading and the first row of its table. */
const TRACKER_TABLE_WITHIN = 12;

/**
 * Whether the first table under a tracker heading at line i is someone else's: a report's cover (its rows are cover
 * labels: the heading is the report's title, "Work Programme and Action Tracker" over "Report of | …") or an action
 * plan's numbered header (the heading is the plan's). A heading with no table close under it keeps its tracker.
 */
function tableUnderIsNotTracker(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1, seen = 0; j < lines.length && seen < TRACKER_TABLE_WITHIN; j++) {
    const l = lines[j] as Line;
    if (l.text === '') continue;
    seen++;
    if (!l.tabbed || cellsOf(l).filter((c) => c !== '').length < 2) continue;
    return coverFieldsOf(l).length > 0 || isActionPlanHeader(l, lines[j + 1]);
  }
  return false;
}

const trackerTable: PartDetector = {
  name: 'tracker',
  looksFor: 'an outcome tracker',
  kind: 'tracker',
  find(doc) {
    const out: PartStart[] = [];
    doc.lines.forEach((l, i) => {
      if (l.text === '') return;
      if (
        (l.text.charCodeAt(l.text.length - 1) | 0x20) === 0x72 /* r */ &&
        /tracker$/i.test(l.text) &&
        headingLike(l) &&
        /\b(?:outcomes?|actions?|recommendations?) tracker$/i.test(l.text) &&
        !tableUnderIsNotTracker(doc.lines, i)
      )
        out.push({ kind: 'tracker', start: i, header: null });
      // A numbered plan's header that names its action column is the action plan's, though it has a status and a lead.
      else if (isTrackerHeader(l) && !isActionPlanHeader(l)) out.push({ kind: 'tracker', start: i, header: i });
    });
    return out;
  },
};

const actionPlanTable: PartDetector = {
  name: 'action-plan-table',
  looksFor: 'an action plan table',
  kind: 'action-plan',
  find(doc) {
    const { lines } = doc;
    const out: PartStart[] = [];
    lines.forEach((l, i) => {
      if (!isActionPlanHeader(l, lines[i + 1])) return;
      const above = planHeading(lines, i, Math.max(0, i - 6));
      out.push({ kind: 'action-plan', start: above >= 0 && headingLike(lines[above] as Line) ? above : i, header: i });
    });
    return out;
  },
};

/**
 * A notice that part of a meeting will be held in private (reg. 5 of the 2012 Executive Arrangements Regulations): its
 * heading, the meeting's labels, then a table of the private items with their forward plan references, read as forward
 * plan entries (forward-plan.ts). The part ends with the table: the notice's text under it is no entry's.
 */
export const privateBusinessNotice: PartDetector = {
  name: 'private-business-notice',
  looksFor: 'a notice of business to be taken in private, with its table of items',
  kind: 'forward-plan',
  find(doc) {
    const { lines } = doc;
    const out: PartStart[] = [];
    if (!doc.laidOut) return out;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as Line;
      if (l.text === '' || l.text.length > 160 || !headingLike(l) || !PRIVATE_NOTICE_HEADING.test(l.text)) continue;
      for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) {
        const table = privateNoticeTable(doc, j);
        if (!table) continue;
        out.push(endsAt(doc, 'private-business-notice', { kind: 'forward-plan', start: i, header: j }, table.end));
        i = table.end - 1;
        break;
      }
    }
    return out;
  },
};

/** A forward plan printed as "Label: value" notices one after another (notice-blocks.ts). */
export const forwardPlanNotices: PartDetector = {
  name: 'forward-plan-notices',
  looksFor: 'forward plan notices of "Label: value" lines',
  kind: 'forward-plan',
  find: (doc) => findNoticeBlocks(doc).map((b) => endsAt(doc, 'forward-plan-notices', { kind: 'forward-plan', start: b.start, header: b.header }, b.end)),
};

const reportCover: PartDetector = {
  name: 'report-cover',
  looksFor: 'report cover labels',
  kind: 'report',
  find: (doc) => findReportCovers(doc).map((start) => ({ kind: 'report', start, header: null })),
};

/** Every part detector, in order of precedence where two see a part start on the same line. */
export const PART_DETECTORS: readonly PartDetector[] = [
  webMeeting,
  webMeetingSections,
  webMeetingList,
  webIssueHistory,
  webItemPage,
  minutesHeading,
  decisionsHeading,
  hearingNotice,
  minutesBodyDate,
  minutesPresentLabel,
  forwardPlanTable,
  privateBusinessNotice,
  forwardPlanNotices,
  workProgrammeHeading,
  trackerTable,
  actionPlanTable,
  reportCover,
];

/** Whether an action plan starts under a heading of its own, unlike the plan before it (one review's plan after another's). */
function newPlanHeading(doc: Doc, prev: Part, s: PartStart): boolean {
  if (s.kind !== 'action-plan' || s.header === null || s.start === s.header || prev.start === prev.header) return false;
  const heading = doc.lines[s.start] as Line;
  // A line heading a page (a page number, a running head) is no plan's heading.
  const above = prevNonBlank(doc.lines, s.start - 1, prev.start);
  const pageTop = heading.page !== null && (above < 0 || (doc.lines[above] as Line).page !== heading.page);
  return !pageTop && !isPageFurniture(heading) && heading.text !== (doc.lines[prev.start] as Line).text;
}

/** A numbered minute heading's number and scheme ("5. Tanner's Yard redevelopment"); null for a table row, prose or a sentence. */
function minuteHeadingNumber(l: Line, marginColumn = false): { number: string; scheme: (typeof MINUTE_NUMBERS)[number] } | null {
  if (l.text === '' || l.text.length > 160 || /[.,;:]$/.test(l.text)) return null;
  // With `marginColumn`, a number in a left margin column of its own, its heading in the next ("(Minute 4/27)   BUDGET"):
  // two cells, the number alone in the first, at the margin (a table's row is indented under the text).
  const cells = l.tabbed ? cellsOf(l) : [];
  if (l.tabbed && !(marginColumn && cells.length === 2 && cells[0] !== '' && (cells[1] as string) !== '')) return null;
  const c = l.text.charCodeAt(0);
  if ((c < 48 || c > 90) && !(marginColumn && c === 40)) return null;
  for (const scheme of MINUTE_NUMBERS) {
    if (scheme.paired) continue;
    const m = scheme.pattern.exec(l.text);
    if (m && l.tabbed && scheme.pattern.exec(`${cells[0] as string} X`)?.[1] !== m[1]) return null;
    if (m) return { number: m[1] as string, scheme };
  }
  return null;
}

/**
 * Whether an action table sits inside one minute of the minutes: the first numbered heading after it continues the
 * numbering of one before it, inside the minutes ("4. Policing update" … "No. | Action | Owner | Due" … "5. Planning").
 * A forum's or a working group's notes often close an item with its own actions table, or go through the last
 * meeting's action log under "Matters arising"; the minutes run on past it, and the table is no part of its own.
 */
function tableInsideMinute(lines: readonly Line[], from: number, s: PartStart, next: number, marginColumn = false): boolean {
  const header = s.header ?? s.start;
  let after: ReturnType<typeof minuteHeadingNumber> = null;
  for (let j = header + 1; j < Math.min(next, header + 80) && !after; j++) after = minuteHeadingNumber(lines[j] as Line, marginColumn);
  if (!after) return false;
  for (let j = s.start - 1; j >= from; j--) {
    const before = minuteHeadingNumber(lines[j] as Line, marginColumn);
    if (before && before.scheme === after.scheme && after.scheme.follows(before.number, after.number)) return true;
  }
  return false;
}

/**
 * Takes out report covers that sit inside minutes: a planning committee minutes each application under a cover's
 * labels ("Application No:", "Site:", "Proposal:"), and what was RESOLVED on it follows before the next part starts.
 * A report under its cover resolves nothing of its own; the minutes run on over the labels. A "No | Item" table
 * straight under a minutes heading is the minutes laid out as a table (read by the minutes' reader), not a web page.
 */
function dropMinuteSubBlocks(doc: Doc, starts: Array<PartStart & { detector: PartDetector }>): void {
  let inMinutes = false;
  let minutesStart = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as PartStart & { detector: PartDetector };
    // So are sections numbered "N. Title" over "Decision" blocks under a minutes heading: the minutes' own headings.
    const numberedSections = s.detector === webMeetingSections && !WEB_SECTION_ITEM.test((doc.lines[s.header ?? s.start] as Line).text);
    if (inMinutes && (s.detector === webMeeting || numberedSections)) {
      starts.splice(k--, 1);
      continue;
    }
    if (inMinutes && s.kind === 'action-plan') {
      const next = starts.slice(k + 1).find((n) => n.start > s.start)?.start ?? doc.lines.length;
      if (tableInsideMinute(doc.lines, minutesStart, s, next)) {
        starts.splice(k--, 1);
        continue;
      }
    }
    // So is a table of a review's recommendations with their owners and status (an audit tracker) that one minute went
    // through: its rows are read with the minutes (readMinuteTrackers), the numbering runs on past it.
    if (inMinutes && s.kind === 'tracker' && s.header !== null) {
      const next = starts.slice(k + 1).find((n) => n.start > s.start)?.start ?? doc.lines.length;
      if (tableInsideMinute(doc.lines, minutesStart, s, next, true)) {
        starts.splice(k--, 1);
        continue;
      }
    }
    if (s.kind !== 'report') {
      inMinutes = s.kind === 'minutes';
      if (inMinutes) minutesStart = s.start;
      continue;
    }
    if (!inMinutes) continue;
    const next = starts.slice(k + 1).find((n) => n.start > s.start)?.start ?? doc.lines.length;
    let resolved = false;
    for (let j = s.start; j < Math.min(next, s.start + 150) && !resolved; j++) {
      const t = (doc.lines[j] as Line).text;
      resolved = t !== '' && t.length < 2000 && RESOLUTION_LEADS.some((re) => re.test(t));
    }
    if (resolved) starts.splice(k--, 1);
  }
}

/** Finds every part of the pack (minutes, reports, tables), in order, with their spans. */
export function findParts(doc: Doc, detectors: readonly PartDetector[] = PART_DETECTORS): Part[] {
  const n = doc.lines.length;
  const starts: Array<PartStart & { detector: PartDetector }> = [];
  for (const detector of detectors) for (const s of detector.find(doc)) starts.push({ kind: s.kind, start: s.start, header: s.header, detector });
  starts.sort((a, b) => a.start - b.start || detectors.indexOf(a.detector) - detectors.indexOf(b.detector));
  dropMinuteSubBlocks(doc, starts);

  const parts: Part[] = [];
  let claimedUntil = -1;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as PartStart & { detector: PartDetector };
    if (s.start < claimedUntil) continue;
    const prev = parts[parts.length - 1];
    if (prev && prev.start === s.start) continue;
    let end = n;
    for (let m = k + 1; m < starts.length; m++) {
      const next = starts[m] as PartStart;
      if (next.start > s.start) {
        end = next.start;
        break;
      }
    }
    // A part that claims its span (a web page's table) runs to the end: its items hold their own minutes.
    if (s.detector.claims) {
      end = n;
      claimedUntil = n;
    } else if (knownEnds.get(doc)?.has(`${s.detector.name}:${s.start}`)) {
      end = knownEnds.get(doc)?.get(`${s.detector.name}:${s.start}`) as number;
      claimedUntil = end;
    }
    // A table heading repeated at a page break continues the same part; a plan under a heading of its own is another plan.
    // A private business notice's table is read by its own reader: a forward plan after it is another part.
    const own = (name: string): boolean => name === privateBusinessNotice.name;
    if (prev && prev.kind === s.kind && s.kind !== 'report' && s.kind !== 'minutes' && !own(prev.detector) && !own(s.detector.name) && !newPlanHeading(doc, prev, s)) {
      prev.end = Math.max(prev.end, end);
      if (prev.header === null) prev.header = s.header;
      continue;
    }
    if (prev && prev.end > s.start) prev.end = s.start;
    parts.push({ kind: s.kind, start: s.start, end: Math.max(end, s.start + 1), header: s.header, detector: s.detector.name });
  }
  return parts;
}
