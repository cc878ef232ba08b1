import type { FastifyInstance } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { idOf } from '../../web/route-helpers.ts';
import { lineChart } from './line-chart.ts';
import { listMeasures, findMeasure, valuesOf } from './measures.repo.ts';
import { groupByPlan, presentMeasure } from './measures.presenter.ts';
import { measuresOfficerRoutes } from './measures-officer.routes.ts';

const T = 'modules/measures/views/';

/** Public performance measures: the list grouped by plan, and each measure's values as a chart and a table. */
export async function measuresRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/measures', async (request, reply) => {
    const rows = await listMeasures(db, request.viewer);
    const values = await valuesOf(
      db,
      rows.map((r) => r.measure.id),
    );
    const groups = groupByPlan(rows.map((r) => ({ planTitle: r.planTitle, planSlug: r.planSlug, item: presentMeasure(r.measure, values.get(r.measure.id)) })));
    return reply.render(`${T}measures.njk`, { title: 'Performance measures', breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Performance measures' }], groups });
  });

  app.get('/measures/:id', async (request, reply) => {
    const found = await findMeasure(db, request.viewer, idOf(request, 'Measure'));
    if (!found) throw notFound('Measure');
    const values = (await valuesOf(db, [found.measure.id])).get(found.measure.id) ?? [];
    const m = presentMeasure(found.measure, values);
    return reply.render(`${T}measure.njk`, {
      title: m.name,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Performance measures', href: '/measures' }, { text: m.name }],
      m,
      planTitle: found.planTitle,
      planSlug: found.planSlug,
      chart: lineChart(`measure-${m.id}-chart`, m.name, m.unit, values, m.target),
      notes: values.filter((v) => v.note).map((v) => ({ label: v.label, note: v.note })),
    });
  });

  await measuresOfficerRoutes(app);
}
