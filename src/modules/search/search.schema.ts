import { z } from 'zod';
import { searchTypes } from './search.repo.ts';
import { isIsoDate } from '../../lib/dates.ts';

/** The longest search term accepted. */
export const MAX_QUERY_LENGTH = 200;

/** Results per page. */
export const PAGE_SIZE = 20;

/** The search page's query string; a bad page or type falls back rather than failing. */
export const searchQuery = z.object({
  q: z
    .string()
    .optional()
    .transform((v) => (v === undefined ? undefined : v.replace(/\s+/g, ' ').trim())),
  type: z.enum(searchTypes).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  committee: z.string().trim().max(200).optional().catch(undefined),
  maker: z.string().trim().max(200).optional().catch(undefined),
  from: z.string().trim().max(20).optional().catch(undefined),
  to: z.string().trim().max(20).optional().catch(undefined),
  key: z.literal('yes').optional().catch(undefined),
  sort: z.enum(['relevance', 'newest']).catch('relevance').default('relevance'),
});

/** GOV.UK-worded problems with the date filters (a date that is not real is reported and left out). */
export function dateFilterErrors(q: { from?: string; to?: string }): { field: string; message: string }[] {
  const errors = [];
  if (q.from && !isIsoDate(q.from)) errors.push({ field: 'from', message: 'Enter a real date, like 2026-01-31' });
  if (q.to && !isIsoDate(q.to)) errors.push({ field: 'to', message: 'Enter a real date, like 2026-12-31' });
  return errors;
}

/** GOV.UK-worded problems with a search term, or none. */
export function searchTermErrors(q: string): { field: string; message: string }[] {
  if (q === '') return [{ field: 'q', message: 'Enter a search term' }];
  if (q.length > MAX_QUERY_LENGTH) return [{ field: 'q', message: `Search term must be ${MAX_QUERY_LENGTH} characters or fewer` }];
  return [];
}
