import { endOfNamedMonth, formatDate } from '../../lib/dates.ts';

/** An action's due date as stored: the words shown ("30 June 2027", "June 2018", "Ongoing") and the day it is due by, if a day. */
export type Due = { dueText: string | null; dueDate: string | null };

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function realDate(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A due day as stored: the date and its words. */
export const dueOn = (iso: string): Due => ({ dueText: formatDate(iso), dueDate: iso });

/** "Ongoing" as stored. */
export const ONGOING: Due = { dueText: 'Ongoing', dueDate: null };

/**
 * Reads a due date as an owner writes it: blank, "Ongoing", a day ("2027-06-30", "30/6/2027",
 * "30 June 2027") or a month ("June 2027"); null when it is none of these.
 * @example parseDue('30/06/2027') // { dueText: '30 June 2027', dueDate: '2027-06-30' }
 */
export function parseDue(text: string): Due | null {
  const s = text.trim().replace(/\s+/g, ' ');
  if (!s) return { dueText: null, dueDate: null };
  if (/^on-?going$/i.test(s)) return ONGOING;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return mapDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return mapDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2}) ([a-z]+) (\d{4})$/i.exec(s);
  if (m) {
    const month = months.findIndex((n) => n.startsWith(m![2]!.toLowerCase()) && m![2]!.length >= 3);
    return month < 0 ? null : mapDay(Number(m[3]), month + 1, Number(m[1]));
  }
  return endOfNamedMonth(s) ? { dueText: s, dueDate: null } : null;
}

function mapDay(y: number, m: number, d: number): Due | null {
  const iso = realDate(y, m, d);
  return iso ? dueOn(iso) : null;
}

/** How a due date is written in a CSV file and read back: its words, or the day when it has no words. */
export function dueCell(a: Due): string {
  return a.dueText ?? a.dueDate ?? '';
}
