import type { AttendanceGroup, Declaration, MinuteItem, Minutes } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { bareHeadingAt, cellsOf, labelCellOf, locate, nextNonBlank, outcomeHeadingAt, warn } from './doc.ts';
import { findClockTime, findDate, findTime } from './date-text.ts';
import type { AttendanceKind } from './layouts.ts';
import {
  COLON_LABEL_LEAD,
  COLUMN_GROUP_LABEL,
  BRACKETED_NOTE,
  LIST_LEAD_COLON,
  MINUTE_TEXT_TABLE_HEADER_CELL,
  CONSTITUENT_BODY_CELL,
  APPOINTED_MEMBERS_LABEL,
  COVER_LABELS,
  ATTENDEE_TRAILING_POST,
  ATTENDANCE_RUN_ON_SENTENCE,
  ATTENDANCE_SUBGROUP_HEADING,
  BARE_GROUP_LABEL,
  PUBLIC_COUNT_LABEL_LINE,
  ACTION_COLUMN_HEADING,
  DECISION_BOX_LABEL,
  ACTION_LINE,
  ACTION_MARKER,
  SUBSTITUTE_ATTENDED_FOR,
  APOLOGIES_LIST_LEAD,
  ATTENDEE_INITIALS,
  APOLOGIES_SENTENCE,
  APOLOGY_REASON,
  PORTFOLIO_NOTE,
  BODY_DATE_LINE,
  DATE_LINE_PLACE,
  DECLARATION_ITEM_PREFIX,
  HEADING_RULE,
  MINUTE_BOOK_FOOTER,
  HEADING_PERIOD_TAIL,
  HEADING_BRACKET_TAIL,
  BRACKETED_HEADING_LINE,
  DECISION_BLOCK,
  DECISION_NOTICE_OPENING_LABEL,
  CALL_IN_DEADLINE_SENTENCE,
  DECISIONS_HEADING,
  DECISION_SECTION_HEADINGS,
  ITEM_DECLARATION_PARAGRAPH,
  DETERMINATION_HEADING,
  SIGNED_FOR_BODY,
  CLERK_PREFIX,
  CLERK_SUFFIX,
  CONTACT_DETAIL_LINE,
  CONTACT_LABEL,
  COUNCILLOR_TITLE,
  FRONT_SHEET_HEADINGS,
  GENERIC_MEETING,
  FILE_SIZE,
  MEETING_PAGE_LINK,
  MEETING_PAGE_SUBTITLE,
  HEADER_LABELS,
  ITEM_HEADING,
  NOTHING_DECIDED,
  ADDRESS_TITLE,
  ITEM_MARKER,
  ITEM_SUFFIX,
  ITEM_SUFFIX_WRAP,
  KEY_DECISION_NOTE,
  LETTERED_PART,
  LETTERHEAD_LABEL,
  MEETING_DATE_LABEL,
  ENTRY_BULLET,
  ATTENDEE_BULLET,
  MEETING_END,
  MEETING_END_VERB,
  MEETING_END_WRAP,
  DOTTED_NAME_TITLE,
  MEETING_STARTED,
  MEETING_OF_BODY,
  MINUTE_ACTION_HEADER,
  MARGIN_TIME,
  MARGIN_REFERENCE,
  MINUTE_NUMBERS,
  RUN_IN_ABBREVIATION,
  RUN_IN_TITLE,
  TITLE_UNDER_NUMBER,
  MOVEMENT_TAIL,
  MINUTES_HEADING,
  POSTCODE_END,
  TITLE_SEGMENT,
  DECISIONS_TAKEN_BY,
  NONE_SENTENCE,
  NOTED_LIST_LEAD,
  OFFICER_LABEL,
  PARTNER_ATTENDANCE_LABEL,
  OFFICER_POST_NOTE,
  PARTY_LABEL,
  SITTING_LABEL,
  PARAGRAPH_NUMBER,
  PROPOSER_LINE,
  PROSE_AFTER_LIST,
  PROPOSER_MID_LINE,
  PRESIDING_LINE,
  CHAIR_SENTENCE,
  PROTECTIVE_MARKING,
  RECORD_DATE_LABELS,
  RECORD_SECTION_HEADING,
  RECORD_SECTION_TITLE,
  RECORD_STATUS,
  RECORD_STATUS_NOTE,
  MEETING_BROADCAST_NOTE,
  BODY_KIND_ONLY,
  FULL_COUNCIL_BODY,
  BARE_COUNCIL_BODY,
  LOCAL_COUNCIL_NAME,
  RECOMMENDATION_LEAD,
  RECOMMENDED_TO_OWN_COUNCIL,
  RESOLUTION_LEADS,
  RECOMMENDED_THAT_LEAD,
  WRAPPED_RECOMMENDATION,
  COUNTED_ATTENDEES,
  MOVER_BEFORE_LEAD,
  LEAD_VERB_SUBJECT_END,
  LEAD_VOTE_TALLY,
  RESOLUTION_WITH_REASONS,
  RESOLVED_LIST_SUBHEADING,
  VOTE_TALLY,
  BODY_BEFORE_LEAD,
  BODY_DECIDED_SENTENCE,
  RESOLUTION_AFTER_WRAPPED_IT,
  RESOLUTION_LEAD_ALONE,
  LIST_LEAD_OPEN_END,
  TITLE_WRAPPED_AT_END,
  COUNT_WRAPPED_AT_END,
  RESOLUTION_LEAD_WRAP,
  RESOLUTION_MID_LINE,
  ELECTORS_MEETING_TITLE,
  SENTENCE_BROKEN,
  SENTENCE_END,
  STACKED_VENUE,
  TABLE_CELL_GOES_ON,
  WRAP_LEADS_ON,
  CAPITALS_HEADING_MAX,
  HEADING_DATE_WRAP,
  WRAPPED_DATE_START,
  SENTENCE_RUNS_ON,
  COLUMN_LIST_WRAP,
  MEMBER_GROUP_HEADING,
  MEMBER_GROUP_ROW_HEADING,
  HEADER_CELL_NOTE,
  MEMBERSHIP_TABLE_HEADER,
  NAME_CELL_WRAPPED_AFTER_FORENAME,
  BESIDE_COLUMN_ROWS_AGREE,
  NUMBER_ALONE_CELL,
  PERSON_DASH_POST,
  BULLET_PERSON_TAIL,
  POST_BODY_TAIL,
  VENUE_START_TIME,
  VENUE_WORDS,
  WRAPPED_COLUMN_LABEL,
  WRAPPED_LABEL_TAIL_CELL,
  PORTFOLIO_COLUMN,
  CALL_IN_EFFECTIVE,
  COMPOUND_HEAD,
} from './layouts.ts';
import { readActionLogs } from './action-plan.ts';
import { samePerson } from './attendance.ts';
import { readAttendanceGrid } from './attendance-grid.ts';
import { columnEntries, entriesWithPosts } from './attendance-table.ts';
import { readRegister, registerColumns } from './attendance-register.ts';
import { columnLines, extendHeader, flowedColumns, headerColumns, rowCellsByPosition, sideBySide } from './layout-columns.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { isSectionHeading, markerOf, readMarkedList, tableHeaderRow } from './marked-list.ts';
import { readMinuteTable } from './minute-table.ts';
import { readDecisionTables } from './decision-table.ts';
import { attendanceAsLabels, declarationsByItem, satAt } from './opening-prose.ts';
import {
  attendanceLabelOf,
  dropRoleNotes,
  dropPortfolioNote,
  dropMeetingRoleNote,
  endsInPostWord,
  countedPeople,
  isNobody,
  isPostText,
  sharedPostHolders,
  joinWrapped,
  ocrNameLetters,
  labelledLine,
  looksLikePerson,
  splitPeople,
  splitPeopleList,
  splitPostedPeople,
  splitHeldPosts,
  splitPostAfterHolders,
  personCommaPost,
  startsWithPluralTitle,
  startsWithTitle,
  personDashNote,
  runsOnTitledList,
  titledRunIn,
} from './names.ts';
import { cleanInline, isPageFurniture, lowerWords } from './text-normalise.ts';
import { isActionPlanHeader } from './segment.ts';
import { coverFieldsOf } from './report-cover.ts';

/**
 * An item of a list under a lead-in: numbered ("1.", "2)"), lettered or in roman numerals in brackets ("(a)", "ii)"),
 * lettered with a full stop as a web page's lettered list renders ("a.", "b."), or bulleted.
 */
const LIST_ITEM = /^(?:[-•*·]\s*)?(?:(\d{1,2})[.)]|\(?([a-z]|[ivx]{1,4})\)|[a-z]\.)\s+(\S.*)$|^[-•*·]\s+(\S.*)$/;
const DECISION_LEAD = /\b(?:resolved|agreed|approved|endorsed|decided|noted|resolution|recommended)\b/i;
/**
 * A lead-in ending with the body that decides ("That the Committee:"); not a meeting named only as a time
 * ("… circulated to members before the meeting:") nor a body the papers went to ("… circulated to members:"), under
 * which a report's points are listed.
 */
const BODY_END =
  /\b(?<!\b(?:before|after|during|since|at|following|prior\s+to)\s+(?:the\s+|this\s+|that\s+)?)(?<!\b(?:to|for|from|with|among|between)\s+(?:the\s+|all\s+)?)(?:cabinet|committee|council|board|panel|group|sub-committee|meeting|members)\s*:?\s*$/i;
const DECISION_VERB =
  /^(?:agreed?|noted?|approved?|endorsed?|requested|resolved|supported|commented|authori[sz]ed?|delegated?|recommended?|confirmed?|accepted?|deferred|declined|that\b)/i;
/**
 * Signature lines at the foot of minutes pages: not content. The leader may be dots, an ellipsis character or a rule;
 * the chair's initials asked for at the foot of each page ("Chairman's initials ……") are one too.
 */
const SIGNATURE =
  /^(?:chair(?:man|person)?|vice-chair(?:man)?|signed|date|dated)\b[\s.:_…]*(?:_{2,}.*|(?:\.{3,}|…).*|dated?\b.*)?$|^_{3,}.*$|^(?:signed|chair(?:man)?)\s*(?:[._]{3,}|…)|^(?:(?:(?:town|lord|deputy|vice)\s+)?(?:chair(?:man|person)?|mayor|president)['’]s\s+)?initials\s*:?\s*(?:[._]{3,}|…)[\s._…]*$|^(?:chair(?:man|person)?|mayor|president)['’]s\s+initials\s*:?$/i;
/** Titles of the minute that records declarations of interest. */
export const DECLARATIONS_TITLE = /\b(?:declarations?|disclosures?|register|conflicts?)\s+of\s+(?:[a-z]+\s+){0,5}interests?\b|\binterests?\s+declared\b/i;

interface Header {
  body: string;
  date: string | null;
  time: string | null;
  venue: string | null;
}

/** A weekday before a date ("Tuesday 18 November 2025"), which is not a body. */
const WEEKDAY_ONLY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?$/i;

/** Reads body, date, time and venue from the heading lines of a set of minutes. */
function readHeader(lines: readonly string[]): Header {
  // The record's status ("DRAFT – to be approved …") is about the minutes, not the meeting: no body, date or venue.
  const texts = lines.filter((t) => !RECORD_STATUS.test(t));
  const block = texts.join(' ').replace(/\s+/g, ' ');
  let body: string | null = null;
  let date: string | null = null;
  const of =
    MEETING_OF_BODY.exec(block) ??
    DECISIONS_TAKEN_BY.exec(block) ??
    // "Minutes of the Planning Committee held …", or after the council's name and a dash ("Eastby Town Council – Minutes of …").
    /(?:^|\s[–—-]\s+)(?:the\s+)?(?:draft\s+|confirmed\s+)?minutes of (?:the )?(?!(?:an? |the )?(?:[a-z-]+ )?(?:meeting|proceedings)\b)(.+?)(?:\s+(?:held|meeting)\b|\s*[,–—-]\s*\d|\s+on\s+|$)/i.exec(
      block,
    );
  if (of) body = beforeLabelledLine((of[1] as string).replace(/[\s,]+$/, '').trim(), texts);
  // "CABINET – RECORD OF DECISIONS": the body named before the record's heading.
  body ??= texts.map((t) => DECISIONS_HEADING.exec(t)?.[1]).find((b) => b !== undefined) ?? null;
  // "Minutes of the Annual Parish Meeting": the electors' meeting is the body, whatever meeting a notice under it names.
  const electors = ELECTORS_MEETING_TITLE.exec(block);
  if (electors) body = electors[1] as string;
  for (const t of texts) {
    const bd = BODY_DATE_LINE.exec(t) ?? MEETING_PAGE_SUBTITLE.exec(t);
    if (
      bd &&
      !headerLabelled(`${(bd[1] as string).trim()}:`) &&
      !MINUTES_HEADING.test(t) &&
      !DECISIONS_HEADING.test(t) &&
      !GENERIC_MEETING.test((bd[1] as string).trim()) &&
      !WEEKDAY_ONLY.test((bd[1] as string).trim())
    ) {
      body ??= withoutRecordSegment((bd[1] as string).replace(/[\s,–—-]+$/, '').trim());
      date ??= findDate(bd[2] as string)?.date ?? null;
    }
  }
  if (body !== null) body = body.replace(/^(?:an? |the )?(?:(?:ordinary|special|extraordinary|annual|general)\s+)?meeting of (?:the )?/i, '');
  // A title's translation in brackets on a line of its own under it ("… OF THE FULL COUNCIL" / "(COFNODION …)") is not the body's.
  if (body !== null) {
    const named = body;
    const bracket = texts.find((t) => BRACKETED_HEADING_LINE.test(t) && named.endsWith(` ${t}`) && named.length > t.length + 1);
    if (bracket !== undefined) body = body.slice(0, body.length - bracket.length).trim();
  }
  // "… Meeting of the Parish Council held …" under the council's name: the body is the council named in full.
  if (body !== null && BODY_KIND_ONLY.test(body)) {
    const kind = ` ${body.toLowerCase()}`;
    body = texts.find((t) => isName(t) && t.toLowerCase().endsWith(kind)) ?? body;
  }
  // "… Meeting of the Council …" under a parish or town council's name: the council named in full.
  if (body !== null && /^council$/i.test(body)) body = texts.find((t) => isName(t) && LOCAL_COUNCIL_NAME.test(t)) ?? body;
  // "Meeting:   Planning Committee" in a label column: the value is the body.
  body ??= labelledBody(texts);
  if (body === null) {
    // The named line nearest above the date: the committee, before the council's name above it.
    const dateAt = texts.findIndex((t) => findDate(t) !== null);
    // A labelled field ("Chair: A Bell") names a person, not the body.
    // An address line ending in a postcode names a place, and a line carrying on a "… held in the …" heading wrapped
    // over it is its venue's rest ("… County Hall, Castle" / "Parade, Eastby, EB1 2AA"): neither is the body.
    const venueWrap = (k: number): boolean => {
      const prev = texts[k - 1];
      return prev !== undefined && MINUTES_HEADING.test(prev) && /\bheld\b/i.test(prev) && !/[.:;,]$/.test(prev);
    };
    const named = (t: string, k: number): boolean => isName(t) && !LABEL_VALUE.test(t) && !POSTCODE_END.test(t) && !venueWrap(k);
    const aboveAt = dateAt >= 0 ? texts.slice(0, dateAt).findLastIndex(named) : -1;
    const first = texts.find((t, k) => named(t, k) && !(k > 0 && /,$/.test(texts[k - 1] as string)));
    body = ((aboveAt >= 0 ? texts[aboveAt] : first) ?? '').replace(/^(?:an? |the )?(?:(?:ordinary|special|extraordinary|annual|general)\s+)?meeting of (?:the )?/i, '');
  }
  const heldAt = block.search(/\bheld\b/i);
  const after = heldAt >= 0 ? block.slice(heldAt) : block;
  const d = findDate(after) ?? findDate(block);
  date ??= d?.date ?? null;
  let venue: string | null = null;
  const v =
    /\bheld\s+(?:remotely\s+)?(?:at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+)?(?:in|at)\s+(?:the\s+)?(.+?)(?:,?\s+on\s+|,?\s+at\s+\d|\s+(?:commencing|starting)\b|\.\s|\.?$)/i.exec(
      after,
    );
  if (v && !/^\d/.test(v[1] as string) && !findDate(v[1] as string)) venue = (v[1] as string).replace(/[,\s]+$/, '').trim();
  else if (d) {
    const rest = after.slice(Math.max(0, after.indexOf(after.slice(d.index))) + d.length);
    const tail = /\b(?:in|at|IN|AT)\s+(?:the\s+|THE\s+)?([A-Z][^]*?)\.?$/.exec(rest.replace(/^\s*at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)/i, ''));
    if (tail) venue = (tail[1] as string).replace(VENUE_START_TIME, '').trim();
  }
  // A line of its own under the date line may be the venue: a stacked heading's ("Wednesday, 3 June 2031 at 6.00 pm" /
  // "Council Chamber, Town Hall"), or a heading line that names a place ("Memorial Hall, Kirk Road, Eastby").
  const dateAt = texts.findIndex((t) => findDate(t) !== null);
  const under = dateAt >= 0 ? texts[dateAt + 1] : undefined;
  // A place on a long date line that wraps onto the next ("… 10.00am, Council Chamber, Shire" / "Hall, Castle Hill"): read joined.
  const dateLine = dateAt >= 0 ? (texts[dateAt] as string) : '';
  if (venue === null && under !== undefined && dateLine.length >= 60 && !/[.;:]$/.test(dateLine) && !under.includes(':') && !findDate(under) && placeAfterDate(dateLine) !== null)
    venue = placeAfterDate(`${dateLine} ${under}`);
  if (venue === null && under !== undefined && !under.includes(':') && !findDate(under) && STACKED_VENUE.test(under)) venue = under.replace(/[\s,.]+$/, '');
  if (venue === '') venue = null;
  if (venue === null && d && under !== undefined && venueLine(under)) venue = under.replace(/[\s,]+$/, '');
  if (venue === null) venue = labelledVenue(texts);
  if (venue === null && dateAt >= 0) venue = placeAfterDate(texts[dateAt] as string);
  // A heading sentence wrapped over lines puts the date on one line and the place after it on the next: read them joined.
  if (venue === null && d) venue = placeAfterDate(after);
  // A sentence giving the call-in deadline ("The deadline for call-in is 5.00 pm on …") times the deadline, not the meeting.
  const timed = block
    .split(/(?<=[a-z)]\.)\s+(?=[A-Z])/)
    .filter((s) => !CALL_IN_DEADLINE_SENTENCE.test(s))
    .join(' ');
  const timedAfter = timed.slice(Math.max(0, timed.search(/\bheld\b/i)));
  const td = findDate(timedAfter) ?? findDate(timed);
  const time = td ? (findTime(timed.slice(timed.indexOf(timedAfter) + td.index)) ?? findTime(timed)) : findTime(timed);
  return { body, date, time: time?.time ?? null, venue };
}

/**
 * A body read from the heading lines joined, cut where a labelled line under its own starts ("Minutes of the meeting of
 * the Cabinet" over "Date: Thursday 6 March 2031", "Time: …"): the label's line is the meeting's details, not the body.
 */
function beforeLabelledLine(body: string, texts: readonly string[]): string {
  let cut = body.length;
  for (const t of texts.slice(1)) {
    if (!LABEL_VALUE.test(t)) continue;
    const at = body.indexOf(` ${t.slice(0, t.indexOf(':') + 1)}`);
    if (at > 0 && at < cut) cut = at;
  }
  return body.slice(0, cut).replace(/[\s,]+$/, '');
}

/**
 * The place printed on a heading's date line after the date and time, set off by a comma ("Wednesday 3 June 2031,
 * 6.00pm, Committee Room 2, Town Hall"): a place by its words (STACKED_VENUE); null for anything else.
 */
function placeAfterDate(line: string): string | null {
  const d = findDate(line);
  if (!d) return null;
  let rest = line.slice(d.index + d.length);
  const time = findTime(rest);
  if (time && /^[\s,]*(?:at\s+)?$/i.test(rest.slice(0, time.index))) rest = rest.slice(time.index + time.length);
  const place = DATE_LINE_PLACE.exec(rest)?.[1];
  return place !== undefined && STACKED_VENUE.test(place) && !findDate(place) ? place : null;
}

/** A body read from a page title without the segment that names the record ("Licensing Panel – minutes" gives "Licensing Panel"). */
function withoutRecordSegment(title: string): string {
  // The separator before the date stays on the body's end when it is a bar ("Licensing Panel | Minutes |").
  const body = title.replace(/[\s|]+$/, '');
  const segments = body.split(TITLE_SEGMENT);
  const last = (segments[segments.length - 1] as string).trim();
  if (segments.length < 2 || !MINUTES_HEADING.test(last) || last.split(/\s+/).length > 2) return title;
  return body.slice(0, body.lastIndexOf(last)).replace(/[\s|–—-]+$/, '');
}

/** The body a heading's label column names ("Meeting: Planning Committee", "Committee: Licensing Panel"); null when none. */
function labelledBody(texts: readonly string[]): string | null {
  for (const t of texts) {
    const m = /^([A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(\S.*)$/.exec(t);
    if (m && HEADER_LABELS.body.test((m[1] as string).trim()) && !findDate(m[2] as string)) return (m[2] as string).replace(/[\s,.]+$/, '').trim();
  }
  return null;
}

/** The venue a heading's labelled fields give ("Location" over its value, or "Venue: …"); null when none. */
function labelledVenue(texts: readonly string[]): string | null {
  for (let k = 0; k < texts.length; k++) {
    const m = /^([A-Za-z][A-Za-z ]{1,30}?)\s*(?::\s*(\S.*))?$/.exec(texts[k] as string);
    if (!m || !HEADER_LABELS.venue.test((m[1] as string).trim())) continue;
    const value = m[2] ?? texts[k + 1];
    if (value !== undefined && !/:/.test(value) && !findDate(value)) return value.replace(/[\s,.]+$/, '');
  }
  return null;
}

/** A paragraph that opens with a label of a few words and a colon ("Decisions issued since the last meeting: …"). */
const LABELLED_PARAGRAPH = /^[A-Z][A-Za-z ,'’()/-]{1,60}:\s+\S/;

/**
 * Whether a heading line is a place alone: no label, date or sentence, an address with commas or a word naming a
 * building, its words capitalised but for the small words of a place's name ("Hall of the Guild, Main Street").
 */
function venueLine(t: string): boolean {
  return (
    t.length < 120 &&
    t.split(/\s+/).every((w) => /^[A-Z0-9(&]/.test(w) || PLACE_SMALL_WORD.test(w)) &&
    !/[:.!?]/.test(t.replace(/\b(?:St|Rd|No)\./g, '')) &&
    !findDate(t) &&
    !MINUTES_HEADING.test(t) &&
    !FRONT_SHEET_HEADINGS.some((h) => h.test(t)) &&
    (t.includes(',') || VENUE_WORDS.test(t))
  );
}

/** Lower-case words inside a place's name. */
const PLACE_SMALL_WORD = /^(?:of|the|and|on|upon|in|at|by|under|le|la|de|y|yr)$/;

/** Strips a paragraph number ("(2)", "3.") that minutes put before a sentence. */
const unnumbered = (t: string): string => t.replace(PARAGRAPH_NUMBER, '');

const DECLARED_WORD = /\sdeclared\s/i;

/** A bullet before a declaration in a list of them. */
const DECLARATION_BULLET = /^[-*•●▪]\s+/;

/**
 * A line's text, with the next line's when the sentence breaks after its last "at" ("… closed the meeting at" over
 * "9.40pm.") or between its verb and the meeting (MEETING_END_WRAP): the meeting's close read whole.
 */
function closingText(lines: readonly Line[], i: number, end: number): string {
  const t = (lines[i] as Line).text;
  if (t.length > 160) return t;
  const at = t.endsWith(' at');
  if (!at && !MEETING_END_WRAP.head.test(t)) return t;
  const next = lines[i + 1];
  if (i + 1 >= end || !next || next.text === '') return t;
  return at || MEETING_END_WRAP.tail.test(next.text) ? `${t} ${next.text}` : t;
}

/**
 * When the meeting closed, said under a table that closes the minutes and is read as a part of its own (an action
 * table after the last minute, then "The meeting ended at 8.47 pm."): the time from the first closing sentence in the
 * span, read against the time the meeting started; null when none is printed.
 */
export function closingTimeIn(doc: Doc, span: Span, started: string | null): string | null {
  for (let i = span.start; i < span.end; i++) {
    const t = closingText(doc.lines, i, span.end);
    const end = t !== '' && t.length < 200 && MEETING_END_VERB.test(t) ? MEETING_END.exec(t) : null;
    if (end) return findClockTime(end[1] as string, started)?.time ?? null;
  }
  return null;
}

/** A full stop after a title or a short form ("Dr.", "No.") ends no sentence. */
const ABBREVIATION_END = /\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|Rev|Revd|St|No|Sgt|Insp|Supt)\.$/;

/**
 * A paragraph declaring for two people or more, each in a sentence of their own ("A declared … He stayed. B declared
 * …"): one piece a declaration, the sentences after a declaring one staying with it. Other paragraphs are kept whole.
 */
function declaringSentences(raw: string): string[] {
  if ((raw.match(/\sdeclared\s/gi) ?? []).length < 2) return [raw];
  const sentences: string[] = [];
  for (const piece of raw.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
    const prev = sentences[sentences.length - 1];
    if (prev !== undefined && ABBREVIATION_END.test(prev)) sentences[sentences.length - 1] = `${prev} ${piece}`;
    else sentences.push(piece);
  }
  const out: string[] = [];
  for (const sentence of sentences) {
    if (out.length === 0 || DECLARED_WORD.test(sentence)) out.push(sentence);
    else out[out.length - 1] = `${out[out.length - 1] as string} ${sentence}`;
  }
  return out;
}

/**
 * Declarations of interest in a minute's paragraphs: "Cllr A – interest", "Ms B declared an interest that …". A member
 * called by the initials the attendance gave them ("AB declared …", see ATTENDEE_INITIALS) is named by `initials`.
 */
export function readDeclarations(lines: readonly string[], initials?: ReadonlyMap<string, string>): Declaration[] {
  const out: Declaration[] = [];
  for (const raw of lines.flatMap(declaringSentences)) {
    // Only a sentence with "declared" or a "Name – interest" line declares anything.
    if (!/declared|\s[–—-]\s/i.test(raw)) continue;
    // A bulleted declaration ("- Cllr A declared …", a web page's list) is read without its bullet, and a lettered part
    // of the minute ("a) Cllr A declared …") without its letter.
    const bare = unnumbered(raw.length > 600 ? raw.slice(0, 600) : raw).replace(DECLARATION_BULLET, '');
    const printed = LETTERED_PART.test(bare) ? bare.slice(bare.indexOf(')') + 1).trimStart() : bare;
    // "Item 7.3 – Cllr A declared …": the item goes after the interest, the member opens the sentence.
    const item = DECLARATION_ITEM_PREFIX.exec(printed);
    const t = item ? printed.slice(item[0].length) : printed;
    const about = item ? ` (item ${item[1] as string})` : '';
    const dash = /^((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+[–—-]\s+(.+)$/.exec(t);
    if (dash) {
      out.push({ member: (dash[1] as string).trim(), interest: `${(dash[2] as string).trim()}${about}` });
      continue;
    }
    // "declared" between spaces, looked for before the pattern that tries every length of the subject.
    const declared = DECLARED_WORD.test(t) ? /^(.{2,300}?)\s+(?:all\s+|each\s+|further\s+|also\s+)?declared\s+(.+)$/i.exec(t) : null;
    if (!declared) continue;
    const subject = (declared[1] as string).replace(/,?\s+(?:all|each|both)$/i, '');
    // "All Members declared …" names no one: a declaration needs a member.
    const people = splitPeopleList(subject)
      .map((p) => initials?.get(p) ?? p)
      .filter((p) => !isNobody(p) && (startsWithTitle(p) || looksLikePerson(p)));
    if (people.length === 0) continue;
    const interest = (declared[2] as string).replace(/^(?:the following\s+)?/i, '').trim();
    for (const member of people) out.push({ member, interest: `${interest}${about}` });
  }
  return out;
}

/**
 * The old reading: a list after a lead-in that says what was decided ("the Cabinet resolved to:"); not a list the
 * meeting only received and noted for information.
 */
function readLeadInList(body: readonly Line[]): string[] {
  let leadIn = -1;
  for (let k = 0; k < body.length; k++) {
    const l = body[k] as Line;
    if (LIST_ITEM.test(l.text)) {
      if (leadIn === -1) {
        const prev = body
          .slice(0, k)
          .reverse()
          .find((x) => x.text !== '');
        const m = LIST_ITEM.exec(l.text);
        const first = (m?.[3] ?? m?.[4] ?? '') as string;
        // The lead-in is the paragraph's last sentence: one before it ("The report was received and noted. In particular
        // the Clerk reported that:") decided nothing about the list.
        const lead = prev ? (prev.text.split(SENTENCE_END).pop() as string) : '';
        if (prev && !LIST_ITEM.test(prev.text) && !NOTED_LIST_LEAD.test(prev.text) && (DECISION_LEAD.test(lead) || BODY_END.test(lead) || DECISION_VERB.test(first))) leadIn = k;
      }
      if (leadIn !== -1) break;
    }
  }
  if (leadIn < 0) return [];
  const out: string[] = [];
  // On a laid-out page, the line of the last item's marker, and whether its wrapped lines hang deeper than the marker.
  let marker: Line | null = null;
  let hangs = false;
  for (let k = leadIn; k < body.length; k++) {
    const l = body[k] as Line;
    // The list goes on over a page break, under the footer and the next page's header.
    if (l.text === '' || isPageFurniture(l)) continue;
    const m = LIST_ITEM.exec(l.text);
    // A list set deeper than the item's marker ("(c) … subject to the following conditions:" over "1. …", "(a) …
    // namely:" over "(i) …") is the item's own: more of it, not items of the list.
    const nested = marker !== null && out.length > 0 && l.page === marker.page && l.indent >= marker.indent + 3;
    if (m && !nested) {
      out.push(((m[3] ?? m[4]) as string).trim());
      marker = l.indent > 0 ? l : null;
      hangs = false;
      continue;
    }
    const prevRaw = (body[k - 1] as Line | undefined)?.text ?? '';
    // Under items whose lines hang, an unmarked sentence back at the markers' column after an item's full stop
    // ("Councillor A returned to the meeting.") is the minute's prose again, not more of the last item.
    if (!m && marker !== null && hangs && l.indent <= marker.indent + 1 && /[.!?]$/.test(prevRaw) && /^[A-Z]/.test(l.text)) break;
    if (marker !== null && l.indent >= marker.indent + 3) hangs = true;
    if (nested && out.length > 0) {
      out[out.length - 1] += ` ${l.text}`;
      continue;
    }
    if (prevRaw !== '' && out.length > 0 && (/^[a-z(]/.test(l.text) || /^\s{2,}|^\t/.test(l.raw))) {
      out[out.length - 1] += ` ${l.text}`;
      continue;
    }
    break;
  }
  return out;
}

/** Each paragraph saying what the body decided, its subject the body ("The Committee agreed to note …"): what was decided. */
function bodyDecided(body: readonly Line[]): string[] {
  const out: string[] = [];
  const width = Math.max(0, ...body.map((l) => (l.text.length < 2000 ? l.text.length : 0)));
  for (let k = 0; k < body.length; k++) {
    const t = (body[k] as Line).text;
    // A paragraph starts under a blank line, or at the top of a page, under the last page's footer.
    const above = k === 0 ? '' : (body[k - 1] as Line).text;
    const opens = above === '' || isPageFurniture(above);
    const m = t.length < 2000 && (opens || unwrappedParagraphEnd(above, t, width)) ? BODY_DECIDED_SENTENCE.exec(t) : null;
    // Under prose with no blank line between, only a sentence that says the body resolved, agreed or decided is a
    // decision; one that only approved or noted ("The Panel noted the update.") closes the discussion.
    if (!m || (!opens && !/\b(?:resolved|agreed|decided)\b/i.test(t.slice(0, t.length - (m[1] as string).length)))) continue;
    const parts = [m[1] as string];
    for (k++; k < body.length; k++) {
      const next = (body[k] as Line).text;
      if (next === '' || isPageFurniture(next) || unwrappedParagraphEnd(parts[parts.length - 1] as string, next, width)) break;
      parts.push(next);
    }
    k--;
    out.push(joinWrapped(parts));
  }
  return out;
}

/**
 * Whether `line` ends a paragraph printed without a blank line under it: it closes a sentence, and the next line's
 * first word would have fitted on it within the paragraphs' `width`, so the writer broke the line, not the wrapping.
 */
function unwrappedParagraphEnd(line: string, next: string, width: number): boolean {
  return /[.!?]$/.test(line) && /^[A-Z]/.test(next) && line.length + 1 + (next.split(' ', 1)[0] as string).length + UNWRAPPED_ROOM <= width;
}

/**
 * Where a sentence left unfinished at a page break goes on ("… as defined in paragraphs 1 and 2 of" / footer / header /
 * "Part 1 of Schedule 12A …"): the index of the line after the blank lines and page furniture at `j`, when some of
 * them are furniture and the sentence plainly runs on (it ends on a word that leads on, or the next line starts
 * lower-case); otherwise -1.
 */
function sentenceOverPageBreak(body: readonly Line[], j: number, last: string): number {
  if (/[.!?;:]$/.test(last)) return -1;
  let furniture = false;
  for (let k = j; k < body.length; k++) {
    const t = (body[k] as Line).text;
    if (t === '') continue;
    if (isPageFurniture(body[k] as Line)) {
      furniture = true;
      continue;
    }
    return furniture && (SENTENCE_BROKEN.test(last) || /^[a-z]/.test(t)) ? k : -1;
  }
  return -1;
}

/** A lead verb in lower case opening a line ("agreed to …", "resolved that …"); one in capitals is a lead wherever it stands. */
const LOWER_CASE_LEAD_VERB = /^(?:unanimously\s+)?(?:resolved|agreed|decided)\b/;

/**
 * Whether the lead verb in lower case opening line k goes on a sentence from the line above whose subject is no
 * deciding body ("… and officers" over "agreed to reflect this …"): see LEAD_VERB_SUBJECT_END.
 */
function verbGoesOnSentence(body: readonly Line[], k: number): boolean {
  const above = (body[k - 1] as Line | undefined)?.text ?? '';
  return LOWER_CASE_LEAD_VERB.test((body[k] as Line).text) && above !== '' && !isPageFurniture(above) && !/[.!?)]$/.test(above) && !LEAD_VERB_SUBJECT_END.test(above);
}

/** Whether line k is a recommendation wrapped from a sentence on the line above (see WRAPPED_RECOMMENDATION): advice, not a decision. */
function recommendationGoesOnSentence(body: readonly Line[], k: number): boolean {
  const above = (body[k - 1] as Line | undefined)?.text ?? '';
  return WRAPPED_RECOMMENDATION.test((body[k] as Line).text) && above !== '' && !isPageFurniture(above) && !/[.!?):;]$/.test(above);
}

/**
 * Whether line k is a cell of a laid-out table's header row wrapped onto a line of its own, alone under the row and far
 * to the right of its start ("Appeal Ref   Site   Date of" over "Decision"): a column's heading, not a lead, though
 * it reads as one.
 */
function wrappedHeaderCell(body: readonly Line[], k: number): boolean {
  const l = body[k] as Line;
  const above = body[k - 1];
  return (
    above !== undefined &&
    above.tabbed &&
    (above.cells ?? above.raw.split('\t').filter((c) => c.trim() !== '')).length >= 3 &&
    l.indent > above.indent + 20 &&
    !l.text.includes(' ')
  );
}

/** The columns of a laid-out line if it is a header row of a table inside a minute (three cells or more, each a column's label; see MINUTE_TEXT_TABLE_HEADER_CELL). */
function minuteTableHeader(l: Line, laid: string): LaidOutColumn[] | null {
  if (!tableHeaderRow(l)) return null;
  const columns = headerColumns(laid);
  return columns.length >= 3 && columns.every((c) => MINUTE_TEXT_TABLE_HEADER_CELL.test(c.header)) ? columns : null;
}

/** Where a laid-out line's row sits against a table's columns: a new row (a cell in the first column, beside others), a wrapped line of the row above (first column empty), or neither. */
function minuteTableLine(laid: string, columns: readonly LaidOutColumn[]): 'row' | 'wrap' | null {
  const runs = headerColumns(laid);
  const first = runs[0];
  const left = (columns[0] as LaidOutColumn).start;
  if (!first) return null;
  // The first column's cell wrapped beside the wrap of a cell right of it ("Village Hall | Accessible toilet and baby-" over
  // "Management Committee | change facility"): fewer cells than the header, one going on in lower case, as no row's opens.
  if (Math.abs(first.start - left) <= 2 && runs.length < columns.length && runs.slice(1).some((r) => TABLE_CELL_GOES_ON.test(r.header))) return 'wrap';
  if (Math.abs(first.start - left) <= 2) return runs.length >= 2 ? 'row' : null;
  return first.start > left + 2 ? 'wrap' : null;
}

/**
 * A laid-out table inside a minute's text (planning applications and the council's observations, grants, appeals):
 * a header row of column labels over rows whose cells wrap over several lines, the header printed again at the top
 * of each page the table runs onto. `pdftotext -layout` interleaves the wrapped cells line by line, so the lines read
 * as text break every cell apart. Read from body line `k`: each row as one line, each cell's lines joined, cells
 * separated by " | ", the header once; a header repeated after a page break gives the columns of its page (they
 * move from page to page). `at[k]` is the laid-out line of body line k. Null when line k heads no such table, or the
 * table has no wrapped cell and no repeated header (its lines read well as they are).
 */
function minuteTextTable(doc: Doc, body: readonly Line[], at: readonly number[], k: number): { texts: string[]; next: number } | null {
  const laid = doc.laidOut;
  if (!laid) return null;
  const head = minuteTableHeader(body[k] as Line, laid[at[k] as number] ?? '');
  if (!head) return null;
  let columns = head;
  const rows: Array<{ texts: string[]; columns: LaidOutColumn[] }> = [];
  let lastPage = (body[k] as Line).page;
  let next = k + 1;
  let reshaped = false;
  // Whether a blank line parts the line from the row above on its page: a row's wrapped cells follow it line by line.
  let parted = false;
  for (let j = k + 1; j < body.length; j++) {
    const l = body[j] as Line;
    if (l.text === '' || isPageFurniture(l)) {
      parted = true;
      continue;
    }
    const text = laid[at[j] as number] ?? '';
    const apart = parted && l.page === lastPage;
    parted = false;
    if (l.text === (body[k] as Line).text) {
      const again = minuteTableHeader(l, text);
      if (!again) break;
      columns = again;
      reshaped = true;
      next = j + 1;
      continue;
    }
    // A header cell wrapped onto a line of its own under the header row ("Date of" over "decision"): more of its label,
    // the first column empty, as no row's is.
    if (rows.length === 0 && text.search(/\S/) > (columns[0] as LaidOutColumn).start + 2 && extendHeader(columns, text)) {
      next = j + 1;
      continue;
    }
    // The table run on over a page break without its header: the page sets its columns apart afresh, measured from the
    // first row there when it fills every column.
    if (lastPage !== l.page) {
      const runs = headerColumns(text);
      const under = (r: LaidOutColumn, c: number): boolean => Math.abs(r.start - (columns[c] as LaidOutColumn).start) <= 2;
      if (runs.length === columns.length && under(runs[0] as LaidOutColumn, 0) && !runs.every(under)) {
        columns = runs.map((r, c) => ({ start: r.start, header: (columns[c] as LaidOutColumn).header }));
        reshaped = true;
      }
    }
    lastPage = l.page;
    const kind = minuteTableLine(text, columns);
    const row = rows[rows.length - 1];
    if (kind === 'row') rows.push({ texts: [text], columns });
    // A line set in under the table after a blank line ("The Panel NOTED …" indented past the first column) is prose.
    else if (kind === 'wrap' && row && row.columns === columns && !apart) {
      row.texts.push(text);
      reshaped = true;
    } else break;
    next = j + 1;
  }
  if (rows.length === 0 || !reshaped) return null;
  const texts = [head.map((c) => c.header).join(' | ')];
  for (const row of rows) texts.push(rowCellsByPosition(row.texts, row.columns).join(' | '));
  return { texts, next };
}

/** Whether a line opens what was resolved ("RESOLVED that …", "It was AGREED:", "Decision:"). */
export function isResolutionLead(text: string): boolean {
  return text.length < 2000 && (RESOLUTION_LEADS.some((re) => re.test(text)) || RECOMMENDED_THAT_LEAD.test(text));
}

/** The value of a label table's "Decision" row when it opens what was resolved ("Decision   RESOLVED that …"); null for any other line. */
function decisionRowValue(l: Line): string | null {
  if (!l.tabbed || !DECISION_BLOCK.test(labelCellOf(l))) return null;
  const cells = cellsOf(l).filter((c) => c !== '');
  const value = cells.slice(1).join(' ');
  return cells.length >= 2 && isResolutionLead(value) ? value : null;
}

/**
 * A line split where a resolution starts after a sentence ("… out of use. Resolved: that …"). A lead word ending the
 * line over "– that …" (`below`) stays where it is: it goes down to that line (see leadEndingLine).
 */
function splitAtResolution(l: Line, below: string): Line[] {
  if (l.text.length >= 2000 || !RESOLUTION_MID_LINE.test(l.text)) return [l];
  const parts = l.text.split(RESOLUTION_MID_LINE);
  if (parts.length > 1 && RESOLUTION_LEAD_WRAP.tail.test(below) && /^and\s+\S+$/.test(parts[parts.length - 1] as string)) {
    const tail = parts.pop() as string;
    parts.push(`${parts.pop() as string} ${tail}`);
  }
  if (parts.length === 1) return [l];
  return parts.map((part) => ({ ...l, raw: part, text: part, tabbed: false, cells: undefined, coverFields: undefined }));
}

/** Whether the lead at line k wraps onto a line or two ending with a colon ("RESOLVED: that the Committee RECOMMENDS to" / "Council on 17 May:"). */
function leadWrapsToColon(body: readonly Line[], k: number): boolean {
  for (let j = k + 1; j < Math.min(body.length, k + 3); j++) {
    const t = (body[j] as Line).text;
    if (t === '' || markerOf(t) !== null) return false;
    if (LIST_LEAD_COLON.test(t)) return true;
  }
  return false;
}

/** A lead wrapped onto the lines under line k down to the one ending with a colon, joined: "… be granted, subject to the following" / "conditions:". */
function leadToColon(body: readonly Line[], k: number, rest: string): string {
  const parts = [rest];
  for (let j = k + 1; j < body.length; j++) {
    const t = (body[j] as Line).text;
    parts.push(t);
    if (LIST_LEAD_COLON.test(t)) break;
  }
  return joinWrapped(parts);
}

/** The lead word ending a line that is not itself a lead ("… Seconded by Cllr B and AGREED"), when the line under goes on with "– that …". */
function leadEndingLine(text: string, below: string): RegExpExecArray | null {
  if (!RESOLUTION_LEAD_WRAP.tail.test(below) || isResolutionLead(text)) return null;
  return RESOLUTION_LEAD_WRAP.head.exec(text) ?? (RESOLUTION_LEAD_WRAP.moved.test(text) ? /\s(resolved|agreed|decided)$/.exec(text) : null);
}

/** The text after the lead word: "RESOLVED that the minutes …" gives "the minutes …". */
function afterLead(text: string): string {
  return unnumbered(text.replace(/^\(?[a-z]\)\s+/, ''))
    .replace(
      /^(?:it\s+was\s+|and\s+)?(?:further\s+)?(?:unanimously\s+)?(?:resolved|agreed|decided|approved|recommended|NOTED(?=\s*:)|(?:(?:committee|panel|sub-committee|board|cabinet)(?:['’]s)?\s+)?decisions?(?:\s+(?:taken|made))?|resolutions?|the decision)(?:\s+unanimously)?\s*(?:\(s\))?\s*(?:that\s*,?\s*|:\s*|[–—-]\s*)?/i,
      '',
    )
    .replace(LEAD_VOTE_TALLY, '')
    .trim();
}

/** The index of the first line at or after `from` that is neither blank nor page furniture, or the lines' length. */
function nextText(body: readonly Line[], from: number): number {
  let k = from;
  while (k < body.length && ((body[k] as Line).text === '' || isPageFurniture(body[k] as Line))) k++;
  return k;
}

/**
 * The list under a resolved block's sub-heading at or after line `from` (see RESOLVED_LIST_SUBHEADING), its first item
 * numbered afresh just under the heading; null when the next line is no such heading or no list starts under it.
 */
function listUnderSubheading(body: readonly Line[], from: number): { items: string[]; end: number } | null {
  const h = nextText(body, from);
  const heading = body[h];
  if (heading === undefined || heading.text.length > 80 || !RESOLVED_LIST_SUBHEADING.test(heading.text)) return null;
  const n = nextText(body, h + 1);
  const first = body[n] === undefined ? null : markerOf((body[n] as Line).text);
  if (first === null || first.style === 'bullet' || first.value !== 1) return null;
  const list = readMarkedList(body, n, body.length, 0);
  return list.items.length > 0 ? { items: list.items, end: list.end } : null;
}

/**
 * What a minute resolved: where it has a RESOLVED (AGREED, DECIDED, "Decision:") block, only that
 * block counts — a list under it gives one resolution per item, a sentence gives one; otherwise a
 * list after a lead-in that says what was decided. Each resolution is counted once. Where each line
 * is a paragraph (`lineParagraphs`, see Doc), a resolution's sentence ends with its line.
 */
export function readResolutions(lines: readonly Line[], lineParagraphs = false): string[] {
  // A resolution that starts mid-paragraph, after a sentence, starts a line of its own.
  // Such a resolution is one sentence of the paragraph: where the line goes on after it, the paragraph's prose goes on.
  const midParagraph = new Set<Line>();
  const split = lines.some((l) => l.text.length < 2000 && RESOLUTION_MID_LINE.test(l.text))
    ? lines.flatMap((l, i) => {
        const parts = splitAtResolution(l, lines[i + 1]?.text ?? '');
        for (const part of parts.slice(1)) midParagraph.add(part);
        return parts;
      })
    : lines;
  // "… it" / "was RESOLVED that …": the lead is the line under, with its "it" put back.
  // "Proposed …, Seconded … and AGREED" / "– that …": the lead word goes down to the line under.
  // A label table's "Decision" row ("Decision   RESOLVED that …"): its value is what was resolved, up to the next row's label.
  const labelRows = new Set<Line>();
  const body = split.map((l, k) => {
    const value = decisionRowValue(l);
    if (value !== null) {
      const row = { ...l, text: value };
      labelRows.add(row);
      return row;
    }
    const above = k > 0 ? (split[k - 1] as Line).text : '';
    // "Proposed by …, Seconded by … and AGREED that …": the lead word starts what was decided.
    if (MOVER_BEFORE_LEAD.test(l.text)) return { ...l, text: l.text.replace(MOVER_BEFORE_LEAD, '') };
    // "Having considered the report, the Panel AGREED:": the body naming itself before the lead word is not what it decided.
    if (BODY_BEFORE_LEAD.test(l.text)) return { ...l, text: l.text.replace(BODY_BEFORE_LEAD, '') };
    if (k > 0 && RESOLUTION_AFTER_WRAPPED_IT.test(l.text) && /\bit$/i.test(above)) {
      const lead = { ...l, text: `It ${l.text}` };
      // "… at some length. It" / "was resolved that …": a sentence of the paragraph, as one split mid-line is.
      if (/[.!?]\s+It$/.test(above)) midParagraph.add(lead);
      return lead;
    }
    const lead = leadEndingLine(above, l.text);
    if (lead) return { ...l, text: `${lead[1] as string} ${l.text}` };
    const wrapped = leadEndingLine(l.text, split[k + 1]?.text ?? '');
    return wrapped ? { ...l, text: l.text.slice(0, wrapped.index).trim() } : l;
  });
  // Whether the lead at line k starts mid-paragraph, after a sentence: what it resolved is that one sentence.
  const inParagraph = (k: number): boolean => midParagraph.has(split[k] as Line) || midParagraph.has(body[k] as Line);
  const out: string[] = [];
  // Resolutions under a RECOMMENDED lead, left out where the minute also resolves something itself.
  const recommended = new Set<number>();
  let found = false;
  for (let k = 0; k < body.length; k++) {
    const l = body[k] as Line;
    if (l.text === '' || !isResolutionLead(l.text) || wrappedHeaderCell(body, k) || (!inParagraph(k) && verbGoesOnSentence(body, k))) continue;
    found = true;
    const from = out.length;
    // A recommendation to the meeting's own council is what the committee resolved; one to another body is advice.
    const advice = (RECOMMENDATION_LEAD.test(l.text) && !RECOMMENDED_TO_OWN_COUNCIL.test(l.text)) || recommendationGoesOnSentence(body, k);
    const rest = afterLead(l.text);
    let next = k + 1;
    // The list may start over a page break, under the footer.
    while (next < body.length && ((body[next] as Line).text === '' || isPageFurniture(body[next] as Line))) next++;
    const nextLine = body[next];
    // The list's first item on the lead's line ("Resolved: (i) That …", "(ii) That …" under it): the list starts there.
    const opening = rest !== '' && markerOf(rest)?.style !== 'bullet' && markerOf(rest)?.value === 1;
    const list = opening
      ? readMarkedList([...body.slice(0, k), { ...l, text: rest }, ...body.slice(k + 1)], k, body.length, 0)
      : rest === '' || LIST_LEAD_COLON.test(rest) || leadWrapsToColon(body, k)
        ? readMarkedList(body, k + 1, body.length)
        : nextLine && readMarkedList(body, next, next + 1, 0).items.length > 0 && LIST_LEAD_OPEN_END.test(rest) && !/[.;]$/.test(rest)
          ? readMarkedList(body, k + 1, body.length, 0)
          : null;
    if (list && list.items.length > 0) {
      // Reasons for a refusal (or conditions) printed as a list are that one resolution's, joined to its lead (wrapped to its colon).
      const lead = rest !== '' && !LIST_LEAD_COLON.test(rest) && leadWrapsToColon(body, k) ? leadToColon(body, k, rest) : rest;
      let listEnd = list.end;
      // A note of someone coming or going run on after the last item ("… Scheme. Cllr Bell returned.") is not resolved.
      const items = list.items.map((x) => x.replace(MOVEMENT_TAIL, ''));
      if (RESOLUTION_WITH_REASONS.test(lead)) out.push(`${lead} ${items.join(' ')}`);
      else {
        out.push(...items);
        // More of what was resolved under a sub-heading, numbered afresh ("Recommendations to the Cabinet" over "(a) …").
        for (let more = listUnderSubheading(body, listEnd); more !== null; more = listUnderSubheading(body, listEnd)) {
          out.push(...more.items);
          listEnd = more.end;
        }
      }
      if (advice) for (let r = from; r < out.length; r++) recommended.add(r);
      k = listEnd - 1;
      continue;
    }
    // A sentence: the lead line and the lines under it up to a blank line ("Decision:" may stand above it).
    // "… be approved. Proposed Cllr Bell, seconded Cllr Cole, all in favour.": who moved it ends the resolution.
    const moved = rest.split(PROPOSER_MID_LINE);
    const sentence = inParagraph(k) ? (moved[0] as string).split(SENTENCE_END) : [];
    if (moved.length > 1 || sentence.length > 1) {
      const text = (sentence[0] ?? (moved[0] as string)).trim();
      if (text !== '') out.push(text);
      if (advice && text !== '') recommended.add(out.length - 1);
      continue;
    }
    const parts = [rest];
    let j = k + 1;
    // A lead alone at a page's foot ("Decision" over the footer): what it decided starts on the next page.
    if (rest === '') while (j < body.length && ((body[j] as Line).text === '' || isPageFurniture(body[j] as Line))) j++;
    let width = l.text.length;
    // The lead line's own paragraph, printed above it without a blank line, shows how wide its lines wrap.
    const above = inParagraph(k) ? 0 : paragraphWidthAbove(body, k);
    for (; j < body.length; j++) {
      // A sentence broken by a page break goes on under the footer and the next page's header.
      const on = sentenceOverPageBreak(body, j, parts[parts.length - 1] ?? '');
      if (on > j) j = on;
      const t = (body[j] as Line).text;
      // A lettered part of the minute ("(c) The bank reconciliation … was noted.") is not more of the resolution above it.
      if (
        t === '' ||
        isResolutionLead(t) ||
        isPageFurniture(body[j] as Line) ||
        VOTE_TALLY.test(t) ||
        /^\(?[a-z]{1,4}\)\s+\S/.test(t) ||
        PROPOSER_LINE.test(t) ||
        ACTION_LINE.test(t) ||
        isSectionHeading(t) ||
        (labelRows.has(l) && (body[j] as Line).tabbed && cellsOf(body[j] as Line)[0] !== '')
      )
        break;
      // After a full sentence, a labelled line ("Decisions issued: …") starts a paragraph of its own, in a cell printed without blank lines.
      // So does a sub-item's number alone on its line ("115.2" over the next application's labels), and a bracketed
      // note under the resolution ("(Note: the site visit will take place on …)"), which is the clerk's, not resolved.
      if (/[.!?]$/.test(parts[parts.length - 1] ?? '') && (LABELLED_PARAGRAPH.test(t) || NUMBER_ALONE_CELL.test(t) || BRACKETED_NOTE.test(t))) break;
      // After a full sentence, a table's header row ("Ref.   Applicant   Purpose   Decision") starts the table the resolution points to.
      if (/[.!?:]$/.test(parts[parts.length - 1] ?? '') && tableHeaderRow(body[j] as Line)) break;
      // In text written a paragraph per line, a line that ends a sentence ends the paragraph: the next is prose of its own.
      if (lineParagraphs && /[.!?]$/.test(parts[parts.length - 1] ?? '') && /^[A-Z]/.test(t)) break;
      // A wrapped sentence ending well short of the lines above it ends the paragraph: the next line is prose of its own.
      const before = (body[j - 1] as Line).text;
      if (j - 1 > k && /[.!?]$/.test(before) && before.length < width * 0.5 && /^[A-Z]/.test(t)) break;
      // So does one that left room for the next line's first word (a cell's paragraphs printed without blank lines between).
      if (j - 1 > k && /[.!?]$/.test(before) && /^[A-Z]/.test(t) && before.length + 1 + (t.split(' ', 1)[0] as string).length + UNWRAPPED_ROOM <= width) break;
      // A lead line that ends its sentence with room left for the next line's first word, against the paragraph above
      // it ("RESOLVED that the apologies be accepted." over "It was noted that …"), ends the resolution there.
      if (j - 1 === k && /[.!?]$/.test(before) && /^[A-Z]/.test(t) && before.length + 1 + (t.split(' ', 1)[0] as string).length + UNWRAPPED_ROOM <= above) break;
      width = Math.max(width, t.length);
      parts.push(t);
    }
    // A resolution starting mid-paragraph ends with its sentence, wrapped over lines or not: the paragraph's prose goes on after it.
    // Who moved and seconded it, in a sentence or a bracketed note after the resolution's last sentence, is not part of it.
    const joined = joinWrapped(parts).split(PROPOSER_MID_LINE)[0] as string;
    const text = (inParagraph(k) ? (joined.split(SENTENCE_END)[0] as string) : joined).replace(MOVEMENT_TAIL, '');
    // A decision block saying nothing was decided ("Decision: Not considered. The application was withdrawn …") resolves nothing.
    const decided = text !== '' && !NOTHING_DECIDED.test(text);
    if (decided) out.push(text);
    if (advice && decided) recommended.add(out.length - 1);
    k = j - 1;
  }
  if (!found) {
    const listed = readLeadInList(body);
    return listed.length > 0 ? listed : bodyDecided(body);
  }
  const decided = recommended.size > 0 && recommended.size < out.length ? out.filter((_, i) => !recommended.has(i)) : out;
  return decided.filter((r, i) => decided.indexOf(r) === i);
}

/**
 * The widest of the lines printed straight above line k at its indent (up to a blank line, a page's furniture, a table's
 * row of cells or a line indented otherwise): how wide the text around a lead wraps; 0 when nothing is printed so above it.
 */
function paragraphWidthAbove(body: readonly Line[], k: number): number {
  const lead = body[k] as Line;
  let width = 0;
  for (let j = k - 1; j >= 0 && j >= k - PARAGRAPH_ABOVE_LINES; j--) {
    const l = body[j] as Line;
    if (l.text === '' || cellsOf(l).filter((c) => c !== '').length > 1 || isPageFurniture(l) || Math.abs(l.indent - lead.indent) > 1) break;
    width = Math.max(width, l.text.length);
  }
  return width;
}

/** How many lines above a lead `paragraphWidthAbove` reads. */
const PARAGRAPH_ABOVE_LINES = 3;

/** Characters a wrapped line may fall short of its paragraph's widest without having room for the next word (a proportional font). */
const UNWRAPPED_ROOM = 4;

/** A person named in a minutes' attendance, with the group and the source line. */
export interface Attendee {
  name: string;
  group: 'present' | 'other' | 'apologies' | 'extra';
  line: number;
}

/** The attendance of each set of minutes with source lines, for the membership cross-check. */
export const attendanceOf = new WeakMap<Minutes, Attendee[]>();

/** A minute heading found in the lines: where its title starts and its body begins. */
interface Heading {
  first: number;
  bodyFrom: number;
  minute: string;
  agendaItem: string | null;
  title: string;
  strong: boolean;
  /** The narrative run in after the title on line `bodyFrom` (see RUN_IN_TITLE): the body's first line reads as this. */
  lead?: string;
}

/** The header of minutes laid out with an action column between `from` and `end`: its line and where the column starts. */
function actionColumn(doc: Doc, from: number, end: number): { line: number; start: number } | null {
  const laid = doc.laidOut;
  if (!laid) return null;
  for (let i = from; i < end; i++) {
    const t = (doc.lines[i] as Line).text;
    const alone = t.length < 20 && ACTION_COLUMN_HEADING.test(t);
    if (!alone && !MINUTE_ACTION_HEADER.test(t)) continue;
    const text = laid[i] ?? '';
    const runs = [...text.matchAll(/\S+(?: \S+)*/g)];
    const lastRun = runs[runs.length - 1];
    if (runs.length >= 2 && lastRun) return { line: i, start: lastRun.index };
    // Alone on its line, the heading stands over the right-hand column, well past the minutes' text.
    if (alone && lastRun && lastRun.index >= ACTION_COLUMN_FROM) return { line: i, start: lastRun.index };
  }
  return null;
}

/**
 * Where the action column of a decision box starts, when line i is the box's header row: a decision label left
 * ("DECISION", "Resolved") and an action heading far right ("ACTION BY"), nothing else. Null for any other line.
 */
function decisionBoxColumn(doc: Doc, i: number): number | null {
  const l = doc.lines[i] as Line;
  if (!l.tabbed || l.text.length > 40) return null;
  const runs = [...(doc.laidOut?.[i] ?? '').matchAll(/\S+(?: \S+)*/g)];
  const [label, heading] = runs;
  if (runs.length !== 2 || !label || !heading || heading.index < ACTION_COLUMN_FROM) return null;
  return DECISION_BOX_LABEL.test(label[0]) && ACTION_COLUMN_HEADING.test(heading[0]) ? heading.index : null;
}

/** How far right (in characters) an action column's heading printed alone on its line starts. */
const ACTION_COLUMN_FROM = 40;

/** A laid-out line without the entry in the action column (a separate run of words starting at or right of it). */
function withoutAction(doc: Doc, i: number, start: number): Line {
  const l = doc.lines[i] as Line;
  const text = doc.laidOut?.[i] ?? '';
  const runs = [...text.matchAll(/\S+(?: \S+)*/g)];
  const lastRun = runs[runs.length - 1];
  if (!l.tabbed || runs.length < 2 || !lastRun || lastRun.index < start - 3 || lastRun[0].length > 40) return l;
  const cells = l.raw.split('\t');
  const kept = cells.slice(0, -1).join('\t');
  return { ...l, raw: kept, text: cleanInline(kept), cells: undefined, coverFields: undefined };
}

/**
 * The heading lines of minutes printed as two columns side by side (the body's name in one; the title, date and
 * venue in the other), one column at a time. A column of up to three lines that are all names is one name wrapped
 * in its column: one line, first. Null when the heading is not laid out so.
 */
function headingColumns(doc: Doc, at: readonly number[]): string[] | null {
  const laid = doc.laidOut;
  if (!laid || at.length < 3) return null;
  const columns = sideBySide(at.map((i) => laid[i] ?? ''));
  if (!columns) return null;
  const named = (c: readonly string[]): boolean => c.length <= 3 && c.every(isName);
  const [left, right] = [columns.left, columns.right].map((c) => c.map(cleanInline)) as [string[], string[]];
  // A banner of label rows ("Date:" beside its value) is a form read row by row, not two columns.
  if (left.filter((t) => FORM_LABEL.test(t)).length >= 2) return null;
  if (named(right) && !named(left)) return [joinWrapped(right), ...left];
  return named(left) ? [joinWrapped(left), ...right] : [...left, ...right];
}

/**
 * A bilingual title: two halves split at " / ", one a minutes heading and the other not ("COFNODION / MINUTES"). Returns
 * which half is English (0 or 1), or -1 for a line that is no such title.
 */
function bilingualTitleHalf(t: string): number {
  const halves = t.split(' / ');
  if (halves.length !== 2) return -1;
  const english = halves.map((h) => MINUTES_HEADING.test(h.trim()));
  return english[0] === english[1] ? -1 : english.indexOf(true);
}

/**
 * A bilingual title stacked on two lines, the other language's over the English or under it ("COFNODION" over
 * "MINUTES"): one line a minutes heading, the other not, both set alike (capitals, no figures). Which line is English
 * (0 or 1), or -1.
 */
function stackedTitleHalf(a: string, b: string): number {
  const english = [a, b].map((h) => MINUTES_HEADING.test(h.trim()));
  if (english[0] === english[1] || /\d/.test(a) || /\d/.test(b) || upperCase(a) !== upperCase(b)) return -1;
  return english.indexOf(true);
}

/** The line of a bilingual minutes title among lines [from, to), or -1: on one line, or stacked over the next. */
function bilingualTitleAt(lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < Math.min(to, from + 12); i++) {
    const t = (lines[i] as Line).text;
    if (bilingualTitleHalf(t) >= 0 || (i + 1 < to && t !== '' && stackedTitleHalf(t, (lines[i + 1] as Line).text) >= 0)) return i;
  }
  return -1;
}

/**
 * A heading block stacked in two languages under a bilingual title ("COFNODION / MINUTES"): each line in the other
 * language is followed (or preceded) by its English, in the order the title's halves give. Keeps the title's English half
 * and the English line of each pair, above and below the title; the block is returned whole when its lines do not pair
 * (an odd count, or a pair only one of whose lines holds a digit, as a date or an address would in both).
 */
function stackedPairsInEnglish(texts: readonly string[]): string[] {
  let at = texts.findIndex((t) => bilingualTitleHalf(t) >= 0);
  // The title itself stacked ("COFNODION" over "MINUTES"): the two lines are one, and a pair's figures must be the
  // same in both lines ("14 Mawrth 2029" over "14 March 2029"), as a translation's are.
  const stacked = at < 0 ? texts.findIndex((t, k) => k + 1 < texts.length && stackedTitleHalf(t, texts[k + 1] as string) >= 0) : -1;
  if (at < 0 && stacked < 0) return [...texts];
  if (stacked >= 0) at = stacked;
  const half = stacked >= 0 ? stackedTitleHalf(texts[at] as string, texts[at + 1] as string) : bilingualTitleHalf(texts[at] as string);
  const figures = (t: string): string => (t.match(/\d+/g) ?? []).join(' ');
  const englishOf = (run: readonly string[]): string[] | null => {
    if (run.length % 2 !== 0) return null;
    const out: string[] = [];
    for (let k = 0; k < run.length; k += 2) {
      const pair = [run[k] as string, run[k + 1] as string];
      if (/\d/.test(pair[0] as string) !== /\d/.test(pair[1] as string)) return null;
      if (stacked >= 0 && figures(pair[0] as string) !== figures(pair[1] as string)) return null;
      out.push(pair[half] as string);
    }
    return out;
  };
  const before = englishOf(texts.slice(0, at));
  const after = englishOf(texts.slice(at + (stacked >= 0 ? 2 : 1)));
  if (before === null || after === null) return [...texts];
  const title = stacked >= 0 ? (texts[at + half] as string) : ((texts[at] as string).split(' / ')[half] as string).trim();
  return [...before, title, ...after];
}

/** A form's label alone in its cell: a few words and a colon ("Start time:"). */
const FORM_LABEL = /^[A-Z][A-Za-z ]{1,30}:$/;

/** A Markdown heading line ("# …", "## …"). */
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s/;

/** Whether a heading line may name the body: short, not the document's kind, no date. */
function isName(t: string): boolean {
  return (
    t.length < 100 &&
    !MINUTES_HEADING.test(t) &&
    !DECISIONS_HEADING.test(t) &&
    !FRONT_SHEET_HEADINGS.some((h) => h.test(t)) &&
    !findDate(t) &&
    !/^held\b/i.test(t) &&
    !CONTACT_DETAIL_LINE.test(t) &&
    !/:$/.test(t) &&
    !headerLabelled(t) &&
    /[A-Za-z]{3}/.test(t)
  );
}

/** The time a banner's "End time:" row gives, read against the start time; null when the heading has none. */
function labelledEnd(texts: readonly string[], start: string | null): string | null {
  for (const t of texts) {
    const m = /^([A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(\S.*)$/.exec(t);
    if (m && HEADER_LABELS.ended.test((m[1] as string).trim())) return findClockTime(m[2] as string, start)?.time ?? null;
  }
  return null;
}

/** Whether a heading line opens with a banner's label ("Date:", "Start time:", "Place:"): a field, not a name. */
function headerLabelled(t: string): boolean {
  const label = /^([A-Za-z][A-Za-z ]{1,30}?)\s*:/.exec(t)?.[1];
  return label !== undefined && [HEADER_LABELS.date, HEADER_LABELS.time, HEADER_LABELS.ended, HEADER_LABELS.venue].some((re) => re.test(label.trim()));
}

/**
 * The body named in the headings just above a "Minutes of the meeting held on …" line that does not name
 * it ("Health Scrutiny Committee" over it): the nearest of up to three short lines, before any blank gap of two.
 */
function bodyAbove(doc: Doc, at: number): { body: string; line: number } {
  const { lines } = doc;
  let blanks = 0;
  let nearest: { body: string; line: number } | null = null;
  for (let i = at - 1, seen = 0; i >= 0 && seen < 3 && blanks < 2; i--) {
    const l = lines[i] as Line;
    if (l.text === '') {
      blanks++;
      continue;
    }
    blanks = 0;
    seen++;
    // A letterhead's contact lines ("Clerk: …", "Tel: …") and its address ("… Eastby, EB1 2AA") sit between the body's
    // name and the minutes' heading.
    if (CONTACT_DETAIL_LINE.test(l.text) || LETTERHEAD_LABEL.test(l.text) || POSTCODE_END.test(l.text)) {
      seen--;
      continue;
    }
    // A centred heading comes out indented as one cell: a row of a table has two.
    const row = l.tabbed && (l.cells ?? []).filter((c) => c.trim() !== '').length !== 1;
    if (row || isPageFurniture(l)) break;
    // In Markdown a sentence between the body's heading and the minutes' heading ("Covering the … wards.") is a paragraph under the heading.
    if (/[.:;,]$/.test(l.text)) {
      if (doc.markdown && /[.]$/.test(l.text)) continue;
      break;
    }
    if (!isName(l.text)) continue;
    // In Markdown the body's name is a heading ("# Eastby Town Council"), a line under it a subtitle or its other language.
    if (!doc.markdown || MARKDOWN_HEADING.test(l.raw)) return { body: l.text, line: i };
    nearest ??= { body: l.text, line: i };
  }
  return nearest ?? { body: '', line: at };
}

/**
 * The council named in full over a minutes' heading that names it by its kind alone ("Minutes of the Meeting of the
 * Parish Council held …"): a name line ending in that kind ("EASTBY PARISH COUNCIL") on the same page, a few lines up,
 * however many blank lines, rules underlining it or page furniture stand between; null when none. For a heading that
 * names the council's full sitting ("… of the Full Council"), a local council's name (LOCAL_COUNCIL_NAME) there. A
 * letterhead's contact lines and address between them are not counted.
 */
function councilAbove(doc: Doc, at: number, kind: string): { body: string; line: number } | null {
  const { lines } = doc;
  const page = lines[at]?.page;
  const full = FULL_COUNCIL_BODY.test(kind) || BARE_COUNCIL_BODY.test(kind);
  const end = ` ${kind.toLowerCase()}`;
  for (let i = at - 1, seen = 0; i >= 0 && seen < 4 && (lines[i] as Line).page === page; i--) {
    const t = (lines[i] as Line).text;
    if (t === '' || HEADING_RULE.test(t) || isPageFurniture(lines[i] as Line)) continue;
    // A letterhead's contact lines ("Tel: …", "Town Clerk: …") sit between the council's name and the heading, and so
    // may the clerk's address wrapped under them ("… Church Lane," over "Eastby, EB1 2AA").
    if (CONTACT_DETAIL_LINE.test(t) || LETTERHEAD_LABEL.test(t) || POSTCODE_END.test(t)) continue;
    seen++;
    if ((full ? LOCAL_COUNCIL_NAME.test(t) : t.toLowerCase().endsWith(end)) && isName(t)) return { body: t, line: i };
  }
  return null;
}

/**
 * Whether Markdown line i goes on with the paragraph or list item right above it: a number with no list marker's
 * point ("5 October.", "19 November and …") under a line of text is that text wrapped in the source, never a heading
 * (Markdown starts a heading or a block after a blank line, or with "#").
 */
function paragraphRunsOn(lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1];
  const l = lines[i] as Line;
  if (!above || above.text === '' || above.tabbed || MARKDOWN_HEADING.test(above.raw) || MARKDOWN_HEADING.test(l.raw)) return false;
  return /^\d{1,5}\s/.test(l.text);
}

/**
 * Whether a line opens what a record of decisions prints under an item's heading: its report's cover labels ("Report
 * of: …", "Portfolio: …") or the "Decision" row of its label table.
 */
function underItemHeading(l: Line | undefined): boolean {
  return l !== undefined && l.text !== '' && ((l.tabbed && DECISION_BLOCK.test(labelCellOf(l))) || coverFieldsOf(l).length > 0);
}

/** Whether a numbered line reads as a heading rather than a numbered paragraph of minute text. */
function headingish(lines: readonly Line[], i: number, end: number, title: string): boolean {
  const l = lines[i] as Line;
  if (/[,;:]$/.test(title) || title.length > (upperCase(title) ? CAPITALS_HEADING_MAX : 150) || !/^[A-Z0-9'‘"“(£]/.test(title)) return false;
  if (l.brk || upperCase(title)) return true;
  const next = lines[i + 1];
  if (!next || i + 1 >= end || next.text === '' || isPageFurniture(next)) return true;
  // A rule under the line (a setext heading's "-----") underlines it as a heading, however long its title.
  if (ITEM_MARKER.test(next.text) || HEADING_RULE.test(next.text)) return true;
  // A title over its report's cover labels or its decision's label row, however long: a record of decisions' item.
  if (underItemHeading(next)) return true;
  // Lettered parts under a short heading ("a) …") start lower-case without going on with its title.
  if (title.length <= 60 && (!/^[a-z]/.test(next.text) || LETTERED_PART.test(next.text))) return true;
  // A laid-out title in Title Case, however long, its number in a column of its own, over the minute's first sentence.
  return l.tabbed && titleCased(title) && lowerWords(next.text) >= 2;
}

/** Whether a title is in Title Case: two capitalised words or more, and no word of a sentence (see lowerWords). */
function titleCased(text: string): boolean {
  return lowerWords(text) === 0 && (text.match(/\b[A-Z][a-z]/g) ?? []).length >= 2;
}

/** Whether a title is in capitals (a heading printed so, however long): letters, and no lower-case one. */
function upperCase(text: string): boolean {
  return /[A-Z]{3}/.test(text) && !/[a-z]/.test(text);
}

/**
 * The lines a capitalised heading wraps onto ("… MEETING HELD ON TUESDAY" / "10 SEPTEMBER 2024"):
 * how many follow line i, in capitals, before a blank line.
 */
function wrappedHeadingLines(lines: readonly Line[], i: number, end: number, title: string): number {
  // A title wrapped onto a short line over its report's cover labels or its decision's label row.
  const n = lines[i + 1];
  if (
    i + 2 < end &&
    n &&
    n.text !== '' &&
    n.text.length <= 80 &&
    !/[.:;,]$/.test(title) &&
    !/[.:;]$/.test(n.text) &&
    numberOf(n.text) === null &&
    !n.text.includes(':') &&
    !underItemHeading(n) &&
    underItemHeading(lines[i + 2])
  )
    return 1;
  // A plain-text heading wrapped onto a second line with its rule under that ("4) Play area, benches and the Lottery" /
  // "grant" / "-----"): the rule underlines both, so the line between is the title's.
  if (
    i + 2 < end &&
    n &&
    n.text !== '' &&
    n.text.length <= 80 &&
    !HEADING_RULE.test(n.text) &&
    !/[.:;,]$/.test(title) &&
    numberOf(n.text) === null &&
    !ENTRY_BULLET.test(n.text) &&
    HEADING_RULE.test((lines[i + 2] as Line).text)
  )
    return 1;
  if (!upperCase(title)) return titleCaseWrap(lines, i, end, title);
  let k = 0;
  while (k < 2 && i + k + 1 < end) {
    const n = lines[i + k + 1] as Line;
    const t = n.text;
    // A number where the heading's number is starts another heading; one indented under the title is the title's ("10 SEPTEMBER 2024").
    const numbered = n.indent <= (lines[i] as Line).indent + 2 && numberOf(t) !== null;
    // A title broken after a word that leads on ("… 2026/27 TO" / "2028/29") carries on onto a line of figures alone.
    const above = k === 0 ? title : (lines[i + k] as Line).text;
    // So does one broken inside its date ("… HELD ON MONDAY 3 MARCH" / "2025"), the year alone read as no page's number.
    const year = HEADING_DATE_WRAP.head.test(above) && HEADING_DATE_WRAP.tail.test(t);
    // A period alone ("2027–2032") indented under the title's words, past its number, ends the title whatever the word above.
    const period = k === 0 && n.indent > (lines[i] as Line).indent + 2 && HEADING_PERIOD_TAIL.test(t);
    // A bracket left open at the title's end ("… (MAN CHWARAE" / "2032–2033)") closes on the line under it.
    const bracket = k === 0 && HEADING_BRACKET_TAIL.test(t) && (above.match(/\(/g) ?? []).length > (above.match(/\)/g) ?? []).length;
    const figures = year || period || bracket || (/^[\d/.–-]+$/.test(t) && WRAP_LEADS_ON.test(above));
    if (t === '' || t.length > 120 || (isPageFurniture(t) && !year && !period) || !(upperCase(t) || figures) || numbered || RESOLUTION_LEAD_ALONE.test(t)) break;
    k++;
  }
  // A run of capitals with no blank line under it is text, not a wrapped heading, unless the minute's prose starts
  // under it ("… CONTRACT MANAGEMENT" / "REVIEW (CONFIDENTIAL)" / "The Committee considered …").
  const after = lines[i + k + 1];
  const prose = after !== undefined && /[a-z]/.test(after.text) && !/[.:;,]$/.test((lines[i + k] as Line).text);
  return k > 0 && (after === undefined || after.text === '' || prose || HEADING_RULE.test(after.text)) ? k : 0;
}

/**
 * A heading's next line joined on: a capital word broken at a hyphen by the typist ("… MAINT-" / "ENANCE CONTRACT") read
 * whole, a compound's own hyphen ("SELF-" / "ASSESSMENT", COMPOUND_HEAD) kept; any other line after a space.
 */
function joinHeadingWrap(title: string, next: string): string {
  const broken = /(?:^|[\s(])([A-Z]+)-$/.exec(title);
  if (broken && /^[A-Z]{2,}\b/.test(next) && !COMPOUND_HEAD.test(broken[1] as string)) return `${title.slice(0, -1)}${next}`;
  return joinWrapped([title, next]);
}

/**
 * A laid-out Title Case heading wrapped onto a second line ("… Review of the Charges and" / "Fees for 2031/32"), that
 * line in Title Case, indented under the title, over the minute's first sentence: 1, else 0.
 */
function titleCaseWrap(lines: readonly Line[], i: number, end: number, title: string): number {
  const l = lines[i] as Line;
  const n = lines[i + 1];
  const after = lines[i + 2];
  if (!n || !after || i + 2 >= end || !titleCased(title)) return 0;
  if (!l.tabbed) return leadsOnWrap(l, n, after, title) ? 1 : 0;
  // A short second line, or one the first leads on to ("… and"): a title's, not a paragraph's.
  if (
    (n.text.length > 60 && !WRAP_LEADS_ON.test(title.toUpperCase())) ||
    n.text.length > 120 ||
    /[.:;,]$/.test(n.text) ||
    numberOf(n.text) !== null ||
    lowerWords(n.text) > 0 ||
    !/^[A-Z]/.test(n.text) ||
    n.indent <= l.indent
  )
    return 0;
  return after.text === '' || lowerWords(after.text) >= 2 ? 1 : 0;
}

/**
 * Whether a long Title Case title the page width broke after a word that leads on ("… Appointment of the Clerk of" /
 * "the Joint Board") goes on onto the next line, flush under it or indented, whatever its first word's case: that line
 * short, with no sentence's words, number or closing stop, over a numbered paragraph, a blank line or prose.
 */
function leadsOnWrap(l: Line, n: Line, after: Line, title: string): boolean {
  if (l.text.length < 60 || !WRAP_LEADS_ON.test(title.toUpperCase())) return false;
  if (n.text.length > 80 || n.indent < l.indent || /[.:;,]$/.test(n.text) || !/[A-Z]/.test(n.text)) return false;
  if (numberOf(n.text) !== null || lowerWords(n.text) > 0 || isPageFurniture(n)) return false;
  return after.text === '' || PARAGRAPH_NUMBER.test(after.text) || lowerWords(after.text) >= 2;
}

/** The title block above an "(Item N)" pointer: the lines after the last blank line or from a numbered one, page furniture skipped. */
function titleAbove(lines: readonly Line[], marker: number, floor: number): { first: number; texts: string[] } | null {
  let j = marker - 1;
  while (j >= floor && ((lines[j] as Line).text === '' || isPageFurniture(lines[j] as Line))) j--;
  if (j < floor) return null;
  const texts: string[] = [];
  let first = j;
  for (; j >= floor && texts.length < 4; j--) {
    const l = lines[j] as Line;
    if (l.text === '' || ITEM_MARKER.test(l.text)) break;
    if (isPageFurniture(l)) continue;
    texts.unshift(l.text);
    first = j;
    // A numbered line opens the block: minutes printed with no blank line between them have the last one's text above it.
    // A number of a paired scheme ("FOR 12 PITCHES …") indented past the line above it is that title's wrapped words.
    const number = numberOf(l.text);
    const above = lines[j - 1];
    if (number !== null && !(number.scheme.paired && above !== undefined && above.text !== '' && l.indent > above.indent)) break;
  }
  return texts.length > 0 ? { first, texts } : null;
}

/**
 * A line's text without the clock time printed in its left margin column (see MARGIN_TIME), when a minute number
 * follows the time: "19:02  27/031.  APOLOGIES" reads "27/031. APOLOGIES". Any other line's text as it is.
 */
function withoutMarginTime(l: Line): string {
  const raw = l.raw.trimStart();
  const m = MARGIN_TIME.exec(raw);
  if (!m) return l.text;
  const rest = cleanInline(raw.slice(m[0].length));
  return numberOf(rest) !== null ? rest : l.text;
}

/**
 * The initials the attendance list above the first minute gives its people ("Cllr Ann Bell (AB)"; see ATTENDEE_INITIALS),
 * each to the person: only where the letters are those of the name's words, its title's left out ("AB", or "ABL" for
 * "Ann Bell-Lowe").
 */
function attendeeInitials(lines: readonly Line[], from: number, to: number): Map<string, string> {
  const key = new Map<string, string>();
  for (let i = from; i < to; i++) {
    const m = ATTENDEE_INITIALS.exec((lines[i] as Line).text.replace(ENTRY_BULLET, ''));
    if (!m) continue;
    const name = (m[1] as string).replace(/,.*$/, '').trim();
    const initials = m[2] as string;
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    const parts = words.flatMap((w) => w.split('-').filter((x) => /^\p{Lu}/u.test(x)));
    const letters = [words, parts].map((ws) => ws.map((w) => w[0]).join(''));
    if (letters.some((l) => l.endsWith(initials)) && (startsWithTitle(name) || looksLikePerson(name))) key.set(initials, name);
  }
  return key;
}

/** Splits a minute number off a title ("287. Declarations …"), by the first scheme that matches. */
function numberOf(text: string): { minute: string; title: string; scheme: (typeof MINUTE_NUMBERS)[number] } | null {
  for (const s of MINUTE_NUMBERS) {
    const m = s.pattern.exec(text);
    if (m) return { minute: m[1] as string, title: (m[2] as string).trim(), scheme: s };
  }
  return null;
}

/**
 * Takes back the numbers of headings with a pointer that are numbered in a paired scheme ("K1 …") with no
 * neighbour in sequence: a lone "A1 Road Safety (Item 4)" keeps its whole title and no minute number.
 */
function unpairNumbers(numbered: ReadonlyArray<{ heading: Heading; scheme: (typeof MINUTE_NUMBERS)[number]; joined: string }>): void {
  for (const n of numbered) {
    if (!n.scheme.paired) continue;
    const paired = numbered.some(
      (o) => o !== n && o.scheme === n.scheme && (n.scheme.follows(o.heading.minute, n.heading.minute) || n.scheme.follows(n.heading.minute, o.heading.minute)),
    );
    if (paired) continue;
    n.heading.minute = '';
    n.heading.title = n.joined;
  }
}

/**
 * Finds the minute headings between `from` and `end`: "(Item N)" pointers and "– Agenda Item N"
 * suffixes first; then numbered headings that continue them, or, with neither, the longest run of
 * numbered headings in sequence in one numbering scheme.
 */
function findHeadings(doc: Doc, from: number, end: number): Heading[] {
  const { lines } = doc;
  const strong: Heading[] = [];
  const numbered: Array<{ heading: Heading; scheme: (typeof MINUTE_NUMBERS)[number]; joined: string }> = [];
  for (let i = from; i < end; i++) {
    const t = (lines[i] as Line).text;
    if (t === '') continue;
    const marker = ITEM_MARKER.exec(t);
    if (marker) {
      const floor = strong.length > 0 ? (strong[strong.length - 1] as Heading).bodyFrom : from;
      const above = titleAbove(lines, i, floor);
      if (!above) continue;
      const joined = joinWrapped(above.texts);
      const number = numberOf(joined);
      const heading: Heading = { first: above.first, bodyFrom: i + 1, minute: number?.minute ?? '', agendaItem: marker[1] as string, title: number?.title ?? joined, strong: true };
      strong.push(heading);
      if (number) numbered.push({ heading, scheme: number.scheme, joined });
      continue;
    }
    const next = i + 1 < end ? (lines[i + 1] as Line).text : '';
    if (t.length < 400 && ITEM_SUFFIX_WRAP.head.test(t) && ITEM_SUFFIX_WRAP.tail.test(next)) {
      const suffix = ITEM_SUFFIX.exec(`${t} ${next}`);
      if (suffix) {
        strong.push({ first: i, bodyFrom: i + 2, minute: suffix[1] ?? '', agendaItem: suffix[3] as string, title: (suffix[2] as string).trim(), strong: true });
        i++;
        continue;
      }
    }
    if (t.length < 400 && /agenda\s+item/i.test(t)) {
      const suffix = ITEM_SUFFIX.exec(t);
      if (suffix) strong.push({ first: i, bodyFrom: i + 1, minute: suffix[1] ?? '', agendaItem: suffix[3] as string, title: (suffix[2] as string).trim(), strong: true });
    }
    const byItem = itemHeadingAt(lines, i, end);
    if (byItem) strong.push(byItem);
    const byNotice = decisionNoticeHeadingAt(lines, i, from);
    if (byNotice && !strong.some((h) => byNotice.first < h.bodyFrom && h.first < i)) strong.push(byNotice);
  }
  unpairNumbers(numbered);
  // A loose candidate is numbered in a scheme of its own ("PC.44") but fails as a heading (a long title over prose).
  const candidates: Array<{ scheme: number; minute: string; title: string; i: number; wrapped: number; loose: boolean; agendaItem?: string; lead?: string }> = [];
  // Whether line i is a row of an actions table ("No. | Action | Owner | Due"): its numbered rows are actions, not minutes.
  let actionRows = false;
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (l.tabbed && isActionPlanHeader(l, lines[i + 1])) actionRows = true;
    else if (l.text !== '' && !l.tabbed) actionRows = false;
    if (actionRows) continue;
    const under = titleUnderNumber(lines, i, end);
    if (under) {
      candidates.push({ ...under, i, wrapped: 1, loose: false });
      i++;
      continue;
    }
    // Every numbering scheme starts with a digit, "Min", "Decision", a body's capital letters ("FRA/24/37", "C123/24", "P&R 24/25-017") or Roman numerals ("XIV.").
    if (l.text === '' || l.text.length > 200 || !/^(?:\(?\d|\(?min|decision\s|[A-Z]{1,5}[./ ]?\d|[A-Z][A-Z&]{1,6} \d|[IVXLC]{1,7}\.\s)/i.test(l.text)) continue;
    if (doc.markdown && paragraphRunsOn(lines, i)) continue;
    // A date the sentence above runs on into ("… held on" over "4 February 2031 be taken …") is no numbered heading.
    if (i > 0 && WRAPPED_DATE_START.test(l.text) && SENTENCE_RUNS_ON.test((lines[i - 1] as Line).text)) continue;
    const text = withoutMarginTime(l);
    for (let s = 0; s < MINUTE_NUMBERS.length; s++) {
      const m = (MINUTE_NUMBERS[s] as (typeof MINUTE_NUMBERS)[number]).pattern.exec(text);
      if (!m) continue;
      let title = (m[2] as string).trim();
      const runIn = doc.laidOut ? runInHeading(lines, i, end, m[1] as string, title) : null;
      if (runIn) {
        // The body starts on the line the title ends on, read from its narrative on: `wrapped` counts one line less.
        candidates.push({ scheme: s, minute: m[1] as string, title: runIn.title, i, wrapped: runIn.wrapped - 2, loose: false, lead: runIn.lead });
        break;
      }
      // A report's reference in the margin under the number: the line is read without it, as the title's wrap or the text's first line.
      const ref = marginReference(doc, i, end, m[1] as string);
      const view = ref === null ? lines : lines.map((x, k) => (k === i + 1 ? runInLine(x, ref) : x));
      const wrapped = wrappedHeadingLines(view, i, end, title);
      for (let k = 1; k <= wrapped; k++) title = joinHeadingWrap(title, (view[i + k] as Line).text);
      const heading = headingish(view, i + wrapped, end, title);
      const scheme = MINUTE_NUMBERS[s] as (typeof MINUTE_NUMBERS)[number];
      // A rule printed under the heading (a line of dashes) underlines it: the minute's text starts below.
      const ruled = i + wrapped + 1 < end && HEADING_RULE.test((lines[i + wrapped + 1] as Line).text) ? 1 : 0;
      if (heading || (scheme.name !== 'plain' && /^[A-Z0-9'‘"“(£]/.test(title) && !/[.,;:]$/.test(title) && title.length <= 150)) {
        const lead = ref !== null && wrapped === 0 ? { lead: ref } : {};
        candidates.push({ scheme: s, minute: m[1] as string, title, i, wrapped: wrapped + ruled, loose: !heading, ...lead });
        // The reference is no heading of its own.
        if (ref !== null) i++;
      }
      break;
    }
  }
  if (strong.length > 0) {
    // Numbered headings without a pointer that continue the numbering of those with one.
    const out = [...strong];
    // A number that is not plain ("NPA/24/41") must be in the candidate's own scheme to continue it.
    const continues = (scheme: (typeof MINUTE_NUMBERS)[number], prev: string, next: string): boolean =>
      prev !== '' && (/^\d+$/.test(prev) || (scheme.name !== 'plain' && scheme.pattern.test(`${prev} x`))) && scheme.follows(prev, next);
    for (const c of candidates) {
      if (c.loose || out.some((h) => c.i >= h.first && c.i < h.bodyFrom)) continue;
      const before = [...out]
        .filter((h) => h.first < c.i)
        .sort((a, b) => a.first - b.first)
        .pop();
      const scheme = MINUTE_NUMBERS[c.scheme] as (typeof MINUTE_NUMBERS)[number];
      if (!before || !continues(scheme, before.minute, c.minute)) continue;
      out.push({ first: c.i, bodyFrom: c.i + 1 + c.wrapped, minute: c.minute, agendaItem: null, title: c.title, strong: false, lead: c.lead });
    }
    // Numbered headings without a pointer before the first with one, counting up to it ("NPA/24/37" … over "NPA/24/41 (Item 6)").
    for (let k = candidates.length - 1; k >= 0; k--) {
      const c = candidates[k] as (typeof candidates)[number];
      if (c.loose) continue;
      const scheme = MINUTE_NUMBERS[c.scheme] as (typeof MINUTE_NUMBERS)[number];
      const after = out.reduce<Heading | null>((best, h) => (h.first > c.i && (best === null || h.first < best.first) ? h : best), null);
      if (!after || out.some((h) => h.first <= c.i) || !continues(scheme, c.minute, after.minute)) continue;
      // A plain number ("23.") counts up to the heading under it only as the next number of a heading with a pointer or of one it joined.
      if (scheme.name === 'plain' && (!/^\d+$/.test(after.minute) || Number(after.minute) !== Number(c.minute) + 1)) continue;
      out.push({ first: c.i, bodyFrom: c.i + 1 + c.wrapped, minute: c.minute, agendaItem: null, title: c.title, strong: false, lead: c.lead });
    }
    return out.sort((a, b) => a.first - b.first);
  }
  let best: typeof candidates = [];
  for (let k = 0; k < candidates.length; k++) {
    const start = candidates[k] as (typeof candidates)[number];
    if (start.loose) continue;
    const scheme = MINUTE_NUMBERS[start.scheme] as (typeof MINUTE_NUMBERS)[number];
    const chain = [start];
    let prev = start.minute;
    for (let m = k + 1; m < candidates.length; m++) {
      const c = candidates[m] as (typeof candidates)[number];
      if (c.scheme !== start.scheme || !scheme.follows(prev, c.minute)) continue;
      // A loose line is the heading the run is missing only when no heading of its number comes later and the next number follows it.
      if (c.loose) {
        const later = candidates.slice(m + 1).filter((d) => !d.loose && d.scheme === c.scheme);
        if (later.some((d) => d.minute === c.minute) || !later.some((d) => scheme.follows(c.minute, d.minute))) continue;
      }
      chain.push(c);
      prev = c.minute;
    }
    // A summary table of the decisions (one row a minute) over the minutes themselves numbers the same run twice: the
    // headings on lines of their own are the minutes, the table's rows only an index of them.
    if (chain.length > best.length || (chain.length === best.length && best.every((c) => lines[c.i]?.tabbed) && !chain.some((c) => lines[c.i]?.tabbed))) best = chain;
  }
  const bestScheme = best[0] ? (MINUTE_NUMBERS[best[0].scheme] as (typeof MINUTE_NUMBERS)[number]) : null;
  // A lone "12 …" or "HS2 …" line is not a run of minutes: those schemes need two headings in sequence.
  if (best.length < 2 && (bestScheme?.name === 'plain' || bestScheme?.name === 'prefixed' || bestScheme?.paired)) return [];
  return best.map((c) => ({ first: c.i, bodyFrom: c.i + 1 + c.wrapped, minute: c.minute, agendaItem: c.agendaItem ?? null, title: c.title, strong: false, lead: c.lead }));
}

/**
 * Headings numbered as the agenda was, each with the council's minute reference after the number ("1.  PC/27/01
 * Apologies", "2.  PC/27/02  Declarations"): the reference is the minute, the number the agenda item, and neither is
 * the title. Only a scheme marked `afterItemNumber`, and only when two or more headings carry references of it in
 * sequence, so a lone "7. EX 12/26 Review" keeps its title. Changes the headings in place and returns them.
 */
function refsAfterItemNumbers(headings: Heading[]): Heading[] {
  const found: Array<{ heading: Heading; scheme: (typeof MINUTE_NUMBERS)[number]; ref: string; title: string }> = [];
  for (const h of headings) {
    if (!/^\d{1,3}$/.test(h.minute) || h.title.length < 4) continue;
    for (const s of MINUTE_NUMBERS) {
      if (!s.afterItemNumber) continue;
      const m = s.pattern.exec(h.title);
      if (m) {
        found.push({ heading: h, scheme: s, ref: m[1] as string, title: (m[2] as string).trim() });
        break;
      }
    }
  }
  const scheme = found[0]?.scheme;
  if (scheme === undefined) return headings;
  const same = found.filter((f) => f.scheme === scheme);
  if (same.length < 2 || !same.some((f, k) => k > 0 && scheme.follows((same[k - 1] as (typeof same)[number]).ref, f.ref))) return headings;
  for (const f of same) {
    f.heading.agendaItem ??= f.heading.minute;
    f.heading.minute = f.ref;
    f.heading.title = f.title;
  }
  return headings;
}

/**
 * What line i + 1 reads without the report's reference printed in the margin column under heading line i's number (see
 * MARGIN_REFERENCE): the reference at the number's column, anything after it at the title's column (the title wrapped,
 * or the minute's first sentence), "" when it stands alone. Null when the line holds no such reference, or when the
 * heading is itself numbered as a reference (the line under it is then the next heading).
 */
function marginReference(doc: Doc, i: number, end: number, minute: string): string | null {
  const laid = doc.laidOut;
  const l = doc.lines[i] as Line;
  const n = doc.lines[i + 1];
  if (!laid || !n || i + 1 >= end || n.text === '' || Math.abs(n.indent - l.indent) > 2 || MARGIN_REFERENCE.test(minute)) return null;
  const ref = MARGIN_REFERENCE.exec((laid[i + 1] ?? '').slice(n.indent));
  // The title stands in a column of its own after the number: where it starts, the wrapped title or the text does too.
  const column = /^\s*\S+\s{2,}(?=\S)/.exec(laid[i] ?? '');
  if (!ref || !column) return null;
  const after = (laid[i + 1] ?? '').slice(n.indent + ref[0].length);
  const rest = after.trimStart();
  if (rest !== '' && Math.abs(n.indent + ref[0].length + after.length - rest.length - column[0].length) > 2) return null;
  return cleanInline(rest);
}

/**
 * A minute's run-in title on line i, its number in a margin column of its own and the title closed by a full stop before
 * the first sentence (see RUN_IN_TITLE), perhaps wrapped onto the next line of the text column: the title, the
 * narrative after it, and how many lines the title takes. Null when the line holds no such title, or when what precedes
 * the full stop reads as a sentence rather than a title.
 */
function runInHeading(lines: readonly Line[], i: number, end: number, minute: string, text: string): { title: string; lead: string; wrapped: number } | null {
  const l = lines[i] as Line;
  if (!l.tabbed || labelCellOf(l).replace(/\.$/, '') !== minute) return null;
  let m = RUN_IN_TITLE.exec(text);
  let wrapped = 1;
  const next = lines[i + 1];
  // A title too long for its line goes on at the start of the next line of the text column, up to its full stop.
  // A lettered part under the heading ("a) Payments. The following …") is the minute's text, not its title wrapped on.
  if (!m && !/[.,;:]$/.test(text) && next !== undefined && i + 1 < end && next.raw.startsWith('\t') && next.text.length <= 200 && !LETTERED_PART.test(next.text)) {
    m = RUN_IN_TITLE.exec(`${text} ${next.text}`);
    if (m && (m[1] as string).length <= text.length) m = null;
    wrapped = 2;
  }
  if (!m) return null;
  const title = m[1] as string;
  if (RUN_IN_ABBREVIATION.test(title) || lowerWords(title) > 1) return null;
  return { title, lead: m[2] as string, wrapped };
}

/**
 * A minute number alone on line i in a scheme that is not plain ("AM26/01"; a bare "5" may be a page's number) with its
 * title on the next line (see TITLE_UNDER_NUMBER): the number, the scheme, the title and any agenda item number.
 */
function titleUnderNumber(lines: readonly Line[], i: number, end: number): { scheme: number; minute: string; title: string; agendaItem?: string } | null {
  const t = (lines[i] as Line).text.replace(/\.$/, '');
  const next = lines[i + 1];
  if (i + 1 >= end || !next || t.length > 20 || !/\d/.test(t)) return null;
  const s = MINUTE_NUMBERS.findIndex((x) => x.name !== 'plain' && !x.paired && x.pattern.exec(`${t} X`)?.[1] === t);
  const title = s < 0 ? null : TITLE_UNDER_NUMBER.exec(next.text);
  if (!title || isPageFurniture(next)) return null;
  // A title with no item number of its own must read as a heading, not a line of prose.
  if (title[1] === undefined && !headingish(lines, i + 1, end, next.text)) return null;
  return { scheme: s, minute: t, title: (title[2] as string).trim(), ...(title[1] === undefined ? {} : { agendaItem: title[1] }) };
}

/**
 * Names of people listed in prose: "Apologies were received from A, B and C who was substituted by D." A reason in
 * brackets after a name (see APOLOGY_REASON) is not part of it, nor a councillor's portfolio ("Councillor A Bell
 * (Portfolio Holder for Housing)", see PORTFOLIO_NOTE); a role ("(Vice-Chair)") is kept.
 */
export function namesFromSentence(text: string): string[] {
  const sentence = firstSentence(text);
  return splitPeople(
    sentence
      .replace(/\s+who\s+(?:was|were)\s+substituted\s+by\b.*$/i, '')
      .replace(/\s*\((?:substituted|substitute)[^()]*\)/gi, '')
      .replace(APOLOGY_REASON, ''),
  )
    .map((p) => (PORTFOLIO_NOTE.test(p.trim()) ? dropPortfolioNote(p.trim()) : p).replace(/\s+(?:who|with|for)\b.*$/i, '').trim())
    .filter((p) => p !== '' && !isNobody(p));
}

/** Where a sentence may end: a stop after a word, before a capital. */
const SENTENCE_BREAK = /(?<=[a-z)]{2}\.)\s+(?=[A-Z])/g;

/** The first sentence of a text; the stop of a title before a name ("Cllr. A. Bell", see DOTTED_NAME_TITLE) ends none. */
function firstSentence(text: string): string {
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    const before = text.slice(0, m.index);
    if (!DOTTED_NAME_TITLE.test(before.slice(-14))) return before;
  }
  return text;
}

/**
 * An attendance row of a laid-out label table with no colon printed, as "Label: value" ("Present   Cllr A Bell" gives
 * "Present: Cllr A Bell"), its label maybe wrapped in its cell onto the row below ("Officers in" over "Attendance",
 * `wrapped`); a row whose label cell only ends the label above (`tail`) gives its value alone. Null for any other line.
 */
function labelColumnRow(lines: readonly Line[], i: number, end: number, tail: boolean): { text: string; wrapped: boolean } | null {
  const l = lines[i] as Line;
  if (!l.tabbed || l.raw.startsWith('\t') || l.text.includes(':')) return null;
  const label = labelCellOf(l);
  const value = l.text.slice(label.length).trim();
  if (label === '' || value === '') return null;
  if (tail) return { text: value, wrapped: false };
  // A table's header row ("Present   Role", "Present   Apologies") heads columns: not a label beside its value.
  if (attendanceColumns(l) !== null || labelTableHeader(l) !== null || cellsOf(l).filter((c) => c !== '').length !== 2) return null;
  const below = i + 1 < end ? (lines[i + 1] as Line) : undefined;
  const belowLabel = below?.tabbed && !below.raw.startsWith('\t') && !below.text.includes(':') ? labelCellOf(below) : '';
  const joined = `${label} ${belowLabel}`;
  if (
    belowLabel !== '' &&
    WRAPPED_COLUMN_LABEL.head.test(label) &&
    WRAPPED_COLUMN_LABEL.head.test(joined) &&
    attendanceLabelOf(label) === null &&
    attendanceLabelOf(joined) !== null
  )
    return { text: `${joined}: ${value}`, wrapped: true };
  return attendanceLabelOf(label) !== null ? { text: `${label}: ${value}`, wrapped: false } : null;
}

/**
 * A laid-out label table's row with no colon printed, its label in a cell of its own: a heading's field ("Venue   Town
 * Hall" gives "Venue: Town Hall"), or an attendance label's row ("Present   Cllr A Bell"); null for any other line.
 */
function labelRowField(l: Line): { text: string; attendance?: undefined } | { attendance: true } | null {
  if (!l.tabbed || l.text.includes(':')) return null;
  // A line opening with a tab is a value wrapped under the row above, unless it is a boxed table's row indented off the
  // margin: a label cell and its value, nothing else ("   Venue   Town Hall").
  if (l.raw.startsWith('\t') && cellsOf(l).filter((c) => c !== '').length !== 2) return null;
  const label = labelCellOf(l);
  const value = l.text.slice(label.length).trim();
  if (label === '' || value === '') return null;
  if (attendanceLabelOf(label) !== null) return { attendance: true };
  return Object.values(HEADER_LABELS).some((re) => re.test(label)) ? { text: `${label}: ${value}` } : null;
}

/**
 * The minutes table of a record set out in numbered sections ("1. Attendance", "2. Apologies", "3. Minutes" over a table
 * of minutes): when every heading found is such a section (RECORD_SECTION_TITLE) and a minutes table's header follows
 * the last, the table's rows are the minutes; null otherwise.
 */
function sectionedTable(doc: Doc, span: Span, found: readonly Heading[]): ReturnType<typeof readMinuteTable> {
  const last = found[found.length - 1];
  if (last === undefined || !found.every((h) => RECORD_SECTION_TITLE.test(h.title))) return null;
  return readMinuteTable(doc, last.first + 1, span.end);
}

/** Reads one set of minutes from its span. */
export function parseMinutes(doc: Doc, span: Span): Minutes | null {
  const { lines } = doc;
  // The heading: lines from the start to the first attendance label or minute heading.
  // Minutes printed as a table ("Minute No. | Item | Resolution | Action by") have a row, not a heading, a minute.
  // A table under the first minute heading is part of that minute (an action log), not the minutes' layout.
  // A letter giving notice of a hearing's determination is one item: its numbered conditions and reasons are no minutes.
  const notice = (span as Span & { detector?: string }).detector === 'hearing-notice' ? hearingNoticeShape(lines, span) : null;
  const found = notice ? [] : refsAfterItemNumbers(findHeadings(doc, span.start, span.end));
  const table = notice
    ? null
    : (readMinuteTable(doc, span.start, span.end, found[0]?.first ?? span.end) ??
      sectionedTable(doc, span, found) ??
      (found.length === 0 ? readDecisionTables(doc, span.start, span.end) : null));
  const headings = table ? [] : found;
  const firstHeading = table?.header ?? headings[0]?.first ?? span.end;
  const headTexts: string[] = [];
  const headLines: number[] = [];
  // Whether the heading is a label table (its rows read as fields, not as two columns of text).
  let labelRows = false;
  let headEnd = span.start;
  // A bilingual heading block prints each line twice, so it may run to twice the usual length.
  const headMax = bilingualTitleAt(lines, span.start, firstHeading) >= 0 ? 16 : 8;
  // A record set out in numbered sections over its minutes table (see sectionedTable): the heading ends at the first section.
  const headStop = table && found[0] !== undefined && found[0].first < table.header ? found[0].first : firstHeading;
  for (let i = span.start; i < headStop && headTexts.length < headMax; i++) {
    const t = (lines[i] as Line).text;
    // A rule under a plain-text heading ("=====") underlines it: no heading text of its own. A protective marking
    // ("OFFICIAL") heads the paper: no attendance label.
    // A year alone under a heading line broken inside its date ("… held on Monday 3rd March" / "2031") is the date's
    // end, not a page's number.
    const yearWrap = HEADING_DATE_WRAP.tail.test(t) && headTexts.length > 0 && HEADING_DATE_WRAP.head.test(headTexts[headTexts.length - 1] as string);
    if (t === '' || (isPageFurniture(lines[i] as Line) && !yearWrap) || HEADING_RULE.test(t) || PROTECTIVE_MARKING.test(t)) continue;
    // A web page's link to a file of the record, its size printed ("Download these minutes (PDF, 120 KB)"): no heading line.
    if (t.length < 160 && t.search(FILE_SIZE) >= 0 && !findDate(t)) continue;
    // A meeting page's links to its other pages and its help line, between its title and the record: the site's chrome.
    if (MEETING_PAGE_LINK.test(t)) continue;
    if (notice && headTexts.length > 0) break;
    // A label table's row dating the record, not the meeting ("Date of publication   Friday 4 June 2031"): the heading ends.
    if (headTexts.length > 0 && (lines[i] as Line).tabbed && RECORD_DATE_LABELS.test(`${labelCellOf(lines[i] as Line)}:`)) break;
    // A label table's caption, one cell over its field rows ("Meeting details"): no field of its own.
    if ((lines[i] as Line).tabbed && !(lines[i] as Line).raw.startsWith('\t') && cellsOf(lines[i] as Line).filter((c) => c !== '').length === 1 && !findDate(t)) {
      const below = nextNonBlank(lines as Line[], i + 1, headStop);
      const field = below >= 0 ? labelRowField(lines[below] as Line) : null;
      if (field !== null && 'text' in field) continue;
    }
    // A note under a record of decisions' heading on what the record is ("This record is published under …"), a
    // paragraph of sentences giving no date and no place held: not the heading; the fields below it may be.
    if (headTexts.some((h) => DECISIONS_HEADING.test(h)) && !(lines[i] as Line).tabbed) {
      let p = i;
      while (p + 1 < headStop && (lines[p + 1] as Line).text !== '' && !(lines[p + 1] as Line).tabbed) p++;
      const para = lines
        .slice(i, p + 1)
        .map((x) => x.text)
        .join(' ');
      if (p > i && para.length > 120 && /\.$/.test(para) && !findDate(para) && !/\bheld\b/i.test(para)) {
        i = p;
        continue;
      }
    }
    if (attendanceLabelOf(t) || attendanceColumns(lines[i] as Line) !== null || labelTableHeader(lines[i] as Line) !== null || registerColumns(lines[i] as Line) !== null) break;
    // A label table's row, no colon printed ("Present   Councillor A Bell"): an attendance label starts the attendance.
    const field = labelRowField(lines[i] as Line);
    if (field?.attendance) break;
    if (field && 'text' in field) {
      labelRows = true;
      headTexts.push(field.text);
      headLines.push(i);
      headEnd = i + 1;
      continue;
    }
    // A value wrapped onto a line of its own under a label row ("Meeting   Planning and" / "        Licensing Committee"): the row's.
    if ((lines[i] as Line).raw.startsWith('\t') && headTexts.length > 0 && labelRowField(lines[headLines[headLines.length - 1] as number] as Line) !== null) {
      headTexts[headTexts.length - 1] += ` ${t}`;
      headEnd = i + 1;
      continue;
    }
    if (headTexts.length > 0 && RECORD_DATE_LABELS.test(t)) break;
    // "Councillors: …", "Police: …" under the heading, no "Present:" above them: the attendance starts.
    if (headTexts.length > 0 && attendanceGroupOpens(t)) break;
    // In Markdown a heading under the dated heading lines ("## Who was there", "## Attendance") opens the minutes' first section.
    if (doc.markdown && MARKDOWN_HEADING.test((lines[i] as Line).raw) && headTexts.some((h) => findDate(h) !== null)) break;
    // The record's status as a sentence under the heading ("These minutes are in draft until …"): its paragraph is no heading.
    // So is a note that the meeting was broadcast or recorded ("The meeting was broadcast live and …"): not the venue's tail.
    if (headTexts.length > 0 && (RECORD_STATUS_NOTE.test(t) || MEETING_BROADCAST_NOTE.test(t))) {
      while (i + 1 < firstHeading && !/[.!]$/.test((lines[i] as Line).text) && (lines[i + 1] as Line).text !== '' && !attendanceLabelOf((lines[i + 1] as Line).text)) i++;
      headEnd = i + 1;
      continue;
    }
    // Under a decision notice's heading, its "Label: value" block (premises, parties, who sat) is not heading; its venue
    // is, with the address wrapped onto the lines under it.
    if (headTexts.length > 0 && !findDate(t) && LABEL_VALUE.test(t) && headTexts.some((h) => DECISIONS_HEADING.test(h))) {
      const label = t.slice(0, t.indexOf(':')).trim();
      // The block's "Meeting: Cabinet" and "Time: 6pm" name the body that met and when: the heading's, as its date and venue are.
      if (HEADER_LABELS.body.test(label) || HEADER_LABELS.time.test(label)) {
        headTexts.push(t);
        headLines.push(i);
        headEnd = i + 1;
        continue;
      }
      if (!HEADER_LABELS.venue.test(label)) break;
      let venue = t;
      while (i + 1 < firstHeading && (lines[i + 1] as Line).text !== '' && !LABEL_VALUE.test((lines[i + 1] as Line).text)) venue += ` ${(lines[++i] as Line).text}`;
      headTexts.push(venue);
      headLines.push(i);
      headEnd = i + 1;
      continue;
    }
    // A paragraph after the heading that is not about the meeting ends it.
    // A heading's own label ("Venue: …", however long the place runs) is not such a paragraph.
    if (headTexts.length > 0 && t.length > 120 && !/\bheld\b/i.test(t) && !headerLabelled(t)) break;
    headTexts.push(t);
    headLines.push(i);
    headEnd = i + 1;
  }
  const head = notice ? noticeHeader(lines, span, notice.block) : readHeader((labelRows ? null : headingColumns(doc, headLines)) ?? stackedPairsInEnglish(headTexts));
  if (notice) headEnd = notice.block;
  // A decision notice dates the hearing it records in its "Label: value" block ("Date of hearing: …").
  if (head.date === null) head.date = labelledMeetingDate(lines, headEnd, Math.min(firstHeading, headEnd + 40));
  if (head.date === null) {
    warn(doc, lines[span.start] as Line, 'minutes-date-missing', 'minutes heading has no readable date');
    return null;
  }
  // A decision notice whose heading stands over its subject, a sentence wrapped over lines ("Complaint … that a member
  // of" / "… Code of Conduct"), names no body there: the body is printed above the heading.
  if (headTexts.findIndex((t) => DECISIONS_HEADING.test(t)) === 0 && head.body !== '' && inWrappedParagraph(headTexts, headLines, head.body)) head.body = '';
  // Its labelled block says where the hearing sat ("Venue: …", wrapped onto the lines below).
  if (head.venue === null && headTexts.some((t) => DECISIONS_HEADING.test(t))) head.venue = labelledVenue(labelBlockTexts(lines, headEnd, Math.min(firstHeading, headEnd + 40)));
  let above = head.body === '' ? bodyAbove(doc, span.start) : { body: head.body, line: span.start };
  // "… Meeting of the Parish Council held …" with the council's full name not in the heading: the name printed over it.
  // "… Meeting of the Full Council …" under a town or parish council's name: that council, named in full.
  if (BODY_KIND_ONLY.test(above.body) || FULL_COUNCIL_BODY.test(above.body) || BARE_COUNCIL_BODY.test(above.body)) above = councilAbove(doc, span.start, above.body) ?? above;
  const minutes: Minutes = {
    body: above.body,
    date: head.date,
    time: head.time,
    venue: head.venue,
    present: [],
    otherMembersPresent: [],
    inAttendance: [],
    apologies: [],
    otherAttendance: [],
    items: [],
    endedAt: labelledEnd(headTexts, head.time),
  };
  const attendees: Attendee[] = [];
  // A decision notice with no numbered minutes is one item: what follows its "Label: value" block.
  const decisionAt = headTexts.findIndex((t) => DECISIONS_HEADING.test(t));
  if (notice) headings.push({ first: span.start, bodyFrom: notice.determination, minute: '', agendaItem: null, title: headTexts[0] as string, strong: false });
  else if (headings.length === 0 && !table && decisionAt >= 0) {
    // Who sat and who attended may follow the block ("Hearing panel" over a table, "Also present: …"): not the item's.
    const at = attendanceBlocksEnd(lines, labelBlockEnd(lines, headEnd, span.end), span.end);
    if (at < span.end) {
      // Its title is the subject printed under the notice's heading ("REVIEW OF A PREMISES LICENCE"), or the heading;
      // a subject wrapped over lines is read whole.
      let k = decisionAt + 1;
      while (k < headTexts.length && (headTexts[k] as string).includes(':')) k++;
      if (k >= headTexts.length) k = decisionAt;
      const parts = [headTexts[k] as string];
      for (let j = k + 1; j < headTexts.length && headLines[j] === (headLines[j - 1] as number) + 1 && !(headTexts[j] as string).includes(':'); j++)
        parts.push(headTexts[j] as string);
      headings.push({ first: headLines[k] as number, bodyFrom: at, minute: '', agendaItem: null, title: joinWrapped(parts), strong: false });
    }
  }
  // A laid-out page with an "Action" column right of the minutes ("Min. No. … Action"): its entries are not minute text.
  const attendanceEnd = (notice || decisionAt >= 0) && found.length === 0 && headings[0] ? headings[0].bodyFrom : firstHeading;
  const action = actionColumn(doc, headEnd, attendanceEnd);
  // A record opening in prose says when and where the meeting sat, and who attended, in running sentences.
  if (minutes.time === null || minutes.venue === null) {
    const sat = satAt(lines, headEnd, attendanceEnd, minutes.date);
    minutes.time ??= sat?.time ?? null;
    minutes.venue ??= sat?.venue ?? null;
  }
  const prose = action ? null : attendanceAsLabels(doc, headEnd, attendanceEnd);
  readAttendance(prose?.doc ?? doc, minutes, attendees, headEnd, prose?.end ?? action?.line ?? attendanceEnd);
  // A hearing notice's time and venue labels, read above as the meeting's, name no one.
  if (notice) minutes.otherAttendance = minutes.otherAttendance.filter((g) => !Object.values(HEADER_LABELS).some((p) => p.test(g.label)));

  let lastContent = Math.max(span.start, headEnd - 1);
  let ended = false;
  const items: Array<{ item: MinuteItem; body: Line[]; first: number; last: number }> = [];
  if (table) {
    for (const row of table.rows) {
      const item: MinuteItem = { minute: row.minute, agendaItem: row.agendaItem ?? null, title: cleanTitle(row.title), text: '', resolutions: [], declarations: [] };
      items.push({ item, body: row.body.filter((l) => !SIGNATURE.test(l.text)), first: row.first, last: row.last });
      lastContent = Math.max(lastContent, row.last);
    }
    // The meeting's close under the table.
    for (let i = table.end; i < span.end; i++) {
      const t = closingText(lines, i, span.end);
      const end = t !== '' && t.length < 200 && MEETING_END_VERB.test(t) ? MEETING_END.exec(t) : null;
      if (!end) continue;
      minutes.endedAt = findClockTime(end[1] as string, minutes.time)?.time ?? null;
      lastContent = i;
      break;
    }
    // What a table of decisions closes with (a contact, an issuing officer) is no decision's: said, not dropped.
    for (let i = table.end; i < span.end && table.decisions === true; i++) {
      const t = (lines[i] as Line).text;
      if (t !== '' && !isPageFurniture(lines[i] as Line))
        warn(doc, lines[i] as Line, 'minutes-line-unplaced', `line after the last decision not understood: "${t.length > 120 ? `${t.slice(0, 117)}...` : t}"`);
    }
  }
  // An action log closing the minutes (read apart, as an action plan) is not the last minute's text.
  const logs = readActionLogs(doc, span);
  headings.forEach((h, k) => {
    const stop = k + 1 < headings.length ? (headings[k + 1] as Heading).first : span.end;
    if (h.minute === '') warn(doc, lines[h.first] as Line, 'minute-number-missing', `minute "${h.title}" has no printed minute number`);
    const body: Line[] = [];
    let last = h.bodyFrom - 1;
    // A minute whose text hangs in a column right of its number ends where a paragraph starts back at the number's margin.
    const hang = hangingColumn(lines, h, stop);
    let outside = false;
    // Where a decision box's own action column starts ("DECISION … ACTION BY" over the box), until the box ends at a blank line.
    let box: number | null = null;
    for (let i = h.bodyFrom; i < stop && !ended; i++) {
      const l = i === h.bodyFrom && h.lead !== undefined ? runInLine(lines[i] as Line, h.lead) : (lines[i] as Line);
      if (l.text === '' || isPageFurniture(l)) {
        if (l.text === '') box = null;
        body.push(l);
        continue;
      }
      box = decisionBoxColumn(doc, i) ?? box;
      // Every closing sentence has "at" between spaces, or "meeting" just before its verb (the text's spaces are single plain ones): a quick test first.
      const closing = closingText(lines, i, stop);
      const end = closing.length < 200 && MEETING_END_VERB.test(closing) ? MEETING_END.exec(closing) : null;
      if (end) {
        // A heading with no time: the closing sentence may say when the meeting started too.
        if (minutes.time === null) minutes.time = findClockTime(MEETING_STARTED.exec(closing)?.[1] ?? '', null)?.time ?? null;
        minutes.endedAt = findClockTime(end[1] as string, minutes.time)?.time ?? null;
        ended = true;
        lastContent = i;
        break;
      }
      if (logs.some((g) => g.first <= i && i <= g.last)) continue;
      if (!outside && hang !== null && outdentedParagraph(l, hang)) {
        outside = true;
        // A caption in capitals printed straight over that paragraph ("IN COMMITTEE", "PART 2") is its, not the minute's.
        while (body.length > 0 && upperCase((body[body.length - 1] as Line).text) && (body[body.length - 1] as Line).indent !== hang.column) {
          const caption = body.pop() as Line;
          warn(doc, caption, 'minutes-line-unplaced', `line between minutes not understood: "${caption.text}"`);
        }
        const kept = body.findLast((b) => b.text !== '' && !isPageFurniture(b));
        last = kept === undefined ? h.bodyFrom - 1 : lines.findLastIndex((x, k) => k < i && x.no === kept.no);
      }
      if (outside) {
        warn(doc, l, 'minutes-line-unplaced', `line between minutes not understood: "${l.text.length > 120 ? `${l.text.slice(0, 117)}...` : l.text}"`);
        continue;
      }
      // "Chairman." under "… be confirmed by the" ends the sentence above it; alone, it is the signature line's.
      const before = body.findLast((b) => b.text !== '' && !isPageFurniture(b));
      if (SIGNATURE.test(l.text) && !(before && SENTENCE_BROKEN.test(before.text))) continue;
      // The minute book's page reference at the foot of a page, its chair's initials box beside it: page furniture.
      if (MINUTE_BOOK_FOOTER.test(l.text)) continue;
      // An action marker against a paragraph points to the action log: it ends the paragraph, as a blank line does.
      if (ACTION_MARKER.test(l.text)) {
        body.push({ ...l, raw: '', text: '', tabbed: false, cells: undefined, coverFields: undefined });
        continue;
      }
      body.push(box !== null ? withoutAction(doc, i, box) : action ? withoutAction(doc, i, action.start) : l);
      last = i;
    }
    lastContent = Math.max(lastContent, last);
    const item: MinuteItem = { minute: h.minute, agendaItem: h.agendaItem ?? labelledAgendaItem(body), title: cleanTitle(h.title), text: '', resolutions: [], declarations: [] };
    items.push({ item, body, first: h.first, last: Math.max(last, h.first) });
  });
  const initials = attendeeInitials(lines, span.start, firstHeading);
  for (const { item, body, first, last } of items) {
    locate(doc, item, first, last);
    item.text = minuteTexts(doc, body, first).join('\n');
    item.resolutions = readResolutions(body, doc.lineParagraphs === true);
    const actions = readActionLines(body);
    if (actions.length > 0) item.actions = actions;
    const keyDecision = paragraphs(body).find((p) => KEY_DECISION_NOTE.test(p));
    if (keyDecision !== undefined) item.keyDecision = keyDecision;
    if (DECLARATIONS_TITLE.test(item.title)) item.declarations = readDeclarations(paragraphs(body, true), initials);
    else item.declarations = sectionDeclarations(body);
    // A member declaring an interest in the item's own text, no declarations heading over it: a declaration at the item.
    if (item.declarations.length === 0)
      item.declarations = readDeclarations(
        paragraphs(body, true).filter((p) => ITEM_DECLARATION_PARAGRAPH.test(p)),
        initials,
      );
    if (notice) noticeDecision(lines, notice, item);
    // A hearing decision notice decides under its outcome headings ("Breach", "Sanctions"): those, and only those, resolve.
    else if (decisionAt >= 0 && headings.length === 1) {
      const decided = outcomeResolutions(body);
      if (decided.length > 0) item.resolutions = decided;
    }
    if (/\bapolog/i.test(item.title) && minutes.apologies.length === 0) {
      const names = paragraphs(body).flatMap((p) => {
        const m = APOLOGIES_SENTENCE.exec(p);
        return m ? namesFromSentence((m[1] ?? m[2] ?? m[3]) as string) : [];
      });
      if (names.length === 0) names.push(...listedApologies(paragraphs(body, true)));
      minutes.apologies.push(...names);
      for (const name of names) attendees.push({ name, group: 'apologies', line: (lines[first] as Line).no });
    }
  }
  // Declarations the opening prose makes for the items it names ("… declared an interest in item 7 …"): those items'.
  const declared = declarationsByItem(lines, headEnd, attendanceEnd, (texts) => readDeclarations(texts, initials));
  for (const { item } of items) {
    const own = declared.get(item.agendaItem ?? '') ?? declared.get(item.minute);
    if (own && item.declarations.length === 0) item.declarations = own;
  }
  minutes.items = items.map((x) => x.item);
  callInEffective(lines, lastContent + 1, span.end, minutes.items);
  attendanceOf.set(minutes, attendees);
  return locate(doc, minutes, above.line, Math.max(lastContent, span.start));
}

/**
 * Where a minute's text hangs in a column of its own right of its number ("C 12/31      APOLOGIES" over lines indented to
 * the title): the number's margin and the column; null when its first line of text is not so indented.
 */
function hangingColumn(lines: readonly Line[], h: Heading, stop: number): { margin: number; column: number } | null {
  const head = lines[h.first] as Line;
  if (h.minute === '' || h.lead !== undefined) return null;
  for (let i = h.bodyFrom; i < stop; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    return l.indent >= head.indent + HANGING_COLUMN_MIN ? { margin: head.indent, column: l.indent } : null;
  }
  return null;
}

/** How far right of its number's margin a minute's text must hang to be a column of its own. */
const HANGING_COLUMN_MIN = 8;

/**
 * Whether a line under a hanging minute (see hangingColumn) starts a paragraph back at the number's margin, a line of
 * prose wider than a cell: an unnumbered paragraph between minutes (a motion to go into private session, a note), not
 * the minute's. A minute's heading or a running header are not read here.
 */
function outdentedParagraph(l: Line, hang: { margin: number; column: number }): boolean {
  return l.indent <= hang.margin && l.text.length >= OUTDENTED_PROSE_MIN && /^[A-Z‘'"“(]/.test(l.text) && / [a-z]+ [a-z]+ /.test(l.text);
}

/** How long a line at the number's margin must be to be prose (see outdentedParagraph). */
const OUTDENTED_PROSE_MIN = 40;

/** The printed line a run-in heading's narrative was read from (see runInLine). */
const RUN_IN_SOURCE = new WeakMap<Line, Line>();

/** A heading's line read as the narrative run in after its title: one cell of text, the printed line remembered. */
function runInLine(l: Line, lead: string): Line {
  const line: Line = { ...l, raw: `\t${lead}`, text: lead, cells: undefined, coverFields: undefined };
  RUN_IN_SOURCE.set(line, l);
  return line;
}

/** The text lines of a minute's body from heading line `first`, page furniture left out and a laid-out table inside it read row by row (minuteTextTable). */
function minuteTexts(doc: Doc, body: readonly Line[], first: number): string[] {
  const plain = (l: Line): boolean => l.text !== '' && !isPageFurniture(l);
  if (!doc.laidOut || !body.some((l) => l.tabbed)) return body.filter(plain).map((l) => l.text);
  // The laid-out line of each body line: the body keeps the document's order, so one walk from the heading finds them.
  const at: number[] = [];
  let i = first;
  for (const l of body) {
    const printed = RUN_IN_SOURCE.get(l) ?? l;
    while (i < doc.lines.length && doc.lines[i] !== printed) i++;
    at.push(i);
  }
  const texts: string[] = [];
  for (let k = 0; k < body.length; k++) {
    const l = body[k] as Line;
    if (!plain(l)) continue;
    const table = l.tabbed ? minuteTextTable(doc, body, at, k) : null;
    if (table) {
      texts.push(...table.texts);
      k = table.next - 1;
    } else texts.push(l.text);
  }
  return texts;
}

/**
 * The people of a list under "Apologies for absence were received from:", one an entry, to the list's end: each entry a
 * bullet, or a line opening with a person's title and reading as no sentence ("Cllr A Bell - on holiday"; "Cllr C Dunn
 * was absent" ends the list). A reason after a spaced dash (see PERSON_DASH_POST) is no part of the name.
 */
function listedApologies(entries: readonly string[]): string[] {
  const lead = entries.findIndex((p) => APOLOGIES_LIST_LEAD.test(p));
  if (lead < 0) return [];
  const after = entries.slice(lead + 1);
  const named = (b: string): string => PERSON_DASH_POST.exec(b)?.[1] ?? b;
  // Past its title, a listed name is capitalised words (and "and" between names); a sentence has words in lower case.
  const nameOnly = (b: string): boolean =>
    startsWithTitle(b) &&
    named(b)
      .replace(/\s*\([^()]*\)/g, '')
      .split(/\s+/)
      .every((w) => /^(?:\p{Lu}|and$|&$)/u.test(w) || startsWithTitle(`${w} X`));
  const end = after.findIndex((b) => !ENTRY_BULLET.test(b) && !nameOnly(b));
  return (end < 0 ? after : after.slice(0, end)).flatMap((b) => namesFromSentence(named(ENTRY_BULLET.test(b) ? b.slice(1).trim() : b)));
}

/**
 * The minute's action lines ("ACTION: A Bell to report to the Panel by 20 May 2031."), each with the lines it wraps onto
 * joined and without its label: who is to do what by when, never a resolution. An action ends at a blank line, page
 * furniture or the next action.
 */
function readActionLines(body: readonly Line[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < body.length; k++) {
    const first = (body[k] as Line).text;
    if (first.length > 2000 || !ACTION_LINE.test(first)) continue;
    const parts = [first.replace(ACTION_LINE, '')];
    for (; k + 1 < body.length; k++) {
      const t = (body[k + 1] as Line).text;
      if (t === '' || isPageFurniture(body[k + 1] as Line) || ACTION_LINE.test(t) || isResolutionLead(t) || markerOf(t) !== null) break;
      parts.push(t);
    }
    const action = joinWrapped(parts);
    if (action !== '') out.push(action);
  }
  return out;
}

/** A "Label: value" line: a few words, a colon, a value. */
const LABEL_VALUE = /^[A-Za-z][A-Za-z ,'’()/-]{1,60}:\s*\S/;

/**
 * Where a hearing notice's parts are: its "Label: value" block (from the label dating the hearing), the first label of
 * who attended, and the heading over the determination.
 */
function hearingNoticeShape(lines: readonly Line[], span: Span): { block: number; members: number; determination: number } | null {
  let block = -1;
  let members = -1;
  for (let i = span.start; i < span.end; i++) {
    const t = (lines[i] as Line).text;
    if (block < 0 && MEETING_DATE_LABEL.test(t)) block = i;
    else if (block >= 0 && members < 0 && attendanceLabelOf(t)) members = i;
    else if (block >= 0 && DETERMINATION_HEADING.test(t)) return { block, members: members < 0 ? i : members, determination: i };
  }
  return null;
}

/**
 * A hearing notice's meeting: the date, time and venue labelled in its block (before the members who sat), and
 * the body the notice is signed for.
 */
function noticeHeader(lines: readonly Line[], span: Span, block: number): Header {
  const texts: string[] = [];
  for (let i = block; i < span.end; i++) {
    const t = (lines[i] as Line).text;
    if (t === '' || attendanceLabelOf(t)) break;
    // A value wrapped onto the next line ("… Fore Street," over "AB1 2CD") goes on its label's line.
    if (texts.length > 0 && !LABEL_VALUE.test(t)) texts[texts.length - 1] += ` ${t}`;
    else texts.push(t);
  }
  const head = readHeader(texts);
  let body = '';
  for (let i = span.end - 1; i >= span.start && body === ''; i--) body = SIGNED_FOR_BODY.exec((lines[i] as Line).text)?.[1] ?? '';
  return { ...head, body, date: labelledMeetingDate(lines, block, block + 1) };
}

/**
 * What a hearing notice's one item adds: the paragraph under the determination heading, which decides (its list of
 * conditions resolved with it), and the declarations labelled in the notice's block, which are the item's.
 */
function noticeDecision(lines: readonly Line[], notice: { block: number; determination: number }, item: MinuteItem): void {
  const lead: string[] = [];
  for (let i = notice.determination + 1; i < lines.length; i++) {
    const t = (lines[i] as Line).text;
    if (t === '' || markerOf(t) !== null || isPageFurniture(lines[i] as Line)) break;
    lead.push(t);
  }
  const decided = joinWrapped(lead).replace(/:$/, '');
  if (decided !== '' && !item.resolutions.includes(decided)) item.resolutions.unshift(decided);
  const declared: string[] = [];
  for (let i = notice.block; i < notice.determination; i++) {
    const t = (lines[i] as Line).text;
    const label = t.includes(':') ? (t.split(':')[0] as string) : '';
    if (declared.length > 0 && (t === '' || (label !== '' && LABEL_VALUE.test(t)))) break;
    if (declared.length > 0) declared.push(t);
    else if (DECISION_SECTION_HEADINGS.some((h) => h.kind === 'declarations' && h.pattern.test(label))) declared.push(t.slice(label.length + 1));
  }
  if (declared.length > 0 && item.declarations.length === 0) item.declarations = readDeclarations([joinWrapped(declared)]);
}

/** The date of the meeting a "Label: value" block names ("Date of hearing: 20 May 2031") between `from` and `end`; null when none. */
function labelledMeetingDate(lines: readonly Line[], from: number, end: number): string | null {
  for (let i = from; i < end; i++) {
    const t = (lines[i] as Line).text;
    if (t !== '' && MEETING_DATE_LABEL.test(t)) return findDate(t)?.date ?? null;
  }
  return null;
}

/** A footnote's mark printed after a word ("the Code[1],"): no part of the sentence. */
const FOOTNOTE_MARK = /(?<=\S)\[\d{1,2}\]/g;

/**
 * What a hearing decision notice decided: the paragraphs under its outcome headings ("Breach", "Sanctions"), down to
 * the next bare heading ("Reasons"), one resolution each; a lead-in ending in a colon ("… the Sub-Committee decided:")
 * gives way to its numbered entries, one resolution each. Empty when the notice has no outcome heading.
 */
function outcomeResolutions(body: readonly Line[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < body.length; k++) {
    if (!outcomeHeadingAt(body, k)) continue;
    let stop = k + 1;
    while (stop < body.length && !bareHeadingAt(body, stop)) stop++;
    for (const p of paragraphs(body.slice(k + 1, stop), true)) {
      const text = p.replace(PARAGRAPH_NUMBER, '').replace(FOOTNOTE_MARK, '').trim();
      if (text !== '' && !text.endsWith(':')) out.push(text);
    }
    k = stop - 1;
  }
  return out;
}

/**
 * Whether a heading line is one line of a sentence wrapped over two or more ("Complaint … that a member of" over "…
 * Code of Conduct"), not a heading of its own: the run of lines it is in, without the record's heading or a date line,
 * holds two lines or more and reads as prose (lower-case words). A stacked heading's lines ("Executive" under "Record
 * of Decisions", over the date) are no sentence.
 */
function inWrappedParagraph(texts: readonly string[], at: readonly number[], text: string): boolean {
  const k = texts.indexOf(text);
  if (k < 0) return false;
  const inRun = (j: number): boolean => !DECISIONS_HEADING.test(texts[j] as string) && !findDate(texts[j] as string);
  let a = k;
  let b = k;
  while (a > 0 && at[a - 1] === (at[a] as number) - 1 && inRun(a - 1)) a--;
  while (b + 1 < texts.length && at[b + 1] === (at[b] as number) + 1 && inRun(b + 1)) b++;
  return b > a && lowerWords(texts.slice(a, b + 1).join(' ')) >= 2;
}

/**
 * The "Label: value" lines of a notice's block between `from` and `end`, each with the lines its value wraps onto
 * ("Venue: Committee Room 1, Town" over "Hall, High Street"), to the first blank line after the block starts.
 */
function labelBlockTexts(lines: readonly Line[], from: number, end: number): string[] {
  const texts: string[] = [];
  for (let i = from; i < end; i++) {
    const t = (lines[i] as Line).text;
    if (t === '' || isPageFurniture(lines[i] as Line)) continue;
    if (LABEL_VALUE.test(t)) texts.push(t);
    else if (texts.length > 0 && (lines[i - 1] as Line).text !== '') texts[texts.length - 1] += ` ${t}`;
    else if (texts.length > 0) break;
  }
  return texts;
}

/**
 * Where the attendance under a decision notice's block ends: its paragraphs that open with an attendance label
 * ("Also present: …"), or a label alone ("Hearing panel") over a table of who sat, are the notice's attendance, not its
 * decision. The first other paragraph; `from` when there are none.
 */
function attendanceBlocksEnd(lines: readonly Line[], from: number, end: number): number {
  let table = false;
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    if (attendanceLabelOf(l.text) !== null) table = attendanceLabelOf(l.text)?.rest === '' && !l.text.includes(':');
    else if (!(table && l.tabbed)) return i;
    // The rest of the paragraph is the label's.
    while (i + 1 < end && (lines[i + 1] as Line).text !== '') i++;
  }
  return end;
}

/**
 * Where a "Label: value" block ends: the first paragraph after it that does not start with a label ("Premises: …",
 * "Sub-Committee: …"). Values wrapped onto the next lines, and labels wrapped onto two, stay in the block.
 */
function labelBlockEnd(lines: readonly Line[], from: number, end: number): number {
  let blank = false;
  for (let i = from; i < end; i++) {
    const t = (lines[i] as Line).text;
    if (t === '' || isPageFurniture(lines[i] as Line)) {
      blank = t === '' || blank;
      continue;
    }
    if (blank && !/^[A-Za-z][A-Za-z ,'’()/-]{1,60}:/.test(t)) return i;
    blank = false;
  }
  return end;
}

/**
 * A heading that names its agenda item ("Item 5   COUNCIL TAX SUPPORT SCHEME   KEY DECISION"): alone on its
 * line (a blank line or the end after it), not a sentence.
 */
function itemHeadingAt(lines: readonly Line[], i: number, end: number): Heading | null {
  const t = (lines[i] as Line).text;
  if (t.length > 260 || ((t.charCodeAt(0) | 0x20) !== 0x69 && (t.charCodeAt(0) | 0x20) !== 0x61)) return null;
  const m = ITEM_HEADING.exec(t);
  const title = m ? (m[2] as string) : '';
  // A site's address heads a planning application's item ("Item 5: 14–18 Mill Parade"), its house number first.
  if (!m || /[.;,]$/.test(title) || !(upperCase(title) || ((/^[A-Z]/.test(title) || ADDRESS_TITLE.test(title)) && title.split(' ').length <= 14))) return null;
  // A link to the item's paper with the file's size ("Item 6 – Grants report (PDF, 188 KB)") lists a document, not a minute.
  if (title.search(FILE_SIZE) >= 0) return null;
  const next = lines[i + 1];
  if (i + 1 < end && next && next.text !== '' && !isPageFurniture(next)) return null;
  return { first: i, bodyFrom: i + 1, minute: '', agendaItem: m[1] as string, title: title.trim(), strong: true };
}

/**
 * The title of one decision's notice in a set of them, on its own line(s) right over the notice's opening label
 * ("Disposal of Land at Mill Road" over "Decision maker: Cabinet"; see DECISION_NOTICE_OPENING_LABEL), a blank line or
 * page furniture above it. No minute number is printed, so none is given; the notice's labels are the minute's body.
 */
function decisionNoticeHeadingAt(lines: readonly Line[], i: number, from: number): Heading | null {
  if (!DECISION_NOTICE_OPENING_LABEL.test((lines[i] as Line).text)) return null;
  let first = i;
  while (first - 1 >= from && i - first < 3) {
    const above = lines[first - 1] as Line;
    if (above.text === '' || isPageFurniture(above) || LABEL_VALUE.test(above.text) || /[.;,:]$/.test(above.text)) break;
    first--;
  }
  if (first === i || (first - 1 >= from && (lines[first - 1] as Line).text !== '' && !isPageFurniture(lines[first - 1] as Line))) return null;
  const title = joinWrapped(lines.slice(first, i).map((l) => l.text));
  if (title.length > 200) return null;
  return { first, bodyFrom: i, minute: '', agendaItem: null, title, strong: true };
}

/** Report cover labels that name an agenda item ("Agenda item:", "Item no."). */
const AGENDA_ITEM_LABELS = COVER_LABELS.filter((c) => c.field === 'agendaItem').map((c) => c.pattern);

/** A "Label: value" line whose value is an item's number, maybe with a note in brackets ("Agenda item: 7 (exempt)"). */
const LABELLED_ITEM_NUMBER = /^([^:]{2,30}):\s*(\d{1,4}(?:\.\d{1,2})?[a-z]?)\.?(?:\s+\([^()]{1,80}\))?$/i;

/** The agenda item a minute's opening "Label: value" lines name ("Agenda item: 7"); null when its first paragraph names none. */
function labelledAgendaItem(body: readonly Line[]): string | null {
  let seen = false;
  for (const l of body) {
    if (l.text === '' || isPageFurniture(l)) {
      if (seen) break;
      continue;
    }
    seen = true;
    // "Agenda item: 7", or a label table's row "Agenda item | 7" (a note on the item in brackets after its number).
    const label = l.tabbed && !l.text.includes(':') ? labelCellOf(l) : '';
    const m = label !== '' ? LABELLED_ITEM_NUMBER.exec(`${label}:${l.text.slice(l.text.indexOf(label) + label.length)}`) : LABELLED_ITEM_NUMBER.exec(l.text);
    if (m && AGENDA_ITEM_LABELS.some((p) => p.test((m[1] as string).trim()))) return m[2] as string;
    // A table's header row with an agenda item column ("Agenda item | Portfolio holder | Report of"): the number in that
    // column of the row under it.
    const column = l.tabbed && !l.text.includes(':') ? cellsOf(l).findIndex((c) => AGENDA_ITEM_LABELS.some((p) => p.test(c))) : -1;
    if (column >= 0) {
      const row = body.slice(body.indexOf(l) + 1).find((x) => x.text !== '' && !isPageFurniture(x));
      const value = row?.tabbed ? /^(\d{1,4}(?:\.\d{1,2})?[a-z]?)\.?$/i.exec(cellsOf(row)[column] ?? '') : null;
      if (value) return value[1] as string;
    }
  }
  return null;
}

/** The label of a "Label: value" line ("Declarations of interest: None" gives "Declarations of interest"); '' for none. */
function inlineLabel(text: string): string {
  const m = /^([A-Za-z][A-Za-z ,'’()/-]{1,60}):\s*\S/.exec(text);
  return m ? (m[1] as string).trim() : '';
}

/** Whether a line heads a section of a decision: alone ("Reasons"), or as the label of its value ("Reasons: …"). */
function sectionAt(text: string, kind?: (typeof DECISION_SECTION_HEADINGS)[number]['kind']): boolean {
  const label = inlineLabel(text);
  return DECISION_SECTION_HEADINGS.some((h) => (kind === undefined || h.kind === kind) && (h.pattern.test(text) || (label !== '' && h.pattern.test(label))));
}

/**
 * Declarations of interest under their own sub-heading inside an item ("DECLARATIONS OF INTEREST"), or after their
 * label ("Declarations of interest: Cllr A declared …"), up to the next sub-heading or labelled line; or in a label
 * table's row of their own ("Declarations   Cllr A – personal interest (…)"), the value wrapped under it, up to the
 * next row.
 */
function sectionDeclarations(body: readonly Line[]): Declaration[] {
  const row = body.findIndex((l) => declarationsCell(l) !== '');
  if (row >= 0) {
    const head = body[row] as Line;
    let stop = row + 1;
    while (stop < body.length && (body[stop] as Line).text !== '' && !labelRowStart(body[stop] as Line) && !sectionAt((body[stop] as Line).text)) stop++;
    return readDeclarations(paragraphs([{ ...head, text: declarationsCell(head) }, ...body.slice(row + 1, stop)], true));
  }
  const at = body.findIndex((l) => l.text.length < 600 && sectionAt(l.text, 'declarations') && (l.text.length < 80 || inlineLabel(l.text) !== ''));
  if (at < 0) return [];
  const head = body[at] as Line;
  const label = inlineLabel(head.text);
  const first = label === '' ? [] : [{ ...head, text: head.text.slice(head.text.indexOf(':') + 1).trim() }];
  let stop = at + 1;
  while (stop < body.length && !sectionAt((body[stop] as Line).text) && (label === '' || inlineLabel((body[stop] as Line).text) === '')) stop++;
  return readDeclarations(paragraphs([...first, ...body.slice(at + 1, stop)], true));
}

/** Whether a line starts a label table's row: a label cell of its own, not a value wrapped under the row above. */
function labelRowStart(l: Line): boolean {
  return l.tabbed && !l.raw.startsWith('\t') && labelCellOf(l) !== '';
}

/** The value of a label table's declarations row ("Declarations   Cllr A – personal interest" gives "Cllr A – …"); '' for any other line. */
function declarationsCell(l: Line): string {
  if (!labelRowStart(l) || l.text.length > 600) return '';
  const label = labelCellOf(l);
  return label !== '' && sectionAt(label, 'declarations') ? l.text.slice(label.length).trim() : '';
}

/** A minute title without the page furniture, signature or leftover markup around it. */
function cleanTitle(title: string): string {
  // A web page's link to the item's report prints the file's size after the title ("Budget 2031/32 PDF 1 MB").
  const t = title
    .replace(FILE_SIZE, '')
    .replace(/\s*[-–—:]\s*$/, '')
    .replace(/^[\s"“]+/, '');
  // A name quoted at the title's end ("Annual Report: “Healthy Homes”") keeps its closing quote; a stray one goes.
  const quoted = /”\s*$/.test(t) ? t.includes('“') : /"\s*$/.test(t) && (t.match(/"/g) ?? []).length % 2 === 0;
  return (quoted ? t : t.replace(/[\s"”]+$/, '')).trim();
}

/** The end of a line that breaks off mid-sentence: a word or a comma, no full stop, colon or closing bracket. */
const MID_SENTENCE_END = /[a-z,]$/i;

/**
 * The paragraphs of a minute's body, each joined over its wrapped lines, and over a page break where a sentence runs on
 * to the next page; with `byEntry`, a line that starts with a paragraph number or a person's title also starts a paragraph.
 */

export function paragraphs(body: readonly Line[], byEntry = false): string[] {
  const out: string[] = [];
  let current: string[] = [];
  // The page of the last line read, and whether the paragraph broke off there mid-sentence ("… of the Fund. Mr" at a
  // page's foot): the next page's first line goes on with it, across the footer and the running header between.
  let page: number | null = null;
  let broken = false;
  for (const l of body) {
    if (l.text === '' || isPageFurniture(l)) {
      if (current.length > 0 && !broken) {
        broken = MID_SENTENCE_END.test(current[current.length - 1] as string);
        if (!broken) {
          out.push(joinWrapped(current));
          current = [];
        }
      }
      continue;
    }
    if (broken && (l.page === null || l.page === page)) {
      out.push(joinWrapped(current));
      current = [];
    }
    broken = false;
    page = l.page;
    if (byEntry && current.length > 0 && (PARAGRAPH_NUMBER.test(l.text) || ENTRY_BULLET.test(l.text) || startsWithTitle(l.text))) {
      out.push(joinWrapped(current));
      current = [];
    }
    current.push(l.text);
  }
  if (current.length > 0) out.push(joinWrapped(current));
  return out;
}

/**
 * Reads the attendance lines between the heading and the first minute. A list printed after its
 * label ("PRESENT: A, B and C") ends at a blank line unless its last line ends in a comma or "and";
 * a label on a line of its own ("PRESENT") takes every line until the next label.
 */
/** A bulleted attendee without the post run on after their name; a post inside brackets ("(Deputy Leader)") stays. */
function withoutTrailingPost(text: string): string {
  const m = ATTENDEE_TRAILING_POST.exec(text);
  if (!m) return text;
  // A bullet that is a post alone ("Executive Director of Resources") names no one before it: kept whole, not cut to
  // "Executive". The pattern tried behind a stand-in name says so by matching the whole text.
  if (ATTENDEE_TRAILING_POST.exec(`x ${text}`)?.index === 1) return text;
  const name = text.slice(0, m.index);
  return (name.match(/\(/g) ?? []).length > (name.match(/\)/g) ?? []).length ? text : name;
}

/** Reads the attendance lists of minutes between `from` and `end` into `minutes` (and `attendees`, with their lines). */
export function readAttendance(doc: Doc, minutes: Minutes, attendees: Attendee[], from: number, end: number): void {
  const { lines } = doc;
  type Group = { kind: AttendanceKind | 'extra'; label: string; texts: string[]; line: Line; inline: boolean; columns?: boolean; post?: boolean; rowed?: boolean };
  const groups: Group[] = [];
  // Those in attendance read from the rows of another group's table ("Also present:" over officers beside their posts).
  const attendingBeside = (all: Group[], g: Group): Group => {
    let found = all.find((x) => x.line === g.line && x.kind === 'attendance');
    if (!found) {
      found = { kind: 'attendance', label: g.label, texts: [], line: g.line, inline: false, post: true, rowed: true };
      all.push(found);
    }
    return found;
  };
  let current: Group | null = null;
  // Names broken at a hyphen in a column ("Huw Llewelyn-" over "Thomas"): the column's position, and the entry to go on.
  const pending = new Map<number, number>();
  let table: Array<Group | null> | null = null;
  // The group of a table headed by its label's cell ("Present | Role"), its rows below read one person a row.
  let cellRows: Group | null = null;
  // A label table with a third column ("Present:  | Cllr A Name (Chair) | Northby Council"): where its name and beside columns start.
  // `cells`: the table's cells are parted by TABs (a word processor's text), so a row's columns are its cells, not positions.
  let rowed: { name: number; beside: number; cells?: boolean } | null = null;
  // The columns of the last such table: a later label whose cells sit in them is a row of the same table.
  let rowTable: { name: number; beside: number } | null = null;
  // The last row read of a label table, for a name broken at its hyphen ("Dr A Smith-" over "Jones") going on below.
  let lastRow: { name: string; beside: string } | null = null;
  // The group the last row of a label table went to: the label's, or those in attendance beside it (see attendingBeside).
  let rowGroup: Group | null = null;
  // A label's rows a constituent body each ("PRESENT:  | Northby City Council | Councillors A, B and C"): where the
  // body and the names columns start (see CONSTITUENT_BODY_CELL).
  let bodyRows: { body: number; names: number } | null = null;
  let blank = false;
  // The row whose label cell ends the label of the row above ("Officers in" over "Attendance"): its value alone is read.
  let wrappedLabel = -1;
  // Whether the line is in a label table's attendance rows (see labelColumnRow).
  let inLabelTable = false;
  // A label alone on its line ("Councillors:" under "PRESENT: …") heads the names below it, across a blank line.
  let labelAlone = false;
  for (let i = from; i < end; i++) {
    const printed = lines[i] as Line;
    // A label table's attendance row with no colon printed ("Present   Cllr A Bell"), its label maybe wrapped onto the row below.
    const row = doc.laidOut ? labelColumnRow(lines, i, end, wrappedLabel === i) : null;
    if (row?.wrapped) wrappedLabel = i + 1;
    if (row !== null) inLabelTable = true;
    else if (!printed.raw.startsWith('\t')) inLabelTable = false;
    // Its rows, and the values wrapped under them, are read as lines of text: its columns are a label's and its value's.
    const l = inLabelTable ? { ...printed, tabbed: false } : printed;
    // A bulleted list (a web page's) names one person a bullet.
    const bare = l.text.replace(ATTENDEE_BULLET, '');
    const bulleted = bare !== l.text;
    // A bulleted person with their post run on after the name (a web page's separate element): the name alone.
    const said = row?.text ?? (bulleted ? withoutTrailingPost(bare) : bare);
    // A numbered section of the record ("1. Attendance", "3. Minutes"): its title, a label or the attendance's end.
    const section = l.tabbed ? null : RECORD_SECTION_HEADING.exec(said);
    const t = section && RECORD_SECTION_TITLE.test(section[1] as string) ? (section[1] as string) : said;
    if (t !== said && attendanceLabelOf(t) === null) {
      current = null;
      cellRows = null;
      table = null;
      continue;
    }
    if (t === '' || isPageFurniture(t)) {
      if (t === '' && !labelAlone) blank = true;
      continue;
    }
    labelAlone = false;
    if (SIGNATURE.test(t) || HEADING_RULE.test(t)) continue;
    // The next row of a label's rows a constituent body each, or a cell of the row above wrapped: the names go on in
    // their column, a body's name in its own starts the next row's names, a body's name wrapped alone names no one.
    if (bodyRows !== null && current !== null && !blank && doc.laidOut && attendanceLabelOf(t) === null) {
      const cells = constituentRowCells(headerColumns(doc.laidOut[i] ?? ''), bodyRows);
      if (cells !== null) {
        // A body's cell beside names starts a row, unless the names above stop mid-list ("… and" over "Y Brightwell" beside
        // "Council"): then it is the body's name wrapped, and the names go on.
        const prev = current.texts[current.texts.length - 1] ?? '';
        // A bracket left open above ("R Bell (substitute for" over "Councillor C Dunn)") goes on too.
        const row = cells.body !== '' && !openBracket(prev) && (startsWithTitle(cells.names) || startsWithPluralTitle(cells.names) || !LIST_STOPS_MID.test(prev));
        if (cells.names !== '') current.texts.push(...(row ? ['\n'] : []), cells.names);
        continue;
      }
    }
    bodyRows = null;
    // A record's own date ("Date of publication: …", "Call-in expiry: …") ends the list above it and names no one.
    if (RECORD_DATE_LABELS.test(t)) current = null;
    // "Councillor A Bell, Convener, presiding.", or "Councillor A Bell in the Chair." after a blank line: the chair,
    // already present, ends the list above.
    if (PRESIDING_LINE.test(t) || (blank && CHAIR_SENTENCE.test(t))) {
      current = null;
      blank = false;
      continue;
    }
    // An attendance register, one person a row ("Attendee | Role | Attendance"): each row goes to the group its status names.
    if (registerColumns(l) !== null) {
      const register = readRegister(doc, i, end);
      // A register captioned as others' ("Other councillors", "Officers in attendance"): those it marks present are those others.
      const others = current !== null && current.texts.length === 0 && (current.kind === 'other' || current.kind === 'attendance') ? current.kind : null;
      for (const row of register.rows) {
        if (row.kind === null) continue;
        const kind = row.kind === 'present' && others !== null ? others : row.kind;
        const label = kind === 'absent' ? 'Absent' : kind;
        let g = groups.find((x) => x.line === l && x.kind === kind);
        if (!g) {
          g = { kind, label, texts: [], line: l, inline: false, post: true };
          groups.push(g);
        }
        if (g.texts.length > 0) g.texts.push('\n');
        g.texts.push(row.name);
      }
      i = register.last;
      current = null;
      table = null;
      continue;
    }
    // A grid of members under their bodies' names, each marked as the key under it says ("P", "A"): one group a mark.
    const grid = doc.laidOut && l.tabbed ? readAttendanceGrid(doc.laidOut, i, end) : null;
    if (grid !== null) {
      for (const e of grid.entries) {
        const label = e.kind === 'absent' ? 'Absent' : e.kind;
        let g = groups.find((x) => x.line === l && x.kind === e.kind);
        if (!g) {
          g = { kind: e.kind, label, texts: [], line: l, inline: false, post: true };
          groups.push(g);
        }
        if (g.texts.length > 0) g.texts.push('\n');
        g.texts.push(e.name);
      }
      i = grid.next - 1;
      current = null;
      table = null;
      continue;
    }
    // A table whose header cells are attendance labels ("Present | Apologies | Also present"): one group a column.
    const heads = attendanceColumns(l);
    if (heads !== null) {
      table = heads.map((h) => {
        if (h === null) return null;
        const g: Group = { kind: h.kind, label: h.label, texts: [], line: l, inline: false };
        groups.push(g);
        return g;
      });
      current = null;
      // On a page layout the columns are read by position, each cell wrapping within its column.
      const laid = laidOutAttendance(doc, i, end, table, (kind, label) => {
        const g: Group = { kind, label, texts: [], line: l, inline: false };
        groups.push(g);
        return g;
      });
      if (laid !== null) {
        table = null;
        i = laid - 1;
      }
      continue;
    }
    // A table under a header row of a label and what is beside each name ("Present | Role", "In attendance | Post"): a row a person.
    const labelled = labelTableHeader(l);
    if (labelled !== null) {
      current = { ...labelled, texts: [], line: l, inline: false, post: labelled.kind === 'attendance', rowed: true };
      groups.push(current);
      cellRows = current;
      table = null;
      blank = false;
      continue;
    }
    // A table under a stand-alone label whose header row names its columns ("Councillor | Authority", "Name | Post |
    // Authority"), its cells on one line a row: a row a person, the header cells no one.
    // Another such table under the same label, below a group's heading of its own ("Voting members" over one table,
    // "Non-voting members" over the next): its header row again names no one, its rows are more of the label's group.
    if (current !== null && !doc.laidOut && (current.texts.length === 0 || current.rowed === true) && cellTableHeader(l)) {
      current = { kind: current.kind, label: current.label, texts: [], line: l, inline: false, post: current.kind === 'attendance', rowed: true };
      groups.push(current);
      cellRows = current;
      table = null;
      blank = false;
      continue;
    }
    // A laid-out table's row of one cell has no gap to part it: a group's heading across the table ("Co-opted members
    // (non-voting)") or a name cell wrapped alone ("(substitute for" over "Cllr C Dunn)"). Any other line ends the table.
    const lastRowText = cellRows?.texts[cellRows.texts.length - 1] ?? '';
    const oneCell =
      cellRows !== null &&
      !l.tabbed &&
      doc.laidOut !== undefined &&
      (attendanceLabelOf(t)?.rest === '' || MEMBER_GROUP_HEADING.test(t.replace(HEADER_CELL_NOTE, '')) || openBracket(lastRowText));
    // A label's own row under the table ("Apologies:   Cllr A Bell") ends it and starts its group.
    if (cellRows !== null && l.tabbed && /:$/.test(labelCellOf(l))) cellRows = null;
    if (cellRows !== null && (l.tabbed || oneCell)) {
      const [name = '', ...rest] = l.raw.split('\t').map((c) => c.trim());
      const beside = rest.filter((c) => c !== '').join(' ');
      // A name cell wrapped onto a line of its own, its bracket still open above: the same entry.
      if (name !== '' && beside === '' && openBracket(lastRowText) && cellRows.texts.length > 0) {
        cellRows.texts[cellRows.texts.length - 1] = joinWrapped([lastRowText, name]);
        continue;
      }
      // A row of one cell across the table ("In attendance", "Voting members"): a label starts its group under the
      // same columns, a group's heading names no one.
      const subLabel = beside === '' ? attendanceLabelOf(name) : null;
      if (subLabel !== null && subLabel.rest === '') {
        current = { kind: subLabel.kind, label: subLabel.label, texts: [], line: l, inline: false, post: subLabel.kind === 'attendance', rowed: true };
        groups.push(current);
        cellRows = current;
        continue;
      }
      if (beside === '' && MEMBER_GROUP_HEADING.test(name.replace(HEADER_CELL_NOTE, ''))) continue;
      // The person alone (a member's role or substitute note is no one present); an officer with their post.
      if (name !== '') cellRows.texts.push(...(cellRows.texts.length > 0 ? ['\n'] : []), rowEntry(name, beside, cellRows.kind));
      else if (beside !== '' && cellRows.kind === 'attendance' && cellRows.texts.length > 0) cellRows.texts[cellRows.texts.length - 1] += ` ${beside}`;
      blank = false;
      continue;
    }
    // A group's heading on a line of its own over a label's table ("Statutory members" under "PRESENT", "Non-voting
    // members" between two tables): it names no one.
    if (
      current !== null &&
      (cellRows !== null || current.texts.length === 0) &&
      !doc.laidOut &&
      !l.tabbed &&
      MEMBER_GROUP_HEADING.test(t) &&
      attendanceLabelOf(t) === null &&
      cellTableHeader(lines[nextNonBlank(lines, i + 1, end)] ?? l)
    ) {
      blank = false;
      continue;
    }
    cellRows = null;
    // A row led by an attendance label's cell ("Apologies:\tCllr A Bell") under a table of label columns is no row of it:
    // the table has ended and the label starts its own group.
    if (table !== null && l.tabbed && /:$/.test(labelCellOf(l)) && attendanceLabelOf(labelCellOf(l)) !== null) table = null;
    if (table !== null && l.tabbed) {
      const cells = l.raw.split('\t').map((c) => c.trim());
      cells.forEach((c, k) => {
        const g = table?.[k];
        if (c === '' || !g) return;
        if (g.texts.length > 0) g.texts.push('\n');
        g.texts.push(c);
      });
      continue;
    }
    table = null;
    // The column headings of a members' table set side by side under its label ("Elected Members | Appointed Members"):
    // they name no one, and each row below holds a member a cell, never one person beside another's post.
    if (current !== null && current.texts.length === 0 && (current.kind === 'present' || current.kind === 'other') && groupHeadingsRow(l)) {
      current.columns = true;
      current.inline = false;
      blank = false;
      continue;
    }
    // A run-on list of names set in newspaper columns under the label: one text, read column by column.
    const flowed = current !== null && doc.laidOut && l.tabbed ? flowedColumns(doc.laidOut, i, end) : null;
    if (current !== null && flowed !== null) {
      if (current.texts.length > 0) current.texts.push('\n');
      current.texts.push(flowed.text);
      i = flowed.next - 1;
      blank = false;
      continue;
    }
    // A post wrapped in the value column under its person's line ("A Bell – Principal Planning" over "Officer") is the
    // post's last words, though they read as a label.
    if (current !== null && !blank && doc.laidOut && l.raw.startsWith('\t') && dashPostWrapsOn(current.texts, t)) {
      current.texts.push(t);
      continue;
    }
    // A label table's post wrapped onto a line of its own in the beside column ("Director of Finance and" over
    // "Officer") is the post's last words, though they read as a label.
    const knownHere: ReturnType<typeof attendanceLabelOf> = rowed !== null && !t.includes(':') && wrapsBesideCell(doc, i, rowed) ? null : attendanceLabelOf(t);
    // A table's header row under a label ("Member | Constituent council"): each row below is a person and what is beside them.
    const header: { name: number; beside: number } | null = current !== null && !knownHere ? memberTableHeader(doc, i) : null;
    if (current !== null && header !== null) {
      rowed = header;
      rowTable = rowed;
      current = { kind: current.kind, label: current.label, texts: [], line: l, inline: false, post: current.kind === 'attendance', rowed: true };
      groups.push(current);
      blank = false;
      continue;
    }
    // A row of a label table: the person in the name column, their organisation or post beside them.
    const runs: LaidOutColumn[] = rowed !== null || knownHere ? headerColumns(doc.laidOut?.[i] ?? '') : [];
    if (rowed !== null && current !== null && !knownHere) {
      const cells: { name: string; beside: string } | null =
        rowColumnsOf(rowed.cells === true ? runs : partedAtBeside(runs, rowed), rowed) ?? (rowed.cells === true ? tabRowCells(doc.laidOut?.[i] ?? l.raw) : null);
      // A label's own row in the name column ("Observers:   Two residents") ends the table: no person.
      const at = cells !== null && /:$/.test(cells.name) ? null : cells;
      if (at !== null) {
        // A group's heading in the name column ("Voting Members" over the members it heads) names no one; its rows may
        // set their beside column apart from the group's above.
        if (at.beside === '' && (MEMBER_GROUP_HEADING.test(at.name) || (rowed.cells !== true && groupHeadingCell(at.name)))) {
          const beside: number = rowed.cells === true ? -1 : groupBesideColumn(doc, i, end, rowed.name);
          if (beside >= 0 && rowed !== null) rowed = { name: rowed.name, beside };
          blank = false;
          continue;
        }
        // Under "Also present", a row of one with no councillor's title beside their post ("A Bell | Head of Legal",
        // "C Dunn | External Auditor, Northby LLP") is an officer or adviser, who attends: the row goes to those in attendance.
        if (at.name !== '' && (at.beside !== '' || rowGroup === null)) {
          const attends = current.kind === 'other' && at.beside !== '' && !COUNCILLOR_TITLE.test(at.name) && isPostText(at.beside);
          rowGroup = attends ? attendingBeside(groups, current) : current;
        }
        const g = rowGroup ?? current;
        const last = g.texts[g.texts.length - 1];
        if (at.name !== '' && lastRow !== null && /[A-Za-z]-$/.test(lastRow.name) && /^[A-Za-z]/.test(at.name) && g.texts.length > 0) {
          // A name broken at a hyphen, its post or body beside it wrapped too: one entry.
          lastRow = { name: `${lastRow.name}${at.name}`, beside: `${lastRow.beside} ${at.beside}`.trim() };
          g.texts[g.texts.length - 1] = rowEntry(lastRow.name, lastRow.beside, g.kind);
        } else if (lastRow !== null && g.texts.length > 0 && NAME_CELL_WRAPPED_AFTER_FORENAME.head.test(lastRow.name) && NAME_CELL_WRAPPED_AFTER_FORENAME.tail.test(at.name)) {
          // A name cell wrapped after its forename ("Councillor A" over "Bell-Dunn"), the post beside it going on: one entry.
          lastRow = { name: `${lastRow.name} ${at.name}`, beside: `${lastRow.beside} ${at.beside}`.trim() };
          g.texts[g.texts.length - 1] = rowEntry(lastRow.name, lastRow.beside, g.kind);
        } else if (at.name !== '' && (at.beside === '' || g.kind !== 'attendance') && last !== undefined && (openBracket(last) || /[A-Za-z]-$/.test(last))) {
          // A name cell wrapped onto a line of its own ("Cllr A Bell (substitute for Cllr" / "C Dunn)"): the same entry.
          g.texts[g.texts.length - 1] = joinWrapped([last, at.name]);
          lastRow = null;
        } else if (at.name !== '') {
          lastRow = { name: at.name, beside: at.beside };
          g.texts.push(...(g.texts.length > 0 ? ['\n'] : []), rowEntry(at.name, at.beside, g.kind));
        } else if (g.kind === 'attendance' && g.texts.length > 0) g.texts[g.texts.length - 1] += ` ${at.beside}`;
        blank = false;
        continue;
      }
      // A label's own row in the name column ("Observers:   Two residents") starts a group of its own.
      if (cells !== null && cells.beside !== '') {
        current = { kind: 'extra', label: cells.name.replace(/\s*:$/, ''), texts: [cells.beside], line: l, inline: true };
        groups.push(current);
        rowed = null;
        rowGroup = null;
        blank = false;
        continue;
      }
    }
    rowed = null;
    rowGroup = null;
    // A label column's label wrapped under its first line ("FREEMEN" beside the names, "OF THE BOROUGH:" alone below): one label.
    const wrapped = wrappedColumnLabel(lines, i, end);
    const joined = wrapped === null ? null : labelOfLine(wrapped);
    // A tail that is a label of its own ("Apologies:" under "Chair  Cllr A") starts its group, unless the two make one label ("ALSO" / "PRESENT:").
    const tailLabel = wrapped !== null && attendanceLabelOf((lines[i + 1] as Line).text) !== null;
    const read = joined !== null && (joined.known !== null || (joined.extra && !tailLabel)) ? joined : labelOfLine(t);
    if (read === joined) i++;
    // The people a count at the line's end counts, wrapped onto this line ("…; 6" over "members of the public"): the
    // count's words, no group heading of their own.
    const countGoesOn: boolean = current !== null && !blank && read.known === null && COUNT_WRAPPED_AT_END.test(current.texts[current.texts.length - 1] ?? '');
    const labels: ReturnType<typeof labelOfLine> = countGoesOn ? { known: null, other: null, extra: false } : read;
    const { known, other, extra } = labels;
    // A hearing notice's party ("Subject member: …") is who the matter is by or about, no attendee: the list above ends.
    if (!known && other !== null && PARTY_LABEL.test(other.label.trim())) {
      current = null;
      blank = false;
      continue;
    }
    // "Councillors:" under "PRESENT:" names more of the same group, often in two columns.
    // A joint committee's Present list under each partner body's name ("Northby Borough Council:"): still one group.
    const partner = !known && current !== null && current.kind === 'present' && other !== null && other.rest === '' && PARTNER_BODY.test(other.label);
    if (!known && current && other !== null && (MORE_OF_GROUP.test(other.label) || partner)) {
      if (doc.laidOut && l.tabbed) {
        pushColumns(current.texts, doc.laidOut[i] ?? '', pending, true);
        current.columns = true;
      } else if (other.rest === '') {
        current.texts.push('\n');
        labelAlone = true;
        // Names below set in columns side by side, each line holding one of each column: one entry a cell.
        if (doc.laidOut && namesSideBySide(doc, nextNonBlank(lines, i + 1, end))) current.columns = true;
      } else current.texts.push('\n', other.rest);
      blank = false;
      continue;
    }
    // "Group A – Arts organisations:" inside a Present list: a heading over more of the same group.
    if (!known && current !== null && current.kind === 'present' && ATTENDANCE_SUBGROUP_HEADING.test(t)) {
      current.texts.push('\n');
      blank = false;
      continue;
    }
    if (known || extra) {
      pending.clear();
      const label = withoutInnerLabel(known, (known ?? other) as { label: string; rest: string });
      // A notice's "Sub-Committee: Cllr A, Cllr B" names who sat; "Legal adviser: …" an officer who attended.
      // "Councillors:" opening the attendance, no "Present:" above it, lists the members present; "Police:", "Community
      // groups:" the outside bodies' people who attended.
      const kind: AttendanceKind | 'extra' = known
        ? known.kind
        : SITTING_LABEL.test(label.label) || (current === null && MORE_OF_GROUP.test(label.label))
          ? 'present'
          : OFFICER_LABEL.test(label.label) || PARTNER_ATTENDANCE_LABEL.test(label.label)
            ? 'attendance'
            : 'extra';
      // A label in a table's cell of its own beside a cell of paragraphs ("Present:" | one person a paragraph): the
      // cell's lines down to the one its closing tab ends, one entry each.
      const cellEnd = label.rest !== '' && !doc.laidOut ? cellParagraphsEnd(lines, i, end, label.label) : -1;
      // A label table's value column lists one entry a line, wrapped entries indented under it.
      current = { kind, label: label.label, texts: label.rest === '' ? [] : [label.rest], line: l, inline: label.rest !== '' && cellEnd < 0 && row === null };
      for (let k = i + 1; k <= cellEnd; k++) {
        const cell = cleanInline((lines[k] as Line).raw);
        if (cell !== '') current.texts.push('\n', cell);
      }
      // A post's label ("Licensing officer:") names one officer, with their own post after a comma.
      if (!known && kind === 'attendance' && OFFICER_LABEL.test(label.label)) current.post = true;
      const [, person, beside] = runs;
      if (known && runs.length === 3 && person && beside && CONSTITUENT_BODY_CELL.test(person.header) && (startsWithPluralTitle(beside.header) || namesPerson(beside.header))) {
        // A row of members under the constituent body they sit for: the body names no one, the names go on below.
        bodyRows = { body: person.start, names: beside.start };
        current.texts = [beside.header];
        current.inline = false;
        groups.push(current);
        blank = false;
        continue;
      }
      // The label alone on its line, the rows a constituent body each starting on the line under it.
      const below = known && runs.length === 1 && label.rest === '' ? constituentRowsBelow(doc, i, end) : null;
      if (below !== null) {
        bodyRows = below;
        current.inline = false;
        groups.push(current);
        blank = false;
        continue;
      }
      // The label alone on its line over rows a category of members each ("Members appointed by the" over "District
      // Councils:" beside their names): the categories name no one, each row's names one run-on list.
      const categories = known?.kind === 'present' && runs.length === 1 && label.rest === '' ? categoryRowsBelow(doc, i, end) : null;
      if (categories !== null) {
        current.texts = categories.texts.flatMap((t, k) => (k > 0 ? ['\n', t] : [t]));
        current.inline = false;
        groups.push(current);
        i = categories.next - 1;
        blank = false;
        continue;
      }
      // The label alone on its line over a borderless table of one person a row, its groups maybe under headings of their own.
      const grouped = known && runs.length === 1 && label.rest === '' ? groupedRowsBelow(doc, i, end) : null;
      if (grouped !== null) {
        rowed = grouped;
        rowTable = rowed;
        current.inline = false;
        current.post = kind === 'attendance';
        current.rowed = true;
        groups.push(current);
        blank = false;
        continue;
      }
      const aligned = rowTable !== null && person !== undefined && beside !== undefined && rowColumnsOf([person, beside], rowTable)?.name === person.header;
      // Text that is no page layout parts a row's cells with TABs ("In attendance:\tMr A Bell\tClerk"): its cells are its runs.
      const [, cellPerson, cellBeside, ...moreCells] = !doc.laidOut && l.tabbed ? l.raw.split('\t').map((c) => c.trim()) : [];
      const tabRow = cellPerson !== undefined && cellBeside !== undefined && moreCells.length === 0 ? { person: cellPerson, beside: cellBeside } : null;
      const row3 = runs.length === 3 && person && beside ? { person: person.header, beside: beside.header } : tabRow;
      if (
        known &&
        row3 !== null &&
        namesPerson(row3.person) &&
        row3.beside !== '' &&
        !startsWithTitle(row3.beside) &&
        (aligned || !looksLikePerson(row3.beside) || isPostText(row3.beside))
      ) {
        rowed =
          row3 === tabRow
            ? { name: 0, beside: 0, cells: true }
            : { name: person?.start ?? 0, beside: besideColumnBelow(doc, i, end, person?.start ?? 0, beside?.start ?? 0), cells: (doc.laidOut?.[i] ?? '').includes('\t') };
        rowTable = rowed;
        current.texts = [rowEntry(row3.person, row3.beside, kind)];
        lastRow = { name: row3.person, beside: row3.beside };
        current.post = kind === 'attendance';
        current.rowed = true;
      } else if (known && label.rest !== '' && runs.length === 2 && MEMBER_GROUP_HEADING.test(label.rest)) {
        // A label over a group's heading ("Present: | Voting Members"), the group's rows of name and organisation below.
        const below = rowsBelow(doc, i, end, runs[1] as LaidOutColumn);
        if (below !== null) {
          rowed = below;
          rowTable = rowed;
          current.texts = [];
          current.inline = false;
          current.post = kind === 'attendance';
          current.rowed = true;
        }
      } else if (known && doc.laidOut && l.tabbed && runs.length >= 3 && runs.slice(1).every((r) => namesPerson(r.header) && splitPeople(r.header).length === 1)) {
        // A label beside names set in columns, two or more a line ("Present:  Cllr A Bell   Cllr C Dunn-" over "Eve"): one
        // entry a cell, a name broken at its hyphen going on in its own column below.
        current.texts = [];
        current.inline = false;
        current.columns = true;
        pushColumns(current.texts, doc.laidOut[i] ?? '', pending, true);
      }
      groups.push(current);
      if (cellEnd > i) i = cellEnd;
      blank = false;
      continue;
    }
    const prev = current?.texts[current.texts.length - 1] ?? '';
    // A bracketed note left open at the line's end ("(substitute for Councillor" …) goes on in the next line.
    // So does a row's right-hand cell wrapped onto a line of its own column, the left one empty ("\tHealth" under "Name\tCabinet Member for … Public").
    // A post in brackets wrapped onto the next line ("… and Ann Bell" / "(Head of Legal) and …") is the person's above.
    const continues =
      /(?:,|\band|-)\s*$/.test(prev) ||
      TITLE_WRAPPED_AT_END.test(prev) ||
      COUNT_WRAPPED_AT_END.test(prev) ||
      openBracket(prev) ||
      // A list run on with semicolons ("A (Chief Executive); B (Director …); Owen" / "Prentice (…)") breaks mid-entry.
      (prev.includes(';') && /[A-Za-z]$/.test(prev) && !blank) ||
      // A run-on paragraph of names ("…, Morag Gillies, Kenneth" / "Hepburn, Shona McAra, …") breaks mid-name.
      (!blank && runOnNames(prev) && !startsWithTitle(t) && /^[\p{L}'’-]+(?:\s*,|\s+and\s|\.?$)/u.test(t)) ||
      // The list's last name broken after its first name ("… and Tom" / "Heseltine-Brough (Senior Officer).").
      (!blank && NAME_BROKEN_AFTER_AND.test(prev) && !startsWithTitle(t) && SURNAME_RUNS_ON.test(t)) ||
      // A run-in list of titled people wrapped mid-entry ("… Cllr C Dunn – Orris" / "Valley, Cllr E Fox …").
      (!blank && runsOnTitledList(prev, t)) ||
      (/^\((?![a-z]{1,4}\)|\d{1,2}\))[A-Za-z]/.test(t) && prev !== '' && !/[.;]$/.test(prev)) ||
      (!blank && l.raw.startsWith('\t') && ((prev.includes('\t') && !namesPerson(t)) || postWrapsOn(current?.texts ?? []))) ||
      // A post after a dash wrapped onto the line under its person's ("A Bell – Head of Legal and" / "Democratic Services"):
      // the line is a post's words alone, no person of its own.
      (!blank && current !== null && dashPostWrapsOn(current.texts, t));
    // A hanging-indent label's paragraphs ("In attendance:\tA Bell (Clerk)" over "\tC Dunn (Deputy Clerk)"), a blank line
    // between each: a paragraph set under the value by its leading TAB is one more entry of the label's list.
    const labelCell = current?.inline === true && !doc.laidOut ? firstCell(current.line) : null;
    // So is a paragraph of a cell left open above it ("\tC Dunn" over "E Fox" over "G Hale\t": a row whose label cell is
    // empty, its value cell of several paragraphs).
    const hangingOn = blank && labelCell !== null && /:$/.test(labelCell) && (/^\t+\S/.test(l.raw) || inOpenCell(lines, i, from)) && (namesPerson(t) || opensWithCount(t));
    // A list closed by a full stop ends at a line of prose under it ("There were four members of the public present.").
    const prose = current !== null && current.inline && !continues && /[a-z)]\.$/.test(prev) && !startsWithTitle(t) && PROSE_AFTER_LIST.test(t);
    // A label's row of its own under a label's list ("Officers in attendance:\tA Bell …" over "Public speakers:\t5 (see …)",
    // "Members of the public:\tapproximately 30"), naming no one the list knows: the list above has ended.
    // A count of the public or the press under a label of its own ("Members of the public: 4 (and …)") ends it too, laid out or not.
    if (current !== null && current.inline && PUBLIC_COUNT_LABEL_LINE.test(t)) {
      current = null;
      blank = false;
      continue;
    }
    if (current !== null && current.inline && !continues && !doc.laidOut && l.tabbed && !l.raw.startsWith('\t') && /:$/.test(labelCellOf(l))) {
      current = null;
      blank = false;
      continue;
    }
    // After a blank line, a stand-alone label's list goes on only with more people ("Declarations of Interest" ends it).
    // A row of a borderless table under the label ("Ann Bell | Chief Nurse, Northby NHS Trust") names its person in
    // its first cell: the post beside it is not read as part of the name.
    if (current && !prose && (!blank || continues || hangingOn || (!current.inline && namesPerson(firstCell(l) ?? t)))) {
      // A stand-alone label's list has one entry a line, unless a line runs on (a trailing comma or "and").
      // An inline list goes on to the next line's entry too when a line ends a person ("… (Chair)") or starts one ("Councillor …").
      // Under a list on its label's line ("Present: The Mayor, Cllr A Bell (in the Chair)"), rows of names set in columns
      // side by side, one a cell: read a cell an entry, a role in brackets left open in a cell going on under it in its column.
      const sideBySide = doc.laidOut !== undefined && current.inline && current.columns !== true && pending.size === 0 && !continues && namesSideBySide(doc, i);
      if (sideBySide) current.columns = true;
      const underColumn = doc.laidOut !== undefined && !l.tabbed && current.columns === true && pending.size > 0 && wrapsInColumn(doc.laidOut[i] ?? '', pending, current.texts);
      if (doc.laidOut && (l.tabbed || underColumn) && (pending.size > 0 || current.columns === true)) {
        // The next row of names laid out in columns: a name broken at a hyphen goes on in its own column.
        pushColumns(current.texts, doc.laidOut[i] ?? '', pending, false);
        blank = false;
        continue;
      }
      // A row of a table read a member a cell (under its columns' group headings), its cells parted by TABs.
      if (!doc.laidOut && l.tabbed && current.columns === true) {
        for (const cell of l.raw.split('\t').map((c) => c.trim())) if (cell !== '') current.texts.push(...(current.texts.length > 0 ? ['\n'] : []), cell);
        blank = false;
        continue;
      }
      // So does a line opening with a count of those who came ("Three members of the public and two …"): no wrap of the
      // person above; and a person with their post after a dash under another ("A Bell – Director" over "C Dunn – Solicitor").
      const entryAbove = current.texts[current.texts.lastIndexOf('\n') + 1] ?? '';
      const nextDashed = personBeforeDash(t) && personBeforeDash(entryAbove);
      // Likewise a person with their post after a comma under another ("A Bell, Director of …" over "C Dunn, Solicitor").
      const nextPosted = personCommaPost(t) && personCommaPost(entryAbove);
      if (
        !continues &&
        current.texts.length > 0 &&
        (!current.inline || hangingOn || bulleted || /\)$/.test(prev) || startsWithTitle(t) || startsWithPluralTitle(t) || nextDashed || nextPosted || opensWithCount(t))
      )
        current.texts.push('\n');
      current.texts.push(
        l.tabbed
          ? l.raw
              .split('\t')
              .map((c) => c.trim())
              .filter((c) => c !== '')
              .join('\t')
          : bulleted
            ? `${BULLET_ENTRY}${t}`
            : t,
      );
      blank = false;
      continue;
    }
    current = null;
    blank = false;
    // A register's caption ("Attendance at this meeting") just above its header row.
    const below = nextNonBlank(lines, i + 1, end);
    if (below >= 0 && registerColumns(lines[below] as Line) !== null) continue;
    warn(doc, l, 'minutes-line-unplaced', `line before the first minute not understood: "${t.length > 120 ? `${t.slice(0, 117)}...` : t}"`);
  }
  for (const g of groups) {
    const chunks: string[][] = [[]];
    for (const t of g.texts) {
      if (t === '\n') chunks.push([]);
      else (chunks[chunks.length - 1] as string[]).push(t);
    }
    // A list of one person a line, each with their post after a dash: each line one entry, whatever "and" its post holds.
    // After the label on its line too ("In attendance:  A Bell – Director of …" over "C Dunn – Head of …"), when every line is one.
    const entries = chunks.filter((c) => c.length > 0);
    // A person's post wrapped under their line is still the one entry of that line.
    const oneALine = !g.inline || (entries.length > 1 && entries.every((c) => c.length === 1 || personBeforeDash(c[0] as string)));
    // A count of those who came ("Approximately 20 members of the public") is no entry of the list.
    const named = entries.filter((c) => countedPeople(joinTabbed(c)).length > 0);
    // Under a label alone on its line the note after the dash may be a division or an organisation, not a post.
    // After the label on its line, one person with a post and the body they serve ("In attendance:  A Bell – Head of
    // Internal Audit, Northby Audit Partnership"; see POST_BODY_TAIL) is one entry, the comma the post's.
    const servedBody = (c: string[]): boolean => c.length === 1 && POST_BODY_TAIL.test(c[0] as string) && personDashPost((c[0] as string).replace(POST_BODY_TAIL, ''));
    const lone = g.inline && entries.length === 1 && servedBody(entries[0] as string[]);
    const dashed = lone || (oneALine && named.length > 0 && named.every((c) => personDashPost(joinTabbed(c)) || (!g.inline && personDashNote(joinTabbed(c)))));
    const names = chunks
      .flatMap((c) => {
        if (c.length === 0) return [];
        const text = g.inline ? withoutRunOnSentence(joinTabbed(c)) : joinTabbed(c);
        if (g.post === true || dashed) return [text];
        if (g.rowed === true) return [text];
        // "Apologies for absence were received from Councillors A, B and C.": a sentence under the label names them.
        const said = g.kind === 'apologies' ? APOLOGIES_SENTENCE.exec(text) : null;
        if (said?.index === 0) return namesFromSentence((said[1] ?? said[2] ?? said[3]) as string);
        // "Cllr A Bell – Northby and Eastby, Cllr C Dunn – Westby": each titled person with the note after their dash.
        const runIn = titledRunIn(text);
        if (runIn !== null) return runIn;
        const people = personBesidePost(c, g.kind) ?? peopleOf(text);
        // "Councillors A Bell (Finance & Assets) (Chair), C Dunn (Leader; Growth) and …": the plural title makes each
        // one a councillor, whose seat and portfolio in brackets are no part of the name.
        if ((g.kind === 'present' || g.kind === 'apologies') && startsWithPluralTitle(text)) return people.map((p) => dropPortfolioNote(dropRoleNotes(p), true));
        return people;
      })
      .flatMap(countedPeople)
      // "Senior Planning Officers (Ms A Bell and Mr C Dunn)": a post shared by two officers is two people.
      .flatMap(sharedPostHolders)
      .map(dropRoleNotes)
      // The members present or sending apologies are people: a portfolio beside a name is not part of it.
      .map((n) => (g.kind === 'present' || g.kind === 'apologies' ? dropPortfolioNote(n) : n))
      // A constituent body's name over its members ("Present:  Northby City Council" over "Councillors A and B") heads a row, and is no one.
      .filter((n) => !((g.kind === 'present' || g.kind === 'apologies') && CONSTITUENT_BODY_CELL.test(n)))
      // "the Clerk (Mrs A Bell)" names the clerk, who attends, though it starts with "the".
      .filter((n) => n !== '' && !NONE_SENTENCE.test(n) && (!isNobody(n) || CLERK_PREFIX.test(n)))
      // A name typed and read by OCR ("Cllr P. Sm1th") as printed.
      .map(ocrNameLetters);
    const place = (kind: AttendanceKind | 'extra', printed: string): void => {
      // Another member is named without what brought them ("(Chair, Scrutiny Committee)", "(ward member – item 6 only)").
      const name = kind === 'other' ? dropMeetingRoleNote(printed) : printed;
      if (kind === 'present') minutes.present.push(name);
      else if (kind === 'other') minutes.otherMembersPresent.push(name);
      else if (kind === 'apologies') minutes.apologies.push(name);
      else if (kind === 'attendance') minutes.inAttendance.push(name);
      else {
        let group = minutes.otherAttendance.find((x) => x.label === g.label) as AttendanceGroup | undefined;
        if (!group) {
          group = { label: g.label, names: [] };
          minutes.otherAttendance.push(group);
        }
        group.names.push(name);
      }
      const as = kind === 'present' || kind === 'other' || kind === 'apologies' ? kind : 'extra';
      attendees.push({ name, group: as, line: g.line.no });
    };
    // "Absent: Cllr A Bell": a member who neither came nor sent apologies is in no attendance list; a group of
    // others (substitutes, a borough's freemen) attends.
    if (g.kind === 'absent') continue;
    for (const name of names) {
      // The clerk sits at the table but attends: "Clerk J Connelly" inside a Present list.
      // So is one with the post in brackets after the name ("Mrs A Bell (Clerk)") in an "Also present" list.
      if ((CLERK_PREFIX.test(name) || CLERK_SUFFIX.test(name)) && (g.kind === 'present' || g.kind === 'other')) place('attendance', name);
      // "Also present", one a line with posts after dashes: one with no councillor's title is an officer or a partner, who attends.
      else if (g.kind === 'other' && dashed && !COUNCILLOR_TITLE.test(name)) place('attendance', name);
      // One with an officer's post in brackets after the name ("A Bell (Monitoring Officer)") attends too.
      else if (g.kind === 'other' && !COUNCILLOR_TITLE.test(name) && OFFICER_POST_NOTE.test(name)) place('attendance', name);
      else if (g.kind === 'substitutes' && SUBSTITUTE_ATTENDED_FOR.test(name)) {
        // A substitute the Present list above already names ("Present: Councillors …, A Bell, …" over "Substitutes:
        // Councillor A Bell substituted for Councillor C Dunn") is one member present, not two.
        const sub = (SUBSTITUTE_ATTENDED_FOR.exec(name) as RegExpExecArray)[1] as string;
        if (!minutes.present.some((p) => samePerson(p, sub))) place('present', sub);
      } else place(g.kind === 'substitutes' ? 'extra' : g.kind, name);
    }
  }
}

/**
 * Whether line `i`, no TAB leading it, is a paragraph inside a table cell left open by the lines above it (its own TAB,
 * if any, closes that cell): the last line above with a TAB opens a cell after it that no TAB closes ("\tC Dunn" over
 * "E Fox" over "G Hale\t").
 */
function inOpenCell(lines: readonly Line[], i: number, from: number): boolean {
  if ((lines[i] as Line).raw.startsWith('\t')) return false;
  for (let k = i - 1; k >= from; k--) {
    const raw = (lines[k] as Line).raw;
    if (raw.includes('\t')) return !raw.endsWith('\t') && cleanInline(raw.slice(raw.lastIndexOf('\t'))) !== '';
  }
  return false;
}

/**
 * Where a label's table cell of paragraphs ends, as a web page's table reads: line `i` the label's cell and the
 * first paragraph of the cell beside it ("Present:\tCllr A Bell"), the paragraphs below on lines of their own, the
 * last ending in the cell's closing tab ("Cllr C Dunn\t"). The last paragraph's line; -1 when line `i` is not such a row.
 */
function cellParagraphsEnd(lines: readonly Line[], i: number, end: number, label: string): number {
  const raw = (lines[i] as Line).raw;
  const tab = raw.indexOf('\t');
  // The label's cell and one cell open beside it: a row whose cells all closed on its own line is not one.
  if (tab < 0 || raw.indexOf('\t', tab + 1) >= 0 || cleanInline(raw.slice(tab)) === '') return -1;
  if (cleanInline(raw.slice(0, tab)).replace(/\s*[:\-–—]$/, '') !== label.trim()) return -1;
  for (let k = i + 1; k < end; k++) {
    const next = (lines[k] as Line).raw;
    const at = next.indexOf('\t');
    if (at < 0) continue;
    // The cell closes at the end of its last paragraph: any other tab is a row of its own.
    return at === next.length - 1 && cleanInline(next) !== '' && k > i + 1 ? k : -1;
  }
  return -1;
}

/** Whether a line of an attendance list runs names on with commas (two or more outside brackets) and stops mid-name, no comma or stop at its end. */
/** A run-on list's line ending in "and" and a first name alone, its surname on the next line. */
const NAME_BROKEN_AFTER_AND = /\)\s+and\s+\p{Lu}[\p{L}'’-]*$/u;
/** A line opening with a surname alone before the person's post in brackets or the list's end. */
const SURNAME_RUNS_ON = /^\p{Lu}[\p{L}'’-]+(?:\s+\(|[,.]?$)/u;

function runOnNames(line: string): boolean {
  if (!/\p{L}$/u.test(line)) return false;
  return (line.replace(/\([^()]*\)/g, '').match(/,/g) ?? []).length >= 2;
}

/**
 * The cells of a laid-out line of a label table's rows ("Present: | name | organisation or post"), by the columns'
 * starts: the person (empty on a line that wraps the cell beside them) and what is beside them; null when the line's
 * words do not sit in those two columns.
 */
function rowColumnsOf(runs: ReadonlyArray<{ start: number; header: string }>, at: { name: number; beside: number }): { name: string; beside: string } | null {
  const near = (x: number, y: number): boolean => Math.abs(x - y) <= 2;
  const [a, b] = runs;
  if (!a || runs.length > 2) return null;
  if (near(a.start, at.name) && (!b || near(b.start, at.beside))) return { name: a.header, beside: b?.header ?? '' };
  if (!b && near(a.start, at.beside)) return { name: '', beside: a.header };
  return null;
}

/**
 * Where a label table's beside column starts, read from its rows under the first (at line `i`, its name at `name` and
 * its beside cell at `beside`): when BESIDE_COLUMN_ROWS_AGREE rows or more below, up to a blank line, all set their beside
 * cell (or a beside cell wrapped alone) at one other column, that column; `beside` otherwise.
 */
function besideColumnBelow(doc: Doc, i: number, end: number, name: number, beside: number): number {
  if (!doc.laidOut) return beside;
  const near = (x: number, y: number): boolean => Math.abs(x - y) <= 2;
  const starts: number[] = [];
  let rows = 0;
  for (let k = i + 1; k < end; k++) {
    const runs = headerColumns(doc.laidOut[k] ?? '');
    const [a, b] = runs;
    if (!a || runs.length > 2) break;
    if (near(a.start, name) && b) {
      rows++;
      starts.push(b.start);
    } else if (runs.length === 1 && a.start > name + 2) starts.push(a.start);
    else break;
  }
  const first = starts[0];
  if (first === undefined || rows < BESIDE_COLUMN_ROWS_AGREE || near(first, beside) || !starts.every((s) => near(s, first))) return beside;
  return first;
}

/**
 * Whether a laid-out line is a label table's beside cell wrapped alone: its one run starts in the beside column, nothing
 * in the label or name columns. A table whose cells are parted by TABs (`cells`) has no columns to tell.
 */
function wrapsBesideCell(doc: Doc, i: number, at: { name: number; beside: number; cells?: boolean }): boolean {
  if (at.cells === true || !doc.laidOut) return false;
  const runs = headerColumns(doc.laidOut[i] ?? '');
  return runs.length === 1 && Math.abs((runs[0] as LaidOutColumn).start - at.beside) <= 2;
}

/** The end of a line of names that stops mid-list: a comma, "and", "&", a hyphen or an initial ("… and W" over "Sandys"). */
const LIST_STOPS_MID = /(?:,|\band|&|-|\b[A-Z]\.?)$/;

/**
 * The cells of a laid-out line of a label's rows a constituent body each, by the columns' starts: the body's name (or
 * the end of one wrapped) and the names beside it, either maybe empty; null when the line's words do not sit in
 * those two columns.
 */
function constituentRowCells(runs: readonly LaidOutColumn[], at: { body: number; names: number }): { body: string; names: string } | null {
  const near = (x: number, y: number): boolean => Math.abs(x - y) <= 2;
  const [a, b] = runs;
  if (!a || runs.length > 2) return null;
  if (near(a.start, at.body) && (!b || near(b.start, at.names))) return { body: a.header, names: b?.header ?? '' };
  if (!b && near(a.start, at.names)) return { body: '', names: a.header };
  return null;
}

/**
 * The body and names columns of a label's rows a constituent body each that start on the line under the label, the
 * label alone on its line ("Present:" over "Northby City  |  Councillors A Bell, C Dunn" and "Council:" under the
 * body's first line): the body's cell, joined with the line under it in its column when it wraps and without a colon
 * after it, names the kind of body (CONSTITUENT_BODY_CELL), the cell beside it names people; null otherwise.
 */
function constituentRowsBelow(doc: Doc, i: number, end: number): { body: number; names: number } | null {
  const next = nextNonBlank(doc.lines, i + 1, end);
  if (next < 0 || !doc.laidOut) return null;
  const [body, names, more] = headerColumns(doc.laidOut[next] ?? '');
  if (!body || !names || more || !(startsWithPluralTitle(names.header) || namesPerson(names.header))) return null;
  const under = next + 1 < end ? headerColumns(doc.laidOut[next + 1] ?? '')[0] : undefined;
  const wrapped = under !== undefined && Math.abs(under.start - body.start) <= 2 ? `${body.header} ${under.header}` : body.header;
  const bodyName = (text: string): boolean => CONSTITUENT_BODY_CELL.test(text.replace(/\s*:$/, ''));
  return bodyName(body.header) || bodyName(wrapped) ? { body: body.start, names: names.start } : null;
}

/**
 * The rows of a Present list that sorts its members into categories under the label alone on its line ("Present:" over
 * "Members appointed by the   Cllr A Bell (Chair), C Dunn," over "District Councils:   E Fox and G Hale" over "Parish
 * Members:   …"): each row's category in the label column, wrapped down to its colon, its names in the column beside,
 * wrapped too (a name broken at its hyphen joined). A label cell too long for its column runs one space into the
 * names ("Members appointed by County Cllr A Bell"): they start where the row's other lines start theirs. Two rows at
 * least, each a category's label (APPOINTED_MEMBERS_LABEL, MEMBER_GROUP_HEADING) beside a person. The names of each
 * row and the line after the rows; null otherwise.
 */
function categoryRowsBelow(doc: Doc, i: number, end: number): { texts: string[]; next: number } | null {
  const laid = doc.laidOut;
  if (!laid) return null;
  const indent = (laid[i] ?? '').search(/\S/);
  const texts: string[] = [];
  let k = nextNonBlank(doc.lines, i + 1, end);
  let next = -1;
  while (k >= 0 && k < end) {
    // The row's lines, down to the one whose label cell ends in a colon.
    const rows: LaidOutColumn[][] = [];
    let closed = false;
    for (let j = k; j < Math.min(end, k + 3) && !closed; j++) {
      const runs = headerColumns(laid[j] ?? '');
      if (runs.length === 0 || runs.length > 2) break;
      rows.push(runs);
      closed = runs.length === 2 && Math.abs((runs[0] as LaidOutColumn).start - indent) <= 2 && /:$/.test((runs[0] as LaidOutColumn).header);
    }
    const namesAt = rows.find((r) => r.length === 2)?.[1]?.start;
    if (!closed || namesAt === undefined) break;
    const cells = categoryRowCells(rows, namesAt);
    if (cells === null) break;
    const category = cells.label.replace(/\s*:$/, '');
    if (!(APPOINTED_MEMBERS_LABEL.test(category) || MEMBER_GROUP_HEADING.test(category)) || attendanceLabelOf(category) !== null || !namesPerson(cells.names)) break;
    texts.push(cells.names);
    k += rows.length;
    next = k;
  }
  return texts.length >= 2 ? { texts, next } : null;
}

/**
 * A category row's label and names (see categoryRowsBelow) from the runs of its lines, the names starting at `namesAt`:
 * a run jammed one space from the names ("Members appointed by County Cllr A Bell") parted where they start; null when
 * a run straddles the names column otherwise.
 */
function categoryRowCells(rows: readonly LaidOutColumn[][], namesAt: number): { label: string; names: string } | null {
  const label: string[] = [];
  const names: string[] = [];
  for (const run of rows.flat()) {
    const cut = namesAt - run.start;
    if (cut <= 2) names.push(run.header);
    else if (cut >= run.header.length) label.push(run.header);
    else if (run.header[cut - 1] === ' ' && /^[A-Z]/.test(run.header.slice(cut))) {
      label.push(run.header.slice(0, cut - 1));
      names.push(run.header.slice(cut));
    } else return null;
  }
  return { label: label.join(' '), names: joinWrapped(names) };
}

/**
 * The name and beside columns of a label table whose first row is under the label's line (a group's heading beside
 * the label): the next line's two runs, the first where the heading starts; null when it is not such a row.
 */
function rowsBelow(doc: Doc, i: number, end: number, heading: LaidOutColumn): { name: number; beside: number } | null {
  const next = nextNonBlank(doc.lines, i + 1, end);
  if (next < 0 || !doc.laidOut) return null;
  const [person, beside, more] = headerColumns(doc.laidOut[next] ?? '');
  if (!person || !beside || more || Math.abs(person.start - heading.start) > 2 || !namesPerson(person.header)) return null;
  return { name: person.start, beside: beside.start };
}

/**
 * The name and beside columns of a borderless table of one person a row set under a label alone on its line, maybe
 * parted by its groups' headings on lines of their own ("PRESENT:" over "Elected Members" over "Cllr A Bell
 * (Chair)   Northby Council"): from the line under the label (a blank line may part them) to the next blank line,
 * every line starts where the label does and is a row, its person beside their organisation or post, or a group's
 * heading (see groupHeadingCell); two rows at least. The beside column is the first row's. Null otherwise.
 */
function groupedRowsBelow(doc: Doc, i: number, end: number): { name: number; beside: number } | null {
  const laid = doc.laidOut;
  const start = nextNonBlank(doc.lines, i + 1, end);
  if (!laid || start < 0) return null;
  const indent = (laid[i] ?? '').search(/\S/);
  let beside = -1;
  let rows = 0;
  for (let k = start; k < end && (doc.lines[k] as Line).text !== ''; k++) {
    const [cell, next, more] = headerColumns(laid[k] ?? '');
    if (!cell || more || Math.abs(cell.start - indent) > 2) return null;
    // A person alone on the line may have the cell beside them a single space on (see partedAtBeside).
    const person = namesPerson(cell.header) && !groupHeadingCell(cell.header) && attendanceLabelOf(cell.header) === null && !/:$/.test(cell.header);
    if (person && next) {
      if (beside < 0) beside = next.start;
      rows++;
    } else if (!person && (next || !groupHeadingCell(cell.header))) break;
  }
  return rows >= 2 ? { name: indent, beside } : null;
}

/** Whether a cell alone on its line in a label table's name column is a heading over the group of rows under it ("Elected Members", "Independent Person"): no person, no label. */
function groupHeadingCell(text: string): boolean {
  // A seat's heading reads as a name ("Independent Person"), but a person's title or initials open no heading.
  return (
    (MEMBER_GROUP_HEADING.test(text) ? !namesPerson(text) : MEMBER_GROUP_ROW_HEADING.test(text) && !startsWithTitle(text) && !/^[A-Z]\.?\s/.test(text)) &&
    attendanceLabelOf(text) === null
  );
}

/**
 * Where the rows of a group under its heading at line `i` set their beside column: the first row below with two cells
 * starting in the name column, before a blank line or the next heading; -1 when there is none. Each group of a
 * borderless table printed from a web page is a table of its own, its columns where its own widest cells put them.
 */
function groupBesideColumn(doc: Doc, i: number, end: number, name: number): number {
  for (let k = i + 1; k < end && (doc.lines[k] as Line).text !== ''; k++) {
    const [cell, next, more] = headerColumns(doc.laidOut?.[k] ?? '');
    if (!cell || more || Math.abs(cell.start - name) > 2) return -1;
    if (next) return next.start;
    if (groupHeadingCell(cell.header)) return -1;
  }
  return -1;
}

/**
 * A row's one run of words parted where a word starts at the beside column: a name cell so long that a single space
 * is left before the cell beside it ("Councillor Ann Bell (Vice-Chair) Northby Council", the organisation where the
 * rows above and below start theirs). The runs as they are when no word starts there.
 */
function partedAtBeside(runs: readonly LaidOutColumn[], at: { name: number; beside: number }): readonly LaidOutColumn[] {
  const [run] = runs;
  if (runs.length !== 1 || !run || Math.abs(run.start - at.name) > 2 || at.beside <= run.start) return runs;
  const cut = at.beside - run.start;
  if (run.header[cut - 1] !== ' ' || !/^[A-Z0-9]/.test(run.header.slice(cut)) || /[.,;:]$/.test(run.header.slice(0, cut - 1))) return runs;
  return [
    { start: run.start, header: run.header.slice(0, cut - 1) },
    { start: at.beside, header: run.header.slice(cut) },
  ];
}

/**
 * The name and beside columns of a laid-out table's header row at line `i` under an attendance label ("Member |
 * Constituent council"); null for any other line.
 */
function memberTableHeader(doc: Doc, i: number): { name: number; beside: number } | null {
  if (!doc.laidOut || !(doc.lines[i] as Line).tabbed) return null;
  const [name, beside, more] = headerColumns(doc.laidOut[i] ?? '');
  if (!name || !beside || more || !MEMBERSHIP_TABLE_HEADER.name.test(name.header) || !MEMBERSHIP_TABLE_HEADER.beside.test(beside.header)) return null;
  return { name: name.start, beside: beside.start };
}

/** Whether a line opens with a count of attendees, alone or before "and" or a comma ("Six residents and one reporter"). */
function opensWithCount(text: string): boolean {
  return COUNTED_ATTENDEES.test((text.split(/\s+and\s+|,\s*/)[0] as string).trim());
}

/** Whether an entry is one person with their post after a dash ("A Bell – Head of Legal and Democratic Services"). */
function personDashPost(text: string): boolean {
  const m = PERSON_DASH_POST.exec(text.trim());
  if (!m) return false;
  const person = dropRoleNotes(m[1] as string);
  const post = m[2] as string;
  return (
    (startsWithTitle(person) || looksLikePerson(person)) &&
    !/\s[–—-]\s/.test(post) &&
    !post
      .split(/\s+(?:and|&)\s+/)
      .slice(1)
      .some(startsWithTitle) &&
    isPostText(post)
  );
}

/** Whether a line opens an attendance group by a label no "Present:" need stand over ("Councillors: Cllr A Bell, …", "Police: …"). */
function attendanceGroupOpens(text: string): boolean {
  if (text.length > 2000 || !text.includes(':')) return false;
  const read = labelOfLine(text);
  return read.extra && read.other !== null && read.other.rest !== '' && (MORE_OF_GROUP.test(read.other.label) || PARTNER_ATTENDANCE_LABEL.test(read.other.label));
}

/** One row of a label table as an attendance entry: an officer with their post after a comma; a member by name alone. */
function rowEntry(person: string, beside: string, kind: AttendanceKind | 'extra'): string {
  // A footnote mark on a name ("Cllr A Bell*", a substitute explained under the table) is not part of the name.
  const name = person.replace(/\s*[*†‡]+$/, '');
  return kind === 'attendance' && beside !== '' ? `${name}, ${beside}` : name;
}

/**
 * The label a line of the attendance block opens: a known attendance label, or another "Label: names" group
 * (`extra`) whose names read as people.
 */
function labelOfLine(text: string): { known: ReturnType<typeof attendanceLabelOf>; other: ReturnType<typeof labelledLine>; extra: boolean } {
  const known = attendanceLabelOf(text);
  const other = known ? null : labelledLine(text);
  const extra =
    other !== null &&
    !CONTACT_LABEL.test(text) &&
    !/[.]$/.test(other.label) &&
    other.label.split(/\s+/).length <= 5 &&
    (other.rest === ''
      ? text.endsWith(':') || BARE_GROUP_LABEL.test(other.label)
      : looksLikePerson(splitPeople(other.rest)[0] ?? '') ||
        (OFFICER_LABEL.test(other.label) && looksLikePerson(other.rest.split(',')[0] as string)) ||
        // An outside body's people, named with their rank or organisation ("Police: Inspector A Bell (Neighbourhood Team, …").
        (PARTNER_ATTENDANCE_LABEL.test(other.label) && /^[A-Z]/.test(other.rest)));
  return { known, other, extra };
}

/**
 * A label cell wrapped in a label column at line `i` ("FREEMEN\tR Bell and S Cole" over "OF THE BOROUGH:"): the line as
 * "FREEMEN OF THE BOROUGH: R Bell and S Cole", or null. A first cell that is a label on its own keeps its line.
 */
function wrappedColumnLabel(lines: readonly Line[], i: number, end: number): string | null {
  const l = lines[i] as Line;
  const below = lines[i + 1];
  if (!l.tabbed || i + 1 >= end || below === undefined || below.indent !== l.indent) return null;
  const cells = l.raw.split('\t').map((c) => c.trim());
  const head = cells[0] as string;
  // The label's end with more names beside it ("Cabinet Members in   Cllr A Bell and Cllr C" over "attendance:   Dunn"):
  // one label, its names run on from one line to the next.
  if (below.tabbed) {
    const tail = below.raw.split('\t').map((c) => c.trim());
    const label = `${head} ${tail[0] as string}`;
    const names = [cells.slice(1), tail.slice(1)].map((c) => c.filter((x) => x !== '').join(' '));
    if (!WRAPPED_COLUMN_LABEL.head.test(head) || !WRAPPED_LABEL_TAIL_CELL.test(tail[0] as string) || attendanceLabelOf(head) !== null) return null;
    return names.includes('') || attendanceLabelOf(label) === null ? null : `${label} ${joinWrapped(names)}`;
  }
  if (!WRAPPED_COLUMN_LABEL.head.test(head) || !WRAPPED_COLUMN_LABEL.tail.test(below.text) || attendanceLabelOf(head) !== null) return null;
  const rest = cells.slice(1).filter((c) => c !== '');
  return rest.length === 0 ? null : `${head} ${below.text} ${rest.join(' ')}`;
}

/**
 * Reads a laid-out attendance table under its header row at line `at` by the columns' positions into the groups
 * of its columns (one entry a person, wrapped lines joined); returns the line after the table, or null when the
 * text is not a page layout or the header's runs are not its label cells.
 */
function laidOutAttendance(
  doc: Doc,
  at: number,
  end: number,
  table: ReadonlyArray<{ texts: string[]; post?: boolean } | null>,
  startGroup: (kind: AttendanceKind, label: string) => { texts: string[]; post?: boolean },
): number | null {
  if (!doc.laidOut) return null;
  const columns = headerColumns(doc.laidOut[at] ?? '');
  const groups = table.filter((g) => g !== null);
  if (columns.length !== groups.length || columns.length !== table.length - (table[0] === null ? 1 : 0)) return null;
  const { lines, next } = columnLines(doc.laidOut, at + 1, end, columns);
  groups.forEach((first, k) => {
    // Where another column has a line, this one's gap is no blank between its entries.
    const besideFilled = (lines[k] ?? []).map((_, r) => lines.some((c, o) => o !== k && (c[r] ?? '').trim() !== ''));
    // A further label in the column ("Officers in attendance:" under "Also present:") heads a group of its own below it.
    const parts: Array<{ g: { texts: string[]; post?: boolean }; entries: string[] }> = [{ g: first, entries: [] }];
    for (const e of columnEntries(lines[k] ?? [], besideFilled)) {
      const label = COLUMN_GROUP_LABEL.test(e) ? attendanceLabelOf(e.replace(/:$/, '')) : null;
      if (label !== null && label.rest === '') parts.push({ g: startGroup(label.kind, label.label), entries: [] });
      else (parts[parts.length - 1] as (typeof parts)[number]).entries.push(e);
    }
    for (const { g, entries } of parts) {
      g.post = entriesWithPosts(entries);
      entries.forEach((e, n) => g.texts.push(...(n > 0 ? ['\n', e] : [e])));
    }
  });
  return next;
}

/**
 * A row of a two-column attendance list, the person left and their post or portfolio right, the post wrapped onto
 * lines of its own column ("Councillor A Name (Chair)  |  Cabinet Member for Housing and" / "  |  Planning"): one
 * person. A member is named alone (the portfolio is no one's name); an officer keeps the post after a comma. Null
 * for any other entry.
 */
function personBesidePost(chunk: readonly string[], kind: AttendanceKind | 'extra'): string[] | null {
  const first = chunk[0] ?? '';
  const tab = first.indexOf('\t');
  if (tab <= 0 || chunk.slice(1).some((c) => !c.startsWith('\t') && c.includes('\t'))) return null;
  const person = first.slice(0, tab).trim();
  const post = joinWrapped([first.slice(tab + 1), ...chunk.slice(1)].map((c) => c.replace(/\t/g, ' ').trim()).filter((c) => c !== ''));
  const name = dropRoleNotes(person);
  // A member's portfolio in its column ("Councillor A Bell   Housing and Communities") is no post, nor anyone's name.
  const portfolio = (kind === 'present' || kind === 'apologies') && startsWithTitle(name) && PORTFOLIO_COLUMN.test(post) && !looksLikePerson(post);
  if (post === '' || !(startsWithTitle(name) || looksLikePerson(name)) || name.includes(',') || !(portfolio || isPostText(post) || endsInPostWord(post))) return null;
  return [kind === 'attendance' ? `${person}, ${post}` : person];
}

/**
 * Whether the entry being read is a person beside their post ("Name | Chief Officer, Hospitals NHS"), so that a line
 * whose left cell is empty carries on the post ("| Foundation Trust"), though its words look like a name.
 */
function postWrapsOn(texts: readonly string[]): boolean {
  const first = texts[texts.lastIndexOf('\n') + 1] ?? '';
  const tab = first.indexOf('\t');
  return tab > 0 && first.indexOf('\t', tab + 1) < 0 && looksLikePerson(dropRoleNotes(first.slice(0, tab).trim())) && isPostText(first.slice(tab + 1));
}

/**
 * Whether line text goes on with the entry being read, a person with their post after a dash ("A Bell – Pennaeth
 * Cyfreithiol /" over "Head of Legal Services", "C Dunn – Development" over "Management Manager"): the line is a
 * post's words (a post word leads or ends it), with no dash, title or comma of a person of its own, nor a count of
 * those who came ("Six members of the public and one representative of …").
 */
function dashPostWrapsOn(texts: readonly string[], text: string): boolean {
  // An attendance label with its colon ("Apologies: Cllr A Bell …") starts its group, however its names end.
  const lead = COLON_LABEL_LEAD.exec(text);
  if (lead !== null && attendanceLabelOf(`${lead[1] as string}:`) !== null) return false;
  if (!personBeforeDash(texts[texts.lastIndexOf('\n') + 1] ?? '') || PERSON_DASH_POST.test(text) || startsWithTitle(text) || text.includes(',') || opensWithCount(text))
    return false;
  return isPostText(text) || endsInPostWord(text);
}

/** Whether text opens with a person and a dash before what they are ("A Bell – Head of …"), the post maybe wrapped below. */
function personBeforeDash(text: string): boolean {
  const m = PERSON_DASH_POST.exec(text);
  const person = m === null ? '' : dropRoleNotes(m[1] as string);
  return person !== '' && (startsWithTitle(person) || looksLikePerson(person));
}

/** Marks the text of a bulleted line of an attendance list. */
const BULLET_ENTRY = '\u0001';

/**
 * The people of one entry of an attendance list. A bullet names one person, with their post and
 * organisation after commas ("Name, Audit Lead, Firm LLP"), unless it lists people with "and" or by their titles.
 */
function peopleOf(text: string): string[] {
  if (!text.startsWith(BULLET_ENTRY)) return splitPostedPeople(text) ?? splitHeldPosts(text) ?? splitPostAfterHolders(text) ?? splitPeople(text);
  const entry = text.slice(BULLET_ENTRY.length).trim();
  if (onePersonWithPost(entry)) return [entry];
  const people = splitPeople(entry);
  return people.length > 1 && !/\sand\s|&/.test(entry) && !people.slice(1).every((p) => startsWithTitle(p)) ? [entry] : people;
}

/** Whether a bullet names one person and, after a dash or a comma, their post or body, its "and" inside that (BULLET_PERSON_TAIL). */
function onePersonWithPost(entry: string): boolean {
  const m = BULLET_PERSON_TAIL.exec(entry);
  if (!m || !/\sand\s/.test(m[2] as string)) return false;
  const head = dropRoleNotes(m[1] as string);
  const tail = m[2] as string;
  return (startsWithTitle(head) || looksLikePerson(head)) && isPostText(tail) && splitPeople(tail).every((p) => !startsWithTitle(p));
}

/** An inline attendance entry without the sentence of prose run on after it in its paragraph (ATTENDANCE_RUN_ON_SENTENCE). */
function withoutRunOnSentence(text: string): string {
  for (const m of text.matchAll(/(?<=[a-z)]\.)\s+(?=[A-Z])/g)) if (ATTENDANCE_RUN_ON_SENTENCE.test(text.slice(m.index + m[0].length))) return text.slice(0, m.index);
  return text;
}

/**
 * A row of a label table whose cells are parted by TABs, its label cell empty ("\tMrs A Bell\tDeputy Clerk" under
 * "In attendance:\tMr C Dunn\tClerk"): the person and what is beside them (the person empty when the cell beside
 * wraps alone); null for any other line.
 */
function tabRowCells(laid: string): { name: string; beside: string } | null {
  if (!laid.startsWith('\t')) return null;
  const cells = laid.split('\t').map((c) => c.trim());
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  if (cells.length < 2 || cells.length > 3 || cells.slice(1).every((c) => c === '')) return null;
  return { name: cells[1] as string, beside: cells[2] ?? '' };
}

/**
 * Whether a table row holds only the headings of two or more groups of members side by side ("Elected Members |
 * Appointed Members", "Council Members | Lay Members"), none an attendance label of its own: the columns of a Present
 * list, naming no one.
 */
function groupHeadingsRow(l: Line): boolean {
  if (!l.tabbed || l.text.length > 160) return false;
  const cells = l.raw
    .split('\t')
    .map((c) => c.trim().replace(/:$/, ''))
    .filter((c) => c !== '');
  return cells.length >= 2 && cells.every((c) => MEMBER_GROUP_HEADING.test(c) && attendanceLabelOf(c) === null && !startsWithTitle(c));
}

/** Whether a line of an attendance list starts with a person. */
function namesPerson(t: string): boolean {
  // "Marc Thorne - Chief Executive", "Lisa Wragg, Deputy Chief Officer": the name before a dash or a comma and a post.
  const first = dropRoleNotes(splitPeople(t)[0] ?? '');
  const comma = first.indexOf(',');
  const head = (comma > 0 && isPostText(first.slice(comma + 1)) ? first.slice(0, comma) : first).replace(/\s+[-–—]\s+\S.*$/, '');
  return startsWithTitle(head) || looksLikePerson(head);
}

/** The first cell of a table row ("Ann Bell" of "Ann Bell\tChief Nurse"); null for a line that is no row or whose first cell is empty. */
function firstCell(l: Line): string | null {
  if (!l.tabbed) return null;
  const cell = l.raw.slice(0, l.raw.indexOf('\t')).trim();
  return cell === '' ? null : cell;
}

/**
 * Whether laid-out line i holds two or more names side by side ("Ann Bell      Carl Dunn (Vice-Chair)      Eve Fox"),
 * every run of words one person: a list set in columns, each cell its own entry.
 */
function namesSideBySide(doc: Doc, i: number): boolean {
  if (i < 0 || !(doc.lines[i] as Line).tabbed) return false;
  const runs = headerColumns(doc.laidOut?.[i] ?? '').map((c) => c.header);
  return runs.length >= 2 && runs.every((r) => !r.includes(',') && namesPerson(r) && splitPeople(r).length === 1);
}

/** The groups of a table row whose filled cells are all attendance labels (two or more); null for any other line. */
function attendanceColumns(l: Line): Array<{ kind: AttendanceKind; label: string } | null> | null {
  if (!l.tabbed || l.text.length > 200) return null;
  const cells = l.raw.split('\t').map((c) => c.trim());
  const heads = cells.map((c) => {
    if (c === '') return null;
    const a = attendanceLabelOf(c.replace(/:$/, ''));
    return a !== null && a.rest === '' ? { kind: a.kind, label: a.label } : undefined;
  });
  if (heads.some((h) => h === undefined) || heads.filter((h) => h !== null).length < 2) return null;
  // "Present:   Voting Members": a label with a group's heading as its value, not two columns' headings.
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 2 && (filled[0] as string).endsWith(':') && MEMBER_GROUP_HEADING.test(filled[1] as string)) return null;
  return heads as Array<{ kind: AttendanceKind; label: string } | null>;
}

/**
 * The header row of a table whose first column's heading is an attendance label and whose other headings name what is
 * printed beside each person ("Present | Role", "In attendance | Post"): the label's group; null for any other line.
 */
function labelTableHeader(l: Line): { kind: AttendanceKind; label: string } | null {
  if (!l.tabbed || l.text.length > 120) return null;
  const [first, ...rest] = l.raw
    .split('\t')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const known = first === undefined || rest.length === 0 ? null : attendanceLabelOf(first.replace(/:$/, ''));
  if (known === null || known.rest !== '' || !rest.every((c) => MEMBERSHIP_TABLE_HEADER.beside.test(c))) return null;
  return { kind: known.kind, label: known.label };
}

/** Whether a row of cells is a membership table's header ("Councillor | Authority", "Name | Post | Authority"). */
function cellTableHeader(l: Line): boolean {
  if (!l.tabbed || l.text.length > 120) return false;
  const [first, ...rest] = l.raw
    .split('\t')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return first !== undefined && rest.length > 0 && MEMBERSHIP_TABLE_HEADER.name.test(first) && rest.every((c) => MEMBERSHIP_TABLE_HEADER.beside.test(c));
}

/** The name of a partner body heading its members in a joint committee's Present list. */
const PARTNER_BODY = /\b(?:council|authority|board|partnership|trust|commission(?:er)?|members)$/i;

/** Whether text leaves a bracket open: more "(" than ")". */
function openBracket(text: string): boolean {
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * A label and its rest, the rest without a label of the same group run on after the first ("Present:  In the Chair:
 * Alderman A Bell", "Present:  Councillors:  A Bell, C Dunn"): the people are after the second colon.
 */
function withoutInnerLabel(known: ReturnType<typeof attendanceLabelOf>, label: { label: string; rest: string }): { label: string; rest: string } {
  if (known === null || label.rest === '') return label;
  const inner = labelOfLine(label.rest);
  const rest = inner.known?.kind === known.kind ? inner.known.rest : inner.other !== null && MORE_OF_GROUP.test(inner.other.label) ? inner.other.rest : '';
  return rest === '' ? label : { label: label.label, rest };
}

/** A label that names more people of the group above it ("Councillors:" under "PRESENT:"). */
const MORE_OF_GROUP = /^(?:councillors?|cllrs?\.?|county councillors|aldermen|members|co-opted members|lay members?|independent members?)$/i;

/** A label and the names after it in one run of a laid-out line ("Councillors: A Bell, C Dunn,"): the names, group 1. */
const LABEL_RUN_ON = /^[A-Za-z][A-Za-z '’-]{1,30}:\s+(\S.*)$/;

/**
 * Adds the names of a line laid out in columns to a group, each its own entry ('\n' between): each entry waits in
 * `pending` (by column) for the rest printed under it, a name broken at a hyphen or a run-on list wrapped within its
 * column (see COLUMN_LIST_WRAP). With `label`, the line's first run is the label and is left out, and the line's names
 * start entries of their own (a list under a new label goes on no list above it).
 */
function pushColumns(texts: string[], laid: string, pending: Map<number, number>, label: boolean): void {
  const all = [...laid.matchAll(/\S+(?: {1,2}\S+)*/g)].map((m) => ({ 0: m[0], index: m.index }));
  // A label run on into its first name in the same run ("Councillors: A Bell, C Dunn,"): the names after its colon stay.
  const first = all[0];
  const inline = label && first !== undefined ? LABEL_RUN_ON.exec(first[0]) : null;
  if (inline && first) all[0] = { 0: inline[1] as string, index: first.index + first[0].length - (inline[1] as string).length };
  const runs = all.slice(label && !inline ? 1 : 0);
  const waiting = new Map(pending);
  pending.clear();
  for (const run of runs) {
    const text = run[0].replace(/\s+/g, ' ');
    const at = [...waiting.keys()].find((p) => Math.abs(p - run.index) <= 1);
    const k = at === undefined ? -1 : (waiting.get(at) as number);
    const above = k < 0 ? '' : (texts[k] as string);
    const broken = /[A-Za-z]-$/.test(above);
    // A bracketed note left open at the end of its column's line ("… and Mr C Dunn (Ysgol" over "Glan Morfa), …") goes on below.
    if (at !== undefined && (broken || (!label && (COLUMN_LIST_WRAP.head.test(above) || COLUMN_LIST_WRAP.tail.test(text) || openBracket(above))))) {
      texts[k] = broken ? `${above}${text}` : `${above} ${text}`;
      waiting.delete(at);
      pending.set(run.index, k);
      continue;
    }
    if (texts.length > 0) texts.push('\n');
    texts.push(text);
    pending.set(run.index, texts.length - 1);
  }
}

/** Whether a line of one run sits under a column whose entry above was left open (a bracket, a hyphen): it goes on there. */
function wrapsInColumn(laid: string, pending: ReadonlyMap<number, number>, texts: readonly string[]): boolean {
  const runs = [...laid.matchAll(/\S+(?: {1,2}\S+)*/g)];
  const at = runs.length === 1 ? (runs[0] as RegExpMatchArray).index : undefined;
  if (at === undefined) return false;
  const k = [...pending.entries()].find(([p]) => Math.abs(p - at) <= 1)?.[1];
  const above = k === undefined ? '' : (texts[k] ?? '');
  return /[A-Za-z]-$/.test(above) || openBracket(above);
}

/** Joins wrapped lines of a list, keeping column gaps (a tab) as separators. */
function joinTabbed(lines: readonly string[]): string {
  return joinWrapped(lines.map((l) => l.replace(/\t/g, ' \t ')));
}

/**
 * A note closing the minutes on when their decisions take effect once the call-in period is over: the date on each
 * minute it names, or, naming none, on each minute that resolved something.
 */
function callInEffective(lines: readonly Line[], from: number, end: number, items: MinuteItem[]): void {
  for (let i = from; i < end; i++) {
    const m = CALL_IN_EFFECTIVE.exec((lines[i] as Line).text);
    const date = m ? findDate(m[2] as string)?.date : undefined;
    if (!m || date === undefined) continue;
    const named = m[1] === undefined ? null : new Set(m[1].split(/,\s*|\s+(?:and|&)\s+/).map((x) => x.trim()));
    for (const item of items) {
      const no = item.minute.replace(/\.$/, '').trim();
      if (named ? named.has(no) : item.resolutions.length > 0) item.effectiveFrom = date;
    }
    return;
  }
}
