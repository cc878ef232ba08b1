import type { FastifyInstance } from 'fastify';
import { searchCommittees, searchResults, type SearchType } from './search.repo.ts';
import { presentFilters, presentHit, presentPagination } from './search.presenter.ts';
import { dateFilterErrors, PAGE_SIZE, searchQuery, searchTermErrors } from './search.schema.ts';

const VIEW = 'modules/search/views/search.njk';

/** A search's address: the whole query (term, type, filters, order, page) in the URL, so it can be shared. */
function searchHref(q: string, filters: Record<string, string | undefined>, type?: SearchType, page = 1): string {
  const params = new URLSearchParams({ q });
  if (type) params.set('type', type);
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

/** The public site search: /search?q=… over everything the public may read. */
export async function searchRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/search', async (request, reply) => {
    const { q, type, page, sort, ...raw } = searchQuery.parse(request.query);
    const committees = await searchCommittees(db);
    const form = { ...raw, sort, committees };
    const base = { breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Search' }], form };
    if (q === undefined) return reply.render(VIEW, { ...base, title: 'Search', q: '' });
    const dateErrors = dateFilterErrors(raw);
    const errors = [...searchTermErrors(q), ...dateErrors];
    if (searchTermErrors(q).length > 0) return reply.code(400).render(VIEW, { ...base, title: 'Search', q, errors });
    const bad = new Set(dateErrors.map((e) => e.field));
    const filters = {
      committee: raw.committee || undefined,
      maker: raw.maker || undefined,
      from: bad.has('from') ? undefined : raw.from || undefined,
      to: bad.has('to') ? undefined : raw.to || undefined,
      keyOnly: raw.key === 'yes',
    };
    const carried = { committee: filters.committee, maker: filters.maker, from: filters.from, to: filters.to, key: raw.key, sort: sort === 'newest' ? sort : undefined };

    const asked = { ...filters, type, sort, limit: PAGE_SIZE };
    const found = await searchResults(db, request.viewer, q, { ...asked, offset: (page - 1) * PAGE_SIZE });
    const { counts } = found;
    const total = type ? counts[type] : Object.values(counts).reduce((a, b) => a + b, 0);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const current = Math.min(page, pages);
    // A page past the last shows the last: fetched again only then, as the counts were needed to know it.
    const hits = current === page || total === 0 ? found.hits : (await searchResults(db, request.viewer, q, { ...asked, offset: (current - 1) * PAGE_SIZE })).hits;
    return reply.code(errors.length ? 400 : 200).render(VIEW, {
      ...base,
      errors,
      title: `Search results for “${q}”`,
      q,
      type,
      total,
      from: (current - 1) * PAGE_SIZE + 1,
      to: (current - 1) * PAGE_SIZE + hits.length,
      results: hits.map(presentHit),
      filters: presentFilters(counts, type, (t) => searchHref(q, carried, t)),
      pagination: presentPagination(current, pages, (n) => searchHref(q, carried, type, n)),
    });
  });
}
