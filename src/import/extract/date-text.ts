/** Reading dates and times as UK council papers print them. */
import { OCR_CLOCK_TIME, OCR_DIGIT_LETTERS } from './layouts.ts';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_WORD = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY_WORD = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';

/** A long date such as "Tuesday 4th March 2025", "5 th June 2024" or "20 Jan 2026". */
export const LONG_DATE_SOURCE = `(?:(?:${WEEKDAY_WORD}),?\\s+)?(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?(${MONTH_WORD})\\.?,?\\s+(\\d{4})`;
const LONG_DATE = new RegExp(`\\b${LONG_DATE_SOURCE}\\b`, 'i');
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/]|\.\d)/;
const MONTH_YEAR = new RegExp(`^(${MONTH_WORD})\\.?\\s+(\\d{4})$`, 'i');

const pad = (n: number): string => String(n).padStart(2, '0');

/** The month number of a month name or abbreviation ("Sept", "january"), or null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** A calendar date from numbers, or null when it does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date found in text, with where it was found. */
export interface FoundDate {
  date: string;
  index: number;
  length: number;
}

/** Finds the first long-form date ("9 October 2025") in text. */
export function findLongDate(text: string): FoundDate | null {
  const m = LONG_DATE.exec(text);
  if (!m) return null;
  const month = MONTHS[(m[2] as string).toLowerCase()];
  if (month === undefined) return null;
  const date = isoDate(Number(m[3]), month, Number(m[1]));
  return date ? { date, index: m.index, length: m[0].length } : null;
}

/** Finds the first numeric day-first date ("29.4.19", "17/11/17") in text; 2-digit years are 20yy. */
export function findNumericDate(text: string): FoundDate | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const yearText = m[3] as string;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const date = isoDate(year, Number(m[2]), Number(m[1]));
  return date ? { date, index: m.index, length: m[0].length } : null;
}

/** Finds the first date of either form in text. */
export function findDate(text: string): FoundDate | null {
  const a = findLongDate(text);
  const b = findNumericDate(text);
  if (a && b) return a.index <= b.index ? a : b;
  return a ?? b;
}

/** The ISO date in text, or null. */
export function parseDate(text: string): string | null {
  return findDate(text)?.date ?? null;
}

/** A date printed in two languages ("12 Ionawr 2031 / 12 January 2031"): the halves either side of the slash. */
const TWO_LANGUAGES = /^(.{6,40}?)\s+\/\s+(.{6,40})$/;

/** The numbers of a text in order ("12 2031"): a date's two languages print the same ones. */
const numbersOf = (text: string): string => (text.match(/\d+/g) ?? []).join(' ');

/** Whether the whole text is a date (optionally with weekday), nothing else; or the same date printed in two languages. */
export function isWholeDate(text: string): string | null {
  const t = text.trim();
  const halves = t.includes('/') ? TWO_LANGUAGES.exec(t) : null;
  if (halves && numbersOf(halves[1] as string) === numbersOf(halves[2] as string)) {
    const english = isWholeDate(halves[2] as string);
    if (english) return english;
  }
  const found = findDate(t);
  if (!found) return null;
  if (found.index > 0 && !/^(?:[a-z]+,?\s*)$/i.test(t.slice(0, found.index))) return null;
  if (t.slice(found.index + found.length).trim() !== '') return null;
  return found.date;
}

const SHORT_YEAR_DATE = new RegExp(`^(?:(?:${WEEKDAY_WORD}),?\\s+)?(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+(${MONTH_WORD})\\.?,?\\s+'?(\\d{2})$`, 'i');

/**
 * A column heading that is a date, as a matrix of meetings prints it: a whole date, or one with a 2-digit year
 * ("3 Oct 31", read as 2031). Null otherwise.
 */
export function isHeadingDate(text: string): string | null {
  const whole = isWholeDate(text);
  if (whole) return whole;
  const m = SHORT_YEAR_DATE.exec(text.trim());
  const month = m ? monthNumber(m[2] as string) : null;
  return m && month !== null ? isoDate(2000 + Number(m[3]), month, Number(m[1])) : null;
}

/** Whether the text is a month and year with no day ("June 2018"). */
export function isMonthYear(text: string): boolean {
  return MONTH_YEAR.test(text.trim());
}

const TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])/i;
const NOON = /\b(?:12(?:[.:]00)?\s*)?(noon|midday)\b/i;
/** A 24-hour time as some authorities print it: "10.30 hours", "1400 hrs", "14:00h". */
const HOURS = /\b([01]?\d|2[0-3])[.:]?([0-5]\d)\s*(?:hours|hrs|h)\b/i;

/** A time found in text, with where it was found. */
export interface FoundTime {
  time: string;
  index: number;
  length: number;
}

/** The text with an OCR'd clock time's letters read as its digits (OCR_CLOCK_TIME), letter for digit, so no index moves. */
function ocrClockDigits(text: string): string {
  return text.replace(OCR_CLOCK_TIME, (t) => t.replace(/[OoIl]/g, (c) => OCR_DIGIT_LETTERS[c] ?? c));
}

/** Finds the first time of day ("10.00 am", "1.20 pm", "12 noon") in text. */
export function findTime(raw: string): FoundTime | null {
  const text = ocrClockDigits(raw);
  const m = TIME.exec(text);
  const noon = NOON.exec(text);
  const hours = HOURS.exec(text);
  if (hours && (!m || hours.index < m.index) && (!noon || hours.index < noon.index)) {
    const hour = Number(hours[1]);
    const minute = Number(hours[2] ?? 0);
    if (hour <= 23 && minute <= 59) return { time: `${pad(hour)}:${pad(minute)}`, index: hours.index, length: hours[0].length };
  }
  if (noon && (!m || noon.index < m.index)) return { time: '12:00', index: noon.index, length: noon[0].length };
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const pm = (m[3] as string).toLowerCase().startsWith('p');
  if (hour < 1 || hour > 12 || minute > 59) return null;
  if (pm && hour !== 12) hour += 12;
  if (!pm && hour === 12) hour = 0;
  return { time: `${pad(hour)}:${pad(minute)}`, index: m.index, length: m[0].length };
}

const CLOCK = /\b(\d{1,2})[.:](\d{2})\b(?!\s*(?:[.:]\d|%|(?:am|pm|a\.m\.|p\.m\.)))/;

/**
 * A time printed with no am or pm ("ended at 12.52", "4.30"): on a 24-hour clock from 13:00, and
 * otherwise read as the time after `after` (the meeting's start) that it can be; with no start
 * known, 1.00 to 6.59 are taken as afternoon, as a council meeting rarely runs through the night.
 */
export function findClockTime(raw: string, after: string | null = null): FoundTime | null {
  const text = ocrClockDigits(raw);
  const withSuffix = findTime(text);
  const m = CLOCK.exec(text);
  if (withSuffix && (!m || withSuffix.index <= m.index)) return withSuffix;
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  if (hour >= 1 && hour < 12) {
    const start = after === null ? null : Number(after.slice(0, 2));
    if (start !== null ? hour < start || (hour === start && minute < Number(after?.slice(3, 5))) : hour <= 6) hour += 12;
  }
  return { time: `${pad(hour)}:${pad(minute)}`, index: m.index, length: m[0].length };
}
