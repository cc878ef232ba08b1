import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalCalendar, icalUtc } from './ical.ts';

describe('iCalendar serialiser', () => {
  it('writes UTC times', () => {
    expect(icalUtc(new Date('2030-07-04T09:30:00+01:00'))).toBe('20300704T083000Z');
  });

  it('escapes text values', () => {
    expect(escapeText('Room 2, Guildhall; east\\wing\nfloor 1')).toBe('Room 2\\, Guildhall\\; east\\\\wing\\nfloor 1');
  });

  it('leaves out the control characters RFC 5545 forbids, and keeps other line breaks as line breaks', () => {
    const hostile = 'Budget\u0000 \u0007bell \u000bvertical\u000cfeed\u007f\u0085next\u2028line\u2029para\ttab \ud800lone';
    expect(escapeText(hostile)).toBe('Budget bell verticalfeed\\nnext\\nline\\npara\ttab lone');
    const ics = icalCalendar('Meetings\u000b', [
      {
        uid: 'u@x',
        start: new Date(0),
        end: null,
        summary: 'A\u000cB',
        description: 'C\u2028D',
        location: 'E\u0085F',
        status: 'CONFIRMED',
        sequence: 0,
        lastModified: new Date(0),
      },
    ]);
    // Every character of the feed is allowed: no control characters but CR, LF (line ends) and tab.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(ics).toContain('SUMMARY:AB');
    expect(ics).toContain('DESCRIPTION:C\\nD');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'Ŵ'.repeat(60)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((p, i) => (i ? p.slice(1) : p))
        .join(''),
    ).toBe(line);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((p) => p.startsWith(' ')),
    ).toBe(true);
  });

  it('serialises events with CRLF line ends and a cancelled status', () => {
    const text = icalCalendar(
      'Meetings',
      [
        {
          uid: 'meeting-1@x.shirehall',
          start: new Date('2030-03-04T10:00:00Z'),
          end: null,
          summary: 'Cancelled: Cabinet',
          status: 'CANCELLED',
          sequence: 2,
          lastModified: new Date('2030-01-01T00:00:00Z'),
        },
      ],
      new Date('2030-01-02T00:00:00Z'),
    );
    expect(text).toContain('BEGIN:VEVENT\r\nUID:meeting-1@x.shirehall\r\nDTSTAMP:20300102T000000Z\r\nDTSTART:20300304T100000Z\r\n');
    expect(text).toContain('STATUS:CANCELLED\r\nSEQUENCE:2\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
