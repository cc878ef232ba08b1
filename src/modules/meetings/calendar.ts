import { addDays, fromLondonLocal, isoWeekday, toLondonDate } from '../../lib/dates.ts';

/** A month as "YYYY-MM". */
export type MonthKey = string;

/** Parses "YYYY-MM" or returns the month of `now` in London. */
export function monthKey(value: unknown, now = new Date()): MonthKey {
  if (typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value;
  return toLondonDate(now).slice(0, 7);
}

/** The month before or after. */
export function shiftMonth(month: MonthKey, by: number): MonthKey {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "May 2019" (from a table: a locale formatter built on every call cost more than the rest of the calendar's own code). */
export function monthLabel(month: MonthKey): string {
  const [y, m] = month.split('-') as [string, string];
  return `${monthNames[Number(m) - 1]} ${Number(y)}`;
}

/** UTC instants of the start of the month and of the next month, in London time. */
export function monthRange(month: MonthKey): { from: Date; to: Date } {
  return { from: fromLondonLocal(`${month}-01T00:00`), to: fromLondonLocal(`${shiftMonth(month, 1)}-01T00:00`) };
}

/** Weeks (Monday first) of a month grid; days outside the month are null. */
export function monthGrid(month: MonthKey): (string | null)[][] {
  const first = `${month}-01`;
  const lead = isoWeekday(first) - 1;
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = first; d.startsWith(month); d = addDays(d, 1)) {
    week.push(d);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}
