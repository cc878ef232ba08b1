import { z } from 'zod';
import { toLondonDate } from '../lib/dates.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { councilBody } from '../modules/reports/index.ts';
import { findRisk, importRisksCsv, listRisks, RISK_COLUMNS, riskHistory, risksToCsv } from '../modules/risks/index.ts';
import { actorOf, defineRoute, type ApiRoute } from './api-route.ts';
import { apiSchemas } from './common.schema.ts';

const columns = `Columns, in this order, with a header row: ${RISK_COLUMNS.map((c) => `\`${c}\``).join(', ')}. \`ref\` finds the risk (a new reference adds a draft risk); \`likelihood\`, \`impact\` and the targets are whole numbers from 1 to 5; \`score\` and \`target_score\` are likelihood × impact (blank, or the product); \`review_date\` is 2031-06-30, 30/06/2031 or blank. UTF-8, with or without a byte order mark; fields with commas, quotes or line breaks are quoted as RFC 4180 says.`;

const refParams = z.object({ ref: z.string().min(1).max(20).describe('The risk reference, such as ORG0009') });

const rating = z.object({ likelihood: z.number().int().min(1).max(5), impact: z.number().int().min(1).max(5), score: z.number().int().min(1).max(25) });

const riskSchema = z
  .object({
    ref: z.string(),
    title: z.string(),
    category: z.string().nullable(),
    owner: z.string(),
    current: rating,
    target: rating.nullable(),
    mitigations: z.string().nullable(),
    reviewDate: z.iso.date().nullable(),
    reviewOverdue: z.boolean().describe('The review date has passed'),
  })
  .register(apiSchemas, { id: 'Risk' });

const riskDetailSchema = riskSchema
  .extend({
    history: z.array(rating.extend({ recordedOn: z.iso.date(), note: z.string().nullable() })).describe('The dated scores, oldest first'),
  })
  .register(apiSchemas, { id: 'RiskWithHistory' });

type RiskRow = Awaited<ReturnType<typeof listRisks>>[number];

/** The fields of a risk that leave the server. */
function present(r: RiskRow, today: string): z.infer<typeof riskSchema> {
  return {
    ref: r.ref,
    title: r.title,
    category: r.category,
    owner: r.owner,
    current: { likelihood: r.likelihood, impact: r.impact, score: r.score },
    target:
      r.targetLikelihood !== null && r.targetImpact !== null && r.targetScore !== null ? { likelihood: r.targetLikelihood, impact: r.targetImpact, score: r.targetScore } : null,
    mitigations: r.mitigations,
    reviewDate: r.reviewDate,
    reviewOverdue: r.reviewDate !== null && r.reviewDate < today,
  };
}

const changedSchema = z.object({ changed: z.number().int().describe('How many risks the file added or changed') });

/** The risk register: read it as JSON or CSV, and change it with a CSV file. */
export function riskRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/risks',
      operationId: 'listRisks',
      summary: 'The risk register',
      description: 'The risks you may see, highest current score first.',
      tag: 'Risks',
      response: z.object({ data: z.array(riskSchema) }),
      handler: async ({ request }) => {
        const today = toLondonDate(new Date());
        return { data: (await listRisks(request.server.services.db, request.viewer)).map((r) => present(r, today)) };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/risks.csv',
      operationId: 'getRisksCsv',
      summary: 'The risk register as CSV',
      description: `The risks you may see, highest current score first. ${columns}`,
      tag: 'Risks',
      csvResponse: true,
      response: z.string(),
      handler: async ({ request, reply }) => {
        reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="risks.csv"');
        return risksToCsv(await listRisks(request.server.services.db, request.viewer));
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/risks.csv',
      operationId: 'putRisksCsv',
      summary: 'Update the risk register from CSV',
      description: `Send \`text/csv\` in the format of the GET. Each row changes the risk with its reference, and a new reference adds a draft risk; risks not in the file are left as they are. A changed rating joins the risk's score history. All rows or none: a file with a bad row answers 422 \`unprocessable\` with one \`details\` entry per problem (\`line\`, \`field\`, \`message\`) and changes nothing. Sending back an unchanged export answers \`{ "changed": 0 }\` and writes no audit rows. ${columns}`,
      tag: 'Risks',
      permission: 'risks:manage',
      csvBody: true,
      response: changedSchema,
      handler: async ({ request, user }) => {
        const { db } = request.server.services;
        const body = await councilBody(db);
        if (!body) throw notFound('Council');
        const r = await db.transaction((trx) => importRisksCsv(trx, actorOf(user, request.viaToken), body.id, request.body as string));
        if (!r.ok) throw new AppError('unprocessable', `The file has ${r.errors.length === 1 ? 'a problem' : `${r.errors.length} problems`}: nothing was changed`, r.errors);
        return r.value;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/risks/:ref',
      operationId: 'getRisk',
      summary: 'One risk, with its score history',
      tag: 'Risks',
      resource: 'Risk',
      params: refParams,
      response: riskDetailSchema,
      handler: async ({ request, params }) => {
        const { db } = request.server.services;
        const risk = await findRisk(db, request.viewer, { ref: params.ref });
        if (!risk) throw notFound('Risk');
        const history = (await riskHistory(db, risk.id)).map((h) => ({ recordedOn: h.recordedOn, likelihood: h.likelihood, impact: h.impact, score: h.score, note: h.note }));
        return { ...present(risk, toLondonDate(new Date())), history };
      },
    }),
  ];
}
