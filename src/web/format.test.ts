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
