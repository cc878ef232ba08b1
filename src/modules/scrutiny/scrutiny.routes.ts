import type { FastifyInstance } from 'fastify';
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { organisations, workProgrammeItems } from '../../db/schema.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { sourceIds } from '../imports/index.ts';
import { visible, type Viewer } from '../visibility/index.ts';
import { trackerRows } from './tracker.repo.ts';
import { trackerRoutes } from './tracker.routes.ts';
import { recommendationsRoutes } from './recommendations.routes.ts';
import { kindLabels, workProgrammeRoutes } from './work-programme.routes.ts';

const T = 'modules/scrutiny/views/';
const slugParam = z.object({ slug: z.string().min(1).max(200) });

/** Scrutiny work programmes (all, or one committee's) and the outcome tracker. */
export async function scrutinyRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  const workProgramme = async (v: Viewer, where: SQL[]) => {
    const rows = await db
      .select({ item: workProgrammeItems, organisationName: organisations.name, organisationSlug: organisations.slug })
      .from(workProgrammeItems)
      .leftJoin(organisations, eq(organisations.id, workProgrammeItems.organisationId))
      .where(and(visible(v, 'work_programme_item'), eq(workProgrammeItems.requestState, 'accepted'), ...where))
      .orderBy(asc(workProgrammeItems.meetingDate), asc(workProgrammeItems.id));
    const sources = await sourceIds(
      db,
      'work_programme_item',
      rows.map((r) => r.item.id),
    );
    const groups: { date: string | null; items: unknown[] }[] = [];
    for (const r of rows) {
      const last = groups.at(-1);
      const entry = {
        ...r.item,
        kindLabel: r.item.kind ? kindLabels[r.item.kind] : null,
        committee: r.organisationName ?? r.item.bodyName,
        sourceId: sources.get(r.item.id) ?? null,
      };
      if (last && last.date === r.item.meetingDate) last.items.push(entry);
      else groups.push({ date: r.item.meetingDate, items: [entry] });
    }
    return groups;
  };

  app.get('/work-programme', async (request, reply) =>
    reply.render(`${T}work-programme.njk`, {
      title: 'Scrutiny work programme',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Scrutiny work programme' }],
      groups: await workProgramme(request.viewer, []),
      committee: null,
    }),
  );

  app.get('/committees/:slug/work-programme', async (request, reply) => {
    const p = slugParam.safeParse(request.params);
    if (!p.success) throw notFound('Committee');
    const [org] = await db
      .select()
      .from(organisations)
      .where(and(eq(organisations.slug, p.data.slug), isNull(organisations.deletedAt)));
    if (!org) throw notFound('Committee');
    return reply.render(`${T}work-programme.njk`, {
      title: `${org.name}: work programme`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Committees', href: '/committees' }, { text: org.name, href: `/committees/${org.slug}` }, { text: 'Work programme' }],
      groups: await workProgramme(request.viewer, [eq(workProgrammeItems.organisationId, org.id)]),
      committee: org,
    });
  });

  app.get('/outcome-tracker', async (request, reply) => {
    const rows = await trackerRows(db, request.viewer, { asOf: toLondonDate(new Date()) });
    const sources = await sourceIds(
      db,
      'tracker_outcome',
      rows.map((r) => r.id),
    );
    return reply.render(`${T}outcome-tracker.njk`, {
      title: 'Scrutiny outcome tracker',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Scrutiny outcome tracker' }],
      committee: null,
      rows: rows.map((r) => ({ ...r, sourceId: sources.get(r.id) ?? null })),
    });
  });

  await trackerRoutes(app);
  await workProgrammeRoutes(app);
  await recommendationsRoutes(app);
}
