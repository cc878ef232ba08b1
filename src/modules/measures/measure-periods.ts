// The periods a measure is reported for: calendar months, or quarters of the UK financial year
// (Q1 April–June … Q4 January–March), each stored as its first day with a label.
import type { IsoDate } from '../../lib/dates.ts';
import type { frequencies } from './measures.table.ts';

/** How often a measure is reported. */
export type Frequency = (typeof frequencies)[number];

/** A reporting period: its first day and its label. */
export type Period = { period: IsoDate; label: string };

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The period that contains a day: its first day and its label.
 * @example periodOf('2026-08-14', 'quarterly') // { period: '2026-07-01', label: 'Q2 2026/27' }
 * @example periodOf('2027-02-03', 'monthly') // { period: '2027-02-01', label: 'February 2027' }
 */
export function periodOf(day: IsoDate, frequency: Frequency): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (frequency === 'monthly') return { period: `${year}-${pad(month)}-01`, label: `${months[month - 1]} ${year}` };
  const startMonth = month - ((month - 1) % 3);
  const fyStart = month >= 4 ? year : year - 1;
  const quarter = ((startMonth - 4 + 12) % 12) / 3 + 1;
  return { period: `${year}-${pad(startMonth)}-01`, label: `Q${quarter} ${fyStart}/${pad((fyStart + 1) % 100)}` };
}

/**
 * Reads a period as an officer writes it: a label (Q2 2026/27, October 2026, Oct 2026) or a day in
 * it (2026-10-01, 2026-10); undefined when it is none of these or does not suit the frequency.
 * @example parsePeriod('q3 2026/27', 'quarterly') // { period: '2026-10-01', label: 'Q3 2026/27' }
 */
export function parsePeriod(text: string, frequency: Frequency): Period | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  const quarter = /^Q([1-4]) (\d{4})[/-](\d{2}|\d{4})$/i.exec(s);
  if (quarter) {
    if (frequency !== 'quarterly') return undefined;
    const q = Number(quarter[1]);
    const fy = Number(quarter[2]);
    const next = Number(quarter[3]);
    if (next % 100 !== (fy + 1) % 100) return undefined;
    const startMonth = ((q - 1) * 3 + 3) % 12;
    return periodOf(`${q === 4 ? fy + 1 : fy}-${pad(startMonth + 1)}-01`, frequency);
  }
  const named = /^([A-Za-z]+) (\d{4})$/.exec(s);
  if (named) {
    const m = months.findIndex((n) => n.toLowerCase() === named[1]!.toLowerCase() || (named[1]!.length >= 3 && n.toLowerCase().slice(0, 3) === named[1]!.toLowerCase()));
    return m < 0 ? undefined : periodOf(`${named[2]}-${pad(m + 1)}-01`, frequency);
  }
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (iso) {
    const month = Number(iso[2]);
    const day = iso[3] ? Number(iso[3]) : 1;
    const probe = new Date(Date.UTC(Number(iso[1]), month - 1, day));
    if (month < 1 || month > 12 || probe.getUTCDate() !== day) return undefined;
    return periodOf(`${iso[1]}-${iso[2]}-01`, frequency);
  }
  return undefined;
}
