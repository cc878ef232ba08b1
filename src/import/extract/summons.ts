import type { MeetingContact, MeetingMember } from './contract.ts';
import type { Doc, Line } from './doc.ts';
import { cellsOf, columnsInTurn, nextNonBlank, prevNonBlank, rowCloseOf } from './doc.ts';
import { findClockTime, findDate, findLongDate, findTime, isWholeDate } from './date-text.ts';
import {
  BARE_CLOCK_VALUE,
  BODY_STRAPLINE,
  EMAIL_WRAP,
  OTHER_COLUMN_LABEL,
  ALL_MEMBERS,
  ALL_MEMBERS_GRID_GAP,
  MEMBERS_LISTED_ELSEWHERE,
  MEMBERSHIP_ROLE_COLUMN,
  MEMBER_BODY_LINE,
  MEMBER_GRID_ROW_GAP,
  MEMBER_GRID_PORTFOLIO_LINE,
  POST_BODY_TAIL,
  MEMBER_GROUP_HEADING,
  MEMBER_SUBSTITUTES_HEADING,
  MEMBER_ROLE_CELL,
  CONTACT_HEADING,
  CONTACT_NAME_LABEL,
  CONTACT_LABEL,
  CONTACT_POSTAL_ADDRESS,
  CONTACT_SENTENCE,
  CONTACT_DETAIL_LINE,
  LETTERHEAD_OFFICER,
  LETTER_SALUTATION,
  FRONT_SHEET_HEADINGS,
  FRONT_SHEET_SUFFIX,
  SUPPLEMENT_SUFFIX,
  HEADER_LABELS,
  POSTCODE_WRAP,
  POSTCODE_END,
  ISSUED_LABEL,
  PUBLICATION_LABEL,
  ISSUING_POST,
  MEMBERSHIP_HEADING,
  MEMBERSHIP_TABLE_HEADER,
  MEMBERSHIP_ADDRESSEE,
  MEMBERSHIP_LABEL,
  NAME_CUT,
  TITLE_CUT,
  LIST_ENTRY_CUT,
  SIDE_LABELS,
  STACKED_VENUE,
  VENUE_NAME_BREAK,
  WRAPPED_SURNAME,
  SENTENCE_BROKEN,
  SUMMONS_LETTER,
  SUMMONS_PURPOSE,
  SUMMONS_SENTENCES,
  VALEDICTION,
  DETAILS_HEADING,
  DATE_LINE_STATUS,
  MAIL_HEADER_FIELD,
  MAIL_SIGNATURE_DELIMITER,
  LINK_STRIP,
  BODY_BACK_REFERENCE,
  MEMBERS_COPY_NOTE,
  SUMMONED_BODY_NAME,
} from './layouts.ts';
import { cellsByPosition, headedColumns, headerColumns, labelColumn } from './layout-columns.ts';
import { endsInPostWord, isNobody, isPostText, joinWrapped, looksLikePerson, parseMember, splitPeople, startsWithTitle } from './names.ts';
import { inEitherLanguage, isPageFurniture } from './text-normalise.ts';

/** The summons header of a meeting pack. */
export interface SummonsHeader {
  body: string;
  date: string;
  time: string | null;
  venue: string | null;
  /** Line index of the date. */
  line: number;
  /** Line index of the first line the header was read from (the body's line when it is above). */
  first: number;
}

const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$/i;

/**
 * The left-hand text of a line laid out in two columns: its first cell, with a right-hand column's
 * label run into it ("… at 10.00 am Ask for:") cut off. Lines of the right column alone give ''.
 */
export function leftText(line: Line): string {
  if (!line.tabbed) return line.text.replace(SIDE_LABELS, '').trim();
  const first = cellsOf(line).find((c) => c !== '');
  return first === undefined ? '' : first.replace(SIDE_LABELS, '').trim();
}

/** Whether a line only names the kind of document ("AGENDA", "Summons to and"), never the body. */
export function isFrontSheetHeading(text: string): boolean {
  return FRONT_SHEET_HEADINGS.some((re) => re.test(text.trim()));
}

/** Splits "at 10.00 am in the Council Chamber" into a time and a venue. */
function venueAndTime(text: string): { time: string | null; venue: string | null } {
  let rest = text.replace(/^[\s,–—-]+/, '').replace(/^(?:at|@)\s*/i, '');
  const t = findTime(rest);
  let time: string | null = null;
  if (t && t.index <= 3) {
    time = t.time;
    rest = rest.slice(t.index + t.length);
  }
  const venue = rest
    .replace(/^[\s,.–—-]+/, '')
    .replace(/^(?:at|in|@)\s+(?:the\s+)?/i, '')
    .replace(/[\s,.]+$/, '')
    .trim();
  return { time, venue: venue === '' || /^(?:to deal with|for the (?:purpose|transaction))/i.test(venue) ? null : venue };
}

/** A venue without its trailing "View directions"-style link text. */
function cleanVenue(venue: string): string | null {
  const v = venue
    .replace(/\s*(?:(?:view|get|show)\s+(?:directions|map|location)|map and directions|directions and map|\(map\)).*$/i, '')
    .replace(/[\s,.]+$/, '')
    .trim();
  return v === '' ? null : v;
}

/**
 * The "Label: value" pairs of a row laid out in columns: "Date:" | "Wednesday…" | "Contact:" | "Ann"
 * gives "Date: Wednesday…" and "Contact: Ann"; a cell holding both label and value stands alone.
 */
function labelPairs(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k] as string;
    const next = cells[k + 1];
    if (/:$/.test(c) && next !== undefined && !/:$/.test(next)) {
      out.push(`${c} ${next}`);
      k++;
    } else if (k === 0 && next !== undefined && isHeaderLabel(c) && !/^[A-Za-z][A-Za-z ]{0,30}:/.test(next) && !isHeaderLabel(next)) {
      // A label printed without its colon in a grid ("Date   Thursday 4 March 2027   Contact: …"): the cell beside is its value.
      out.push(`${c}: ${next}`);
      k++;
    } else out.push(c);
  }
  return out;
}

/**
 * Whether laid-out line i holds only the right-hand column of the line above: its text starts where a
 * later column of that line does ("Contact:   Priya …" over "            Democratic Services").
 */
function underRightColumn(doc: Doc, i: number): boolean {
  const laid = doc.laidOut;
  if (!laid || i < 1) return false;
  const above = laid[i - 1] ?? '';
  const at = (doc.lines[i] as Line).indent;
  if (at === 0 || above.trim() === '') return false;
  const first = above.length - above.trimStart().length;
  for (const m of above.matchAll(/ {2,}(?=\S)/g)) {
    const start = m.index + m[0].length;
    if (start > first && Math.abs(start - at) <= 1) return true;
  }
  return false;
}

/** A label printed in two languages ("Dyddiad / Date: …", "Date / Dyddiad: …"): each half, and the value. */
const BILINGUAL_LABEL = /^([A-Za-z][^/:]{1,30}?)\s+\/\s+([A-Za-z][^/:]{1,30}?)\s*:\s*(.*)$/;

/** A line as printed, then, for a label in two languages, the line under each half of it ("Date: …"). */
export function labelVariants(text: string): string[] {
  const m = text.length < 400 ? BILINGUAL_LABEL.exec(text) : null;
  return m ? [text, `${m[1] as string}: ${m[3] as string}`, `${m[2] as string}: ${m[3] as string}`] : [text];
}

/** A contact label of a letter's reference block ("Enquiries:", "Tel:", "Our ref:"), in either half of a label in two languages. */
const REFERENCE_BLOCK_LABEL =
  /^(?:ask for|enquiries(?: to)?|contact(?: officer)?|tel(?:ephone)?\.?|phone|e-?mail|direct (?:line|dial)|our ref(?:erence)?|your ref(?:erence)?)\s*:/i;

/**
 * Whether the "Date:" label `key` on line i is a letter's reference block: a contact label ("Enquiries:", "Tel:") starts
 * the next line in the same column (not a contact block printed beside the meeting's own labels).
 */
function inReferenceBlock(doc: Doc, i: number, key: string): boolean {
  // The block's contact labels may be under the date ("Date:" over "Enquiries:") or above it (the date closing the block).
  const nx = nextNonBlank(doc.lines, i + 1, Math.min(doc.lines.length, i + 3));
  const pv = prevNonBlank(doc.lines, i - 1, Math.max(0, i - 2));
  return [nx, pv].some((j) => j >= 0 && referenceLabelBeside(doc, i, j, key));
}

/** Whether line j holds a contact label ("Tel:") in the column where the label `key` of line i starts. */
function referenceLabelBeside(doc: Doc, i: number, j: number, key: string): boolean {
  let next = (doc.lines[j] as Line).text;
  const laid = doc.laidOut;
  if (laid) {
    const line = laid[i] ?? '';
    const at = line.indexOf(key);
    if (at < 0) return false;
    // The column starts where the label's run of text does (after a gap of two spaces or more).
    const gap = line.lastIndexOf('  ', at);
    const col = gap < 0 ? line.length - line.trimStart().length : gap + 2;
    const beside = laid[j] ?? '';
    // A block set flush right (a letterhead's right-hand column, "Email: …" over "Date: …"): the lines end together, not
    // start together, and the label opens the run of text closing the line beside.
    const flush = /(?:^| {2,})(\S+(?: \S+)*)\s*$/.exec(beside);
    const runAt = flush ? beside.lastIndexOf(flush[1] as string) : -1;
    if (flush && col >= 20 && runAt >= 20 && Math.abs(runAt - col) <= 30 && Math.abs(beside.trimEnd().length - line.trimEnd().length) <= 3) next = flush[1] as string;
    else if (beside.slice(Math.max(0, col - 2), col).trim() !== '') return false;
    else next = beside.slice(col).trim();
  }
  return labelVariants(next).some((v) => REFERENCE_BLOCK_LABEL.test(v));
}

/** Whether a text is one of the header labels (without its colon). */
function isHeaderLabel(text: string): boolean {
  return HEADER_LABELS.body.test(text) || HEADER_LABELS.date.test(text) || HEADER_LABELS.time.test(text) || HEADER_LABELS.venue.test(text);
}

/** A label alone on its line in a column of the meeting's details ("Date", "Venue", "Contact:", "Date of despatch:"). */
function isSideLabel(text: string): boolean {
  const key = text.replace(/\s*:$/, '');
  return isHeaderLabel(key) || CONTACT_HEADING.test(key) || ISSUED_LABEL.exec(text)?.[1] === '';
}

/**
 * A front sheet printed as two columns side by side, its right one a column of the meeting's details, each label over
 * its value (labelColumn): the page layout with that block read one column at a time, the details first, and `end`
 * moved by the lines it grew. Null for any other front sheet.
 */
export function frontSheetInColumns(doc: Doc, end: number): { doc: Doc; end: number } | null {
  const laid = doc.laidOut;
  if (!laid) return null;
  const page = doc.lines[0]?.page ?? null;
  let stop = 0;
  while (stop < end && stop < 120 && (doc.lines[stop] as Line).page === page) stop++;
  // Or the membership list under its heading with the contact box under its own beside it ("Membership   Contact Officer").
  const block =
    labelColumn(laid, 0, stop, isSideLabel) ??
    headedColumns(
      laid,
      0,
      stop,
      (t) => MEMBERSHIP_HEADING.test(t),
      (t) => CONTACT_HEADING.test(t.replace(/\s*:$/, '')),
    );
  const turned = block ? columnsInTurn(doc, block.from, block.to, block.cut) : null;
  return turned ? { doc: turned.doc, end: end + turned.shift } : null;
}

/** The line under a labelled value in its column, with no label of its own (the value in a second language); '' when none. */
function valueUnder(doc: Doc, i: number, end: number): string {
  const l = doc.lines[i] as Line;
  const n = doc.lines[i + 1];
  if (!n || i + 1 >= end || n.text === '' || n.text.includes(':')) return '';
  const cells = cellsOf(n).filter((c) => c !== '');
  return cells.length === 1 && n.indent > l.indent + 4 ? (cells[0] as string) : '';
}

/** A sentence ending in a colon that leads in to the meeting's labelled details ("You are invited to attend a meeting … which will be held:"). */
const INVITATION = /^\S.{20,300}\b(?:held|convened|take place|meet|as follows)\s*:$/i;

/**
 * The body named by the paragraph ending at line p when it is a summons sentence ("You are invited to attend a
 * meeting of the Licensing Committee to be held as follows."), with the paragraph's first line; null otherwise.
 */
function invitedBody(lines: readonly Line[], p: number): { body: string; first: number } | null {
  let top = p;
  while (top > 0 && p - top < 6 && (lines[top - 1] as Line).text !== '') top--;
  const text = lines
    .slice(top, p + 1)
    .map((l) => l.text)
    .join(' ');
  if (text.length > 600) return null;
  for (const re of SUMMONS_SENTENCES) {
    const m = re.exec(text);
    const body = m ? (m[1] as string).replace(/\s+(?:which|that)$/i, '').trim() : '';
    // "… a meeting of the above Committee": the body is named elsewhere.
    if (body !== '' && !/^(?:above|said|aforementioned)\b/i.test(body)) return { body, first: top };
  }
  return null;
}

/** Reads a labelled header: "Meeting: …", "Date: …", "Time: …", "Venue: …". */
function readLabelledHeader(doc: Doc, end: number): (SummonsHeader & { labelledVenue: string | null; labelledTime: string | null }) | null {
  const { lines } = doc;
  let body: string | null = null;
  let date: string | null = null;
  let time: string | null = null;
  let venue: string | null = null;
  let dateLine = -1;
  let first = -1;
  for (let i = 0, seen = 0; i < end && seen < 60; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    seen++;
    const texts = line.tabbed ? labelPairs(cellsOf(line).filter((c) => c !== '')) : [line.text];
    // The line the value is printed on: the label's, or the next.
    let valueLine = line;
    let valueAt = i;
    // A label alone on its line with its value on the next (a web page's definition list: "Date and time" / "…").
    if (!line.tabbed && line.text.length <= 30 && !line.text.includes(':') && isHeaderLabel(line.text)) {
      const next = nextNonBlank(lines, i + 1, Math.min(end, i + 3));
      if (next >= 0 && !(lines[next] as Line).tabbed && !isHeaderLabel((lines[next] as Line).text)) {
        texts[0] = `${line.text}: ${(lines[next] as Line).text}`;
        valueLine = lines[next] as Line;
        valueAt = next;
      }
    }
    for (const t of texts.flatMap(labelVariants)) {
      const m = /^([A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(\S.{0,200})$/.exec(t);
      if (!m) continue;
      const key = (m[1] as string).trim();
      let value = (m[2] as string).trim();
      // A value in two languages, one under the other ("Dydd Iau, 12 Mawrth 2026" over "Thursday, 12 March 2026"): the line under it too.
      const under = doc.layout && (HEADER_LABELS.date.test(key) || HEADER_LABELS.time.test(key)) ? valueUnder(doc, i, end) : '';
      if (under !== '') value = `${value} ${under}`;
      if (HEADER_LABELS.body.test(key) && body === null) {
        body = value;
        first = i;
      } else if (HEADER_LABELS.time.test(key)) time ??= (findTime(value) ?? (BARE_CLOCK_VALUE.test(value) ? findClockTime(value) : null))?.time ?? null;
      else if (HEADER_LABELS.venue.test(key) && venue === null) {
        // A venue wrapped in its value column: "Council Chamber, Riverside House," / "Mill Street", or inside its postcode;
        // on a page layout, a line in the value column closing on the postcode ("Brannock" / "Quay AB9 2RQ") wherever it broke.
        let v = value;
        // A value under its label wraps onto lines set as far in as its first.
        const inset = valueAt > i ? 0 : 4;
        // A web page's cell of paragraphs ("Council Chamber, Town Hall," then "High Street, …"): its paragraphs are its lines.
        const close = rowCloseOf(doc, valueAt, end);
        for (let j = valueAt + 1; j < end && !POSTCODE_END.test(v); j++) {
          const n = lines[j] as Line;
          if (n.text === '' && j < close) continue;
          if (close >= 0 && j > close) break;
          const next = n.tabbed ? (cellsOf(n).find((c) => c !== '') ?? '') : n.text;
          // A place's name broken in two ("… Community" / "Centre, Church Street") goes on wherever the line starts.
          const broken = VENUE_NAME_BREAK.head.test(v) && VENUE_NAME_BREAK.tail.test(next);
          if (n.text === '' || /:/.test(next) || next.length > 100 || (doc.layout && n.indent < valueLine.indent + inset && !broken)) break;
          if (
            close < 0 &&
            !broken &&
            !/,$/.test(v) &&
            !(POSTCODE_WRAP.head.test(v) && POSTCODE_WRAP.tail.test(next)) &&
            !(doc.layout && next.length <= 60 && POSTCODE_END.test(next))
          )
            break;
          v = `${v} ${next}`;
        }
        venue = cleanVenue(v);
      } else if (HEADER_LABELS.date.test(key) && date === null && !inReferenceBlock(doc, i, key)) {
        const d = findLongDate(value) ?? findDate(value);
        if (d) {
          date = d.date;
          dateLine = i;
          time ??= findTime(value.slice(d.index + d.length))?.time ?? null;
        }
      }
    }
  }
  if (date === null) return venue !== null || time !== null ? { body: '', date: '', time, venue, line: -1, first: -1, labelledVenue: venue, labelledTime: time } : null;
  // A page's kicker over its heading ("Meeting" over "Cabinet, Thursday 4 May 2027") read as a label: the body before the meeting's date.
  const datedBody = body !== null && body.length < 160 ? findLongDate(body) : null;
  if (body !== null && datedBody && datedBody.index > 0 && datedBody.date === date)
    body = body
      .slice(0, datedBody.index)
      .replace(WEEKDAY, '')
      .replace(/[\s,–—-]+$/, '');
  if (body === null) {
    let p = prevNonBlank(lines, dateLine - 1, 0);
    // On a page layout, a line of the contact block beside the header (under its right-hand column) is not the body.
    while (p > 0 && underRightColumn(doc, p)) p = prevNonBlank(lines, p - 1, 0);
    // A paragraph above the labels inviting members to "a meeting of the … to be held as follows" names the body.
    const invited = p >= 0 && !INVITATION.test((lines[p] as Line).text) ? invitedBody(lines, p) : null;
    if (invited) return { body: invited.body, date, time, venue, line: dateLine, first: Math.min(invited.first, dateLine), labelledVenue: venue, labelledTime: time };
    // The sentence inviting members to the meeting ("… which will be held:"), in one language or two, stands between the body and the labels.
    while (p > 0 && INVITATION.test((lines[p] as Line).text)) {
      while (p > 0 && (lines[p - 1] as Line).text !== '') p--;
      p = prevNonBlank(lines, p - 1, 0);
    }
    // A heading over the labels ("Meeting details") names the section: the body is the page's heading above it.
    if (p > 0 && DETAILS_HEADING.test((lines[p] as Line).text)) p = pageHeadingAbove(lines, p);
    // A strapline under the body's name ("A joint committee of …") describes the body: its name is above it. Wrapped
    // over lines (the councils it joins, the Act it is set up under), the strapline is found a few lines up, unbroken.
    const strap = (k: number): boolean => BODY_STRAPLINE.test(doc.layout ? leftText(lines[k] as Line) : (lines[k] as Line).text);
    for (let k = p; k > 0 && k > p - 4 && (lines[k] as Line).text !== ''; k--) {
      if (!strap(k)) continue;
      p = prevNonBlank(lines, k - 1, 0);
      break;
    }
    // The kind of document printed under the body ("Audit Committee" over "Agenda" over the labels): the body is above it.
    for (let k = 0; k < 2 && p > 0 && isFrontSheetHeading(doc.layout ? leftText(lines[p] as Line) : (lines[p] as Line).text); k++) p = prevNonBlank(lines, p - 1, 0);
    // A web page's heading over the meeting's date, then a card of labels repeating it: the date line names no body.
    if (p > 0 && !doc.layout && (isWholeDate((lines[p] as Line).text) === date || datedStatusLine((lines[p] as Line).text, date))) p = prevNonBlank(lines, p - 1, 0);
    let above = p >= 0 ? (doc.layout ? leftText(lines[p] as Line) : (lines[p] as Line).text) : '';
    // A page heading naming the body and the meeting's date ("Cabinet – Wednesday 6 May 2026"): the body before the date.
    const dated = above.length < 160 ? findLongDate(above) : null;
    if (dated && dated.index > 0 && dated.date === date)
      above = above
        .slice(0, dated.index)
        .replace(WEEKDAY, '')
        .replace(/[\s,–—-]+$/, '');
    if (above === '' || above.length > 160 || /:/.test(above) || isPageFurniture(above) || isFrontSheetHeading(above))
      return { body: '', date: '', time, venue, line: -1, first: -1, labelledVenue: venue, labelledTime: time };
    // A web page's heading names the body and the page: "Cabinet – agenda and minutes".
    // A supplement's heading names the body and the paper: "Cabinet – Agenda Supplement No. 1".
    body = above.replace(FRONT_SHEET_SUFFIX, '').replace(SUPPLEMENT_SUFFIX, '');
    first = p;
  }
  return { body, date, time, venue, line: dateLine, first: first >= 0 ? Math.min(first, dateLine) : dateLine, labelledVenue: venue, labelledTime: time };
}

/** Whether a line is the meeting's date and how far its papers have got ("Tuesday 4 May 2027 – decisions published"). */
function datedStatusLine(text: string, date: string): boolean {
  const d = text.length < 120 ? findLongDate(text) : null;
  if (!d || d.date !== date || !/^\s*(?:[a-z]+day,?\s*)?$/i.test(text.slice(0, d.index))) return false;
  return DATE_LINE_STATUS.test(text.slice(d.index + d.length));
}

/** The nearest short line above `p` (a page's heading), past its introductory paragraphs; -1 when none is near. */
function pageHeadingAbove(lines: Line[], p: number): number {
  for (let q = prevNonBlank(lines, p - 1, 0), k = 0; q >= 0 && k < 3; q = prevNonBlank(lines, q - 1, 0), k++) {
    const t = (lines[q] as Line).text;
    if (t.length < 160 && !/[.:]$/.test(t)) return q;
  }
  return -1;
}

/**
 * Whether a paragraph's sentence runs on over the blank line after `last`: it stops on a dangling
 * word ("… meeting of the"), or the next paragraph starts in lower case ("to be held in …").
 */
function sentenceGoesOn(lines: Line[], last: string, from: number, end: number): boolean {
  if (SENTENCE_BROKEN.test(last)) return true;
  const next = nextNonBlank(lines, from, Math.min(end, from + 4));
  return next >= 0 && /^[a-z]/.test(leftText(lines[next] as Line));
}

/** The full name of a body a summons points back at ("the Committee"): the first "Members of the … Committee" in `texts`. */
function namedBodyBefore(bare: string, texts: readonly string[]): string | null {
  for (const t of texts) {
    for (const m of t.matchAll(SUMMONED_BODY_NAME)) {
      const name = (m[1] as string).trim();
      if (name.toLowerCase().endsWith(bare.toLowerCase()) && name.length > bare.length) return name;
    }
  }
  return null;
}

/** Reads a summons written as a sentence ("A meeting of the County Council will be held in … on … at …"). */
function readSummonsSentence(doc: Doc, end: number): SummonsHeader | null {
  const { lines } = doc;
  let para: string[] = [];
  let paraStart = -1;
  const flush = (): SummonsHeader | null => {
    const joined = para.join(' ');
    para = [];
    // A letter printed with no blank line between its paragraphs is one long run: its summons is one sentence of it.
    // The sentence may say "summoned", or only name the meeting and where it is held ("You are requested to attend a meeting of …").
    const summons = (t: string): boolean => SUMMONS_LETTER.test(t) || SUMMONS_SENTENCES.some((re) => re.test(t));
    const texts = joined.length > 600 ? joined.split(/(?<=[a-z)]{2}\.)\s+(?=[A-Z])/).filter((t) => t.length <= 600 && summons(t)) : [joined];
    for (const text of texts) {
      const h = summonsIn(text);
      if (h) return h;
    }
    return null;
  };
  const summonsIn = (text: string): SummonsHeader | null => {
    for (const re of SUMMONS_SENTENCES) {
      const m = re.exec(text);
      if (!m) continue;
      const rest = (m[2] as string).split(/\.\s/)[0] as string;
      const d = findLongDate(rest) ?? findDate(rest);
      if (!d) continue;
      let body = (m[1] as string).replace(/,?\s+(?:which|that)$/i, '').trim();
      // "… a meeting of the Committee" points back at the body named before it: its full name, in the sentence or the addressee above.
      if (BODY_BACK_REFERENCE.test(body))
        body =
          namedBodyBefore(body, [
            text,
            ...lines
              .slice(Math.max(0, paraStart - 8), paraStart)
              .map((l) => l.text)
              .reverse(),
          ]) ?? body;
      const time = findTime(rest.slice(d.index)) ?? findTime(rest);
      let venue: string | null = null;
      // The venue is the "in/at …" phrase that is not the date or the time.
      for (const piece of rest.replace(SUMMONS_PURPOSE, '').split(/\s+(?=(?:in|at|on)\s)/i)) {
        const v = /^(?:in|at)\s+(?:the\s+)?(.+?)[\s,.]*$/i.exec(piece.trim());
        if (v && !findTime(v[1] as string) && !findDate(v[1] as string) && /[A-Za-z]{3}/.test(v[1] as string)) {
          venue = cleanVenue((v[1] as string).replace(/\s+on$/i, ''));
          break;
        }
      }
      return { body, date: d.date, time: time?.time ?? null, venue, line: paraStart, first: paraStart };
    }
    return null;
  };
  for (let i = 0, seen = 0; i < end && seen < 80; i++) {
    const t = (lines[i] as Line).text;
    if (t === '') {
      // A sentence broken around a centred heading ("… a meeting of the" / "COUNCIL" / "to be held in …") goes on.
      if (para.length > 0 && sentenceGoesOn(lines, para[para.length - 1] as string, i + 1, end)) continue;
      const h = para.length > 0 ? flush() : null;
      if (h) return h;
      continue;
    }
    seen++;
    if (para.length === 0) paraStart = i;
    para.push(leftText(lines[i] as Line) || t);
  }
  return para.length > 0 ? flush() : null;
}

/** Finds the meeting header (body, date, time, venue) in the first lines before `end`. */
export function readSummonsHeader(doc: Doc, end: number): SummonsHeader | null {
  const labelled = readLabelledHeader(doc, end);
  if (labelled && labelled.date !== '') {
    // A "Date:" alone, no time or place labelled with it, under a summons sentence that dates the meeting, dates the letter
    // (its signer's "Date: …" under the summons): the sentence gives the meeting.
    const sentence = labelled.labelledTime === null && labelled.labelledVenue === null ? readSummonsSentence(doc, end) : null;
    if (sentence && sentence.line < labelled.line && sentence.time !== null) return sentence;
    return labelled;
  }
  const fill = (h: SummonsHeader | null): SummonsHeader | null => {
    if (!h) return null;
    if (h.venue === null && labelled?.labelledVenue) h.venue = labelled.labelledVenue;
    if (h.time === null && labelled?.labelledTime) h.time = labelled.labelledTime;
    return h;
  };
  const byLine = readDateLine(doc, end);
  // A "body" that is a sentence ("Notice is hereby given that a meeting of … will be held …") is a summons sentence.
  const prose = byLine !== null && (byLine.body.length > 100 || /\bmeeting of\b|\bwill be held\b|\bhereby\b/i.test(byLine.body));
  const sentence = readSummonsSentence(doc, end);
  // A summons sentence above the first dated line is the meeting's ("You are hereby summoned …" before a deadline line).
  if (sentence && byLine && sentence.line < byLine.line) return fill(sentence);
  // A date alone on its line above a letter summoning members to a meeting on another day, at a time, dates the letter.
  const letterDated = sentence !== null && byLine !== null && byLine.time === null && sentence.time !== null && sentence.date !== byLine.date;
  if (letterDated && isWholeDate((doc.lines[byLine.line] as Line).text) !== null) return fill(sentence);
  if (byLine && !prose && byLine.body !== '' && (byLine.time !== null || byLine.venue !== null)) return fill(byLine);
  return fill(sentence ?? (prose ? null : byLine));
}

/** The header read from its date line: the body above it, the time and venue beside or below it. */
function readDateLine(doc: Doc, end: number): SummonsHeader | null {
  const first = readDateLineFrom(doc, 0, end);
  if (first === null || first.time !== null) return first;
  // A running header ("Council – Committee, 2 May 2026") may print the date before the sheet's own date line,
  // which gives the time and venue: a later line of the same date that gives the time is the meeting's.
  const later = readDateLineFrom(doc, first.line + 1, end);
  const better = later !== null && later.date === first.date && (later.time !== null || (first.venue === null && later.venue !== null));
  return better ? later : first;
}

function readDateLineFrom(doc: Doc, from: number, end: number): SummonsHeader | null {
  const { lines } = doc;
  let seen = 0;
  for (let i = from; i < end && seen < 40; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    seen++;
    const text = leftText(l);
    if (text.length > 300 || text === '') continue;
    const d = findLongDate(text);
    if (!d) continue;
    if (/^(?:issued|published|date of (?:issue|publication)|despatched|dated?)\b/i.test(text)) continue;
    let body = text
      .slice(0, d.index)
      .replace(WEEKDAY, '')
      .replace(/[\s,–—-]+$/, '')
      .trim();
    // A date printed in two languages: the first half is the date too, not a body.
    if (isFrontSheetHeading(body) || /\b(?:held|meeting)\s+(?:on|at)\s*$/i.test(body) || isWholeDate(text) !== null) body = '';
    let { time, venue } = venueAndTime(text.slice(d.index + d.length));
    let first = i;
    if (body === '') {
      // The body is the nearest line above that names something: not "AGENDA", not "Meeting to be held on".
      for (let p = prevNonBlank(lines, i - 1, 0), k = 0; p >= 0 && k < 4; p = prevNonBlank(lines, p - 1, 0), k++) {
        const above = leftText(lines[p] as Line);
        // A line holding only the right-hand column of the line above it is a contact box beside the heading.
        if (above === '' || isPageFurniture(above) || isFrontSheetHeading(above) || BODY_STRAPLINE.test(above) || WEEKDAY.test(above) || underRightColumn(doc, p)) continue;
        if (above.length >= 160 || /:/.test(above)) break;
        body = above;
        first = p;
        break;
      }
    }
    if (body === '' || /^(?:to|date|issued)\b/i.test(body)) continue;
    // The time and then the venue may follow on the next lines, the venue wrapped over several.
    let j = nextNonBlank(lines, i + 1, end);
    // How far below the date (or the time under it) a venue line may stand: set off by blank lines when it names a place.
    let under = i;
    if (time === null && j >= 0) {
      const next = leftText(lines[j] as Line);
      const t = findTime(next);
      if (t && t.index <= 3) {
        ({ time, venue } = venueAndTime(next));
        under = j;
        j = nextNonBlank(lines, j + 1, end);
        if (venue !== null) j = continueVenue(lines, j, end, l.indent, venue, (v) => (venue = v));
      }
    } else if (venue !== null && j >= 0 && j === i + 1) j = continueVenue(lines, j, end, l.indent, venue, (v) => (venue = v));
    if (venue === null && j >= 0 && (j <= i + 2 || (j <= under + 4 && STACKED_VENUE.test(leftText(lines[j] as Line))))) {
      const next = leftText(lines[j] as Line);
      if (next !== '' && next.length < 120 && !isFrontSheetHeading(next) && !/:/.test(next) && !findDate(next) && /^[A-Z0-9]/.test(next) && !LINK_STRIP.test(next)) {
        venue = next.replace(/[\s,]+$/, '');
        continueVenue(lines, j + 1, end, l.indent, venue, (v) => (venue = v));
      }
    }
    return { body, date: d.date, time, venue: venue === null ? null : cleanVenue(venue), line: i, first };
  }
  return null;
}

/** Adds the wrapped lines of a venue ("Council Chamber, Sessions House," / "County Hall") while they follow on. */
function continueVenue(lines: Line[], from: number, end: number, indent: number, venue: string, set: (v: string) => void): number {
  let v = venue;
  let j = from;
  for (; j >= 0 && j < end && j < from + 3; j++) {
    const l = lines[j] as Line;
    if (l.text === '') break;
    const next = leftText(l);
    if (
      next === '' ||
      Math.abs(l.indent - indent) > 12 ||
      next.length > 100 ||
      isFrontSheetHeading(next) ||
      /:/.test(next) ||
      findDate(next) ||
      /^(?:to|agenda|membership)\b/i.test(next)
    )
      break;
    // A venue ends at its postcode: a line under it is the next paragraph ("This is a hybrid meeting.").
    if (POSTCODE_END.test(v) || (!/,$/.test(v) && !/^[A-Z0-9]{2,4}\s?\d[A-Z]{2}$/.test(next) && !/^[A-Z]/.test(next))) break;
    v = `${v.replace(/,$/, '')}, ${next.replace(/[\s,]+$/, '')}`;
  }
  set(v);
  return j;
}

/** The label of more members under a membership list ("Councillors: A, B"). */
const MORE_MEMBERS = /^(?:councillors|cllrs\.?|members)\s*:\s*/i;

/**
 * A line of a membership list without what a bilingual list prints before the entry in the other language
 * ("Y Cynghorydd / Councillor A Name" gives "Councillor A Name") or the list's own label ("Councillors: A, B").
 */
function memberLine(text: string): string {
  const pair = /^[^/:()]{2,30}\s\/\s(?=\S)/.exec(text);
  const after = pair ? text.slice(pair[0].length) : '';
  const rest = pair && (startsWithTitle(after) || MORE_MEMBERS.test(after)) ? after : text;
  return rest.replace(MORE_MEMBERS, '');
}

/** A name without the role printed after it ("Cllr Rowan Hale (Chair)"). */
const stripRole = (text: string): string => text.replace(/\s*\([^()]{2,30}\)\s*$/, '').trim();

/**
 * Members laid out as a grid, several a row in columns ("Councillor A   Councillor B   Councillor C"), a role
 * wrapped under its name in the same column ("(Chair)"), or the rest of a bracket the name left open (the council
 * they sit for, "Councillor A Bell (Eastby District" over "Council) (Chair)"), or the rest of a name cut at a hyphen
 * ("Councillor A Bell-" over "Smith"): the members row by row, each with what is wrapped under it. A group's heading
 * alone on its line ("Co-opted Members"), after a blank line or straight under the last row, over a row of people in
 * the same columns goes on with the grid, the heading left out; under a substitutes' heading ("Substitutes", see
 * MEMBER_SUBSTITUTES_HEADING) each person takes the heading as their role. Empty unless the first row holds two
 * people or more, each starting a column.
 */
function readMemberGrid(doc: Doc, from: number, end: number): MeetingMember[] {
  const laid = doc.laidOut;
  if (!laid) return [];
  const isPerson = (t: string): boolean => startsWithTitle(t) || looksLikePerson(stripRole(t));
  const columns = headerColumns(laid[from] ?? '');
  if (columns.length < 2 || !columns.every((c) => isPerson(c.header))) return [];
  const titled = columns.every((c) => startsWithTitle(c.header));
  const runsOf = (j: number): { runs: ReturnType<typeof headerColumns>; at: number[] } => {
    const runs = headerColumns(laid[j] ?? '');
    return { runs, at: runs.map((r) => columns.findIndex((c) => Math.abs(c.start - r.start) <= 2)) };
  };
  // A row of people only, each starting a column.
  const peopleRow = (j: number): boolean => {
    const { runs, at } = runsOf(j);
    return runs.length > 0 && !at.some((k) => k < 0) && runs.every((r) => isPerson(r.header) && !/^\(/.test(r.header));
  };
  // A group's heading alone on its line ("Independent Members", "Substitutes") over more people in the grid's columns.
  const groupHeading = (k: number): boolean => {
    const t = (doc.lines[k] as Line).text;
    return headerColumns(laid[k] ?? '').length === 1 && MEMBER_GROUP_HEADING.test(t) && !startsWithTitle(t) && peopleRow(k + 1);
  };
  const entries: string[] = [];
  // The entry each column last took, for a role or the rest of a bracket wrapped under it.
  const lastIn = new Map<number, number>();
  // The role each entry takes from its group's heading ("Substitute"), or none.
  const groupRoles: (string | null)[] = [];
  let groupRole: string | null = null;
  const startGroup = (k: number): void => {
    const t = (doc.lines[k] as Line).text.trim();
    groupRole = MEMBER_SUBSTITUTES_HEADING.test(t) ? t.replace(/s\b/gi, '') : null;
    lastIn.clear();
  };
  for (let j = from; j < end; j++) {
    if ((doc.lines[j] as Line).text === '') {
      // A group's heading after the blank line over more people in the grid's columns.
      const nx = nextNonBlank(doc.lines, j + 1, Math.min(end, j + 1 + MEMBER_GRID_ROW_GAP));
      if (nx < 0 || !groupHeading(nx)) break;
      startGroup(nx);
      j = nx;
      continue;
    }
    // Or straight under the last row ("Substitutes" under the members).
    if (j > from && entries.length > 0 && groupHeading(j)) {
      startGroup(j);
      continue;
    }
    const { runs, at } = runsOf(j);
    if (runs.length === 0 || at.some((k) => k < 0)) break;
    // Under an entry that leaves a bracket open, the run closing it (perhaps with a role after it) is the entry's.
    const wrapped = runs.map((r, k) => {
      const e = lastIn.get(at[k] as number);
      if (e === undefined) return false;
      const above = entries[e] as string;
      // A name cut at a hyphen or after a title and first name ("Councillor Ann Bell-" over "Smith"), perhaps with its
      // brackets after it ("Smith (Eastby Council)"), goes on too.
      if (!openRole(above) && (/\p{L}-$/u.test(above) || NAME_CUT.test(above)) && !startsWithTitle(r.header))
        return /^\p{L}[\p{L}'’-]*(?:\s+\([^()]{2,40}\))*(?:\s+\([^()]*)?$/u.test(r.header);
      return openRole(above) ? /^[^()]*\)(?:\s*\([^()]{2,40}\))?$/.test(r.header) : /^\([^()]{2,40}\)$/.test(r.header);
    });
    // A row of portfolios, each under its column's member ("Finance and Resources"), or one wrapped on under its first line:
    // what the members hold, none of it a member. A grid of titled names only: an untitled name there would be a person.
    const portfolios = titled && runs.every((r, k) => !wrapped[k] && lastIn.has(at[k] as number) && !isPerson(r.header) && MEMBER_GRID_PORTFOLIO_LINE.test(r.header));
    if (portfolios) continue;
    if (!runs.every((r, k) => wrapped[k] || (isPerson(r.header) && !/^\(/.test(r.header)))) break;
    runs.forEach((r, k) => {
      const col = at[k] as number;
      if (wrapped[k]) {
        const e = lastIn.get(col) as number;
        entries[e] = joinWrapped([entries[e] as string, r.header]);
        return;
      }
      lastIn.set(col, entries.length);
      entries.push(r.header);
      groupRoles.push(groupRole);
    });
  }
  return entries.flatMap((e, k) => {
    if (isNobody(e)) return [];
    const m = parseMember(e);
    const role = groupRoles[k] ?? null;
    return [role !== null && m.role === null ? { name: m.name, role } : m];
  });
}

/** Whether text leaves a bracket open at its end ("Councillor A Bell (Deputy"). */
const openRole = (text: string): boolean => /\([^()]*$/.test(text);

/** Whether a line is a membership table's header row ("Councillor | Portfolio"): a name column's heading, then others'. */
function isMembershipHeader(l: Line): boolean {
  if (!l.tabbed) return false;
  const cells = cellsOf(l).filter((c) => c !== '');
  return cells.length >= 2 && MEMBERSHIP_TABLE_HEADER.name.test(cells[0] as string) && cells.slice(1).every((c) => MEMBERSHIP_TABLE_HEADER.beside.test(c));
}

/**
 * A membership table whose members' column is not its first ("Group | Members | Named substitutes", "Party |
 * Councillors"): the column under the members' heading, read row by row, the group, ward or substitute beside each
 * member left out. Empty unless the header row names the members' column and every other column as something else.
 */
function readMembersColumn(doc: Doc, from: number, end: number): string[] {
  const laid = doc.laidOut;
  if (!laid) return readMembersCells(doc, from, end);
  const columns = headerColumns(laid[from] ?? '');
  const named = columns.findIndex((c) => MEMBERSHIP_TABLE_HEADER.name.test(c.header));
  const other = (c: { header: string }): boolean => MEMBERSHIP_TABLE_HEADER.beside.test(c.header) || MEMBERSHIP_TABLE_HEADER.substitutes.test(c.header);
  if (named <= 0 || columns.length < 2 || !columns.every((c, k) => k === named || other(c))) return [];
  // Every run of a row starts where a column does: a line across the columns (a note under the table) is no row.
  const fits = (j: number): boolean => headerColumns(laid[j] ?? '').every((r) => columns.some((c) => Math.abs(c.start - r.start) <= 2));
  const memberCell = (j: number): string => (cellsByPosition(laid[j] ?? '', columns)[named] as string).trim();
  const entries: string[] = [];
  let wrapped = false;
  for (let j = from + 1; j < end; j++) {
    const text = (doc.lines[j] as Line).text;
    if (text === '') {
      // A blank line between two rows of the table (a row's border): the table goes on when a member's row follows.
      const nx = nextNonBlank(doc.lines, j + 1, end);
      if (entries.length === 0 || nx < 0 || isPageFurniture(doc.lines[nx] as Line) || !fits(nx) || !startsWithTitle(memberCell(nx))) break;
      wrapped = false;
      continue;
    }
    if (isPageFurniture(doc.lines[j] as Line) || !fits(j)) break;
    const cell = memberCell(j);
    if (cell === '') continue;
    const above = entries[entries.length - 1] ?? '';
    // A role in brackets wrapped under its member ("Cllr A Bell (Deputy" over "Chair)"), or alone under the name
    // ("(Vice-Chair)"), or the rest of a name cut after a title and first name or at a hyphen ("Councillor Anna" over
    // "Bell", "Ann Bell-" over "Smith"), goes on with it.
    const rest = wrapped && !startsWithTitle(cell) && (NAME_CUT.test(above) || /\p{L}-$/u.test(above));
    if (above !== '' && ((openRole(above) && /^[^()]*\)$/.test(cell)) || /^\([^()]{2,40}\)$/.test(cell) || rest)) {
      entries[entries.length - 1] = joinWrapped([above, cell]);
      continue;
    }
    if (!startsWithTitle(cell) && !looksLikePerson(stripRole(cell))) break;
    entries.push(cell);
    wrapped = true;
  }
  return entries.filter((e) => !isNobody(e));
}

/**
 * The same table as Markdown writes it (a grid table, each cell wrapped over lines of its own, a blank cell line
 * between the paragraphs of a cell): the members' cell of each line, read down the column. A name cut after its first
 * name ("Councillor Anna" over "Bell"), a bracket left open, or a role in brackets alone under its name ("(Vice-Chair)")
 * goes on with the entry above; a cell naming nobody ("-") is skipped. Empty unless the header row is as above.
 */
function readMembersCells(doc: Doc, from: number, end: number): string[] {
  const header = doc.lines[from] as Line;
  if (!header.tabbed) return [];
  const heads = cellsOf(header);
  const named = heads.findIndex((c) => MEMBERSHIP_TABLE_HEADER.name.test(c));
  const other = (c: string): boolean => MEMBERSHIP_TABLE_HEADER.beside.test(c) || MEMBERSHIP_TABLE_HEADER.substitutes.test(c);
  if (named <= 0 || !heads.every((c, k) => k === named || other(c))) return [];
  const entries: string[] = [];
  // Whether a blank cell line or a row's border came since the last line of the column: a new paragraph starts.
  let parted = true;
  for (let j = from + 1; j < end; j++) {
    const l = doc.lines[j] as Line;
    if (!l.tabbed && l.text !== '') break;
    const cells = l.tabbed ? cellsOf(l) : [];
    if (l.tabbed && cells.length !== heads.length) break;
    const cell = (cells[named] ?? '').trim();
    if (cell === '') {
      parted = true;
      continue;
    }
    const above = entries[entries.length - 1] ?? '';
    if (!parted && above !== '' && (NAME_CUT.test(above) || openRole(above) || /\p{L}-$/u.test(above) || /^\([^()]{2,40}\)$/.test(cell))) {
      entries[entries.length - 1] = joinWrapped([above, cell]);
      continue;
    }
    parted = false;
    if (startsWithTitle(cell) || looksLikePerson(stripRole(cell))) entries.push(cell);
    else parted = true;
  }
  return entries.filter((e) => !isNobody(e));
}

/**
 * Members printed in side-by-side columns, each headed by the group its members sit for ("Councillors" beside
 * "Co-opted Members"), or by the body that appointed them ("Northby City Council" beside "Southby District Council",
 * a combined authority's constituent councils), a column perhaps going on to a second group under its own heading
 * further down: the people of each column, read down it, the headings left out. Empty unless the first row holds only
 * such headings, two or more.
 */
function readMemberColumns(doc: Doc, from: number, end: number): string[] {
  const laid = doc.laidOut;
  if (!laid) return [];
  const columns = headerColumns(laid[from] ?? '');
  // A heading may carry a note in brackets ("Co-opted Members (non-voting)"), perhaps wrapped onto the line below.
  const heading = (t: string): boolean => (MEMBER_GROUP_HEADING.test(t.replace(/\s*\([^()]*\)?$/, '')) || MEMBER_BODY_LINE.test(t)) && !startsWithTitle(t);
  if (columns.length < 2 || !columns.every((c) => heading(c.header))) return [];
  const down: string[][] = columns.map(() => []);
  // The columns whose heading leaves a bracket open: its close on a line below is the heading's, not a member.
  const open = new Set(columns.flatMap((c, k) => (openRole(c.header) ? [k] : [])));
  // Where every run of a row starts a column and names a person: the grid's rows may be parted by blank lines.
  const personRow = (k: number): boolean => {
    const runs = headerColumns(laid[k] ?? '');
    return runs.length > 0 && runs.every((r) => columns.some((c) => Math.abs(c.start - r.start) <= 2) && startsWithTitle(r.header));
  };
  for (let j = from + 1; j < end; j++) {
    if ((doc.lines[j] as Line).text === '') {
      const nx = nextNonBlank(doc.lines, j + 1, Math.min(end, j + 1 + MEMBER_GRID_ROW_GAP));
      if (nx >= 0 && down.some((col) => col.length > 0) && personRow(nx)) continue;
      break;
    }
    const runs = headerColumns(laid[j] ?? '');
    const at = runs.map((r) => columns.findIndex((c) => Math.abs(c.start - r.start) <= 2));
    if (runs.length === 0 || at.some((k) => k < 0)) break;
    // Under a member, the body they sit for ("Northvale District Council") is no member either.
    const skip = runs.map((r, k) => {
      const col = down[at[k] as number] as string[];
      return (open.has(at[k] as number) && col.length === 0 && /^[^()]*\)$/.test(r.header)) || (col.length > 0 && MEMBER_BODY_LINE.test(r.header));
    });
    if (!runs.every((r, k) => skip[k] || heading(r.header) || startsWithTitle(r.header) || looksLikePerson(stripRole(r.header)))) break;
    runs.forEach((r, k) => {
      if (!skip[k] && !heading(r.header)) (down[at[k] as number] as string[]).push(r.header);
    });
  }
  return down.flat().filter((e) => !isNobody(e));
}

/**
 * Members printed in groups, each under its heading on a line of its own ("Independent Members" over one or two
 * columns of names, "County Councillors" over the next), a blank line parting the groups; an entry may wrap in its
 * column (a name cut after the first name, a bracket left open). The people of every group, headings left out.
 * Empty unless the list starts with such a heading over people.
 */
function readMemberGroups(doc: Doc, from: number, end: number): string[] {
  const { lines, laidOut: laid } = doc;
  if (!laid) return [];
  // A heading alone on its line: headings side by side are readMemberColumns' layout.
  const heading = (k: number): boolean => {
    const t = (lines[k] as Line).text;
    return headerColumns(laid[k] ?? '').length === 1 && inEitherLanguage(MEMBER_GROUP_HEADING, t) && !startsWithTitle(memberLine(t));
  };
  const isPerson = (t: string): boolean => startsWithTitle(t) || looksLikePerson(stripRole(t));
  // An organisation's sub-heading alone on its line, set left of the member under it ("Eastfield Council" over "  Cllr A Bell").
  const subHeading = (k: number, runs: ReturnType<typeof headerColumns>): boolean => {
    const under = k + 1 < end ? (headerColumns(laid[k + 1] ?? '')[0] ?? null) : null;
    return (
      runs.length === 1 &&
      !startsWithTitle((runs[0] as { header: string }).header) &&
      under !== null &&
      under.start > (runs[0] as { start: number }).start &&
      isPerson(memberLine(under.header))
    );
  };
  const entries: string[] = [];
  let j = from;
  while (j >= 0 && j < end && heading(j)) {
    // The entry each column last took, by where it starts, for a line wrapped under it.
    const lastIn = new Map<number, number>();
    // Where the posts printed beside the members start ("Cllr A Bell   Cabinet Member for Housing"), for a post wrapped under its row.
    const posts: number[] = [];
    let k = j + 1;
    for (; k < end && (lines[k] as Line).text !== ''; k++) {
      // The next group's heading straight under the last member ("Non-voting advisers"): its people follow.
      if (heading(k)) {
        lastIn.clear();
        continue;
      }
      const runs = headerColumns(laid[k] ?? '');
      if (subHeading(k, runs)) continue;
      for (const [x, r] of runs.entries()) {
        const col = [...lastIn.keys()].find((c) => Math.abs(c - r.start) <= 2);
        const prev = col === undefined ? undefined : (lastIn.get(col) as number);
        const above = prev === undefined ? '' : (entries[prev] as string);
        if (prev !== undefined && (openRole(above) || NAME_CUT.test(above) || /\p{L}-$/u.test(above))) {
          entries[prev] = joinWrapped([above, r.header]);
          continue;
        }
        const entry = memberLine(r.header);
        // A post beside the member on its row ("Place Director", though it reads as a name), or wrapped under it in the posts' column, is no member.
        const inPosts = posts.some((c) => Math.abs(c - r.start) <= 2);
        const beside = x > 0 && isPerson(memberLine((runs[0] as { header: string }).header));
        if ((beside && (inPosts || !isPerson(entry) || endsInPostWord(stripRole(entry)))) || (!isPerson(entry) && inPosts)) {
          if (!inPosts) posts.push(r.start);
          continue;
        }
        if (!isPerson(entry)) return entries.filter((e) => !isNobody(e));
        lastIn.set(r.start, entries.length);
        entries.push(entry);
      }
    }
    if (k === j + 1) break;
    j = nextNonBlank(lines, k, end);
  }
  return entries.filter((e) => !isNobody(e));
}

/** Whether a line is a row of people side by side, each cell a titled name ("Cllr A Bell (Mayor)<tab>Cllr C Dale"). */
function peopleRow(l: Line): boolean {
  const cells = l.tabbed ? cellsOf(l).filter((c) => c !== '') : [];
  return cells.length >= 2 && cells.every((c) => startsWithTitle(c) && looksLikePerson(stripRole(c)));
}

/** Reads the membership list that follows "To: The Members of …"; a list that names no one gives none. */
export function readMembers(doc: Doc, end: number): { members: MeetingMember[]; line: number; listLine: number } {
  const { lines } = doc;
  // An e-mail's "To:" names the list address it was sent to, not the members.
  for (let i = mailHeaderEnd(doc); i < end; i++) {
    const l = lines[i] as Line;
    let m: RegExpExecArray | string[] | null = inEitherLanguage(MEMBERSHIP_HEADING, l.text) ? [l.text, ''] : null;
    for (const v of labelVariants(l.text)) m ??= MEMBERSHIP_LABEL.exec(v);
    if (!m) continue;
    let list = memberLine((m[1] as string).trim()).replace(MEMBERSHIP_ADDRESSEE, '');
    let listLine = i;
    // "To: All Members of the Authority" names no one: the list may be under a heading further on, or run on right
    // under it, titled names parted by commas ("Cllr A Bell (Chairman), Cllr C Dale, Cllr" over "E Fox and Cllr G Hale").
    if (ALL_MEMBERS.test(list)) {
      const under = lines[i + 1]?.text ?? '';
      // Or after a blank line, a grid of titled names in columns ("Cllr A Bell (Mayor)   Cllr C Dale"), one or more a row.
      const gap = nextNonBlank(lines, i + 1, Math.min(end, i + 1 + ALL_MEMBERS_GRID_GAP));
      const grid = gap > i + 1 && doc.laidOut !== undefined ? readMemberGrid(doc, gap, end) : [];
      if (grid.length > 1) return { members: grid, line: i, listLine: gap };
      if (i + 1 >= end || !startsWithTitle(under) || !under.includes(',') || !looksLikePerson(stripRole(splitPeople(under)[0] ?? ''))) continue;
      list = memberLine(under);
      listLine = i + 1;
    }
    // "To: Members of the Committee (see membership below)": the list is under its own heading further on.
    if (MEMBERS_LISTED_ELSEWHERE.test(list)) continue;
    if (list === '' || /^(?:the )?members of\b/i.test(list)) {
      // A table's column header row ("Member | Constituent council") is read below, with the table under it.
      let nx = nextNonBlank(lines, i + 1, end);
      // A second heading under the first ("MEMBERS" over "Membership of the Committee") heads the same list.
      if (nx >= 0 && m[1] === '' && inEitherLanguage(MEMBERSHIP_HEADING, (lines[nx] as Line).text)) nx = nextNonBlank(lines, nx + 1, end);
      if (nx < 0) break;
      // "To: The Members of the Authority" over "Dear Councillor,": a letter's addressee, its list (if any) under a heading further on.
      if (LETTER_SALUTATION.test((lines[nx] as Line).text)) continue;
      // "(copy for information to all other Members …)" under the addressee names no one: the list is further on.
      if (MEMBERS_COPY_NOTE.test((lines[nx] as Line).text.trim())) continue;
      list = memberLine((lines[nx] as Line).text);
      listLine = nx;
    }
    // A bulleted list: one member a line.
    if (/^[-•●▪]\s/.test(list)) {
      const entries: string[] = [];
      for (let j = listLine; j < end; j++) {
        const n = lines[j] as Line;
        if (n.text === '') continue;
        const b = /^[-•●▪]\s+(.*)$/.exec(n.text);
        if (!b) break;
        entries.push(b[1] as string);
      }
      const members = entries.map(parseMember).filter((x) => x.name.length > 1 && !isNobody(x.name));
      return { members, line: members.length > 0 ? i : -1, listLine: members.length > 0 ? listLine : -1 };
    }
    const column = readMembersColumn(doc, listLine, end);
    if (column.length > 1) return { members: column.map(parseMember), line: i, listLine };
    const groups = readMemberGroups(doc, listLine, end);
    if (groups.length > 1) return { members: groups.map(parseMember), line: i, listLine };
    const grid = readMemberGrid(doc, listLine, end);
    if (grid.length > 1) return { members: grid, line: i, listLine };
    const grouped = readMemberColumns(doc, listLine, end);
    if (grouped.length > 1) return { members: grouped.map(parseMember), line: i, listLine };
    // A table of members, one a row: the name in the first column, then the council or role they represent.
    // A table's header row ("Councillor | Portfolio", "Member | Organisation / role") is not a member: the rows
    // start under it; on a page layout the header gives the columns, and blank lines part its rows.
    const header = listLine;
    const headerRow =
      isMembershipHeader(lines[listLine] as Line) ||
      ((lines[listLine] as Line).tabbed && MEMBERSHIP_TABLE_HEADER.name.test(cellsOf(lines[listLine] as Line).find((c) => c !== '') ?? ''));
    const headed = doc.laidOut !== undefined && headerRow;
    // A header naming a column of roles ("Member | Constituent council | Role"): that column is each member's role.
    const roleColumn = headerRow && !doc.laidOut ? cellsOf(lines[listLine] as Line).findIndex((c) => MEMBERSHIP_ROLE_COLUMN.test(c)) : -1;
    if (headerRow) {
      const nx = nextNonBlank(lines, listLine + 1, end);
      if (nx < 0) break;
      listLine = nx;
    }
    const firstRow = lines[listLine] as Line;
    if (firstRow.tabbed && looksLikePerson(stripRole(cellsOf(firstRow).find((c) => c !== '') ?? ''))) {
      const entries: string[] = [];
      const roles: string[] = [];
      // A list printed in two columns, a member in each ("Councillor A (Chair)   Councillor B"): read down each column.
      const second: string[] = [];
      // On a page layout the columns are read by position: a row with no name goes on with the role cell above it.
      const columns = doc.laidOut ? headerColumns(doc.laidOut[headed ? header : listLine] ?? '') : [];
      // Under a header, a row's role wraps onto the lines right under it; a line with no name after a blank line or page footer is past the table.
      let parted = false;
      for (let j = listLine; j < end; j++) {
        const n = lines[j] as Line;
        if (headed && (n.text === '' || isPageFurniture(n))) {
          parted = true;
          continue;
        }
        if (n.text === '') {
          // A word processor's paragraphs, a blank line between each: the next row of people (each cell "Cllr …") goes on with the list.
          const nx = nextNonBlank(lines, j + 1, Math.min(end, j + 3));
          if (nx >= 0 && entries.length > 0 && !doc.laidOut && peopleRow(lines[nx] as Line)) continue;
          break;
        }
        const cells = columns.length >= 2 ? cellsByPosition(doc.laidOut?.[j] ?? '', columns) : [];
        if (cells[0] === '' && parted) break;
        parted = false;
        // A role in brackets left open in the name cell ("Councillor A Bell (Deputy" over "Leader)") goes on in the row below.
        const open = entries.length > 0 && openRole(entries[entries.length - 1] as string);
        if ((cells[0] === '' || (open && /^[^()]*\)$/.test(cells[0] as string))) && entries.length > 0) {
          if (cells[0] !== '') entries[entries.length - 1] = `${entries[entries.length - 1] as string} ${cells[0] as string}`;
          roles[roles.length - 1] = `${roles[roles.length - 1] ?? ''} ${cells.slice(1).join(' ')}`.trim();
          continue;
        }
        const rowCells = cells.length > 0 ? cells.filter((c) => c !== '') : n.tabbed ? cellsOf(n).filter((c) => c !== '') : [n.text];
        const name = rowCells[0] ?? '';
        // A vacant seat's row ("Vacancy | Eastby Council | Member") in a table with a header is nobody; the rows go on under it.
        if (headerRow && isNobody(name)) continue;
        if (!looksLikePerson(stripRole(name)) && !(openRole(name) && looksLikePerson(name.replace(/\s*\([^()]*$/, '')))) break;
        entries.push(name);
        const beside = rowCells.slice(1);
        if (roleColumn > 0 && n.tabbed) {
          const role = (cellsOf(n)[roleColumn] ?? '').trim();
          roles.push(/^[-–—]?$/.test(role) ? '' : role);
          continue;
        }
        if (beside.length === 1 && startsWithTitle(name) && startsWithTitle(beside[0] as string) && looksLikePerson(stripRole(beside[0] as string))) {
          second.push(beside[0] as string);
          roles.push('');
        } else roles.push(beside.join(' '));
      }
      const parsed = entries.map(parseMember);
      // Where the name cells print roles in brackets ("Councillor A Bell (Leader)"), the column beside them is a portfolio, not the role.
      const bracketed = parsed.some((m) => m.role !== null);
      const members = [
        ...parsed.map((m, k) => {
          // A portfolio or post in the column beside the name ("Leader of the Council") is the member's role.
          const beside = roles[k] ?? '';
          return !bracketed && (roleColumn > 0 ? beside !== '' : MEMBER_ROLE_CELL.test(beside)) ? { name: m.name, role: beside } : m;
        }),
        ...second.map(parseMember),
      ].filter((x) => x.name.length > 1 && !isNobody(x.name));
      if (members.length > 1) return { members, line: i, listLine };
    }
    // A list wrapped over lines: it runs on after a comma or "and", or in the value column of its label.
    for (let j = listLine + 1; j < end; j++) {
      const n = lines[j] as Line;
      const next = n.text === '' ? '' : memberLine(n.text);
      if (next === '' || /:/.test(next)) break;
      // One member a line, each with a title ("Councillor A (Chair)" over "Councillor B"), or more under a "Councillors:" label, runs on too.
      const own = (startsWithTitle(next) || next.length < n.text.length) && !/(?:,|\band)\s*$/.test(list);
      // A line broken inside a name or role ("Hesketh-" over "Lamb", "Cllr Anna" over "Bell", "(Deputy" over "Mayor)") or before "and" runs on too.
      // So does a line opening with the role in brackets of the name the line above ends on ("… Mira Castellan" over "(Vice-Chair), …").
      const broken =
        /\p{L}-$/u.test(list) ||
        openRole(list) ||
        /^(?:and|&)\s/i.test(next) ||
        (/\p{L}$/u.test(list) && /^\([^()]{2,30}\)(?:[,;]|\s+and\b|$)/.test(next)) ||
        ((NAME_CUT.test(list) || LIST_ENTRY_CUT.test(list) || TITLE_CUT.test(list)) && /^\p{Lu}/u.test(next));
      const runsOn = broken || own || /(?:,|\band)\s*$/.test(list) || (doc.layout && n.indent >= l.indent + 8);
      if (!runsOn || next.length > 300) break;
      list = broken ? joinWrapped([list, next]) : own ? `${list}, ${next}` : `${list} ${next}`;
    }
    const members = splitPeople(list)
      .map(parseMember)
      .filter((x) => x.name.length > 1 && !isNobody(x.name));
    // "To: All Members of the Council" names no one: the list may be under a heading further on.
    if (members.length === 0) continue;
    return { members, line: i, listLine };
  }
  return { members: [], line: -1, listLine: -1 };
}

/**
 * Reads who issued the papers and when: "Issued By Name, Post - 2 June 2025", a "Date of
 * publication:" line, or an unlabelled name-and-post block closing the front sheet with a date
 * printed on the sheet that is not the meeting's.
 */
export function readIssued(
  doc: Doc,
  end: number,
  meetingDate: string | null = null,
  agendaEnd = 0,
  frontSheet: readonly [number, number] | null = null,
): { issuedBy: string | null; issuedOn: string | null } {
  const { lines } = doc;
  for (let i = 0; i < end; i++) {
    const l = lines[i] as Line;
    const m = /^issued\s+by\s*:?\s*(.*)$/i.exec(l.text);
    if (!m) continue;
    let by = (m[1] as string).trim();
    let on: string | null = null;
    const d = findDate(by);
    if (d) {
      on = d.date;
      by = by.slice(0, d.index);
    } else {
      const nx = nextNonBlank(lines, i + 1, end);
      const next = nx >= 0 ? (lines[nx] as Line).text : '';
      const nd = findDate(next);
      if (nd && nd.index <= 4 && next.length < 60) on = nd.date;
    }
    by = by.replace(/[\s,–—-]+(?:on)?\s*$/i, '').trim();
    return { issuedBy: by === '' ? null : by, issuedOn: on };
  }
  let at = closingBlockAt(doc, Math.max(agendaEnd, 0), end);
  let letter = false;
  // A summons written as a letter is signed above the agenda: "Yours faithfully," then the name and post.
  if (at < 0) {
    const yours = lines.slice(0, Math.max(agendaEnd, 0)).findIndex((l) => VALEDICTION.test(l.text));
    if (yours >= 0) at = closingBlockAt(doc, yours + 1, Math.min(agendaEnd, yours + 8), true, doc.web === true);
    letter = at >= 0;
  }
  // A signed letter dated in its reference block ("Date: 3 May 2031" beside "Our ref:") was issued that day, whenever
  // the agenda was put online ("Agenda published: …" under it).
  const letterOn = letter ? letterDate(doc, end, meetingDate) : null;
  if (at < 0) at = signedUnderSummons(doc, agendaEnd);
  // A front sheet signed at its foot, above a separate agenda page: the "Name / Post" block between the header and the agenda heading.
  if (at < 0 && frontSheet) at = closingBlockAt(doc, frontSheet[0], frontSheet[1]);
  if (at < 0) at = signedAboveAgenda(doc, agendaEnd);
  const issuedBy = at >= 0 ? (lines[at] as Line).text : null;
  for (let i = 0; i < end; i++) {
    const l = lines[i] as Line;
    // The label may sit in a contact block beside the header: any cell of a laid-out line.
    const cells = doc.layout && l.tabbed ? cellsOf(l) : [leftText(l)];
    for (const [k, cell] of cells.entries()) {
      for (const v of labelVariants(cell)) {
        const m = ISSUED_LABEL.exec(v);
        // A label alone in its cell of a label table ("Date of issue:" | "Monday, 4 March 2030"): the date is the next cell.
        // A described term ("Agenda published:" then a tab, then the date) gives its value in the line's next cell too.
        const next = cells.length > 1 ? cells[k + 1] : l.tabbed ? cellsOf(l).filter((c) => c !== '')[1] : undefined;
        let value = m && (m[1] as string).trim() === '' ? (next ?? '') : (m?.[1] ?? '');
        // A label alone on its line ("Date of despatch:" over "Tuesday, 1 June 2027"): the date is the line under it.
        if (m && value === '' && !l.tabbed) {
          const nx = nextNonBlank(lines, i + 1, Math.min(end, i + 3));
          const under = nx >= 0 ? (lines[nx] as Line).text : '';
          if (under.length < 60) value = under;
        }
        // A wrapped sentence's last word ("… remain as" over "published.") is no label: a label has its colon or its date.
        // Without its colon the label is followed by its date ("Published 3 May 2027", "Despatched on Monday, 3 May 2027"):
        // a sentence wrapped after the word ("published with the agenda for 7 May 2027") names another paper's date.
        const dated = findDate(value);
        const bare = dated !== null && /^(?:on\s+|this\s+)?(?:[a-z]+day,?\s+)?(?:the\s+)?$/i.test(value.slice(0, dated.index));
        // The day the agenda went online is not the issue of a letter dated in its reference block.
        if (m && dated !== null && letterOn !== null && PUBLICATION_LABEL.test(v)) continue;
        // Unsigned elsewhere, a name over a post in the label's own column, beside a contact block, issued the papers.
        if (m && (/:/.test(v) || bare))
          return { issuedBy: issuedBy ?? (doc.layout && k > 0 ? issuerInLabelColumn(lines, i, k, cells.length) : null), issuedOn: dated?.date ?? null };
      }
    }
  }
  const signedOn = at >= 0 ? dateUnderSignature(doc, at, end, meetingDate) : null;
  return { issuedBy, issuedOn: signedOn ?? mailDate(doc, meetingDate) ?? letterDate(doc, end, meetingDate) ?? otherDate(doc, end, meetingDate) };
}

/**
 * The name printed over a post in the column of a publication label set right of a contact block ("Contact officer: A
 * Bell   Carys Dunn" over "Tel: 01700 …   Head of Legal Services" over "E-mail: …   Published: 3 May 2031"): who issued
 * the papers, though no label names them. Null unless the cells above the label, in its column, are a person then a post.
 */
function issuerInLabelColumn(lines: readonly Line[], i: number, k: number, width: number): string | null {
  const above: string[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const l = lines[j] as Line;
    const cells = l.tabbed ? cellsOf(l) : [];
    if (cells.length !== width) break;
    above.unshift((cells[k] ?? '').trim());
  }
  for (let a = 0; a + 1 < above.length; a++) {
    const name = above[a] as string;
    if (looksLikePerson(name) && !isPostText(name) && above.slice(a + 1).every((c) => isPostText(c))) return name;
  }
  return null;
}

/**
 * The line after the header fields an e-mail opens with ("From:", "To:", "Date:", "Subject:" … down to the first
 * blank line), or 0 when the text does not open as a mail. Folded fields (continued on indented lines) count as theirs.
 */
export function mailHeaderEnd(doc: Doc): number {
  const { lines } = doc;
  let i = nextNonBlank(lines, 0, lines.length);
  if (i < 0) return 0;
  const fields: string[] = [];
  for (; i < lines.length && (lines[i] as Line).text !== ''; i++) {
    const l = lines[i] as Line;
    if (fields.length > 0 && l.indent > 0) continue;
    const m = MAIL_HEADER_FIELD.exec(l.text);
    if (!m) return 0;
    fields.push(m[0].replace(/\s*:$/, '').toLowerCase());
  }
  return fields.length >= 3 && fields.includes('from') && (fields.includes('date') || fields.includes('subject')) ? i : 0;
}

/** The day in an e-mail's "Date:" header field (the day it was sent, so the papers' issue), if not the meeting's. */
function mailDate(doc: Doc, meetingDate: string | null): string | null {
  const end = mailHeaderEnd(doc);
  for (let i = 0; i < end; i++) {
    const m = /^(?:date|sent)\s*:\s*(.*)$/i.exec((doc.lines[i] as Line).text);
    const d = m ? findDate(m[1] as string) : null;
    if (d && d.date !== meetingDate) return d.date;
  }
  return null;
}

/**
 * The sender's contact details in an e-mail's signature (under its "-- " line): the name on its first line, the
 * phone of a "Tel:" line (without the hours after it) and the address of an "Email:" line.
 */
function mailSignatureContact(doc: Doc, end: number): MeetingContact[] {
  const { lines } = doc;
  if (mailHeaderEnd(doc) === 0) return [];
  const at = lines.findIndex((l, k) => k < end && MAIL_SIGNATURE_DELIMITER.test(l.text));
  if (at < 0) return [];
  let name: string | null = null;
  let phone: string | null = null;
  let email: string | null = null;
  for (let j = at + 1; j < end && (lines[j] as Line).text !== ''; j++) {
    const t = (lines[j] as Line).text;
    if (j === at + 1 && looksLikePerson(t)) name = t;
    if (/^(?:tel|telephone|phone|mobile)\b/i.test(t)) phone ??= phonesIn(t)[0] ?? null;
    if (/^e-?mail\b/i.test(t)) email ??= t.match(EMAIL)?.[0] ?? null;
  }
  return phone !== null || email !== null ? [{ name, phone, email }] : [];
}

/** How many paragraphs under a summoning paragraph a web page's letter may print before its "Name / Post" signature. */
const SIGNATURE_PARAGRAPHS = 3;

/**
 * A summons written as a letter without a valediction: the "Name / Post" block right under the summoning paragraph,
 * or closing the summons's page below a notice printed after it; -1 when none.
 */
function signedUnderSummons(doc: Doc, agendaEnd: number): number {
  const { lines } = doc;
  const summons = lines.slice(0, Math.max(agendaEnd, 0)).findIndex((l) => l.text.length > 40 && SUMMONS_LETTER.test(l.text));
  if (summons < 0) return -1;
  const nx = nextNonBlank(lines, summons + 1, agendaEnd);
  // A web page prints the name and the post as paragraphs of their own, a blank line between.
  const spaced = doc.web === true;
  const under = nx >= 0 ? closingBlockAt(doc, nx, Math.min(agendaEnd, nx + (spaced ? 3 : 2)), false, spaced) : -1;
  if (under >= 0) return under;
  // The summoning sentence in a paragraph of the letter: the block under the paragraph, or under the notes after it
  // (a web page's paragraphs: a notice on speaking at the meeting, then the signature).
  let end = summons;
  while (end < agendaEnd && end - summons < 20 && (lines[end] as Line).text !== '') end++;
  const below = end - summons < 20 ? nextNonBlank(lines, end, agendaEnd) : -1;
  let block = below >= 0 ? closingBlockAt(doc, below, Math.min(agendaEnd, below + (spaced ? 3 : 2)), false, spaced) : -1;
  for (let k = 0, from = below; block < 0 && spaced && from >= 0 && k < SIGNATURE_PARAGRAPHS; k++) {
    from = nextNonBlank(lines, from + 1, agendaEnd);
    if (from >= 0) block = closingBlockAt(doc, from, Math.min(agendaEnd, from + 3), false, spaced);
  }
  if (block >= 0 || !doc.paged) return block;
  // The last two lines of text on the summons's page, before the agenda.
  const page = (lines[summons] as Line).page;
  let last = summons;
  for (let i = summons + 1; i < agendaEnd && (lines[i] as Line).page === page; i++) {
    const t = (lines[i] as Line).text;
    if (t !== '' && !isPageFurniture(lines[i] as Line)) last = i;
  }
  return last > nx + 1 && closingBlockAt(doc, last - 1, last + 1) === last - 1 ? last - 1 : -1;
}

/**
 * A front sheet signed at its foot with no valediction, the agenda on the page after ("JANE DOE" / "Head of Legal
 * Services" its last lines, then only the page's footer and the "AGENDA" heading): the name's line, printed in capitals
 * or not; -1 when none.
 */
function signedAboveAgenda(doc: Doc, agendaEnd: number): number {
  const { lines } = doc;
  let k = Math.min(agendaEnd, lines.length) - 1;
  let heading = false;
  for (; k > 0; k--) {
    const l = lines[k] as Line;
    if (/^agenda$/i.test(l.text)) heading = true;
    else if (l.text !== '' && !l.running && !isPageFurniture(l)) break;
  }
  if (!heading || k < 1) return -1;
  const post = (lines[k] as Line).text;
  const name = (lines[k - 1] as Line).text;
  if (post.length >= 60 || !ISSUING_POST.test(post) || /[.:]$/.test(post) || name.length > 40 || /\d/.test(name)) return -1;
  const asPrinted = name === name.toUpperCase() ? name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : name;
  return looksLikePerson(asPrinted) ? k - 1 : -1;
}

/**
 * Where an unlabelled "Name / Post" block closes the front sheet ("Benjamin Watts / General Counsel"); -1 when none.
 * `signed`: the block is under a valediction, where the post may go on to name the body served (see POST_BODY_TAIL).
 * `spaced`: the block is a web page's paragraphs, one blank line between the name and the post.
 */
export function closingBlockAt(doc: Doc, from: number, end: number, signed = false, spaced = false): number {
  const { lines } = doc;
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    const name = l.text;
    if (name === '' || name.length > 40 || !looksLikePerson(name) || /^\d/.test(name)) continue;
    // A table's row of cells ("Payee | Details | Amount") reads as a name run together, but no one signs in a table.
    if (l.tabbed && cellsOf(l).filter((c) => c !== '').length > 1) continue;
    const nx = nextNonBlank(lines, i + 1, end);
    if (nx !== i + 1 && !(spaced && nx === i + 2)) continue;
    // A post printed in two languages ("Clerc … / Clerk and …"): its second half.
    const post = (lines[nx] as Line).text.replace(/^[^/]{3,60}\s\/\s(?=\S)/, '');
    // Under a valediction the post may name the body served after it ("…, Northby City Council"): the post is before it.
    const own = signed ? post.replace(POST_BODY_TAIL, '') : post;
    // A name under a valediction ("Yours sincerely,") signs the letter: its post may be a long one, offices joined by "and".
    const above = prevNonBlank(lines, i - 1, Math.max(0, i - 4));
    const valediction = above >= 0 && VALEDICTION.test((lines[above] as Line).text);
    // A name under a contact box's heading ("Contact Officer" over "A Bell" over "Democratic Services Officer") is whom to ask, not who signs.
    if (above === i - 1 && CONTACT_HEADING.test((lines[above] as Line).text.replace(/\s*:$/, ''))) continue;
    // A labelled line ("Case officer: Jo Bloggs", under a wrapped table cell) is a field, not the signer's post.
    if (own.length < (signed || valediction ? 90 : 60) && ISSUING_POST.test(post) && !/[.:]$|:\s/.test(post)) return i;
  }
  return -1;
}

/**
 * The date printed right under a signature's name and post ("Date: Friday 28 March 2031", or the date alone): the
 * day the letter was signed, when not the meeting's; null when none.
 */
function dateUnderSignature(doc: Doc, name: number, end: number, meetingDate: string | null): string | null {
  const post = nextNonBlank(doc.lines, name + 1, end);
  const under = post >= 0 ? nextNonBlank(doc.lines, post + 1, Math.min(end, post + 3)) : -1;
  const text = under >= 0 ? (doc.lines[under] as Line).text : '';
  const m = /^(?:dated?\s*:?\s*)?(.{0,60})$/i.exec(text);
  const d = m ? isWholeDate((m[1] as string).trim()) : null;
  return d !== null && d !== meetingDate ? d : null;
}

/** The "Date:" of a summons letter's reference block ("Date: 3 May 2031" over "Enquiries: …"), when not the meeting's. */
function letterDate(doc: Doc, end: number, meetingDate: string | null): string | null {
  for (let i = 0; i < end; i++) {
    const l = doc.lines[i] as Line;
    if (l.text === '' || !l.text.includes(':')) continue;
    for (const cell of l.tabbed ? cellsOf(l) : [l.text]) {
      const v = labelVariants(cell).find((x) => /^date\s*:/i.test(x));
      const d = v === undefined ? null : (findLongDate(v) ?? findDate(v));
      if (d && d.date !== meetingDate && inReferenceBlock(doc, i, (v as string).slice(0, 4))) return d.date;
    }
  }
  return null;
}

/** A line of the front sheet that is only a date other than the meeting's: the date of issue. */
function otherDate(doc: Doc, end: number, meetingDate: string | null): string | null {
  for (let i = 0; i < end; i++) {
    const l = doc.lines[i] as Line;
    if (l.text === '') continue;
    for (const cell of l.tabbed ? cellsOf(l) : [l.text]) {
      const d = cell === '' ? null : isWholeDate(cell);
      if (d && d !== meetingDate) return d;
    }
  }
  return null;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d ()-]{7,14}\d/g;

/** Phone numbers in text with 10 to 12 digits, as printed. */
function phonesIn(text: string): string[] {
  return (text.match(PHONE) ?? [])
    .map((p) => p.trim())
    .filter((p) => {
      const digits = p.replace(/\D/g, '').length;
      return digits >= 10 && digits <= 13;
    });
}

/** People named in contact text: runs of capitalised words that are not labels. */
function namesIn(text: string): Array<{ name: string; at: number }> {
  const out: Array<{ name: string; at: number }> = [];
  const cleaned = text.replace(EMAIL, (m) => ' '.repeat(m.length)).replace(PHONE, (m) => ' '.repeat(m.length));
  // A double-barrelled surname keeps its second capital ("Ann Carter-Boyd").
  const re = /\b([A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s+[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*){1,3})\b/g;
  for (let m = re.exec(cleaned); m; m = re.exec(cleaned)) {
    const name = (m[1] as string).replace(/(?:\s+(?:Tel|Telephone|Email|E-mail|Phone|Mobile|Direct|Line|Dial|Fax|On|Or|At))+$/i, '');
    if (
      /^(?:Democratic|Committee|Member|Services|Telephone|Email|Tel|Ask|Contact|Direct|Clerk|Please|Further|For|The|Our|Your|Council|Town|Parish|County|Borough|District)\b/.test(
        name,
      )
    )
      continue;
    // "Panel Support Officer" is a post: its last word says so.
    if (!looksLikePerson(name) || endsInPostWord(name)) continue;
    out.push({ name, at: m.index });
  }
  return out;
}

/**
 * The cells after a contact label's cell `c` that are its value: none when the label closes its cell (`inline` empty)
 * and the next cell opens with a label of its own (OTHER_COLUMN_LABEL: "Contact Officer:" | "Chief Executive: A Bell"),
 * another column's block beside the contact, who is then printed under the label.
 */
function valueCells(cells: readonly string[], c: number, inline: string): readonly string[] {
  const after = cells.slice(c + 1);
  return inline.trim() === '' && after.length > 0 && OTHER_COLUMN_LABEL.label.test(after[0] as string) && !OTHER_COLUMN_LABEL.own.test(after[0] as string) ? [] : after;
}

/**
 * Reads the contacts of a front sheet: the "please contact …" sentence or "Contact:" line, or a
 * contact block in a second column ("Ask for: / Telephone: / Email:"), with the next lines of it.
 */
export function readContacts(doc: Doc, end: number): MeetingContact[] {
  const { lines } = doc;
  for (let i = 0; i < end; i++) {
    const l = lines[i] as Line;
    const cells = l.tabbed ? cellsOf(l).filter((c) => c !== '') : [l.text];
    let at = -1;
    let rest = '';
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as string;
      // A label alone on its line (a web page's "Contact" over its value): the value is the next line.
      if (!l.tabbed && CONTACT_HEADING.test(cell)) {
        // A card under the heading, its post and details on lines of their own, blank lines between.
        const card = contactCardAt(doc, i, end);
        if (card !== null) return [card];
        const nx = nextNonBlank(lines, i + 1, Math.min(end, i + 3));
        // Or a label block under the heading ("Contact officer" over "Name: … / Tel: … / Email: …"): the named person.
        const named = nx >= 0 ? CONTACT_NAME_LABEL.exec((lines[nx] as Line).text) : null;
        if (nx >= 0 && (!(lines[nx] as Line).tabbed || named)) {
          at = c;
          rest = named ? (named[1] as string) : (lines[nx] as Line).text;
          i = nx;
          break;
        }
      }
      const m = cell.length < 400 ? labelVariants(cell).reduce<RegExpExecArray | null>((found, v) => found ?? CONTACT_LABEL.exec(v), null) : null;
      if (m) {
        at = c;
        rest = [m[1] as string, ...valueCells(cells, c, m[1] as string)].join(' ');
        break;
      }
      // A side block's label ends a cell and its value is the next cell: "… Ask for:" | "Name".
      if (/\b(?:ask for|contact(?: officer)?|enquiries to)\s*:\s*$/i.test(cell) && c + 1 < cells.length) {
        at = c;
        rest = valueCells(cells, c, '').join(' ');
        break;
      }
    }
    if (at < 0) continue;
    // The next few lines of the block carry the phone and e-mail (an address may wrap: "…@anyshire" / ".gov.uk").
    let block = rest;
    // A label closing its line ("Contact for enquiries about this agenda:"): the name heads the lines under it.
    const under = rest.trim() === '' && i + 1 < end ? (lines[i + 1] as Line) : null;
    if (under && under.text !== '' && cellsOf(under).filter((c) => c !== '').length === 1 && namesIn(under.text).length === 1) {
      block = under.text;
      i++;
    }
    // The contact's postal address after the name, wrapped or not and closed by its postcode: no one is named in it.
    const address = l.tabbed ? -1 : postalAddressEnd(lines, i, end);
    const named = address > i ? [block, ...lines.slice(i + 1, address + 1).map((a) => a.text)].join(' ') : block;
    if (CONTACT_POSTAL_ADDRESS.test(named)) {
      block = block.slice(0, block.indexOf(','));
      i = Math.max(i, address);
    }
    // A block in a right-hand column whose label gives a post ("Contact: Governance Officer"): the person is under it in that column.
    const column = l.tabbed && at > 0 && namesIn(block).length === 0 ? blockColumn(doc, i, cells[at] as string) : -1;
    let unnamed = column >= 0;
    const close = rowCloseOf(doc, i, end);
    for (let j = i + 1, k = 0; j < end && k < 4; j++) {
      const n = lines[j] as Line;
      // A Markdown grid table's cell holds paragraphs, an empty cell line between them: only the row's border ends it.
      if (n.text === '' && doc.markdown && l.tabbed && n.tabbed) continue;
      // So does a web page's table cell, a blank line between its paragraphs, up to the line closing its row.
      if (n.text === '' && j < close) continue;
      if (n.text === '') break;
      const single = n.tabbed ? cellsOf(n).filter((c) => c !== '') : [n.text];
      const below = j + 1 < end ? (lines[j + 1] as Line) : null;
      const tail = below ? (below.tabbed ? cellsOf(below).filter((c) => c !== '') : [below.text]) : [];
      // An address cut mid-word under its label ("Email:" over "ann.ca" over "rter-boyd@…"): fragment and tail are one address.
      if (single.length === 1 && tail.length === 1 && EMAIL_WRAP.label.test(block) && EMAIL_WRAP.fragment.test(single[0] as string) && EMAIL_WRAP.tail.test(tail[0] as string)) {
        block = `${block} ${single[0] as string}${tail[0] as string}`;
        j++;
        k++;
        continue;
      }
      const own = unnamed ? cellAtColumn(doc, j, column) : '';
      if (own !== '' && looksLikePerson(own) && !endsInPostWord(own)) {
        block = `${block}, ${own}`;
        unnamed = false;
        continue;
      }
      // Each cell of the line that is a phone or e-mail ("Tel: …   Email: …"); other cells are the header beside the block.
      const parts = (n.tabbed ? cellsOf(n).filter((c) => c !== '') : [n.text]).filter(
        (c) =>
          /^(?:tel|telephone|phone|e-?mail|mobile|direct)\b/i.test(c) ||
          /@|^\.[a-z]/i.test(c) ||
          phonesIn(c).length > 0 ||
          (EMAIL_WRAP.domainHead.test(block) && EMAIL_WRAP.domainTail.test(c)),
      );
      if (parts.length > 0) {
        // A label in two languages ("Ffôn / Tel: …") keeps only its last half, so no word of the first joins the name above it.
        for (const part of parts) {
          const right = part.replace(/^[^/:]{1,30}\s\/\s(?=[^/:]{1,30}:)/, '');
          // An address wrapped after its dot ("…@anyshire" / ".gov.uk") or at a hyphen ("ann.carter-" / "boyd@…") joins with no space.
          const joined =
            /^\.[a-z]/i.test(right) || (EMAIL_WRAP.head.test(block) && EMAIL_WRAP.tail.test(right)) || (EMAIL_WRAP.domainHead.test(block) && EMAIL_WRAP.domainTail.test(right));
          block = joined ? `${block}${right}` : `${block} ${right}`;
        }
        k++;
        // The contact's post under their name ("Democratic Services Officer"), before the phone and e-mail.
      } else if (!l.tabbed && !(k === 0 && !n.tabbed && j === i + 1 && namesIn(block).length === 1 && endsInPostWord(n.text))) break;
    }
    const emails = block.match(EMAIL) ?? [];
    const phones = phonesIn(block);
    const names = namesIn(block);
    // "please contact the Clerk for joining details": an office named, and no one, no phone and no e-mail given.
    if (names.length === 0 && phones.length === 0 && emails.length === 0) continue;
    if (names.length <= 1) return withLetterhead(doc, end, [{ name: names[0]?.name ?? null, phone: phones[0] ?? null, email: emails[0] ?? null }]);
    // Several people: each takes the phone and e-mail printed after their name.
    return withLetterhead(
      doc,
      end,
      names.map((n, k) => {
        const until = names[k + 1]?.at ?? block.length;
        const own = block.slice(n.at, until);
        return { name: n.name, phone: phonesIn(own)[0] ?? null, email: own.match(EMAIL)?.[0] ?? null };
      }),
    );
  }
  // A summons sent as an e-mail gives its sender's details in the signature, its header's addresses being the mail's.
  const signed = mailSignatureContact(doc, end);
  if (signed.length > 0) return signed;
  const head = letterhead(doc, end, true);
  return head.length > 0 ? head : sentenceContact(doc, end);
}

/**
 * A web page's contact card beside or below its agenda (lines `from` to `to`): a contact heading alone on its line
 * ("Contact") over its details; none when no such card gives a phone or e-mail.
 */
export function readContactCard(doc: Doc, from: number, to: number): MeetingContact[] {
  for (let i = from; i < to; i++) {
    const card = contactCardAt(doc, i, to);
    if (card !== null) return [card];
  }
  return [];
}

/**
 * The contact card under a contact heading at line i: a few short lines (the person, their post) over the phone and
 * e-mail lines, blank lines between (a web page's paragraphs). The person is null when the card names an office only;
 * null when line i is no such heading or the card gives no phone or e-mail.
 */
function contactCardAt(doc: Doc, i: number, to: number): MeetingContact | null {
  const { lines } = doc;
  const l = lines[i] as Line;
  if (l.tabbed || !CONTACT_HEADING.test(l.text)) return null;
  const held: string[] = [];
  let details = 0;
  for (let j = i + 1, seen = 0; j < to && seen < 6; j++) {
    const t = (lines[j] as Line).text;
    if (t === '') continue;
    seen++;
    const detail = CONTACT_DETAIL_LINE.test(t);
    // The card ends at the first line after its details that is not one (a "Page last updated" line, a footer).
    if ((!detail && details > 0) || t.length > 120 || (lines[j] as Line).tabbed) break;
    if (detail) details++;
    held.push(t);
  }
  if (details === 0) return null;
  const block = held.join(' ');
  const phone = phonesIn(block)[0] ?? null;
  const email = block.match(EMAIL)?.[0] ?? null;
  // Each line of the card on its own: a name run into the post under it ("Jo Bloggs" over "Democratic Services Officer") is no name.
  const name = held.map((t) => namesIn(t)[0]?.name).find((n) => n !== undefined) ?? null;
  return phone !== null || email !== null ? { name, phone, email } : null;
}

/** Where the cell `cell` of laid-out line i starts; -1 when the text is not a page layout. */
function blockColumn(doc: Doc, i: number, cell: string): number {
  const laid = doc.laidOut?.[i];
  return laid === undefined ? -1 : laid.indexOf(cell.slice(0, 8));
}

/** The cell of laid-out line j that starts at `column` (within a space), set off from any text to its left; '' when none. */
function cellAtColumn(doc: Doc, j: number, column: number): string {
  const laid = doc.laidOut?.[j] ?? '';
  for (const m of laid.matchAll(/\S+(?: {1,2}\S+)*/g)) {
    if (Math.abs(m.index - column) > 1) continue;
    return m.index === 0 || laid.slice(Math.max(0, m.index - 2), m.index) === '  ' ? m[0] : '';
  }
  return '';
}

/**
 * The last line of a postal address wrapped from line `i` ("Clerk: A Bell, 4 Mill Lane," over "Eastby AB1 2CD"): each
 * line but the last ends in a comma, the last in a postcode; `i` when the address does not wrap so.
 */
function postalAddressEnd(lines: readonly Line[], i: number, end: number): number {
  for (let j = i + 1; j < Math.min(end, i + 4) && /,$/.test((lines[j - 1] as Line).text); j++) {
    const t = (lines[j] as Line).text;
    if (t === '' || (lines[j] as Line).tabbed) break;
    if (POSTCODE_END.test(t)) return j;
  }
  return i;
}

/** The office's e-mail and phone given in a sentence of the front sheet ("… must reach the Clerk by … at clerk@…"). */
function sentenceContact(doc: Doc, end: number): MeetingContact[] {
  for (let i = 0; i < end; i++) {
    const t = (doc.lines[i] as Line).text;
    if (t.length > 600 || !t.includes('@')) continue;
    const email = t.match(EMAIL)?.[0] ?? null;
    if (email !== null && CONTACT_SENTENCE.test(t)) return [{ name: null, phone: phonesIn(t)[0] ?? null, email }];
  }
  return [];
}

/**
 * The office's phone and e-mail printed in the letterhead at the top of a summons, when no contact is labelled: the
 * first detail line and those run on under it ("Tel: …" over "E-mail: …", a column beside the council's name), with
 * the officer the letterhead names above them ("Town Clerk: Mrs A Bell").
 */
/**
 * The labelled contacts, then the office's phone and e-mail printed in the letterhead above them when they are another
 * contact's (a town clerk's office heading the letter, a deputy named for enquiries under it).
 */
function withLetterhead(doc: Doc, end: number, labelled: MeetingContact[]): MeetingContact[] {
  const head = letterhead(doc, end)[0];
  if (!head) return labelled;
  const known = (x: string | null, field: 'phone' | 'email'): boolean =>
    x !== null && labelled.some((c) => c[field] !== null && c[field].replace(/\s/g, '') === x.replace(/\s/g, ''));
  return known(head.phone, 'phone') || known(head.email, 'email') ? labelled : [...labelled, head];
}

/** How many lines a letterhead's contact details may stand down: within the first few, or within the opening block up to the most. */
const LETTERHEAD_LINES = { first: 6, most: 10 };

function letterhead(doc: Doc, end: number, wholeBlock = false): MeetingContact[] {
  const { lines } = doc;
  // The first few lines, or, when no contact is labelled, the whole block the letter opens with (a council's name, its
  // officer and address each wrapped over two lines), not counting a running header above it.
  let opening = wholeBlock;
  for (let i = 0, seen = 0; i < end && seen < LETTERHEAD_LINES.most && (seen < LETTERHEAD_LINES.first || opening); i++) {
    const t = (lines[i] as Line).text;
    if (wholeBlock && (lines[i] as Line).running) continue;
    if (t === '') {
      opening &&= seen === 0;
      continue;
    }
    seen++;
    let email = t.match(EMAIL)?.[0] ?? null;
    let phone = /\b(?:tel|telephone|phone)\b/i.test(t) ? (phonesIn(t)[0] ?? null) : null;
    if (email === null && phone === null) continue;
    for (let j = i + 1; j < Math.min(end, i + 4); j++) {
      const details = cellsOf(lines[j] as Line).filter((c) => c !== '' && CONTACT_DETAIL_LINE.test(c));
      if (details.length === 0) break;
      for (const c of details) {
        email ??= c.match(EMAIL)?.[0] ?? null;
        phone ??= /\b(?:tel|telephone|phone)\b/i.test(c) ? (phonesIn(c)[0] ?? null) : null;
      }
    }
    return [{ name: letterheadOfficer(lines, i), phone, email }];
  }
  return [];
}

/** The person a letterhead names by post on a line above its contact details (line `upto`, inclusive); null when none. */
function letterheadOfficer(lines: readonly Line[], upto: number): string | null {
  for (let i = 0; i <= upto; i++)
    for (const cell of cellsOf(lines[i] as Line)) {
      const m = LETTERHEAD_OFFICER.exec(cell);
      const name = m ? (m[2] as string).trim() : '';
      if (!m || !ISSUING_POST.test(m[1] as string) || !looksLikePerson(name)) continue;
      // A name wrapped at the end of its line ("…Officer: Ann Mary" over "Jones", centred under it): the surname joins it.
      const below = i + 1 <= upto ? cellsOf(lines[i + 1] as Line).filter((c) => c !== '') : [];
      const surname = m[0].length === cell.length && !m[0].endsWith(',') && below.length === 1 ? (below[0] as string) : '';
      return WRAPPED_SURNAME.test(surname) && looksLikePerson(`${name} ${surname}`) ? `${name} ${surname}` : name;
    }
  return null;
}
