import { addDays, addWorkingDays, clearDaysBefore, clearWorkingDaysBefore, isoWeekday, previousWorkingDay } from '../../lib/dates.ts';
import type { Nation } from '../../lib/dates.ts';
import { findTime, numberWord, weekdayNumber } from './date-text.ts';

const NUM = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)';
const CLEAR_WORKING = new RegExp(`\\b${NUM}\\s+clear\\s+working\\s+days?\\s+(?:before|prior to)\\b`, 'i');
const WORKING = new RegExp(`\\b${NUM}\\s+working\\s+days?\\s+(?:before|prior to)\\b`, 'i');
const CLEAR = new RegExp(`\\b${NUM}\\s+clear\\s+days?\\s+(?:before|prior to)\\b`, 'i');
const DAYS = new RegExp(`\\b${NUM}\\s+(?:calendar\\s+)?days?\\s+(?:before|prior to)\\b`, 'i');
const WORKING_DAY_BEFORE = /\bthe\s+(?:\(\s*)?working(?:\s*\))?\s+day\s+(?:before|prior to)\b/i;
const DAY_BEFORE = /\bthe\s+day\s+(?:before|prior to)\b/i;
const WEEKDAY_BEFORE = /\bthe\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:before|prior to)\b/i;

/** A sentence that states when public questions or statements must be in. */
export const DEADLINE_SENTENCE = /\b(?:before|prior to)\s+(?:the\s+)?(?:day\s+of\s+the\s+)?meeting\b/i;

/**
 * Resolves a deadline phrase ("5.00pm 3 clear working days before the meeting", "12 noon the
 * (working) day before") against the meeting date, as a local 'YYYY-MM-DDTHH:MM'; null when the
 * phrase has no time or no rule this reader knows.
 */
export function resolveDeadline(text: string, meetingDate: string, nation: Nation = 'england-and-wales'): string | null {
  const time = findTime(text)?.time ?? null;
  if (time === null) return null;
  let day: string | null = null;
  let m: RegExpExecArray | null;
  if ((m = CLEAR_WORKING.exec(text))) day = clearWorkingDaysBefore(meetingDate, numberWord(m[1] as string) ?? 0, nation);
  else if ((m = WORKING.exec(text))) day = addWorkingDays(meetingDate, -(numberWord(m[1] as string) ?? 0), nation);
  else if ((m = CLEAR.exec(text))) day = clearDaysBefore(meetingDate, numberWord(m[1] as string) ?? 0);
  else if ((m = DAYS.exec(text))) day = addDays(meetingDate, -(numberWord(m[1] as string) ?? 0));
  else if (WORKING_DAY_BEFORE.test(text)) day = previousWorkingDay(meetingDate, nation);
  else if (DAY_BEFORE.test(text)) day = addDays(meetingDate, -1);
  else if ((m = WEEKDAY_BEFORE.exec(text))) {
    const want = weekdayNumber(m[1] as string) ?? 1;
    const back = ((isoWeekday(meetingDate) - want + 7) % 7) || 7;
    day = addDays(meetingDate, -back);
  }
  return day === null ? null : `${day}T${time}`;
}
