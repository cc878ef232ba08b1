import { z } from 'zod';

/**
 * Joins a GOV.UK date input's day, month and year fields into "YYYY-MM-DD" (or the raw pieces when incomplete),
 * so one zod schema validates forms and API alike.
 * @example joinDateParts({ 'date-day': '4', 'date-month': '3', 'date-year': '2030' }, 'date') // '2030-03-04'
 */
export function joinDateParts(body: Record<string, unknown>, name: string): string | undefined {
  if (typeof body[name] === 'string' && body[name]) return body[name] as string;
  const d = String(body[`${name}-day`] ?? '').trim();
  const m = String(body[`${name}-month`] ?? '').trim();
  const y = String(body[`${name}-year`] ?? '').trim();
  if (!d && !m && !y) return undefined;
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Splits "YYYY-MM-DD" into the values of a GOV.UK date input. */
export function dateParts(iso: string | null | undefined): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = (iso ?? '').split('-');
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
}

function realDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A required real calendar date, with GOV.UK wording. */
export const isoDate = (what: string) => z.string({ error: `Enter the ${what}` }).refine(realDate, { error: `The ${what} must be a real date` });

/** A 24-hour time "HH:MM"; also accepts "9:30", "2pm", "2.30pm". */
export const timeOfDay = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .transform((s, ctx) => {
      const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(s);
      let h = m ? Number(m[1]) : NaN;
      const min = m?.[2] ? Number(m[2]) : 0;
      const ampm = m?.[3]?.toLowerCase();
      if (ampm === 'pm' && h < 12) h += 12;
      if (ampm === 'am' && h === 12) h = 0;
      if (!m || h > 23 || min > 59 || (!ampm && !m[2])) {
        ctx.addIssue({ code: 'custom', message: `Enter the ${what} in the 24-hour format, like 14:30` });
        return z.NEVER;
      }
      return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    });
