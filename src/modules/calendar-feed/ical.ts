import { feedSafeText } from '../../lib/text.ts';

/** An event in an iCalendar feed. */
export type IcalEvent = {
  /** Stable across edits, so calendar apps update the event rather than add another. */
  uid: string;
  start: Date;
  end: Date | null;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Revision number; must grow whenever the event changes. */
  sequence: number;
  lastModified: Date;
};

/**
 * A UTC date-time as iCalendar writes it.
 * @example icalUtc(new Date('2030-03-04T10:00:00Z')) // '20300304T100000Z'
 */
export function icalUtc(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines, after removing
 * the control characters the RFC forbids (see feedSafeText).
 * @example escapeText('Room 2, Guildhall; east wing') // 'Room 2\\, Guildhall\\; east wing'
 */
export function escapeText(value: string): string {
  return feedSafeText(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1), never splitting a
 * UTF-8 character; continuation lines start with a space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Serialises a calendar of events as iCalendar text with CRLF line ends.
 * @example icalCalendar('Meetings', [event]).startsWith('BEGIN:VCALENDAR\r\n') // true
 */
export function icalCalendar(name: string, events: IcalEvent[], now = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Shirehall//Meetings calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${icalUtc(now)}`, `DTSTART:${icalUtc(e.start)}`);
    if (e.end) lines.push(`DTEND:${icalUtc(e.end)}`);
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push(`STATUS:${e.status}`, `SEQUENCE:${e.sequence}`, `LAST-MODIFIED:${icalUtc(e.lastModified)}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
