import type { MeetingContact, MeetingMember } from './contract.ts';
import type { Doc, Line } from './doc.ts';
import { nextNonBlank, prevNonBlank } from './doc.ts';
import { findDate, findLongDate, findTime } from './date-text.ts';
import { isPageFurniture } from './text-normalise.ts';
import { parseMember, splitPeopleList } from './names.ts';

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

function venueAndTime(text: string): { time: string | null; venue: string | null } {
  let rest = text.replace(/^[\s,–—-]+/, '').replace(/^at\s+/i, '');
  const t = findTime(rest);
  let time: string | null = null;
  if (t && t.index <= 3) {
    time = t.time;
    rest = rest.slice(t.index + t.length);
  }
  const venue = rest.replace(/^[\s,.–—-]+/, '').replace(/^(?:at|in)\s+(?:the\s+)?/i, '').replace(/[\s,.]+$/, '').trim();
  return { time, venue: venue === '' ? null : venue };
}

/** Reads a labelled header: "Meeting: …", "Date: …", "Time: …", "Venue: …". */
function readLabelledHeader(doc: Doc, end: number): SummonsHeader | null {
  const { lines } = doc;
  let body: string | null = null;
  let date: string | null = null;
  let time: string | null = null;
  let venue: string | null = null;
  let dateLine = -1;
  let first = -1;
  for (let i = 0, seen = 0; i < end && seen < 40; i++) {
    const t = (lines[i] as Line).text;
    if (t === '') continue;
    seen++;
    const m = /^(meeting|committee|body|date(?: of meeting)?|meeting date|time|venue|place|location)\s*:\s*(\S.{0,200})$/i.exec(t);
    if (!m) continue;
    const key = (m[1] as string).toLowerCase();
    const value = (m[2] as string).trim();
    if ((key === 'meeting' || key === 'committee' || key === 'body') && body === null) {
      body = value;
      first = i;
    }
    else if (key === 'time') time ??= findTime(value)?.time ?? null;
    else if (key === 'venue' || key === 'place' || key === 'location') venue ??= value;
    else if (date === null) {
      const d = findLongDate(value) ?? findDate(value);
      if (d) {
        date = d.date;
        dateLine = i;
        time ??= findTime(value.slice(d.index + d.length))?.time ?? null;
      }
    }
  }
  if (date === null) return null;
  if (body === null) {
    const p = prevNonBlank(lines, dateLine - 1, 0);
    const above = p >= 0 ? (lines[p] as Line).text : '';
    if (above === '' || above.length > 160 || /:/.test(above) || isPageFurniture(above)) return null;
    body = above;
    first = p;
  }
  return { body, date, time, venue, line: dateLine, first: first >= 0 ? Math.min(first, dateLine) : dateLine };
}

/** Finds the meeting header (body, date, time, venue) in the first lines before `end`. */
export function readSummonsHeader(doc: Doc, end: number): SummonsHeader | null {
  const labelled = readLabelledHeader(doc, end);
  if (labelled) return labelled;
  const { lines } = doc;
  let seen = 0;
  for (let i = 0; i < end && seen < 25; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isPageFurniture(l.text)) continue;
    seen++;
    if (l.text.length > 300) continue;
    const d = findLongDate(l.text);
    if (!d) continue;
    let body = l.text.slice(0, d.index).replace(WEEKDAY, '').replace(/[\s,–—-]+$/, '').trim();
    let { time, venue } = venueAndTime(l.text.slice(d.index + d.length));
    let first = i;
    if (body === '') {
      const p = prevNonBlank(lines, i - 1, 0);
      if (p >= 0 && !isPageFurniture((lines[p] as Line).text) && (lines[p] as Line).text.length < 160) {
        body = (lines[p] as Line).text;
        first = p;
      }
    }
    if (time === null && venue === null) {
      const nx = nextNonBlank(lines, i + 1, end);
      if (nx >= 0) {
        const t = findTime((lines[nx] as Line).text);
        if (t && t.index <= 3) ({ time, venue } = venueAndTime((lines[nx] as Line).text));
      }
    }
    if (body === '' || /^(?:to|date|issued)\b/i.test(body)) continue;
    return { body, date: d.date, time, venue, line: i, first };
  }
  return null;
}

/** Reads the membership list that follows "To: The Members of …". */
export function readMembers(doc: Doc, end: number): { members: MeetingMember[]; line: number; listLine: number } {
  const { lines } = doc;
  for (let i = 0; i < end; i++) {
    const l = lines[i] as Line;
    const m = /^(?:to|membership|members)\s*:\s*(.*)$/i.exec(l.text);
    if (!m) continue;
    let list = (m[1] as string).trim();
    let listLine = i;
    if (list === '' || /^the members of\b/i.test(list)) {
      const nx = nextNonBlank(lines, i + 1, end);
      if (nx < 0) break;
      list = (lines[nx] as Line).text;
      listLine = nx;
    }
    const members = splitPeopleList(list).map(parseMember).filter((x) => x.name.length > 1);
    return { members, line: i, listLine };
  }
  return { members: [], line: -1, listLine: -1 };
}

/** Reads "Issued By Name, Post - 2 June 2025" (the date may be on the next line). */
export function readIssued(doc: Doc, end: number): { issuedBy: string | null; issuedOn: string | null } {
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
  for (let i = 0; i < end; i++) {
    const m = /^(?:date (?:of )?(?:issue|publication)|published(?: on)?|date issued|despatched|dispatched)\s*:?\s*(.*)$/i.exec((lines[i] as Line).text);
    if (m) return { issuedBy: null, issuedOn: findDate(m[1] as string)?.date ?? null };
  }
  return { issuedBy: null, issuedOn: null };
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+44\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}/;

/** Reads the "please contact …" line into contacts. */
export function readContacts(doc: Doc, end: number): MeetingContact[] {
  const { lines } = doc;
  for (let i = 0; i < end; i++) {
    const t = (lines[i] as Line).text;
    const m = /(?:please contact|^contact(?: officer)?s?\s*:)\s*(.*)$/i.exec(t);
    if (!m || t.length > 400) continue;
    const rest = m[1] as string;
    const email = EMAIL.exec(rest)?.[0] ?? null;
    const phone = PHONE.exec(rest)?.[0]?.trim() ?? null;
    const namePart = rest.replace(EMAIL, '').replace(PHONE, '').replace(/\b(?:on|or|tel\.?|email|e-mail|telephone)\s*:?\s*$/gi, '');
    const names = namePart
      .split(/\s+or\s+|\s+and\s+|,|;/)
      .map((s) => s.replace(/^(?:on|tel\.?|email|or)\s+/i, '').replace(/\s+(?:on|at|tel\.?|telephone|email|e-mail)\s*:?\s*$/i, '').trim())
      .filter((s) => /^(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+$/.test(s));
    if (names.length === 1) return [{ name: names[0] as string, phone, email }];
    const out: MeetingContact[] = names.map((name) => ({ name, phone: null, email: null }));
    if (phone || email) out.push({ name: null, phone, email });
    return out;
  }
  return [];
}
