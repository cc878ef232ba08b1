import { z } from 'zod';
import { searchTypes } from './search.repo.ts';

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
});

/** GOV.UK-worded problems with a search term, or none. */
export function searchTermErrors(q: string): { field: string; message: string }[] {
  if (q === '') return [{ field: 'q', message: 'Enter a search term' }];
  if (q.length > MAX_QUERY_LENGTH) return [{ field: 'q', message: `Search term must be ${MAX_QUERY_LENGTH} characters or fewer` }];
  return [];
}
