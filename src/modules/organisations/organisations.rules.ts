import type { FieldError } from '../../lib/result.ts';

/** The rules every organisation keeps, whoever writes it: a name, a web address, and never its own parent. */
export function organisationErrors(o: { id?: unknown; name?: unknown; slug?: unknown; parentId?: unknown }): FieldError[] {
  const errors: FieldError[] = [];
  if (!String(o.name ?? '').trim()) errors.push({ field: 'name', message: 'Enter a name' });
  if (!String(o.slug ?? '').trim()) errors.push({ field: 'slug', message: 'Enter a web address' });
  if (o.id !== undefined && o.parentId !== null && o.parentId !== undefined && o.parentId === o.id)
    errors.push({ field: 'parentId', message: 'An organisation cannot be its own parent' });
  return errors;
}
