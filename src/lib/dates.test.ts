import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as dates from './dates.ts';
import {
  addDays,
  addWorkingDays,
  bankHolidayOn,
  bankHolidays,
  clearDaysAfter,
  clearDaysBefore,
  clearDaysBetween,
  clearWorkingDaysAfter,
  clearWorkingDaysBefore,
  clearWorkingDaysBetween,
  daysBetween,
  formatDate,
  formatDateTime,
  formatDateWithDay,
  formatTime,
  fromLondonLocal,
  isBankHoliday,
  isIsoDate,
  isLocalDateTime,
  isTimeOfDay,
  isWeekend,
  isWorkingDay,
  isoWeekday,
  joinLocalDateTime,
  londonOffsetMinutes,
  nextWorkingDay,
  nowInLondon,
  previousWorkingDay,
  splitLocalDateTime,
  toLondonDate,
  toLondonLocal,
} from './dates.ts';

const ew = 'england-and-wales' as const;

describe('calendar dates', () => {
  it('validates ISO dates, times and local date-times', () => {
    expect(isIsoDate('2019-05-13')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-5-13')).toBe(false);
    expect(isTimeOfDay('17:00')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('9:00')).toBe(false);
    expect(isLocalDateTime('2019-05-13T10:00')).toBe(true);
    expect(isLocalDateTime('2019-05-13T10:00:00')).toBe(false);
    expect(isLocalDateTime('2019-04-31T10:00')).toBe(false);
    expect(isLocalDateTime('2019-05-13 10:00')).toBe(false);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2019-05-13', -6)).toBe('2019-05-07');
    expect(addDays('2019-12-30', 5)).toBe('2020-01-04');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-03-30', 1)).toBe('2019-03-31');
    expect(daysBetween('2019-05-07', '2019-05-13')).toBe(6);
    expect(daysBetween('2019-05-13', '2019-05-07')).toBe(-6);
  });

  it('knows the weekday and weekends', () => {
    expect(isoWeekday('2019-05-13')).toBe(1);
    expect(isoWeekday('2019-05-12')).toBe(7);
    expect(isWeekend('2019-05-11')).toBe(true);
    expect(isWeekend('2019-05-10')).toBe(false);
  });

  it('splits and joins local date-times', () => {
    expect(splitLocalDateTime('2019-05-13T10:00')).toEqual({ date: '2019-05-13', time: '10:00' });
    expect(joinLocalDateTime('2019-05-07', '17:00')).toBe('2019-05-07T17:00');
    expect(() => joinLocalDateTime('2019-05-07', '5pm')).toThrow(RangeError);
    expect(() => splitLocalDateTime('13/05/2019')).toThrow(RangeError);
  });
});

describe('Europe/London', () => {
  it('gives the wall clock the time-zone database gives, minute by minute across clock changes and years', () => {
    const reference = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const expected = (ms: number) => reference.format(new Date(ms)).replace(' ', 'T');
    const instants: number[] = [];
    // Every 7 minutes around the 2026 changes (29 March and 25 October, 01:00 UTC), and every 97 minutes from 1970 to 2040.
    for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) for (let m = -600; m <= 600; m += 7) instants.push(change + m * 60_000);
    for (let ms = Date.UTC(1970, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 97 * 60_000 * 61) instants.push(ms);
    for (const ms of instants) expect(dates.toLondonLocal(new Date(ms)), new Date(ms).toISOString()).toBe(expected(ms));
  });

  it('reads GMT in winter and BST in summer', () => {
    expect(toLondonLocal(new Date('2019-01-15T12:00:00Z'))).toBe('2019-01-15T12:00');
    expect(toLondonLocal(new Date('2019-05-07T16:00:00Z'))).toBe('2019-05-07T17:00');
    expect(londonOffsetMinutes(new Date('2019-01-15T12:00:00Z'))).toBe(0);
    expect(londonOffsetMinutes(new Date('2019-07-01T12:00:00Z'))).toBe(60);
    expect(fromLondonLocal('2019-05-13T10:00').toISOString()).toBe('2019-05-13T09:00:00.000Z');
    expect(fromLondonLocal('2019-12-30T10:00').toISOString()).toBe('2019-12-30T10:00:00.000Z');
  });

  it('moves to BST at 1am GMT on 31 March 2019', () => {
    expect(toLondonLocal(new Date('2019-03-31T00:59:00Z'))).toBe('2019-03-31T00:59');
    expect(toLondonLocal(new Date('2019-03-31T01:00:00Z'))).toBe('2019-03-31T02:00');
    expect(fromLondonLocal('2019-03-31T00:30').toISOString()).toBe('2019-03-31T00:30:00.000Z');
    expect(fromLondonLocal('2019-03-31T03:00').toISOString()).toBe('2019-03-31T02:00:00.000Z');
    // 01:30 never happened that night: a clock moves it on to 02:30 BST.
    expect(fromLondonLocal('2019-03-31T01:30').toISOString()).toBe('2019-03-31T01:30:00.000Z');
    // The day of the change is 23 hours long.
    const length = fromLondonLocal('2019-04-01T00:00').getTime() - fromLondonLocal('2019-03-31T00:00').getTime();
    expect(length / 3_600_000).toBe(23);
  });

  it('moves back to GMT at 2am BST on 27 October 2019', () => {
    expect(toLondonLocal(new Date('2019-10-27T00:30:00Z'))).toBe('2019-10-27T01:30');
    expect(toLondonLocal(new Date('2019-10-27T01:30:00Z'))).toBe('2019-10-27T01:30');
    expect(fromLondonLocal('2019-10-27T01:30').toISOString()).toBe('2019-10-27T00:30:00.000Z');
    expect(fromLondonLocal('2019-10-27T01:30', 'later').toISOString()).toBe('2019-10-27T01:30:00.000Z');
    expect(fromLondonLocal('2019-10-27T10:00').toISOString()).toBe('2019-10-27T10:00:00.000Z');
    const length = fromLondonLocal('2019-10-28T00:00').getTime() - fromLondonLocal('2019-10-27T00:00').getTime();
    expect(length / 3_600_000).toBe(25);
  });

  it('gives the London calendar date, which can differ from the UTC one', () => {
    expect(toLondonDate(new Date('2019-06-30T23:30:00Z'))).toBe('2019-07-01');
    expect(toLondonDate(new Date('2019-12-31T23:30:00Z'))).toBe('2019-12-31');
    expect(nowInLondon(new Date('2019-12-20T17:00:00Z'))).toBe('2019-12-20T17:00');
  });

  it('round-trips every quarter hour across both 2019 clock changes', () => {
    for (const start of ['2019-03-30T22:00:00Z', '2019-10-26T22:00:00Z']) {
      for (let i = 0; i < 32; i += 1) {
        const instant = new Date(Date.parse(start) + i * 15 * 60_000);
        const local = toLondonLocal(instant);
        const back = fromLondonLocal(local, instant.getTime() === fromLondonLocal(local).getTime() ? 'earlier' : 'later');
        expect(back.toISOString()).toBe(instant.toISOString());
      }
    }
  });
});

describe('bank holidays', () => {
  it('lists the early May bank holiday 2019 and not observances', () => {
    const days = bankHolidays(ew, 2019);
    expect(days).toContainEqual({ date: '2019-05-06', name: 'Early May bank holiday' });
    expect(days.map((d) => d.date)).toEqual(['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26']);
    expect(isBankHoliday('2019-03-31', ew)).toBe(false); // Mothering Sunday is an observance
    expect(isBankHoliday('2019-04-21', ew)).toBe(false); // Easter Sunday likewise
  });

  it('includes Christmas and Boxing Day, with substitutes when they fall at a weekend', () => {
    expect(bankHolidayOn('2019-12-25', ew)).toBe('Christmas Day');
    expect(bankHolidayOn('2019-12-26', ew)).toBe('Boxing Day');
    expect(isBankHoliday('2020-12-28', ew)).toBe(true); // Boxing Day 2020 was a Saturday
    expect(isBankHoliday('2021-12-27', ew)).toBe(true);
    expect(isBankHoliday('2021-12-28', ew)).toBe(true);
  });

  it('differs between Scotland and England', () => {
    expect(isBankHoliday('2019-01-02', 'scotland')).toBe(true);
    expect(isBankHoliday('2019-01-02', ew)).toBe(false);
    // St Andrew's Day 2019 was a Saturday; Scotland took Monday 2 December.
    expect(bankHolidayOn('2019-12-02', 'scotland')).toMatch(/St Andrew.s Day/);
    expect(isBankHoliday('2019-12-02', ew)).toBe(false);
    // Scotland has no Easter Monday and its summer holiday is the first Monday in August.
    expect(isBankHoliday('2019-04-22', 'scotland')).toBe(false);
    expect(isBankHoliday('2019-08-05', 'scotland')).toBe(true);
    expect(isBankHoliday('2019-08-26', 'scotland')).toBe(false);
  });

  it('has Northern Ireland holidays', () => {
    expect(isBankHoliday('2019-03-18', 'northern-ireland')).toBe(true); // St Patrick's Day substitute
    expect(isBankHoliday('2019-07-12', 'northern-ireland')).toBe(true);
    expect(isBankHoliday('2019-07-12', ew)).toBe(false);
  });

  it('includes one-off holidays such as the 2020 VE Day move and 2022 state funeral', () => {
    expect(isBankHoliday('2020-05-08', ew)).toBe(true);
    expect(isBankHoliday('2020-05-04', ew)).toBe(false);
    expect(isBankHoliday('2022-09-19', 'scotland')).toBe(true);
  });
});

describe('working days', () => {
  it('excludes weekends and the nation’s bank holidays', () => {
    expect(isWorkingDay('2019-05-06', ew)).toBe(false);
    expect(isWorkingDay('2019-05-07', ew)).toBe(true);
    expect(isWorkingDay('2019-05-11', ew)).toBe(false);
    expect(isWorkingDay('2019-01-02', ew)).toBe(true);
    expect(isWorkingDay('2019-01-02', 'scotland')).toBe(false);
  });

  it('adds and subtracts working days over weekends and bank holidays', () => {
    expect(addWorkingDays('2019-05-03', 1, ew)).toBe('2019-05-07');
    expect(addWorkingDays('2019-05-07', -1, ew)).toBe('2019-05-03');
    expect(addWorkingDays('2019-12-24', 1, ew)).toBe('2019-12-27');
    expect(addWorkingDays('2019-12-30', -3, ew)).toBe('2019-12-23');
    expect(addWorkingDays('2019-12-31', 1, 'scotland')).toBe('2020-01-03');
    expect(addWorkingDays('2019-12-31', 1, ew)).toBe('2020-01-02');
    expect(addWorkingDays('2019-05-11', 0, ew)).toBe('2019-05-11');
    expect(nextWorkingDay('2019-05-10', ew)).toBe('2019-05-13');
    expect(previousWorkingDay('2019-05-13', ew)).toBe('2019-05-10');
    expect(() => addWorkingDays('2019-05-13', 1.5, ew)).toThrow(RangeError);
  });
});

describe('clear days', () => {
  it('5 clear days before a Monday 13th meeting is the 7th', () => {
    expect(clearDaysBefore('2019-05-13', 5)).toBe('2019-05-07');
    expect(clearDaysBetween('2019-05-07', '2019-05-13')).toBe(5);
    expect(clearDaysAfter('2019-05-07', 5)).toBe('2019-05-13');
  });

  it('counts clear working days strictly between, and lands on a working day', () => {
    // Meeting Monday 13 May 2019: Fri 10, Thu 9, Wed 8 are clear; the deadline is Tuesday 7th.
    expect(clearWorkingDaysBefore('2019-05-13', 3, ew)).toBe('2019-05-07');
    // 5 clear working days before Monday 13 May 2019: 10, 9, 8, 7 and 3 May (6 May was a bank holiday).
    expect(clearWorkingDaysBefore('2019-05-13', 5, ew)).toBe('2019-05-02');
    expect(clearWorkingDaysBetween('2019-05-02', '2019-05-13', ew)).toBe(5);
    expect(clearWorkingDaysBetween('2019-05-03', '2019-05-13', ew)).toBe(4);
    // Over Christmas: Fri 27, Tue 24, Mon 23 are clear, so the deadline is Friday 20th.
    expect(clearWorkingDaysBefore('2019-12-30', 3, ew)).toBe('2019-12-20');
    expect(clearWorkingDaysBetween('2019-12-20', '2019-12-30', ew)).toBe(3);
    expect(clearWorkingDaysAfter('2019-12-20', 3, ew)).toBe('2019-12-30');
  });

  it('counts differently in Scotland after New Year', () => {
    // Meeting Tuesday 7 January 2020: England Mon 6, Fri 3, Thu 2 → Tue 31 Dec; Scotland loses 2 Jan.
    expect(clearWorkingDaysBefore('2020-01-07', 3, ew)).toBe('2019-12-31');
    expect(clearWorkingDaysBefore('2020-01-07', 3, 'scotland')).toBe('2019-12-30');
  });
});

describe('formatting', () => {
  it('formats dates the GOV.UK way', () => {
    expect(formatDate('2019-05-13')).toBe('13 May 2019');
    expect(formatDate('2019-05-07T17:00')).toBe('7 May 2019');
    expect(formatDate(new Date('2019-06-30T23:30:00Z'))).toBe('1 July 2019');
    expect(formatDateWithDay('2019-05-13')).toBe('Monday 13 May 2019');
    expect(formatDateWithDay('2019-12-01')).toBe('Sunday 1 December 2019');
  });

  it('formats times the GOV.UK way', () => {
    expect(formatTime('17:00')).toBe('5pm');
    expect(formatTime('10:00')).toBe('10am');
    expect(formatTime('10:00', { minutes: 'always' })).toBe('10:00am');
    expect(formatTime('09:30')).toBe('9:30am');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('00:00')).toBe('midnight');
    expect(formatTime('12:00', { words: false })).toBe('12pm');
    expect(formatTime('00:00', { words: false })).toBe('12am');
    expect(formatTime('23:59')).toBe('11:59pm');
    expect(formatTime('2019-05-07T17:00')).toBe('5pm');
    expect(formatTime(new Date('2019-05-07T16:00:00Z'))).toBe('5pm');
    expect(formatTime(new Date('2019-12-20T17:00:00Z'))).toBe('5pm');
  });

  it('formats a deadline', () => {
    expect(formatDateTime('2019-05-07T17:00')).toBe('5pm on Tuesday 7 May 2019');
    expect(formatDateTime(new Date('2019-12-20T12:00:00Z'))).toBe('midday on Friday 20 December 2019');
  });

  it('rejects malformed input', () => {
    expect(() => formatDate('13/05/2019')).toThrow(RangeError);
    expect(() => formatTime('5pm')).toThrow(RangeError);
    expect(() => toLondonLocal(new Date('nope'))).toThrow(RangeError);
  });
});

describe('documentation', () => {
  it('every @example in dates.ts gives the result its comment shows', () => {
    const source = readFileSync(new URL('./dates.ts', import.meta.url), 'utf8');
    const examples = [...source.matchAll(/@example (.+?) \/\/ ('[^']*'|-?\d+|true|false|\{.*\})(?: \(.*\))?$/gm)];
    expect(examples.length).toBeGreaterThan(30);
    const names = Object.keys(dates);
    const values = Object.values(dates);
    for (const [, expression, expected] of examples) {
      const actual = new Function(...names, `return ${expression};`)(...values);
      expect(actual, expression).toEqual(new Function(`return ${expected};`)());
    }
  });
});
