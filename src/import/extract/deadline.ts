import type { Nation } from '../../lib/dates.ts';
import { parseRulePhrase, resolveDeadline as resolveRule } from '../../modules/deadlines/index.ts';
import { findTime, isoDate, monthNumber } from './date-text.ts';

/** A sentence that states when public questions or statements must be in: a rule relative to the meeting. */
export const DEADLINE_SENTENCE = /\b(?:before|prior to)\s+(?:the\s+)?(?:day\s+of\s+the\s+)?meeting\b/i;

const MONTH_WORD = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** "by 5pm Monday 13th January": a deadline printed as a day of the year, often without the year. */
export const DATED_DEADLINE = new RegExp(
  `\\b(?:by|before|no later than)\\s+(\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|12\\s*noon|noon|midday)\\s*(?:on\\s+)?(?:[a-z]+day,?\\s+)?(?:the\\s+)?(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD})\\b\\.?(?:,?\\s+(\\d{4}))?`,
  'i',
);

/**
 * Resolves "by 5pm Monday 13th January" against the meeting date: the printed day in the year that
 * puts it on or before the meeting (the year is only taken from the meeting when none is printed).
 */
export function resolveDatedDeadline(sentence: string, meetingDate: string): string | null {
  const m = DATED_DEADLINE.exec(sentence);
  if (!m) return null;
  const time = findTime(m[1] as string)?.time ?? null;
  const month = monthNumber(m[3] as string);
  if (time === null || month === null) return null;
  const day = Number(m[2]);
  const meetingYear = Number(meetingDate.slice(0, 4));
  let date: string | null = null;
  if (m[4] !== undefined) date = isoDate(Number(m[4]), month, day);
  else {
    date = isoDate(meetingYear, month, day);
    if (date !== null && date > meetingDate) date = isoDate(meetingYear - 1, month, day);
  }
  return date === null ? null : `${date}T${time}`;
}

const RULE_END = /\b(?:before|prior to)\s+(?:the\s+)?(?:day\s+of\s+the\s+)?meeting\b/i;
const RULE_START = /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|the|on the)\s+(?:[(\w)]+\s+){0,4}$/i;

/** The rule phrase inside a sentence, time first: "5.00pm 3 clear working days before the meeting". */
export function rulePhrase(sentence: string): string | null {
  const end = RULE_END.exec(sentence);
  const time = findTime(sentence);
  if (!end || !time) return null;
  const stop = end.index + end[0].length;
  if (time.index < end.index) return sentence.slice(time.index, stop).trim();
  const before = sentence.slice(Math.max(0, end.index - 60), end.index);
  const start = RULE_START.exec(before);
  if (!start) return null;
  return `${sentence.slice(time.index, time.index + time.length)} ${before.slice(start.index)}${end[0]}`.replace(/\s+/g, ' ').trim();
}

/**
 * Resolves a deadline sentence ("… 5.00pm 3 clear working days before the meeting") against the
 * meeting with the shared deadline engine; a local 'YYYY-MM-DDTHH:MM', or null when unreadable.
 */
export function resolveDeadline(sentence: string, meetingDate: string, meetingTime: string | null, nation: Nation = 'england-and-wales'): string | null {
  const phrase = rulePhrase(sentence);
  if (phrase === null) return null;
  const parsed = parseRulePhrase(phrase);
  if (!parsed.ok) return null;
  try {
    return resolveRule(parsed.value, meetingTime === null ? meetingDate : `${meetingDate}T${meetingTime}`, nation);
  } catch {
    return null;
  }
}
