import { describe, expect, it } from 'vitest';
import { fileKind, plural, formatDate, formatDayDate, formatTime } from './format.ts';

describe('display formats (Europe/London)', () => {
  it('shows British Summer Time as local time', () => {
    const d = new Date('2019-05-13T09:00:00Z');
    expect(formatDate(d)).toBe('13 May 2019');
    expect(formatDayDate(d)).toBe('Monday 13 May 2019');
    expect(formatTime(d)).toBe('10am');
  });

  it('uses GOV.UK time style', () => {
    expect(formatTime(new Date('2019-01-10T12:00:00Z'))).toBe('midday');
    expect(formatTime(new Date('2019-01-10T14:30:00Z'))).toBe('2:30pm');
  });

  it('reads a bare ISO date as a calendar day', () => {
    expect(formatDate('2019-03-31')).toBe('31 March 2019');
  });
});

describe('fileKind', () => {
  it('names a file by its kind, whatever parameters its media type carries', () => {
    expect(fileKind('text/csv; charset=utf-8')).toBe('CSV');
    expect(fileKind('TEXT/CSV; CHARSET=UTF-8')).toBe('CSV');
    expect(fileKind('application/pdf')).toBe('PDF');
    expect(fileKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word document');
    expect(fileKind(null)).toBe('file');
  });
});

describe('plural', () => {
  it('says one of a thing in the singular', () => {
    expect(plural(1, 'action')).toBe('1 action');
    expect(plural(15, 'action')).toBe('15 actions');
    expect(plural(0, 'entry', 'entries')).toBe('0 entries');
  });
});

describe('display formats across the clock changes', () => {
  it('gives the London day and time either side of a change, as the formatter does', () => {
    const reference = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const hourMinute = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
    for (let t = Date.parse('2024-03-30T20:00:00Z'); t < Date.parse('2024-04-01T02:00:00Z'); t += 17 * 60_000) {
      const d = new Date(t);
      expect(formatDayDate(d)).toBe(reference.format(d).replace(',', ''));
      const [h, m] = hourMinute.format(d).split(':').map(Number) as [number, number];
      const expected =
        h === 12 && m === 0 ? 'midday' : h === 0 && m === 0 ? 'midnight' : `${h % 12 === 0 ? 12 : h % 12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}${h < 12 ? 'am' : 'pm'}`;
      expect(formatTime(d)).toBe(expected);
    }
    expect(formatDate(new Date('2019-10-26T23:30:00Z'))).toBe('27 October 2019');
    expect(formatTime(new Date('2019-10-27T00:30:00Z'))).toBe('1:30am');
    expect(formatTime(new Date('2019-10-27T01:30:00Z'))).toBe('1:30am');
  });
});
