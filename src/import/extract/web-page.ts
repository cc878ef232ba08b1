import type { AgendaItem, Declaration, Meeting, MeetingMember, MinuteItem, Minutes } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, locate, nextNonBlank, prevNonBlank, warn } from './doc.ts';
import { readRegister, registerColumns } from './attendance-register.ts';
import { samePerson } from './attendance.ts';
import { findClockTime, findDate } from './date-text.ts';
import {
  APOLOGIES_SENTENCE,
  BARE_RESOLUTION,
  FILE_SIZE,
  MEETING_END,
  REGISTER_OFFICER_ROLE,
  WEB_ACCESS_LABEL,
  WEB_BLOCK,
  WEB_DECISION_BLOCKS,
  WEB_DECISION_EXPLANATION,
  WEB_DECLARATIONS_BLOCK,
  WEB_EFFECTIVE_LABEL,
  WEB_INLINE_BLOCK,
  EXCLUSION_ITEM_TITLE,
  WEB_ITEM_NAV,
  WEB_ITEM_PAGES,
  WEB_ITEM_PAGE_HEADING,
  WEB_ITEM_PAGE_MEETING,
  WEB_ITEM_TAG,
  WEB_MEETING_ITEM,
  WEB_RECORD_DETAIL,
  WEB_SECTION_ITEM,
  webNumberedSection,
} from './layouts.ts';
import type { Attendee } from './minutes.ts';
import { DECLARATIONS_TITLE, attendanceOf, namesFromSentence, paragraphs, readAttendance, readDeclarations, readResolutions } from './minutes.ts';
import { attendanceLabelOf, looksLikePerson, startsWithTitle } from './names.ts';
import { isPageFurniture } from './text-normalise.ts';

/** A row number of the items table, alone in its cell: "54." */
const ROW_NUMBER = /^(\d{1,4}[a-z]?)\.?$/i;

/** Where the page's own footer starts after the table: a copyright line, a lone checkbox. */
const PAGE_FOOTER = /^(?:©|\(c\)|copyright\b|[☐☒]$|back to top$|print this page$)/i;

/**
 * How a web page sets out its items: a meeting's "No. | Item" table, "Item N – Title" sections or ordered list, or an
 * issue's history, one block a meeting ("Meeting: 03/09/2031 - Licensing Committee (Item 4)"), or one agenda item's own
 * page ("Agenda item - 4 Title" over "Meeting: date time - body").
 */
export type WebLayout = 'table' | 'sections' | 'list' | 'history' | 'item';

/** One row of the items table: its number, title, and its lines split into labelled blocks. */
interface Row {
  number: string;
  title: string;
  first: number;
  last: number;
  /** Whether a label after the title says the item is taken in private ("Restricted"). */
  restricted: boolean;
  /** The page range printed after its title. */
  pages?: { from: number; to: number } | null;
  /** Lines before the first block label: the agenda's description of the item. */
  description: Line[];
  blocks: Array<{ label: string; lines: Line[] }>;
  /** On an issue's history, the meeting the block records, as its heading prints it. */
  meeting?: { body: string; date: string | null; time?: string | null };
  /** On an agenda item's page, the date its decision takes effect ("Effective from: …"), ISO. */
  effective?: string;
}

/** A title without the tags printed after it ("… Withdrawn"), one or more; a title that is only a tag is kept. */
function untagged(title: string): string {
  let t = title;
  for (let m = WEB_ITEM_TAG.exec(t); m && m.index > 2; m = WEB_ITEM_TAG.exec(t)) t = t.slice(0, m.index).trim();
  return t;
}

/** A web page item title without the file size of its linked document ("Minutes PDF 99 KB"). */
function cleanTitle(text: string): string {
  return text
    .replace(FILE_SIZE, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim();
}

/**
 * Splits the items of a meeting's web page into rows: a table's rows (the number alone in its cell, the title
 * under it), sections headed "Item N – Title", or an ordered list's items (the browser's number alone on its line, the
 * title under it: the item starts at its title, as the number is not printed in the source). The meeting's closing line
 * ends the items.
 */
function readRows(doc: Doc, span: Span, layout: WebLayout): { rows: Row[]; ended: number } {
  const sections = layout === 'sections';
  const { lines } = doc;
  const rows: Row[] = [];
  let ended = -1;
  let row: Row | null = null;
  let block: { label: string; lines: Line[] } | null = null;
  // An issue's history and an item's page start at their first block's heading; the other layouts at the heading over their items.
  const item = layout === 'item';
  // Sections with no heading over them start at their first item's own heading.
  const opening = (lines[span.start] as Line | undefined)?.text ?? '';
  const headed = !(sections && (WEB_SECTION_ITEM.test(opening) || webNumberedSection(opening, null) !== null));
  for (let i = span.start + (layout === 'history' || item || !headed ? 0 : 1); i < span.end; i++) {
    const l = lines[i] as Line;
    const t = l.text;
    if (t === '') {
      // Blank lines keep paragraphs apart inside a block (a list ends at one).
      if (block) block.lines.push(l);
      continue;
    }
    if (PAGE_FOOTER.test(t)) break;
    // An issue's history records several meetings: one closing does not end the page.
    if (row && layout !== 'history' && t.length < 200 && MEETING_END.test(t)) {
      ended = i;
      break;
    }
    const itemSection = sections ? WEB_SECTION_ITEM.exec(t) : null;
    // Or numbered without the word "Item" ("3. Minutes"), the next item in turn: not a resolution numbered inside a section.
    const numbered = sections && !itemSection && !l.tabbed ? webNumberedSection(t, rows[rows.length - 1]?.number ?? null) : null;
    const section = itemSection ? { number: itemSection[1] as string, title: itemSection[2] as string } : numbered;
    if (section) {
      // The badges beside the title in its summary ("Withdrawn", "Recommendation to Council", "Exempt") are not the title.
      const title = untagged(cleanTitle(section.title));
      const label = WEB_ACCESS_LABEL.exec(title);
      const bare = label && label.index > 2 ? untagged(title.slice(0, label.index).trim()) : title;
      row = { number: section.number, title: bare, first: i, last: i, restricted: bare !== title, description: [], blocks: [] };
      rows.push(row);
      block = null;
      continue;
    }
    const heading = layout === 'history' && t.length < 300 ? WEB_MEETING_ITEM.exec(t) : null;
    if (heading) {
      const meeting = { body: (heading[2] as string).trim(), date: findDate(heading[1] as string)?.date ?? null };
      row = { number: heading[3] as string, title: '', first: i, last: i, restricted: false, description: [], blocks: [], meeting };
      rows.push(row);
      block = null;
      continue;
    }
    if (item) {
      // An item's page: its heading, the meeting under it, its labelled details, and the links to the other items that end it.
      if (!row) {
        const h = WEB_ITEM_PAGE_HEADING.exec(t);
        if (h) rows.push((row = { number: h[1] as string, title: cleanTitle(h[2] as string), first: i, last: i, restricted: false, description: [], blocks: [] }));
        continue;
      }
      if (WEB_ITEM_NAV.test(t)) break;
      const m = !row.meeting && block === null ? WEB_ITEM_PAGE_MEETING.exec(t) : null;
      if (m) {
        const when = m[1] as string;
        const date = findDate(when);
        row.meeting = { body: (m[2] as string).trim(), date: date?.date ?? null, time: findClockTime(date ? when.slice(date.index + date.length) : when)?.time ?? null };
        row.last = i;
        continue;
      }
      const detail = t.length < 200 ? WEB_RECORD_DETAIL.exec(t) : null;
      if (detail) {
        if (WEB_EFFECTIVE_LABEL.test(detail[1] as string)) row.effective = findDate(detail[2] as string)?.date ?? row.effective;
        row.blocks.push((block = { label: 'details', lines: [l] }));
        row.last = i;
        continue;
      }
      if (t.length < 80 && WEB_DECLARATIONS_BLOCK.test(t)) {
        row.blocks.push((block = { label: 'declarations', lines: [] }));
        row.last = i;
        continue;
      }
    }
    if (layout === 'history' && !row) continue;
    // The number alone in its cell: alone on its line, or with the title cell's first paragraph after it ("54.\tPetitions").
    const cells = !sections && l.tabbed ? cellsOf(l).filter((c) => c !== '') : [];
    const number = sections || layout === 'history' ? null : ROW_NUMBER.exec(cells.length === 2 ? (cells[0] as string) : t);
    if (number) {
      let title = cells.length === 2 ? cleanTitle(cells[1] as string) : '';
      // Its flag ("Restricted") and then its papers' page range after the title are not the title.
      const label = WEB_ACCESS_LABEL.exec(title);
      const flagged = label !== null && WEB_ITEM_PAGES.test(title.slice(0, label.index));
      if (flagged) title = title.slice(0, label.index);
      const span = WEB_ITEM_PAGES.exec(title);
      const pages = span ? { from: Number(span[1]), to: Number(span[2] ?? span[1]) } : null;
      if (span) title = cleanTitle(title.slice(0, span.index));
      row = { number: number[1] as string, title, first: i, last: i, restricted: flagged, description: [], blocks: [], pages };
      rows.push(row);
      block = null;
      continue;
    }
    if (!row) continue;
    if (row.title === '') {
      row.title = cleanTitle(t);
      if (layout === 'list') row.first = i;
      row.last = i;
      continue;
    }
    // The item's papers listed under its decision, each a link with its file size, are not what was decided.
    if (block !== null && block.label !== 'documents' && BULLETED.test(t) && t.search(FILE_SIZE) >= 0) {
      block = { label: 'documents', lines: [l] };
      row.blocks.push(block);
      row.last = i;
      continue;
    }
    // A bold label leading its block's first line ("Outcome: RESOLVED that …", "Vote: For 6 …"): the block starts with the rest of the line.
    const inline = WEB_INLINE_BLOCK.exec(t);
    if (inline && !(block !== null && block.label === 'minutes')) {
      block = { label: (inline[1] as string).toLowerCase(), lines: [{ ...l, text: inline[2] as string }] };
      row.blocks.push(block);
      row.last = i;
      continue;
    }
    const label = WEB_BLOCK.exec(t);
    // "RESOLVED:" inside a Decision or Minutes block is that block's resolution, not a block of its own.
    if (label && block !== null && /^resolved$/i.test(label[1] as string) && /^(?:decisions?|minutes)$/.test(block.label)) {
      block.lines.push(l);
      row.last = i;
      continue;
    }
    // A decision's reasons and the options rejected, under it, explain it: a block of their own, not what was decided.
    const explanation = label === null && block !== null && WEB_DECISION_BLOCKS.test(block.label) && t.length < 120 && WEB_DECISION_EXPLANATION.test(t);
    if (explanation) {
      block = { label: 'reasons', lines: [l] };
      row.blocks.push(block);
      row.last = i;
      continue;
    }
    if (label) {
      block = { label: (label[1] as string).toLowerCase(), lines: [] };
      row.blocks.push(block);
      row.last = i;
      continue;
    }
    if (block) block.lines.push(l);
    else row.description.push(l);
    row.last = i;
  }
  return { rows, ended };
}

/** The members of the body by the page's attendance register above `end`: everyone but the officers, with their roles. */
function registerMembers(doc: Doc, end: number): MeetingMember[] {
  for (let i = 0; i < end; i++) {
    if (registerColumns(doc.lines[i] as Line) === null) continue;
    return readRegister(doc, i, end)
      .rows.filter((r) => r.kind !== 'attendance' && !REGISTER_OFFICER_ROLE.test(r.role ?? ''))
      .map((r) => ({ name: r.name, role: r.role }));
  }
  return [];
}

/** The record of a meeting a web page names: its header's body, date, time and venue, no attendance yet, these items. */
function minutesOfMeeting(meeting: Meeting, items: MinuteItem[]): Minutes {
  const { body, date, time, venue } = meeting;
  return { body, date, time, venue, present: [], otherMembersPresent: [], inAttendance: [], apologies: [], otherAttendance: [], items, endedAt: null };
}

/**
 * The minute of one row: resolutions from its decision block, or from its minutes where there is none; its text the
 * minutes, or the decision with its reasons. With `whole`, the text is the whole record (decision, reasons and minutes),
 * as an issue's history prints each meeting's record once. Null when the row records nothing.
 */
function minuteOfRow(doc: Doc, row: Row, whole: boolean): { item: MinuteItem; body: Line[] } | null {
  const decision = row.blocks.filter((b) => WEB_DECISION_BLOCKS.test(b.label)).flatMap((b) => b.lines);
  const reasons = row.blocks.filter((b) => b.label === 'reasons').flatMap((b) => b.lines);
  const minutesText = row.blocks.filter((b) => b.label === 'minutes').flatMap((b) => b.lines);
  // Interests declared under the item's heading, the page printing no block of minutes for it: that item's record.
  const declared = decision.length === 0 && minutesText.length === 0 && DECLARATIONS_TITLE.test(row.title) ? readDeclarations(paragraphs(row.description, true)) : [];
  if (declared.length > 0) {
    const text = row.description.filter((l) => l.text !== '').map((l) => l.text);
    const item: MinuteItem = { minute: row.number, agendaItem: null, title: row.title, text: text.join('\n'), resolutions: [], declarations: declared };
    return { item: locate(doc, item, row.first, row.last), body: row.description };
  }
  if (decision.length === 0 && minutesText.length === 0) return null;
  let resolutions = readResolutions(decision.length > 0 ? decision : minutesText);
  // What was decided printed under the block's label with no lead word of its own ("Decision:" over "That the minutes
  // … be approved", "Cabinet RESOLVED to award …"): the label is its lead. Prose under it decides nothing.
  if (resolutions.length === 0 && decision[0]) {
    const lead: Line = { ...decision[0], raw: 'Decision:', text: 'Decision:' };
    resolutions = readResolutions([lead, ...decision]).filter((r) => BARE_RESOLUTION.test(r));
  }
  const body = minutesText.length > 0 ? minutesText : decision;
  const shown = whole ? [...decision, ...reasons, ...minutesText] : minutesText.length > 0 ? minutesText : [...decision, ...reasons];
  const item: MinuteItem = {
    minute: row.number,
    agendaItem: null,
    title: row.title,
    text: shown
      .filter((l) => l.text !== '')
      .map((l) => l.text)
      .join('\n'),
    resolutions,
    declarations: [],
  };
  if (DECLARATIONS_TITLE.test(row.title)) item.declarations = readDeclarations(paragraphs(body, true));
  return { item: locate(doc, item, row.first, row.last), body };
}

/**
 * Reads an issue's history page ("Issue - items at meetings"): each block headed "Meeting: date - body (Item N)" is the
 * record of that meeting, one item numbered as printed, titled as that meeting's agenda printed it. The page prints no
 * meeting's time, venue or attendance; the issue's own details above the blocks are not a meeting's.
 */
export function parseIssueHistory(doc: Doc, span: Span): Minutes[] {
  const out: Minutes[] = [];
  for (const row of readRows(doc, span, 'history').rows) {
    if (!row.meeting?.date || row.title === '') continue;
    const read = minuteOfRow(doc, row, true);
    if (!read) continue;
    const minutes: Minutes = {
      body: row.meeting.body,
      date: row.meeting.date,
      time: null,
      venue: null,
      present: [],
      otherMembersPresent: [],
      inAttendance: [],
      apologies: [],
      otherAttendance: [],
      items: [read.item],
      endedAt: null,
    };
    out.push(locate(doc, minutes, row.first, row.last));
  }
  return out;
}

/**
 * The interests declared in an item page's block: a table of member and interest, one row a member (the header row,
 * "Councillor | Nature of interest", names no one), or sentences where the page prints no table.
 */
function blockDeclarations(lines: readonly Line[]): Declaration[] {
  const out: Declaration[] = [];
  const prose: Line[] = [];
  for (const l of lines) {
    if (l.text === '') continue;
    const cells = l.tabbed ? cellsOf(l).filter((c) => c !== '') : [];
    if (cells.length !== 2) {
      prose.push(l);
      continue;
    }
    const member = (cells[0] as string).trim();
    if (startsWithTitle(member) || looksLikePerson(member)) out.push({ member, interest: (cells[1] as string).trim() });
  }
  return out.length > 0 ? out : readDeclarations(paragraphs(prose, true));
}

/**
 * Reads a meeting system's page for one agenda item ("Agenda item - 7 Title" over "Meeting: Wednesday, 3rd March, 2027
 * 2.00 pm - Cabinet"): the record of that meeting with the one item, numbered as printed. Its resolutions come from
 * the "Decision" block; its text keeps the decision's reasons and the minutes; the declarations table is the item's;
 * the date the decision takes effect is kept with it. The page prints no venue, attendance or closing time, and its
 * "Documents" and links to the previous and next items are not items.
 */
export function parseItemPage(doc: Doc, span: Span): Minutes[] {
  const row = readRows(doc, span, 'item').rows[0];
  if (!row?.meeting?.date || row.title === '') return [];
  const read = minuteOfRow(doc, row, true);
  if (!read) return [];
  const declared = row.blocks.filter((b) => b.label === 'declarations').flatMap((b) => b.lines);
  if (declared.length > 0) read.item.declarations = blockDeclarations(declared);
  if (row.effective) read.item.effectiveFrom = row.effective;
  const minutes: Minutes = {
    body: row.meeting.body,
    date: row.meeting.date,
    time: row.meeting.time ?? null,
    venue: null,
    present: [],
    otherMembersPresent: [],
    inAttendance: [],
    apologies: [],
    otherAttendance: [],
    items: [read.item],
    endedAt: null,
  };
  return [locate(doc, minutes, row.first, row.last)];
}

/**
 * Reads a meeting's web page ("Agenda, decisions and minutes"): each row of its items table is an
 * agenda item numbered as printed and, where the page shows a "Decision:" or "Minutes:" block, the
 * minute of the same number. Resolutions come from the decision block, or from the minutes where
 * there is none; file sizes and link text are not titles.
 */
export function parseWebMeeting(doc: Doc, span: Span, meeting: Meeting | null, layout: WebLayout = 'table'): { agenda: AgendaItem[]; minutes: Minutes | null } {
  const { rows, ended } = readRows(doc, span, layout);
  const agenda: AgendaItem[] = [];
  const items: MinuteItem[] = [];
  const apologies: string[] = [];
  for (const row of rows) {
    if (row.title === '') {
      warn(doc, doc.lines[row.first] as Line, 'web-row-untitled', `item ${row.number} of the page has no title`);
      continue;
    }
    const description = row.description.map((l) => l.text).filter((t) => !isPageFurniture(t) && !/^[-•]\s/.test(t));
    const note = description.join(' ').trim();
    agenda.push(
      locate(
        doc,
        {
          number: row.number,
          title: row.title,
          pages: row.pages ?? null,
          note: note === '' ? null : note,
          // Exempt by its title, or by a note that cites the paragraph of Schedule 12A ("exempt from publication (paragraph 3)").
          exempt:
            row.restricted ||
            /\b(?:exempt|confidential)\b|\bpart (?:2|ii)\b/i.test(row.title) ||
            (/\b(?:exempt|confidential)\b/i.test(note) && /\bparagraph\s+\d|schedule 12a/i.test(note) && !EXCLUSION_ITEM_TITLE.test(row.title)),
        },
        row.first,
        row.last,
        false,
      ),
    );
    const read = minuteOfRow(doc, row, false);
    if (!read) continue;
    if (/\bapolog/i.test(row.title)) {
      for (const p of paragraphs(read.body)) {
        const m = APOLOGIES_SENTENCE.exec(p);
        if (m) apologies.push(...namesFromSentence((m[1] ?? m[2] ?? m[3]) as string));
      }
    }
    items.push(read.item);
  }
  if (items.length === 0 || !meeting) return { agenda, minutes: null };
  const minutes = minutesOfMeeting(meeting, items);
  // The page's attendance ("Present", "Apologies", "Also in attendance" lists) above the items table.
  const attendees: Attendee[] = [];
  const from = doc.lines.slice(0, span.start).findIndex((l) => l.text !== '' && attendanceLabelOf(l.text)?.rest === '');
  if (from >= 0) {
    // The table's own heading ("Agenda items") just above it is not part of the attendance.
    const above = prevNonBlank(doc.lines, span.start - 1, from);
    const heading = above > from && !/^[-•●▪]\s/.test((doc.lines[above] as Line).text) && attendanceLabelOf((doc.lines[above] as Line).text) === null;
    readAttendance(doc, minutes, attendees, from, heading ? above : span.start);
  } else {
    // Or below its items, after the meeting's closing line: an "Attendance" section of labelled bulleted lists.
    const below = attendancePanelIn(doc, ended >= 0 ? ended + 1 : (rows[rows.length - 1]?.last ?? span.end) + 1, span.end);
    if (below) readAttendance(doc, minutes, attendees, below.first, below.last + 1);
  }
  // A person printed in the register and again in a list under it ("Apologies" after the table) is one person.
  for (const key of ['present', 'apologies', 'inAttendance'] as const)
    minutes[key] = minutes[key].filter((n, k, all) => all.findIndex((x) => x.toLowerCase() === n.toLowerCase()) === k);
  if (meeting.members.length === 0) meeting.members = registerMembers(doc, span.start);
  if (ended >= 0) {
    const end = MEETING_END.exec((doc.lines[ended] as Line).text);
    minutes.endedAt = end ? (findClockTime(end[1] as string, minutes.time)?.time ?? null) : null;
  }
  for (const name of apologies) {
    // The sentence names them more briefly than the page's list ("Councillors Tolland and …"): one person each.
    if (minutes.apologies.some((a) => a.toLowerCase() === name.toLowerCase() || samePerson(a, name))) continue;
    minutes.apologies.push(name);
    attendees.push({ name, group: 'apologies', line: (doc.lines[span.start] as Line).no });
  }
  attendanceOf.set(minutes, attendees);
  const first = rows[0]?.first ?? span.start;
  const last = rows[rows.length - 1]?.last ?? span.start;
  locate(doc, minutes, first, last);
  // The page's minutes are those of the meeting its header names: their lines start there.
  if (minutes.lines && meeting.lines) minutes.lines = { from: Math.min(meeting.lines.from, minutes.lines.from), to: minutes.lines.to };
  return { agenda, minutes };
}

/** A bulleted line of a web page's list: one entry. */
const BULLETED = /^[-•●▪]\s/;

/**
 * A meeting page's attendance panel beside its agenda (a meeting system's "Attendance" tab): each attendance label
 * alone on its line ("Present", "Apologies", "In attendance") over a bulleted list, one person a bullet, the first
 * listing who was present. Read as the minutes of the meeting the page's header names, with no items: the page records
 * who came, not what was decided. Null when the page prints no such lists.
 */
export function readAttendancePanel(doc: Doc, meeting: Meeting): Minutes | null {
  const panel = attendancePanelIn(doc, 0, doc.lines.length);
  if (!panel) return null;
  const minutes = minutesOfMeeting(meeting, []);
  const attendees: Attendee[] = [];
  readAttendance(doc, minutes, attendees, panel.first, panel.last + 1);
  if (minutes.present.length === 0) return null;
  attendanceOf.set(minutes, attendees);
  locate(doc, minutes, panel.first, panel.last);
  // The page's record is of the meeting its header names: its lines start there.
  if (minutes.lines && meeting.lines) minutes.lines = { from: Math.min(meeting.lines.from, minutes.lines.from), to: minutes.lines.to };
  return minutes;
}

/**
 * The first attendance panel between `from` and `end`: a "Present" label alone on its line over a bulleted list, running
 * on over the other labels and their bullets until the first other line. Null when there is none.
 */
function attendancePanelIn(doc: Doc, from: number, end: number): { first: number; last: number } | null {
  const { lines } = doc;
  const labelAlone = (t: string): boolean => t.length <= 40 && attendanceLabelOf(t)?.rest === '';
  // An attendance register's header row, or a short caption over one ("Committee members" over "Councillor | Role | Attendance").
  const registerAt = (k: number): boolean => {
    const l = lines[k] as Line;
    if (registerColumns(l) !== null) return true;
    if (l.tabbed || l.text.length > 60) return false;
    const under = nextNonBlank(lines, k + 1, Math.min(end, k + 3));
    return under >= 0 && registerColumns(lines[under] as Line) !== null;
  };
  for (let i = from; i < end; i++) {
    const t = (lines[i] as Line).text;
    if (!labelAlone(t) || attendanceLabelOf(t)?.kind !== 'present') continue;
    const next = nextNonBlank(lines, i + 1, end);
    if (next < 0 || !(BULLETED.test((lines[next] as Line).text) || registerAt(next))) continue;
    let last = next;
    for (let j = next + 1; j < end; j++) {
      const u = (lines[j] as Line).text;
      if (u === '') continue;
      // A label with its list on the same line ("Apologies: Councillor …") belongs to the panel too; so do a register's
      // rows, one cell a column, and the caption over a register ("Committee members").
      if (!BULLETED.test(u) && !labelAlone(u) && !(u.length < 2000 && attendanceLabelOf(u) !== null) && !(lines[j] as Line).tabbed && !registerAt(j)) break;
      last = j;
    }
    return { first: i, last };
  }
  return null;
}
