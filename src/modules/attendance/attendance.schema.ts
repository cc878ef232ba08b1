import { z } from 'zod';
import { addDays, addMonths, isIsoDate, toLondonDate, type IsoDate } from '../../lib/dates.ts';
import { joinDateParts } from '../../lib/form-dates.ts';
import type { FieldError } from '../../lib/result.ts';

/** A period of whole London days, both ends included. */
export type Period = { from: IsoDate; to: IsoDate };

/** A real date the archive could hold (a date input left without its year reads as year 0000). */
const realDay = (s: string) => isIsoDate(s) && s >= '1900-01-01' && s <= '2199-12-31';

const raw = z.record(
  z.string(),
  z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v[0] : v)),
);

/** The last 12 months up to today: the period shown until someone chooses another. */
export function defaultPeriod(today: IsoDate = toLondonDate(new Date())): Period {
  return { from: addDays(addMonths(today, -12), 1), to: today };
}

/**
 * The period of an attendance page's query string: `from` and `to` as GOV.UK date inputs
 * (`from-day`, `from-month`, `from-year`) or as `from=YYYY-MM-DD`; either end left out falls back to
 * the last 12 months. Problems come back in GOV.UK words, against the first field of the date input.
 * @example parsePeriod({ from: '2026-01-01', to: '2026-03-31' }) // { period: { from: '2026-01-01', to: '2026-03-31' }, errors: [] }
 */
export function parsePeriod(query: unknown, today: IsoDate = toLondonDate(new Date())): { period: Period; entered: { from?: string; to?: string }; errors: FieldError[] } {
  const q = raw.catch({}).parse(query ?? {});
  const entered = { from: joinDateParts(q, 'from'), to: joinDateParts(q, 'to') };
  const fallback = defaultPeriod(today);
  const errors: FieldError[] = [];
  if (entered.from !== undefined && !realDay(entered.from)) errors.push({ field: 'from-day', message: 'The start date must be a real date' });
  if (entered.to !== undefined && !realDay(entered.to)) errors.push({ field: 'to-day', message: 'The end date must be a real date' });
  const period = { from: errors.length || !entered.from ? fallback.from : entered.from, to: errors.length || !entered.to ? fallback.to : entered.to };
  if (!errors.length && period.from > period.to) {
    errors.push({ field: 'to-day', message: 'The end date must be the same as or after the start date' });
    return { period: fallback, entered, errors };
  }
  return { period: errors.length ? fallback : period, entered, errors };
}

/** The query string that asks for a period, for links and the CSV download. */
export function periodQuery(p: Period): string {
  return new URLSearchParams({ from: p.from, to: p.to }).toString();
}
