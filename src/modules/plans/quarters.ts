// Quarters of the UK financial year as highlight reports name them: "Q2 2026/27", and in a web address "q2-2026-27".
import type { IsoDate } from '../../lib/dates.ts';
import { periodOf } from '../measures/index.ts';

/** A financial-year quarter: its first day and its label. */
export type Quarter = { start: IsoDate; label: string };

/**
 * The quarter a label or web address names, or undefined.
 * @example parseQuarter('Q2 2026/27') // { start: '2026-07-01', label: 'Q2 2026/27' }
 * @example parseQuarter('q4-2026-27') // { start: '2027-01-01', label: 'Q4 2026/27' }
 */
export function parseQuarter(text: string): Quarter | undefined {
  const m = /^q([1-4])[\s-](\d{4})[/-](\d{2})$/i.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const q = Number(m[1]);
  const fy = Number(m[2]);
  if (Number(m[3]) !== (fy + 1) % 100) return undefined;
  const startMonth = ((q - 1) * 3 + 3) % 12;
  const p = periodOf(`${q === 4 ? fy + 1 : fy}-${String(startMonth + 1).padStart(2, '0')}-01`, 'quarterly');
  return { start: p.period, label: p.label };
}

/** The quarter that contains a day. */
export function quarterOf(day: IsoDate): Quarter {
  const p = periodOf(day, 'quarterly');
  return { start: p.period, label: p.label };
}

/**
 * A quarter's label as a web address segment.
 * @example quarterSlug('Q2 2026/27') // 'q2-2026-27'
 */
export function quarterSlug(label: string): string {
  return label.toLowerCase().replace(/[\s/]/g, '-');
}
