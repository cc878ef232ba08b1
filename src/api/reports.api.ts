import { z } from 'zod';
import { notFound } from '../lib/errors.ts';
import { viewerOf } from '../modules/visibility/index.ts';
import { apiReport, councilBody, createReport, findEia, listEias, publishReport, recordSignOff, reportInput, signOffInput, signOffReport } from '../modules/reports/index.ts';
import { actorOf, defineRoute, unwrap, type ApiRoute } from './api-route.ts';
import { apiSchemas, idParams } from './common.schema.ts';

const signOffSchema = z.object({
  id: z.number().int(),
  role: z.string(),
  name: z.string(),
  date: z.string().describe('As printed: a date, "Sent on …", or empty'),
  status: z.string().nullable(),
});
const appendixSchema = z.object({
  id: z.number().int(),
  letter: z.string(),
  title: z.string(),
  access: z.enum(['public', 'exempt']),
  exemptParagraph: z.number().int().nullable(),
});

const reportSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    kind: z.string().nullable(),
    version: z.number().int(),
    publication: z.string(),
    decisionMaker: z.string().nullable(),
    decisionDate: z.string().nullable(),
    forwardPlanRef: z.string().nullable(),
    summary: z.string().nullable(),
    recommendations: z.array(z.string()),
    risk: z.object({ likelihood: z.number().int().nullable(), impact: z.number().int().nullable(), score: z.number().int().nullable(), level: z.string().nullable() }).nullable(),
    signOffs: z.array(signOffSchema),
    appendices: z.array(appendixSchema).describe('Only the appendices the caller may see: an exempt one is left out for the public'),
  })
  .register(apiSchemas, { id: 'Report' });

const eiaSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    reportId: z.number().int().nullable(),
    characteristics: z.array(z.object({ key: z.string(), summary: z.string(), outcome: z.enum(['negative', 'neutral', 'positive']).nullable() })),
    completedOn: z.string().nullable(),
    signedOffOn: z.string().nullable(),
    reviewOn: z.string().nullable(),
  })
  .register(apiSchemas, { id: 'EqualityImpactAssessment' });

const pick = (e: Record<string, unknown>) => ({
  id: e.id,
  title: e.title,
  reportId: e.reportId,
  characteristics: e.characteristics,
  completedOn: e.completedOn,
  signedOffOn: e.signedOffOn,
  reviewOn: e.reviewOn,
});

/** Decision reports, their sign-offs and equality impact assessments: read through the visibility checkpoint, written through the same commands as the officer screens. */
export function reportRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/reports/:id',
      operationId: 'getReport',
      summary: 'A decision report with its sign-off table, risk score and appendices',
      description: 'A draft or exempt report answers 404, exactly as a missing one, unless the caller is entitled to it. The risk score is likelihood × impact.',
      tag: 'Reports',
      resource: 'Report',
      params: idParams,
      response: reportSchema,
      handler: async ({ request, params }) => {
        const r = await apiReport(request.server.services.db, request.viewer, params.id);
        if (!r) throw notFound('Report');
        return r;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/reports',
      operationId: 'createReport',
      summary: 'Draft a decision report',
      description:
        'Lists (recommendations, Cabinet Members, divisions, local members) are one per line. The risk score is computed, never sent. Sign-off rows are made for the council’s required roles.',
      tag: 'Reports',
      permission: 'documents:upload',
      body: reportInput,
      status: 201,
      response: reportSchema,
      handler: async ({ request, reply, body, user }) => {
        const { db } = request.server.services;
        const bodyRow = await councilBody(db);
        if (!bodyRow) throw notFound('Council');
        const { id } = unwrap(await createReport(db, actorOf(user, request.viaToken), bodyRow.id, body));
        reply.header('location', `/api/v1/reports/${id}`);
        return (await apiReport(db, viewerOf(user), id))!;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/reports/:id/publish',
      operationId: 'publishReport',
      summary: 'Publish a report that is not on an agenda (for an individual decision)',
      description:
        'A report on an agenda item is published with its agenda. Refused (422) while a required sign-off is missing, unless overridden, or an appendix’s access is undecided. An individual key decision can be taken on it 5 clear working days later.',
      tag: 'Reports',
      resource: 'Report',
      permission: 'records:edit',
      params: idParams,
      response: reportSchema,
      handler: async ({ request, params, user }) => {
        const { db } = request.server.services;
        if (!(await apiReport(db, request.viewer, params.id))) throw notFound('Report');
        unwrap(await publishReport(db, actorOf(user, request.viaToken), params.id));
        return (await apiReport(db, request.viewer, params.id))!;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/report-sign-offs/:id',
      operationId: 'recordSignOff',
      summary: 'Record a row of a report’s sign-off table',
      description: '`status` is `signed` (with `name` and `signedOn`), `commented` (with `comment`) or `sent` (with `sentOn`).',
      tag: 'Reports',
      resource: 'Sign-off',
      permission: 'documents:upload',
      params: idParams,
      body: signOffInput,
      response: reportSchema,
      handler: async ({ request, params, body, user }) => {
        const { db } = request.server.services;
        const reportId = await signOffReport(db, request.viewer, params.id);
        if (reportId === null) throw notFound('Sign-off');
        unwrap(await recordSignOff(db, actorOf(user, request.viaToken), params.id, body));
        return (await apiReport(db, request.viewer, reportId))!;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/eias',
      operationId: 'listEias',
      summary: 'The register of equality impact assessments',
      tag: 'Reports',
      response: z.object({ data: z.array(eiaSchema) }),
      handler: async ({ request }) => ({ data: (await listEias(request.server.services.db, request.viewer)).map(pick) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/eias/:id',
      operationId: 'getEia',
      summary: 'One equality impact assessment',
      tag: 'Reports',
      resource: 'Assessment',
      params: idParams,
      response: eiaSchema,
      handler: async ({ request, params }) => {
        const found = await findEia(request.server.services.db, request.viewer, params.id);
        if (!found) throw notFound('Assessment');
        return pick(found.eia);
      },
    }),
  ];
}
