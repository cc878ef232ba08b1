import type { AttendanceGroup, Declaration, MinuteItem, Minutes } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { locate, warn } from './doc.ts';
import { findClockTime, findDate, findTime } from './date-text.ts';
import { dropNotes, looksLikePerson, splitPeopleList, startsWithTitle } from './names.ts';
import { isPageFurniture } from './text-normalise.ts';
import { MINUTES_HEADING } from './segment.ts';

const AGENDA_SUFFIX = /^(?:(\d{1,4})\.?\s+)?(.+?)\s*(?:[-–—]\s*|\(\s*)agenda\s+item\s*:?\s*(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*\)?[.:]?$/i;
const ENDED = /\bmeeting\s+(?:ended|closed|finished|concluded|rose)\s+at\s+(.{1,20})/i;
const LIST_ITEM = /^(?:[-•*·]\s*)?(?:(\d{1,2})[.)]|\(?([a-z]|[ivx]{1,4})\))\s+(\S.*)$|^[-•*·]\s+(\S.*)$/;
const DECISION_LEAD = /\b(?:resolved|agreed|approved|endorsed|decided|noted|resolution|recommended)\b/i;
const BODY_END = /\b(?:cabinet|committee|council|board|panel|group|sub-committee|meeting|members)\s*:?\s*$/i;
const DECISION_VERB = /^(?:agreed?|noted?|approved?|endorsed?|requested|resolved|supported|commented|authori[sz]ed?|delegated?|recommended?|confirmed?|accepted?|deferred|declined|that\b)/i;
const SIGNATURE = /^(?:chair(?:man|person)?|vice-chair(?:man)?|signed)\.?$/i;

interface Header {
  body: string;
  date: string | null;
  time: string | null;
  venue: string | null;
}

function readHeader(text: string): Header {
  const m = /^minutes of (?:an? |the )?(?:[a-z-]+ )?(?:meeting|proceedings) of (?:the )?(.*)$/i.exec(text);
  const rest = (m?.[1] ?? text) as string;
  const heldAt = rest.search(/\s+held\b/i);
  const body = (heldAt >= 0 ? rest.slice(0, heldAt) : rest).trim();
  const after = heldAt >= 0 ? rest.slice(heldAt).replace(/^\s+held\s+/i, '') : '';
  const date = findDate(after);
  let venue: string | null = null;
  const v = /^(?:in|at)\s+(?:the\s+)?(.*?)(?:,?\s+on\s+|$)/i.exec(after);
  if (v && (v[1] as string).trim() !== '') venue = (v[1] as string).replace(/[,\s]+$/, '').trim();
  else {
    const tail = /\b(?:in|at)\s+(?:the\s+)?([A-Z][^]*?)\.?$/.exec(after.slice(date ? date.index + date.length : 0).replace(/^\s*at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)/i, ''));
    if (tail) venue = (tail[1] as string).trim();
  }
  const time = date ? findTime(after.slice(date.index + date.length)) : findTime(after);
  return { body, date: date?.date ?? null, time: time?.time ?? null, venue };
}

function readDeclarations(lines: string[]): Declaration[] {
  const out: Declaration[] = [];
  for (const t of lines) {
    const dash = /^((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+[–—-]\s+(.+)$/.exec(t);
    if (dash) {
      out.push({ member: (dash[1] as string).trim(), interest: (dash[2] as string).trim() });
      continue;
    }
    const declared = /^(.{3,300}?)\s+(?:all\s+|each\s+|further\s+|also\s+)?declared\s+(.+)$/i.exec(t);
    if (!declared) continue;
    const subject = (declared[1] as string).replace(/,?\s+(?:all|each|both)$/i, '');
    const people = splitPeopleList(subject).filter((p) => startsWithTitle(p) || looksLikePerson(p));
    if (people.length === 0) continue;
    const interest = (declared[2] as string).replace(/^(?:the following\s+)?/i, '').trim();
    for (const member of people) out.push({ member, interest });
  }
  return out;
}

function readResolutions(body: Line[]): string[] {
  let leadIn = -1;
  for (let k = 0; k < body.length; k++) {
    const l = body[k] as Line;
    if (LIST_ITEM.test(l.text)) {
      if (leadIn === -1) {
        const prev = body.slice(0, k).reverse().find((x) => x.text !== '');
        const m = LIST_ITEM.exec(l.text);
        const first = (m?.[3] ?? m?.[4] ?? '') as string;
        if (prev && !LIST_ITEM.test(prev.text) && (DECISION_LEAD.test(prev.text) || BODY_END.test(prev.text) || DECISION_VERB.test(first))) leadIn = k;
      }
      if (leadIn !== -1) break;
    }
  }
  if (leadIn < 0) return [];
  const out: string[] = [];
  for (let k = leadIn; k < body.length; k++) {
    const l = body[k] as Line;
    if (l.text === '') continue;
    const m = LIST_ITEM.exec(l.text);
    if (m) {
      out.push(((m[3] ?? m[4]) as string).trim());
      continue;
    }
    const prevRaw = (body[k - 1] as Line | undefined)?.text ?? '';
    if (prevRaw !== '' && out.length > 0 && (/^[a-z(]/.test(l.text) || /^\s{2,}|^\t/.test(l.raw))) {
      out[out.length - 1] += ` ${l.text}`;
      continue;
    }
    break;
  }
  return out;
}

/** A person named in a minutes' attendance, with the group and the source line. */
export interface Attendee {
  name: string;
  group: 'present' | 'other' | 'apologies' | 'extra';
  line: number;
}

/** The attendance of each set of minutes with source lines, for the membership cross-check. */
export const attendanceOf = new WeakMap<Minutes, Attendee[]>();

/** Reads one set of minutes from its span. */
export function parseMinutes(doc: Doc, span: Span): Minutes | null {
  const { lines } = doc;
  let headerLine = -1;
  for (let i = span.start; i < Math.min(span.end, span.start + 4); i++) {
    if (MINUTES_HEADING.test((lines[i] as Line).text)) {
      headerLine = i;
      break;
    }
  }
  if (headerLine < 0) return null;
  const head = readHeader((lines[headerLine] as Line).text);
  if (head.date === null) {
    warn(doc, lines[headerLine] as Line, 'minutes-date-missing', 'minutes heading has no readable date');
    return null;
  }
  const minutes: Minutes = {
    body: head.body,
    date: head.date,
    time: head.time,
    venue: head.venue,
    present: [],
    otherMembersPresent: [],
    apologies: [],
    otherAttendance: [],
    items: [],
    endedAt: null,
  };
  type Group = 'present' | 'other' | 'apologies' | AttendanceGroup;
  let group: Group | null = null;
  const attendees: Attendee[] = [];
  const add = (names: string[], line: Line): void => {
    const clean = names.map(dropNotes).filter((n) => n !== '' && !/^(?:none|nil|n\/a)$/i.test(n));
    if (group === 'present') minutes.present.push(...clean);
    else if (group === 'other') minutes.otherMembersPresent.push(...clean);
    else if (group === 'apologies') minutes.apologies.push(...clean);
    else if (group) group.names.push(...clean);
    if (group) {
      const g = typeof group === 'object' ? 'extra' : group;
      for (const name of clean) attendees.push({ name, group: g, line: line.no });
    }
  };
  /** An item with its heading line index and the index of its last line of content. */
  type Open = { item: MinuteItem; body: Line[]; first: number; last: number };
  let current: Open | null = null;
  const items: Open[] = [];
  let lastContent = headerLine;
  let lastMinute: number | null = null;
  let ended = false;
  for (let i = headerLine + 1; i < span.end; i++) {
    const l = lines[i] as Line;
    const t = l.text;
    if (t === '' || isPageFurniture(t)) {
      current?.body.push(l);
      continue;
    }
    const end = ENDED.exec(t);
    if (end) {
      minutes.endedAt = findClockTime(end[1] as string, minutes.time)?.time ?? null;
      ended = true;
      lastContent = i;
      continue;
    }
    if (ended) continue;
    if (!SIGNATURE.test(t)) lastContent = i;
    const suffix = t.length < 400 && /agenda\s+item/i.test(t) ? AGENDA_SUFFIX.exec(t) : null;
    const numbered: RegExpExecArray | null = !suffix && lastMinute !== null ? /^(\d{1,4})\.?\s+([A-Z].{2,150})$/.exec(t) : null;
    if (suffix || (numbered && Number(numbered[1]) === (lastMinute as number) + 1 && !/[.:;,]$/.test(t))) {
      const minute: string = suffix ? (suffix[1] ?? '') : (numbered?.[1] as string);
      const title = ((suffix ? suffix[2] : numbered?.[2]) as string).trim();
      if (minute === '') warn(doc, l, 'minute-number-missing', `minute "${title}" has no printed minute number`);
      else lastMinute = Number(minute);
      current = { item: { minute, agendaItem: suffix ? (suffix[3] as string) : null, title, text: '', resolutions: [], declarations: [] }, body: [], first: i, last: i };
      items.push(current);
      group = null;
      continue;
    }
    if (current) {
      current.body.push(l);
      if (!SIGNATURE.test(t)) current.last = i;
      continue;
    }
    const label = /^(present|other members? present|(?:apologies(?: for absence)?|apologies received)|[A-Z][A-Za-z ,'’()-]{2,60}?)\s*:\s*(.*)$/i.exec(t);
    if (label) {
      const name = (label[1] as string).toLowerCase();
      group = name === 'present' ? 'present' : name.startsWith('other member') ? 'other' : name.startsWith('apolog') ? 'apologies' : { label: label[1] as string, names: [] };
      if (typeof group === 'object') minutes.otherAttendance.push(group);
      add(splitPeopleList(label[2] as string), l);
      continue;
    }
    if (/^present$/i.test(t)) {
      group = 'present';
      continue;
    }
    if (group) add(splitPeopleList(t), l);
    else warn(doc, l, 'minutes-line-unplaced', `line before the first minute not understood: "${t}"`);
  }
  for (const { item, body, first, last } of items) {
    locate(doc, item, first, last);
    const texts = body.filter((l) => l.text !== '' && !SIGNATURE.test(l.text) && !isPageFurniture(l.text)).map((l) => l.text);
    item.text = texts.join('\n');
    item.resolutions = readResolutions(body);
    if (/declarations?\s+of\s+interests?/i.test(item.title)) item.declarations = readDeclarations(texts);
  }
  minutes.items = items.map((x) => x.item);
  attendanceOf.set(minutes, attendees);
  return locate(doc, minutes, span.start, Math.max(lastContent, headerLine));
}
