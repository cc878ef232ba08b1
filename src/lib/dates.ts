/**
 * Dates for a UK council: Europe/London local time, calendar dates, bank holidays per nation,
 * working days, clear-day arithmetic and GOV.UK-style formatting.
 *
 * Calendar dates are ISO strings ('YYYY-MM-DD') and London wall-clock times are ISO local
 * date-times ('YYYY-MM-DDTHH:MM'), so they compare with `<` and never shift with the process zone.
 * Only conversions between a `Date` instant and London local time consult the time zone, through
 * `Intl`, so clock changes follow the tz database rather than a hand-written table.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The time zone every council date and time is read in. */
export const LONDON_TIME_ZONE = 'Europe/London';

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** A London wall-clock date and time to the minute, 'YYYY-MM-DDTHH:MM'. */
export type LocalDateTime = string;

/** A time of day on the 24-hour clock, 'HH:MM'. */
export type TimeOfDay = string;

/** The UK nations whose bank holidays differ. */
export const nations = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

/** A UK nation with its own bank holidays. */
export type Nation = (typeof nations)[number];

/** Day of the week, ISO numbering: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A bank holiday of a nation. */
export type BankHoliday = { date: IsoDate; name: string };

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** English weekday names indexed by ISO weekday (index 0 unused). */
export const weekdayNames = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
const localDateTimePattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------
// Calendar dates

/**
 * Whether a string is a real calendar date in 'YYYY-MM-DD' form.
 * @example isIsoDate('2019-02-29') // false
 */
export function isIsoDate(value: string): boolean {
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whether a string is a time of day in 'HH:MM' (24-hour) form.
 * @example isTimeOfDay('17:00') // true
 */
export function isTimeOfDay(value: string): boolean {
  return timePattern.test(value);
}

/**
 * Whether a string is a London local date-time in 'YYYY-MM-DDTHH:MM' form with a real date.
 * @example isLocalDateTime('2019-05-13T10:00') // true
 */
export function isLocalDateTime(value: string): boolean {
  const m = localDateTimePattern.exec(value);
  return m !== null && isIsoDate(m[1] as string);
}

function assertIsoDate(value: IsoDate): void {
  if (!isIsoDate(value)) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: "${value}"`);
}

function assertLocalDateTime(value: LocalDateTime): void {
  if (!isLocalDateTime(value)) throw new RangeError(`Not a local date-time in YYYY-MM-DDTHH:MM form: "${value}"`);
}

/** Milliseconds of the date's midnight on a zone-free (UTC) time line, used for day arithmetic. */
function dayNumberMs(date: IsoDate): number {
  assertIsoDate(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromDayNumberMs(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The calendar date `days` days after `date` (negative goes back).
 * @example addDays('2019-05-13', -6) // '2019-05-07'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumberMs(dayNumberMs(date) + days * DAY_MS);
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 * @example daysBetween('2019-05-07', '2019-05-13') // 6
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((dayNumberMs(to) - dayNumberMs(from)) / DAY_MS);
}

/**
 * The calendar date `months` months after `date`, on the same day of the month or, when that month
 * is shorter, its last day (negative goes back).
 * @example addMonths('2026-11-30', 3) // '2027-02-28'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date);
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(Number(date.slice(8, 10)), last))}`;
}

/**
 * The last day of the month a month-only date names ("June 2018", "Sept 2019"), or null when the
 * text is not a month and a four-digit year: a thing due in a month is due by its end.
 * @example endOfNamedMonth('June 2018') // '2018-06-30'
 */
export function endOfNamedMonth(text: string | null | undefined): IsoDate | null {
  const m = /^\s*([a-z]{3,9})\.?,?\s+(\d{4})\s*$/i.exec(text ?? '');
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  // The full name or any abbreviation of three letters or more ("Jun", "Sept").
  const index = monthNames.findIndex((n) => n.toLowerCase().startsWith(name));
  if (index < 0) return null;
  const year = Number(m[2]);
  return `${pad(year, 4)}-${pad(index + 1)}-${pad(new Date(Date.UTC(year, index + 1, 0)).getUTCDate())}`;
}

/**
 * ISO day of the week of a date: 1 = Monday … 7 = Sunday.
 * @example isoWeekday('2019-05-13') // 1
 */
export function isoWeekday(date: IsoDate): IsoWeekday {
  const sundayZero = new Date(dayNumberMs(date)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

/**
 * Whether a date is a Saturday or Sunday.
 * @example isWeekend('2019-05-11') // true
 */
export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

/**
 * Splits a local date-time into its date and time of day.
 * @example splitLocalDateTime('2019-05-13T10:00') // { date: '2019-05-13', time: '10:00' }
 */
export function splitLocalDateTime(value: LocalDateTime): { date: IsoDate; time: TimeOfDay } {
  assertLocalDateTime(value);
  return { date: value.slice(0, 10), time: value.slice(11, 16) };
}

/**
 * Joins a date and a time of day into a local date-time.
 * @example joinLocalDateTime('2019-05-07', '17:00') // '2019-05-07T17:00'
 */
export function joinLocalDateTime(date: IsoDate, time: TimeOfDay): LocalDateTime {
  assertIsoDate(date);
  if (!isTimeOfDay(time)) throw new RangeError(`Not a time of day in HH:MM form: "${time}"`);
  return `${date}T${time}`;
}

// ---------------------------------------------------------------------------------------------
// Europe/London instants

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** London's offset by UTC hour: it changes only on the hour (01:00 UTC), so one look-up serves an hour. */
const offsetByHour = new Map<number, number>();

/** London wall-clock fields of an instant, as milliseconds on a zone-free time line. */
function londonWallClockMs(instantMs: number): number {
  const hour = Math.floor(instantMs / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const at = hour * HOUR_MS;
    const fields: Record<string, number> = {};
    for (const part of londonParts.formatToParts(new Date(at))) {
      if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    const { year = 0, month = 1, day = 1, hour: h = 0, minute = 0, second = 0 } = fields;
    offset = Date.UTC(year, month - 1, day, h, minute, second) - at;
    if (offsetByHour.size > 50_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return instantMs + offset;
}

/**
 * London's offset from UTC in minutes at an instant: 0 in GMT, 60 in BST.
 * @example londonOffsetMinutes(new Date('2019-07-01T12:00:00Z')) // 60
 */
export function londonOffsetMinutes(instant: Date): number {
  return Math.round((londonWallClockMs(instant.getTime()) - instant.getTime()) / MINUTE_MS);
}

/**
 * The London local date-time (to the minute, seconds dropped) of an instant.
 * @example toLondonLocal(new Date('2019-05-07T16:00:00Z')) // '2019-05-07T17:00' (BST)
 */
export function toLondonLocal(instant: Date): LocalDateTime {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  return new Date(londonWallClockMs(instant.getTime())).toISOString().slice(0, 16);
}

/**
 * The London calendar date of an instant.
 * @example toLondonDate(new Date('2019-10-26T23:30:00Z')) // '2019-10-27' (00:30 BST)
 */
export function toLondonDate(instant: Date): IsoDate {
  return toLondonLocal(instant).slice(0, 10);
}

/**
 * The instant of a London local date-time. At the autumn clock change a repeated wall-clock time
 * (01:00–01:59) resolves to its first, BST, occurrence unless `later` is asked for; at the spring
 * clock change a skipped time (01:00–01:59) moves forward by the hour, as a clock would.
 * @example fromLondonLocal('2019-05-13T10:00').toISOString() // '2019-05-13T09:00:00.000Z'
 * @example fromLondonLocal('2019-03-31T01:30').toISOString() // '2019-03-31T01:30:00.000Z' (02:30 BST)
 */
export function fromLondonLocal(local: LocalDateTime, occurrence: 'earlier' | 'later' = 'earlier'): Date {
  assertLocalDateTime(local);
  const wall = Date.parse(`${local}:00Z`);
  // London's offset is the same within a day either side of any instant except across one change.
  const offsetBefore = londonWallClockMs(wall - DAY_MS) - (wall - DAY_MS);
  const offsetAfter = londonWallClockMs(wall + DAY_MS) - (wall + DAY_MS);
  const candidates = [...new Set([wall - offsetBefore, wall - offsetAfter])].filter((instant) => londonWallClockMs(instant) === wall).sort((a, b) => a - b);
  if (candidates.length === 0) return new Date(wall - offsetBefore); // in the spring gap
  return new Date((occurrence === 'later' ? candidates.at(-1) : candidates[0]) as number);
}

/**
 * The current London local date-time.
 * @example nowInLondon(new Date('2019-12-20T17:00:00Z')) // '2019-12-20T17:00'
 */
export function nowInLondon(now: Date = new Date()): LocalDateTime {
  return toLondonLocal(now);
}

// ---------------------------------------------------------------------------------------------
// Bank holidays and working days

const stateOfNation: Record<Nation, string> = {
  // England and Wales share one statutory list (Banking and Financial Dealings Act 1971, sch 1).
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

// Only the UK's calendars (scripts/uk-holidays.mjs writes them from date-holidays' data), and the
// parser with moment-timezone, loaded on first use: date-holidays' own entry point parses every
// country's rules at start, about 10 MB of heap.
type Holidays = { getHolidays(year: number, language: string): { date: string; name: string; type: string }[] };
type HolidaysParser = new (data: object, country: string, state: string, options: { types: string[] }) => Holidays;
const require = createRequire(import.meta.url);
let holidaysClass: HolidaysParser | undefined;
let ukData: object | undefined;
function ukCalendar(state: string): Holidays {
  holidaysClass ??= (require('date-holidays-parser') as { default: HolidaysParser }).default;
  ukData ??= JSON.parse(readFileSync(new URL('./uk-holidays.json', import.meta.url), 'utf8')) as object;
  return new holidaysClass(ukData, 'GB', state, { types: ['public', 'bank'] });
}

const calendars = new Map<Nation, Holidays>();
const holidaysByYear = new Map<string, Map<IsoDate, string>>();

function bankHolidayMap(nation: Nation, year: number): Map<IsoDate, string> {
  const key = `${nation}:${year}`;
  let map = holidaysByYear.get(key);
  if (!map) {
    let calendar = calendars.get(nation);
    if (!calendar) {
      calendar = ukCalendar(stateOfNation[nation]);
      calendars.set(nation, calendar);
    }
    map = new Map();
    for (const holiday of calendar.getHolidays(year, 'en')) {
      // Observances (Mother's Day, Easter Sunday) are not days off; only public and bank holidays are.
      if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
      const date = holiday.date.slice(0, 10);
      if (!map.has(date)) map.set(date, holiday.name);
    }
    holidaysByYear.set(key, map);
  }
  return map;
}

/**
 * A nation's bank holidays in a year, in date order, including substitute days.
 * @example bankHolidays('scotland', 2019)[1] // { date: '2019-01-02', name: 'January 2nd' }
 */
export function bankHolidays(nation: Nation, year: number): BankHoliday[] {
  return [...bankHolidayMap(nation, year)].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The name of the nation's bank holiday on a date, or undefined if it is not one.
 * @example bankHolidayOn('2019-05-06', 'england-and-wales') // 'Early May bank holiday'
 */
export function bankHolidayOn(date: IsoDate, nation: Nation): string | undefined {
  assertIsoDate(date);
  return bankHolidayMap(nation, Number(date.slice(0, 4))).get(date);
}

/**
 * Whether a date is a bank holiday (or substitute day) in the nation.
 * @example isBankHoliday('2019-12-02', 'scotland') // true (St Andrew's Day substitute)
 */
export function isBankHoliday(date: IsoDate, nation: Nation): boolean {
  return bankHolidayOn(date, nation) !== undefined;
}

/**
 * Whether a date is a working day in the nation: not a Saturday, Sunday or bank holiday.
 * @example isWorkingDay('2019-05-06', 'england-and-wales') // false
 */
export function isWorkingDay(date: IsoDate, nation: Nation): boolean {
  return !isWeekend(date) && !isBankHoliday(date, nation);
}

/**
 * The date `count` working days after `date` (before it when negative), not counting `date`
 * itself; the result is always a working day unless `count` is 0, which returns `date`.
 * @example addWorkingDays('2019-05-03', 1, 'england-and-wales') // '2019-05-07' (skips the weekend and 6 May)
 */
export function addWorkingDays(date: IsoDate, count: number, nation: Nation): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError(`Working days must be a whole number: ${count}`);
  const step = count < 0 ? -1 : 1;
  let current = date;
  assertIsoDate(current);
  for (let remaining = Math.abs(count); remaining > 0;) {
    current = addDays(current, step);
    if (isWorkingDay(current, nation)) remaining -= 1;
  }
  return current;
}

/**
 * The first working day strictly after `date`.
 * @example nextWorkingDay('2019-12-24', 'england-and-wales') // '2019-12-27'
 */
export function nextWorkingDay(date: IsoDate, nation: Nation): IsoDate {
  return addWorkingDays(date, 1, nation);
}

/**
 * The last working day strictly before `date`.
 * @example previousWorkingDay('2019-05-07', 'england-and-wales') // '2019-05-03'
 */
export function previousWorkingDay(date: IsoDate, nation: Nation): IsoDate {
  return addWorkingDays(date, -1, nation);
}

/**
 * Clear days between two dates: the days strictly between them, excluding both ends (0 if none).
 * @example clearDaysBetween('2019-05-07', '2019-05-13') // 5
 */
export function clearDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.max(0, Math.abs(daysBetween(from, to)) - 1);
}

/**
 * Working days strictly between two dates, excluding both ends.
 * @example clearWorkingDaysBetween('2019-12-20', '2019-12-30', 'england-and-wales') // 3
 */
export function clearWorkingDaysBetween(from: IsoDate, to: IsoDate, nation: Nation): number {
  const [start, end] = from <= to ? [from, to] : [to, from];
  let count = 0;
  for (let day = addDays(start, 1); day < end; day = addDays(day, 1)) {
    if (isWorkingDay(day, nation)) count += 1;
  }
  return count;
}

/**
 * The latest date leaving `count` clear days before `event` (the deadline day and the event day
 * are not counted), e.g. 5 clear days before Monday 13 May 2019 is Tuesday 7 May.
 * @example clearDaysBefore('2019-05-13', 5) // '2019-05-07'
 */
export function clearDaysBefore(event: IsoDate, count: number): IsoDate {
  return addDays(event, -(count + 1));
}

/**
 * The earliest date leaving `count` clear days after `event` (neither end counted).
 * @example clearDaysAfter('2019-05-07', 5) // '2019-05-13'
 */
export function clearDaysAfter(event: IsoDate, count: number): IsoDate {
  return addDays(event, count + 1);
}

/**
 * The latest working day with `count` working days strictly between it and `event`.
 * @example clearWorkingDaysBefore('2019-12-30', 3, 'england-and-wales') // '2019-12-20'
 */
export function clearWorkingDaysBefore(event: IsoDate, count: number, nation: Nation): IsoDate {
  return addWorkingDays(event, -(count + 1), nation);
}

/**
 * The earliest working day with `count` working days strictly between `event` and it.
 * @example clearWorkingDaysAfter('2019-12-20', 3, 'england-and-wales') // '2019-12-30'
 */
export function clearWorkingDaysAfter(event: IsoDate, count: number, nation: Nation): IsoDate {
  return addWorkingDays(event, count + 1, nation);
}

// ---------------------------------------------------------------------------------------------
// Formatting for UK readers

/** Reads the calendar date of an IsoDate, a LocalDateTime or (in London) a Date instant. */
function calendarDateOf(value: IsoDate | LocalDateTime | Date): IsoDate {
  if (value instanceof Date) return toLondonDate(value);
  if (isLocalDateTime(value)) return value.slice(0, 10);
  assertIsoDate(value);
  return value;
}

/** Reads the time of day of a TimeOfDay, a LocalDateTime or (in London) a Date instant. */
function timeOf(value: TimeOfDay | LocalDateTime | Date): TimeOfDay {
  if (value instanceof Date) return toLondonLocal(value).slice(11, 16);
  if (isLocalDateTime(value)) return value.slice(11, 16);
  if (!isTimeOfDay(value)) throw new RangeError(`Not a time of day in HH:MM form: "${value}"`);
  return value;
}

/**
 * A date as GOV.UK writes it: day, month name, year.
 * @example formatDate('2019-05-13') // '13 May 2019'
 */
export function formatDate(value: IsoDate | LocalDateTime | Date): string {
  const date = calendarDateOf(value);
  return `${Number(date.slice(8, 10))} ${monthNames[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(0, 4))}`;
}

/**
 * A date with its weekday, as GOV.UK writes it.
 * @example formatDateWithDay('2019-05-13') // 'Monday 13 May 2019'
 */
export function formatDateWithDay(value: IsoDate | LocalDateTime | Date): string {
  const date = calendarDateOf(value);
  return `${weekdayNames[isoWeekday(date)]} ${formatDate(date)}`;
}

/** Options for formatTime. */
export type FormatTimeOptions = {
  /** 'when-needed' (GOV.UK, default) gives "10am"; 'always' gives "10:00am". */
  minutes?: 'when-needed' | 'always';
  /** Whether 12:00 and 00:00 read "midday" and "midnight" (GOV.UK, default true). */
  words?: boolean;
};

/**
 * A time of day on the 12-hour clock in GOV.UK style.
 * @example formatTime('17:00') // '5pm'
 * @example formatTime('10:30') // '10:30am'
 * @example formatTime('10:00', { minutes: 'always' }) // '10:00am'
 * @example formatTime('12:00') // 'midday'
 */
export function formatTime(value: TimeOfDay | LocalDateTime | Date, options: FormatTimeOptions = {}): string {
  const time = timeOf(value);
  const hour = Number(time.slice(0, 2));
  const minute = time.slice(3, 5);
  if ((options.words ?? true) && minute === '00') {
    if (hour === 12) return 'midday';
    if (hour === 0) return 'midnight';
  }
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const showMinutes = minute !== '00' || options.minutes === 'always';
  return `${hour12}${showMinutes ? `:${minute}` : ''}${hour < 12 ? 'am' : 'pm'}`;
}

/**
 * A date and time as GOV.UK writes a deadline.
 * @example formatDateTime('2019-05-07T17:00') // '5pm on Tuesday 7 May 2019'
 */
export function formatDateTime(value: LocalDateTime | Date): string {
  return `${formatTime(value)} on ${formatDateWithDay(value)}`;
}
