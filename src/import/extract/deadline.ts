import type { Nation } from '../../lib/dates.ts';
import { parseRulePhrase, resolveDeadline as resolveRule } from '../../modules/deadlines/index.ts';
import { findTime } from './date-text.ts';

/** A sentence that states when public questions or statements must be in. */
export const DEADLINE_SENTENCE = /\b(?:before|prior to)\s+(?:the\s+)?(?:day\s+of\s+the\s+)?meeting\b/i;

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
