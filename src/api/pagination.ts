import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { addDays, fromLondonLocal } from '../lib/dates.ts';
import { siteOrigin } from '../web/site-url.ts';

/** Page size when `limit` is not given. */
export const DEFAULT_LIMIT = 20;

/** The largest page a client may ask for. */
export const MAX_LIMIT = 100;

/**
 * A point in time in a query string: an ISO date-time with an offset, or a date meaning the
 * start of that day in London (`start`) or the start of the next (`end`, so the day is included).
 * @example instantParam('end').parse('2030-03-04') // 2030-03-05T00:00:00.000Z
 */
export const instantParam = (bound: 'start' | 'end') =>
  z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'Enter a date (2030-03-04) or a date and time with an offset (2030-03-04T10:00:00Z)' })
    .transform((s) => (s.length === 10 ? fromLondonLocal(`${bound === 'end' ? addDays(s, 1) : s}T00:00`) : new Date(s)));

/** OParl-style paging and incremental sync: `page`, `limit`, `modified_since`. */
export const pageQuery = z.object({
  page: z.coerce
    .number({ error: 'Page must be a whole number' })
    .int({ error: 'Page must be a whole number' })
    .min(1, { error: 'Page must be 1 or more' })
    .max(1_000_000)
    .default(1),
  limit: z.coerce
    .number({ error: 'Limit must be a whole number' })
    .int({ error: 'Limit must be a whole number' })
    .min(1, { error: 'Limit must be 1 or more' })
    .max(MAX_LIMIT, { error: `Limit must be ${MAX_LIMIT} or fewer` })
    .default(DEFAULT_LIMIT),
  modified_since: instantParam('start').optional().describe('Only objects changed at or after this time (incremental sync)'),
});

/** A page to fetch: size and offset. */
export type PageRequest = { page: number; limit: number; offset: number; modifiedSince?: Date };

/** The page a parsed query asks for. */
export function pageRequest(q: z.output<typeof pageQuery>): PageRequest {
  return { page: q.page, limit: q.limit, offset: (q.page - 1) * q.limit, modifiedSince: q.modified_since };
}

/** The site's origin for absolute links (PUBLIC_URL; see web/site-url.ts). */
export function originOf(request: FastifyRequest): string {
  return siteOrigin(request);
}

const knownQueries = new WeakMap<FastifyRequest, URLSearchParams>();

/**
 * Records the query parameters an operation knows (its schema's fields), so the page links it
 * returns carry those and nothing else: junk in a request never comes back in a link.
 */
export function keepKnownQuery(request: FastifyRequest, names: readonly string[]): void {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const out = new URLSearchParams();
  for (const name of names) for (const v of [query[name]].flat()) if (typeof v === 'string') out.append(name, v);
  knownQueries.set(request, out);
}

/**
 * Wraps one page of rows in the list envelope with pagination and neighbour links.
 * @example return pageOf(request, rows.map(present), total, page)
 */
export function pageOf<T>(request: FastifyRequest, data: T[], totalElements: number, page: PageRequest) {
  const totalPages = Math.ceil(totalElements / page.limit);
  const path = request.url.split('?')[0] ?? '/';
  const known = knownQueries.get(request) ?? new URLSearchParams();
  const link = (n: number) => {
    const query = new URLSearchParams(known);
    query.delete('page');
    query.append('page', String(n));
    return `${originOf(request)}${path}?${query.toString()}`;
  };
  return {
    data,
    pagination: { totalElements, elementsPerPage: page.limit, currentPage: page.page, totalPages },
    links: {
      first: link(1),
      next: page.page < totalPages ? link(page.page + 1) : null,
      prev: page.page > 1 ? link(Math.min(page.page - 1, Math.max(totalPages, 1))) : null,
    },
  };
}
