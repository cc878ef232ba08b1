import { invalid, ok } from '../../lib/result.ts';
import type { Result } from '../../lib/result.ts';
import { deadlineRuleSchema, weekdays } from './deadline-rule.schema.ts';
import type { Anchor, DeadlineRule, Weekday } from './deadline-rule.schema.ts';

/** The form field a phrase's errors are reported against. */
export const RULE_FIELD = 'rule';

type Direction = 'before' | 'after';

/** A failure with a reason that completes the sentence 'Could not read "…": …'. */
class PhraseError extends Error {}

const unitWords: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const tensWords: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

// Filler councils put around the rule; each is dropped wherever it appears as whole words.
const fillers: string[][] = [
  ['the', 'deadline'],
  ['no', 'later', 'than'],
  ['not', 'later', 'than'],
  ['no', 'less', 'than'],
  ['not', 'less', 'than'],
  ['at', 'least'],
  ['at', 'the', 'latest'],
  ['by'],
  ['at'],
  ['on'],
  ['latest'],
  ['deadline'],
  ['is'],
];

type TimeMatch = { time: string | null; index: number; length: number };

const twelveHour = /(?<![\w.:])(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?/g;
const noon = /(?<![\w.:])(?:12(?:[.:]00)?\s*)?(?:noon|midday)\b/g;
const midnight = /(?<![\w.:])(?:12(?:[.:]00)?\s*)?midnight\b/g;
const twentyFourHour = /(?<![\w.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*(?:hrs|hours|h)\b)?(?![\w:]|\.\d)/g;
const compactTwentyFourHour = /(?<![\w.:])([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h)\b/g;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Finds every time of day in the text; `time` null means "midnight" (the end of the day). */
function findTimes(text: string): TimeMatch[] {
  const found: TimeMatch[] = [];
  const taken = (index: number, length: number): boolean => found.some((m) => index < m.index + m.length && m.index < index + length);
  const collect = (pattern: RegExp, toTime: (m: RegExpExecArray) => string | null): void => {
    for (const m of text.matchAll(pattern)) {
      if (taken(m.index, m[0].length)) continue;
      found.push({ time: toTime(m), index: m.index, length: m[0].length });
    }
  };
  collect(twelveHour, (m) => {
    const hour = Number(m[1]);
    const minute = Number(m[2] ?? '0');
    if (hour < 1 || hour > 12 || minute > 59) throw new PhraseError(`"${m[0].trim()}" is not a time of day`);
    const hour24 = (hour % 12) + (m[3] === 'p' ? 12 : 0);
    return `${pad(hour24)}:${pad(minute)}`;
  });
  collect(noon, () => '12:00');
  collect(midnight, () => null);
  collect(twentyFourHour, (m) => `${pad(Number(m[1]))}:${m[2]}`);
  collect(compactTwentyFourHour, (m) => `${m[1]}:${m[2]}`);
  return found;
}

/** Turns number words ("two", "twenty-eight") into digits and drops a repeated figure ("five (5)"). */
function normaliseNumbers(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    const [tensWord = '', unitWord] = token.split('-');
    const tens = tensWords[tensWord];
    const unit = unitWord === undefined ? 0 : unitWords[unitWord];
    let value: number | undefined;
    if (tens !== undefined && unit !== undefined && unit < 10) {
      value = tens + unit;
      const next = unitWords[tokens[i + 1] ?? ''];
      if (unitWord === undefined && next !== undefined && next > 0 && next < 10) {
        value += next;
        i += 1;
      }
    } else if (unitWords[token] !== undefined) {
      value = unitWords[token];
    } else if (/^\d+$/.test(token)) {
      value = Number(token);
    }
    if (value === undefined) {
      out.push(token);
    } else if (out.at(-1) !== String(value)) {
      out.push(String(value));
    }
  }
  return out;
}

function dropFillers(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const filler = fillers.find((words) => words.every((word, k) => tokens[i + k] === word));
    if (filler) {
      i += filler.length;
    } else {
      out.push(tokens[i] as string);
      i += 1;
    }
  }
  return out;
}

const isWeekday = (token: string | undefined): token is Weekday => token !== undefined && (weekdays as readonly string[]).includes(token);

/** Reads the words naming the anchor ("the meeting", "publication of the decision"). */
function readAnchor(words: string[], direction: Direction): Anchor {
  const text = words.join(' ');
  if (text === '') return direction === 'before' ? 'meeting' : 'event';
  if (/\bmeetings?\b/.test(text)) return 'meeting';
  const unknown = new PhraseError(
    `"${text}" is not a starting point a deadline can be counted from; use "the meeting", "the decision", "publication of the decision", "taking office" or "receipt"`,
  );
  if (/\b(agenda|reports?|minutes|notice)\b/.test(text)) throw unknown;
  if (/\b(publication|published|publishing)\b/.test(text)) return 'publication';
  if (/\bdecisions?\b/.test(text)) return 'decision';
  if (/\b(office|election|elected|appointment|appointed|becoming)\b/.test(text)) return 'taking-office';
  if (/\b(receipt|receiving|received)\b/.test(text)) return 'receipt';
  if (/\b(event|change)\b/.test(text)) return 'event';
  throw unknown;
}

/** Reads "before", "prior to", "after", "following" and the like; returns the words used. */
function readDirection(tokens: string[], at: number, within: boolean): { direction: Direction; used: number } | undefined {
  const [a, b, c] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (a === 'before' || a === 'preceding') return { direction: 'before', used: 1 };
  if ((a === 'prior' && b === 'to') || (a === 'ahead' && b === 'of')) return { direction: 'before', used: 2 };
  if (a === 'in' && b === 'advance' && c === 'of') return { direction: 'before', used: 3 };
  if (a === 'after' || a === 'following' || a === 'from') return { direction: 'after', used: 1 };
  if (a === 'of' && within) return { direction: 'after', used: 1 };
  return undefined;
}

function parseTokens(tokens: string[], time: string | null): unknown {
  let i = 0;
  let within = false;
  if (tokens[i] === 'within') {
    within = true;
    i += 1;
  }
  let implicitOne = false;
  if (tokens[i] === 'the') {
    implicitOne = true;
    i += 1;
    if (tokens[i] === 'last') i += 1;
    // "the day of the meeting": the deadline falls on the anchor's own day.
    if (tokens[i] === 'day' && tokens[i + 1] === 'of' && !within) {
      return { kind: 'days', count: 0, time, anchor: readAnchor(tokens.slice(i + 2), 'before'), direction: 'before' };
    }
    if ((tokens[i] === 'preceding' || tokens[i] === 'previous') && isWeekday(tokens[i + 1])) {
      const rest = tokens.slice(i + 2);
      const direction = readDirection(rest, 0, false);
      return { kind: 'weekday', weekday: tokens[i + 1], time, anchor: readAnchor(rest.slice(direction?.used ?? 0), 'before'), direction: 'before' };
    }
    if (isWeekday(tokens[i])) {
      const weekday = tokens[i];
      const direction = readDirection(tokens, i + 1, false);
      if (!direction) throw new PhraseError(`say whether the ${weekday} is before or after the meeting`);
      return { kind: 'weekday', weekday, time, anchor: readAnchor(tokens.slice(i + 1 + direction.used), direction.direction), direction: direction.direction };
    }
  }
  let count = 1;
  if (!implicitOne) {
    const figure = tokens[i];
    if (figure === undefined || !/^\d+$/.test(figure)) {
      throw new PhraseError('start with a number of days (such as "3 clear working days"), "the … before" or "within"');
    }
    count = Number(figure);
    i += 1;
  }
  let clear = false;
  let working = false;
  if (tokens[i] === 'clear') {
    clear = true;
    i += 1;
  }
  if (tokens[i] === 'working' || tokens[i] === 'business') {
    working = true;
    i += 1;
  }
  const unit = tokens[i];
  let kind: string;
  if (unit === 'day' || unit === 'days') {
    kind = `${clear ? 'clear-' : ''}${working ? 'working-' : ''}days`;
  } else if (unit === 'hour' || unit === 'hours') {
    if (clear || working) throw new PhraseError('hours cannot be clear or working hours');
    kind = 'hours';
  } else {
    throw new PhraseError(`expected "days" or "hours" after the number, not "${unit ?? 'nothing'}"`);
  }
  i += 1;
  const direction = readDirection(tokens, i, within);
  if (!direction && !within) throw new PhraseError('say whether the deadline is before or after the meeting or decision');
  const resolved: Direction = direction?.direction ?? 'after';
  return { kind, count, time, anchor: readAnchor(tokens.slice(i + (direction?.used ?? 0)), resolved), direction: resolved };
}

/**
 * Reads a deadline rule written as a council writes it into rule data. Times may be "5.00pm",
 * "5 p.m.", "17:00", "1700hrs", "noon", "12 noon" or "midday"; "midnight" (or no time) means the
 * end of the last allowed day. Counts may be figures or words ("three", "twenty-eight", "five (5)").
 * @example parseRulePhrase('5.00pm 3 clear working days before the meeting')
 * // { ok: true, value: { kind: 'clear-working-days', count: 3, time: '17:00', anchor: 'meeting', direction: 'before' } }
 * @example parseRulePhrase('12 noon the (working) day before').ok // true: working-days, 1, '12:00'
 * @example parseRulePhrase('whenever').ok // false
 */
export function parseRulePhrase(text: string): Result<DeadlineRule> {
  const shown = text.replace(/\s+/g, ' ').trim();
  if (shown === '') {
    return invalid([{ field: RULE_FIELD, message: 'Enter a deadline rule, for example "5pm 3 clear working days before the meeting"' }]);
  }
  try {
    const normalised = shown
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u2013\u2014]/g, ' ')
      .replace(/[(),;]/g, ' ')
      .replace(/:(?!\d)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const times = findTimes(normalised);
    if (times.length > 1) throw new PhraseError('it names more than one time of day');
    const [match] = times;
    const rest = match ? `${normalised.slice(0, match.index)} ${normalised.slice(match.index + match.length)}` : normalised;
    const words = rest
      .replace(/\.(?=\s|$)/g, ' ')
      .split(/\s+/)
      .filter((word) => word !== '');
    const tokens = dropFillers(normaliseNumbers(words));
    const parsed = deadlineRuleSchema.safeParse(parseTokens(tokens, match?.time ?? null));
    if (!parsed.success) {
      throw new PhraseError((parsed.error.issues[0]?.message ?? 'it is not a valid rule').replace(/^./, (c) => c.toLowerCase()));
    }
    return ok(parsed.data);
  } catch (error) {
    if (!(error instanceof PhraseError)) throw error;
    return invalid([{ field: RULE_FIELD, message: `Could not read "${shown}": ${error.message}` }]);
  }
}
