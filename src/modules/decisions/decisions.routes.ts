import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idOf } from '../../web/route-helpers.ts';
import { notFound } from '../../lib/errors.ts';
import type { FieldError } from '../../lib/result.ts';
import { type decisions } from '../../db/schema.ts';
import { decisionMakers, decisionVersions, findDecision, minuteOfDecision, searchDecisions } from './decisions.repo.ts';
import { decisionCsvColumns, presentDecision } from './decisions.presenter.ts';
import { toCsv } from '../../lib/csv.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { sendCsv } from '../../web/csv-reply.ts';
import { siteOrigin } from '../../web/site-url.ts';
import { officerDecisionsRoutes } from './officer-decisions.routes.ts';
import { callInRoutes } from './call-in.routes.ts';
import { alternates, siteFeeds } from '../feeds/index.ts';
import { issueIdOf } from '../forward-plan/index.ts';

const T = 'modules/decisions/views/';
const PAGE_SIZE = 20;
/** The most rows a CSV download holds: far beyond any council's register. */
const CSV_LIMIT = 100_000;
const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T12:00:00Z`)) && new Date(`${s}T12:00:00Z`).toISOString().startsWith(s));
const listQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  maker: z.string().trim().max(100).optional().catch(undefined),
  from: z.string().trim().max(20).optional().catch(undefined),
  to: z.string().trim().max(20).optional().catch(undefined),
  key: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1).default(1),
});

type Decision = typeof decisions.$inferSelect;

/** The earlier published versions of a decision, the one that replaced it and the minute it was recorded from, as the viewer may see them. */
export async function versionsContext(db: FastifyInstance['services']['db'], request: FastifyRequest, d: Decision) {
  const versions = await decisionVersions(db, request.viewer, d.id);
  const replacedBy = versions.find((v) => v.supersedesId === d.id && v.publication === 'published');
  const earlier = versions
    .filter((v) => v.version < d.version && v.publication === 'published')
    .map((v) => ({ id: v.id, version: v.version, publishedAt: v.publishedAt, replacedReason: versions.find((n) => n.supersedesId === v.id)?.correctionReason }));
  // The minute it was recorded from, linked where the viewer reads minutes: the clerk's minutes page, or the public meeting page.
  const minute = await minuteOfDecision(db, request.viewer, d);
  const officer = request.url.startsWith('/officer/');
  const minuteHref = minute ? (officer ? `/officer/meetings/${minute.meetingId}/minutes#minute-${minute.id}` : `/meetings/${minute.meetingId}#minute-${minute.id}`) : null;
  return { replacedBy, earlier, minute, minuteHref };
}

/**
 * The register's filters from its query string: a date that is not real is reported and left out,
 * so the list (and its CSV) shows what the other filters select. `params` carries them on in links.
 */
function listFilters(query: unknown) {
  const q = listQuery.parse(query);
  const errors: FieldError[] = [];
  if (q.from && !day.safeParse(q.from).success) errors.push({ field: 'from', message: 'Enter a real date, like 2026-01-31' });
  if (q.to && !day.safeParse(q.to).success) errors.push({ field: 'to', message: 'Enter a real date, like 2026-12-31' });
  const keyOnly = [q.key].flat().includes('yes');
  const filters = {
    q: q.q || undefined,
    maker: q.maker || undefined,
    from: errors.some((e) => e.field === 'from') ? undefined : q.from || undefined,
    to: errors.some((e) => e.field === 'to') ? undefined : q.to || undefined,
    keyOnly,
  };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ q: filters.q, maker: filters.maker, from: q.from, to: q.to, key: keyOnly ? 'yes' : undefined })) if (v) params.set(k, v);
  return { q, filters, errors, params };
}

/** The public decisions register and each decision's page. */
export async function decisionsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  // Public register
  app.get('/decisions', async (request, reply) => {
    const { q, filters, errors, params } = listFilters(request.query);
    const { rows, total } = await searchDecisions(db, request.viewer, { ...filters, limit: PAGE_SIZE, offset: (q.page - 1) * PAGE_SIZE });
    const pages = Math.ceil(total / PAGE_SIZE);
    const link = (page: number) => {
      const sp = new URLSearchParams(params);
      sp.set('page', String(page));
      return `/decisions?${sp.toString()}`;
    };
    const makers = await decisionMakers(db, request.viewer);
    return reply.code(errors.length ? 400 : 200).render(`${T}list.njk`, {
      title: 'Decisions',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Decisions' }],
      feeds: alternates(siteFeeds.decisions),
      decisions: rows.map((d) => presentDecision(d)),
      total,
      errors,
      filters: { ...filters, from: q.from, to: q.to },
      csvHref: `/decisions.csv${params.size ? `?${params.toString()}` : ''}`,
      makers: [
        { value: '', text: 'All decision makers' },
        ...makers.map((m) => ({ value: m.slug, text: m.name, selected: m.slug === filters.maker })),
        { value: 'cabinet-member', text: 'Cabinet Members', selected: filters.maker === 'cabinet-member' },
        { value: 'officer', text: 'Officers', selected: filters.maker === 'officer' },
      ],
      pagination:
        pages > 1
          ? {
              previous: q.page > 1 ? { href: link(q.page - 1) } : undefined,
              next: q.page < pages ? { href: link(q.page + 1) } : undefined,
              items: Array.from({ length: Math.min(pages, 10) }, (_, i) => ({ number: i + 1, href: link(i + 1), current: i + 1 === q.page })),
            }
          : undefined,
    });
  });

  // The register as CSV: every page of it, with the same filters.
  app.get('/decisions.csv', async (request, reply) => {
    const { filters } = listFilters(request.query);
    const { rows } = await searchDecisions(db, request.viewer, { ...filters, limit: CSV_LIMIT, offset: 0 });
    return sendCsv(
      request,
      reply,
      `decisions-${toLondonDate(new Date())}.csv`,
      toCsv(
        decisionCsvColumns(siteOrigin(request)),
        rows.map((d) => presentDecision(d)),
      ),
    );
  });

  app.get('/decisions/:id', async (request, reply) => {
    const row = await findDecision(db, request.viewer, idOf(request, 'Decision'));
    // The public page is for published decisions; drafts are read on the officer page.
    if (!row || row.decision.publication !== 'published') throw notFound('Decision');
    const d = presentDecision(row.decision);
    return reply.render(`${T}decision.njk`, {
      title: d.title,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Decisions', href: '/decisions' }, { text: 'Decision' }],
      d,
      issueId: await issueIdOf(db, request.viewer, row.decision),
      ...(await versionsContext(db, request, row.decision)),
    });
  });

  await officerDecisionsRoutes(app);
  await callInRoutes(app);
}
