// Calendar helpers for the demo seed: a seeded PRNG, ISO date arithmetic and council date formats.
// London wall-clock conversions come from src/lib/dates.ts, the one place that knows the clock changes.
import { fromLondonLocal, toLondonDate, toLondonLocal } from '../../lib/dates.ts';

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** A deterministic pseudo-random source: floats in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: a small, fast, seeded PRNG. The same seed always gives the same sequence.
 * @example const rng = seededRng(42); rng(); // 0.6011037519201636
 */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A PRNG seeded from a string (FNV-1a), so a record's randomness depends only on its own key.
 * @example rngFor('cabinet:2026-01-14')
 */
export function rngFor(key: string): Rng {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return seededRng(h >>> 0);
}

/** An integer in [min, max] inclusive. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const DAY_MS = 86_400_000;

const toIso = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
const parseIso = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);

/** The date a number of days after (or before, when negative) another. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(parseIso(date) + days * DAY_MS);
}

/** Days from one date to another. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parseIso(to) - parseIso(from)) / DAY_MS);
}

/** The same day of the month some months later, clamped to the month's end. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIso(Date.UTC(year, month, Math.min(d, last)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const day = new Date(parseIso(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The nth (1–4) given weekday of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = toIso(Date.UTC(year, month - 1, 1));
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** The date itself if a weekday, else the Friday before. */
export function weekdayOnOrBefore(date: IsoDate): IsoDate {
  const wd = isoWeekday(date);
  return wd <= 5 ? date : addDays(date, 5 - wd);
}

/** The London calendar date of an instant. */
export function londonDate(instant: Date): IsoDate {
  return toLondonDate(instant);
}

/** The London wall-clock time 'HH:MM' of an instant. */
export function londonTime(instant: Date): string {
  return toLondonLocal(instant).slice(11, 16);
}

/**
 * The UTC instant of a London wall-clock date and time.
 * @example londonToUtc('2026-07-01', '10:00').toISOString() // '2026-07-01T09:00:00.000Z'
 */
export function londonToUtc(date: IsoDate, time: string): Date {
  return fromLondonLocal(`${date}T${time}`);
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** '14 January 2026'. */
export function formatLongDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${monthNames[m - 1]} ${y}`;
}

/** 'Wednesday 14 January 2026'. */
export function formatDayDate(date: IsoDate): string {
  return `${dayNames[isoWeekday(date)]} ${formatLongDate(date)}`;
}

/** '10.00am', '2.30pm' as councils print times. */
export function formatClock(time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}.${String(m).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
}

/** The financial year (April–March) a budget item on this date looks at: the next one from October. */
export function budgetYear(date: IsoDate): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const start = m >= 10 ? y + 1 : y;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The last completed quarter of the financial year before this date, e.g. 'Quarter 2 2026/27'. */
export function lastQuarter(date: IsoDate): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  // Months since 1 April of year 0, then step back to the quarter before the current one.
  const index = y * 12 + (m - 1) - 3;
  const quarterIndex = Math.floor(index / 3) - 1;
  const fyStart = Math.floor(quarterIndex / 4);
  const quarter = (quarterIndex % 4) + 1;
  return `Quarter ${quarter} ${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`;
}
