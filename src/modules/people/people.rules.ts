import type { FieldError } from '../../lib/result.ts';

/** The rules every person keeps: a name as printed and a web address. */
export function personErrors(p: { printedName?: unknown; slug?: unknown }): FieldError[] {
  const errors: FieldError[] = [];
  if (!String(p.printedName ?? '').trim()) errors.push({ field: 'printedName', message: 'Enter the name as printed' });
  if (!String(p.slug ?? '').trim()) errors.push({ field: 'slug', message: 'Enter a web address' });
  return errors;
}

/** The rules every membership keeps: it never ends before it starts. */
export function membershipErrors(m: { startDate?: unknown; endDate?: unknown }): FieldError[] {
  if (m.startDate && m.endDate && String(m.endDate) < String(m.startDate)) return [{ field: 'endDate', message: 'The end date must be the same as or after the start date' }];
  return [];
}
