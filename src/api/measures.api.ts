import { z } from 'zod';
import { AppError, notFound } from '../lib/errors.ts';
import { findMeasure, importMeasureValuesCsv, listMeasures, measureValuesCsv, presentMeasure, valuesOf, type PresentedMeasure } from '../modules/measures/index.ts';
import { actorOf, defineRoute, type ApiRoute } from './api-route.ts';
import { linksFor } from './api.presenter.ts';
import { apiSchemas, idParams } from './common.schema.ts';

const columns =
  'Columns, in this order, with a header row: `measure_id` (finds the measure; when blank, `measure` finds it by its exact name), `measure` (the name), `period` (a financial-year quarter such as Q2 2026/27, a month such as October 2026, or a day in the period such as 2026-10-01; never in the future), `value` (a number), `note` (optional). UTF-8, with or without a byte order mark; fields with commas, quotes or line breaks are quoted as RFC 4180 says.';

const rag = z.enum(['Red', 'Amber', 'Green']).nullable();
const valueSchema = z.object({ period: z.iso.date().describe('The first day of the period'), label: z.string(), value: z.number(), note: z.string().nullable() });
const measureSchema = z
  .object({
    id: z.number().int().positive(),
    url: z.url(),
    name: z.string(),
    unit: z.string(),
    polarity: z.enum(['higher', 'lower']).describe('Which way is better'),
    frequency: z.enum(['monthly', 'quarterly']).describe('Quarterly means quarters of the financial year (Q1 is April to June)'),
    baseline: z.number().nullable(),
    target: z.number(),
    tolerance: z.number().describe('Absolute, in the measure’s unit: short of the target by no more than this is Amber'),
    actionPlanId: z.number().int().nullable(),
    source: z.string().nullable(),
    owner: z.string().nullable(),
    latest: valueSchema.omit({ period: true }).nullable(),
    computedRag: rag.describe('From the latest value, the target and the tolerance'),
    officerRag: rag.describe('The officer’s own rating, kept beside the computed one'),
    commentary: z.string().nullable(),
    direction: z.enum(['improving', 'worsening', 'no-change', 'not-enough-data']).describe('From the last two values and the polarity'),
  })
  .register(apiSchemas, { id: 'Measure', description: 'A performance measure with what its values say' });
const measureWithValues = measureSchema.extend({ values: z.array(valueSchema).describe('Oldest period first') }).register(apiSchemas, { id: 'MeasureWithValues' });
const changedSchema = z.object({ changed: z.number().int().describe('How many values the file recorded or changed') });

const present = (m: PresentedMeasure, api: (path: string) => string) => ({
  id: m.id,
  url: api(`/measures/${m.id}`),
  name: m.name,
  unit: m.unit,
  polarity: m.polarity,
  frequency: m.frequency,
  baseline: m.baseline,
  target: m.target,
  tolerance: m.tolerance,
  actionPlanId: m.actionPlanId,
  source: m.source,
  owner: m.owner,
  latest: m.latest,
  computedRag: m.computedRag,
  officerRag: m.officerRag,
  commentary: m.commentary,
  direction: m.direction,
});

/** Performance measures: read them, and read and write every value as one CSV file. */
export function measureRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/measures',
      operationId: 'listMeasures',
      summary: 'Performance measures',
      description: 'The measures you may see, by plan and name, each with its latest value, computed and officer’s RAG and direction of travel.',
      tag: 'Measures',
      response: z.object({ data: z.array(measureSchema) }),
      handler: async ({ request }) => {
        const { db } = request.server.services;
        const rows = await listMeasures(db, request.viewer);
        const values = await valuesOf(
          db,
          rows.map((r) => r.measure.id),
        );
        return { data: rows.map((r) => present(presentMeasure(r.measure, values.get(r.measure.id)), linksFor(request).api)) };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/measures/values.csv',
      operationId: 'getMeasureValuesCsv',
      summary: 'Every value of every measure as CSV',
      description: `The values of the measures you may see, by measure name and period. ${columns}`,
      tag: 'Measures',
      csvResponse: true,
      response: z.string(),
      handler: async ({ request, reply }) => {
        reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="measure-values.csv"');
        return measureValuesCsv(request.server.services.db, request.viewer);
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/measures/values.csv',
      operationId: 'putMeasureValuesCsv',
      summary: 'Record measures’ values from CSV',
      description: `Send \`text/csv\` in the format of the GET. Each row records one measure’s value for one period, or changes the value already recorded; values not in the file are left as they are. All rows or none: a file with a bad row answers 422 \`unprocessable\` with one \`details\` entry per problem (\`line\`, \`field\`, \`message\`) and changes nothing. Sending back an unchanged export answers \`{ "changed": 0 }\` and writes no audit rows. ${columns}`,
      tag: 'Measures',
      permission: 'measures:manage',
      csvBody: true,
      response: changedSchema,
      handler: async ({ request, user }) => {
        const { db } = request.server.services;
        const r = await db.transaction((trx) => importMeasureValuesCsv(trx, actorOf(user, request.viaToken), request.body as string));
        if (!r.ok) throw new AppError('unprocessable', `The file has ${r.errors.length === 1 ? 'a problem' : `${r.errors.length} problems`}: nothing was changed`, r.errors);
        return r.value;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/measures/:id',
      operationId: 'getMeasure',
      summary: 'A performance measure and its values',
      tag: 'Measures',
      resource: 'Measure',
      params: idParams,
      response: measureWithValues,
      handler: async ({ request, params }) => {
        const { db } = request.server.services;
        const found = await findMeasure(db, request.viewer, params.id);
        if (!found) throw notFound('Measure');
        const values = (await valuesOf(db, [found.measure.id])).get(found.measure.id) ?? [];
        return {
          ...present(presentMeasure(found.measure, values), linksFor(request).api),
          values: values.map((v) => ({ period: v.period, label: v.label, value: v.value, note: v.note })),
        };
      },
    }),
  ];
}
