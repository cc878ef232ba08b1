import type { FastifyInstance } from 'fastify';
import { countSearchHits, type SearchType, searchPage } from './search.repo.ts';
import { presentFilters, presentHit, presentPagination } from './search.presenter.ts';
import { PAGE_SIZE, searchQuery, searchTermErrors } from './search.schema.ts';

const VIEW = 'modules/search/views/search.njk';

function searchHref(q: string, type?: SearchType, page = 1): string {
  const params = new URLSearchParams({ q });
  if (type) params.set('type', type);
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

/** The public site search: /search?q=… over everything the public may read. */
export async function searchRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/search', async (request, reply) => {
    const { q, type, page } = searchQuery.parse(request.query);
    const base = { breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Search' }] };
    if (q === undefined) return reply.render(VIEW, { ...base, title: 'Search', q: '' });
    const errors = searchTermErrors(q);
    if (errors.length > 0) return reply.code(400).render(VIEW, { ...base, title: 'Search', q, errors });

    const counts = await countSearchHits(db, request.viewer, q);
    const total = type ? counts[type] : Object.values(counts).reduce((a, b) => a + b, 0);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const current = Math.min(page, pages);
    const hits = total === 0 ? [] : await searchPage(db, request.viewer, q, { type, limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE });
    return reply.render(VIEW, {
      ...base,
      title: `Search results for “${q}”`,
      q,
      type,
      total,
      from: (current - 1) * PAGE_SIZE + 1,
      to: (current - 1) * PAGE_SIZE + hits.length,
      results: hits.map(presentHit),
      filters: presentFilters(counts, type, (t) => searchHref(q, t)),
      pagination: presentPagination(current, pages, (n) => searchHref(q, type, n)),
    });
  });
}
