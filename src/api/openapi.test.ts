import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/build-app.ts';
import { makeCouncil } from '../../test/factories.ts';
import { apiRoutes } from './api.plugin.ts';
import { openApiPath } from './openapi.ts';
import { tokenUser } from './test-support.ts';
import { decisions, forwardPlanEntries, forwardPlanVersions, notices } from '../db/schema.ts';
import { saveEia, saveReports } from '../modules/reports/index.ts';
import { publishRecords } from '../modules/visibility/index.ts';
import { createMeasure, recordMeasureValue } from '../modules/measures/index.ts';
import { createRisk } from '../modules/risks/index.ts';
import { linkMeasure, savePlan, savePlanPart } from '../modules/plans/index.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let doc: {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters: { name: string; in: string }[];
        requestBody?: unknown;
        responses: Record<string, { content: { 'application/json': { schema: { $ref?: string } } } }>;
      }
    >
  >;
  components: { schemas: Record<string, unknown> };
};

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  const res = await t.app.inject('/api/v1/openapi.json');
  expect(res.statusCode).toBe(200);
  doc = JSON.parse(res.body);
});
afterAll(() => t.close());

/** Checks a response against the schema the document declares for it; returns the schema errors. */
function validator() {
  const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  ajv.addSchema({ $id: 'https://shirehall.test/openapi.json', components: doc.components });
  return (path: string, method: string, status: number, body: unknown) => {
    const schema = doc.paths[path]?.[method]?.responses[String(status)]?.content['application/json'].schema;
    expect(schema, `${method} ${path} ${status} is documented`).toBeDefined();
    const validate = schema!.$ref ? ajv.getSchema(`https://shirehall.test/openapi.json${schema!.$ref}`)! : ajv.compile(schema!);
    return validate(body) ? [] : (validate.errors ?? []);
  };
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with a path and operation for every registered route', () => {
    expect(doc.openapi).toBe('3.1.0');
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(20);
    for (const r of routes) {
      const op = doc.paths[openApiPath(r.path)]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      expect(op!.operationId).toBe(r.operationId);
    }
    const documented = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    expect(documented).toBe(routes.length);
    const ids = routes.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents the brief’s endpoints, parameters, bodies and error responses', () => {
    for (const p of [
      '/body',
      '/organisations',
      '/organisations/{id}',
      '/people',
      '/people/{id}',
      '/memberships',
      '/meetings',
      '/meetings/{id}',
      '/agenda-items/{id}',
      '/documents/{id}',
      '/locations',
    ]) {
      expect(doc.paths[p]?.get, p).toBeDefined();
    }
    const list = doc.paths['/meetings']!.get!;
    expect(list.parameters.map((p) => p.name).sort()).toEqual(['from', 'limit', 'modified_since', 'organisation', 'page', 'to']);
    expect(doc.paths['/meetings/{id}']!.get!.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    const create = doc.paths['/meetings']!.post!;
    expect(create.requestBody).toBeDefined();
    expect(Object.keys(create.responses).sort()).toEqual(['201', '400', '401', '403', '409']);
    expect(create.responses['401']!.content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
  });

  it('matches what the API returns, for the public and for an entitled user', async () => {
    const check = validator();
    const councillor = await tokenUser(t.database.db, 'councillor');
    const published = { publication: 'published' as const, publishedAt: new Date('2030-01-02T09:00:00Z'), access: 'public' as const };
    const [fp] = await t.database.db
      .insert(forwardPlanEntries)
      .values({ bodyId: c.body.id, ref: 'FP/30/01/01', firstPublished: '2030-01-02', decisionDateText: '3 March 2030', ...published })
      .returning();
    await t.database.db.insert(forwardPlanVersions).values({ bodyId: c.body.id, number: 1, publishedOn: '2030-01-02', entries: [], ...published });
    const [notice] = await t.database.db
      .insert(notices)
      .values({
        bodyId: c.body.id,
        kind: 'special-urgency',
        title: 'Bridge',
        decisionMaker: 'Cabinet',
        decisionDate: '2030-01-09',
        reasons: 'Unsafe',
        scrutinyChair: 'Cllr Ada Brook',
        chairAgreedOn: '2030-01-02',
        ...published,
      })
      .returning();
    const ids: Record<string, number> = {
      '/forward-plan/entries/{id}': fp!.id,
      '/issues/{id}': fp!.id,
      '/forward-plan/versions/{number}': 1,
      '/notices/{id}': notice!.id,
      '/organisations/{id}': c.org.id,
      '/people/{id}': c.chair.id,
      '/memberships/{id}': 1,
      '/meetings/{id}': c.meeting.id,
      '/locations/{id}': c.location.id,
    };
    const system = { userId: null, label: 'test' };
    const [decision] = await t.database.db
      .insert(decisions)
      .values({
        bodyId: c.body.id,
        makerPersonId: c.chair.id,
        makerText: 'Cabinet Member: Cllr Ada Brook',
        title: 'Bus shelter',
        decisionText: 'Agreed',
        decidedOn: '2030-01-03',
        ...published,
      })
      .returning();
    ids['/decisions/{id}'] = decision!.id;
    const report = await saveReports(t.database.db, system, [
      { values: { bodyId: c.body.id, title: 'Street lighting upgrade', riskLikelihood: 2, riskImpact: 3, riskScore: 6 }, access: {} },
    ]);
    ids['/reports/{id}'] = report.ok ? report.value.ids[0]! : 0;
    const eia = await saveEia(t.database.db, system, null, { reportId: String(ids['/reports/{id}']), title: 'Street lighting EIA', c_age_outcome: 'positive' });
    ids['/eias/{id}'] = eia.ok ? eia.value.id : 0;
    await publishRecords(t.database.db, system, 'report', [ids['/reports/{id}']]);
    await publishRecords(t.database.db, system, 'eia', [ids['/eias/{id}']]);
    const measure = await createMeasure(t.database.db, system, {
      name: 'Street lights working',
      unit: '%',
      polarity: 'higher',
      frequency: 'monthly',
      target: '98',
      officerRag: 'Green',
    });
    ids['/measures/{id}'] = measure.ok ? measure.value.id : 0;
    await recordMeasureValue(t.database.db, system, ids['/measures/{id}'], { period: '2026-01', value: '97.5' });
    await publishRecords(t.database.db, system, 'measure', [ids['/measures/{id}']]);
    const risk = await createRisk(t.database.db, system, c.body.id, {
      ref: 'TST0001',
      title: 'Street lights fail',
      owner: 'Head of Highways',
      likelihood: '2',
      impact: '3',
      targetLikelihood: '1',
      targetImpact: '3',
      reviewDate: '2031-01-01',
    });
    await publishRecords(t.database.db, system, 'risk', [risk.ok ? risk.value.id : 0]);
    const plan = await savePlan(t.database.db, system, null, { title: 'Lighting Plan', startDate: '2025-04-01', endDate: '2028-03-31', levels: 'Priority\nProgramme' });
    ids['/plans/{id}'] = plan.ok ? plan.value.id : 0;
    const part = await savePlanPart(t.database.db, system, ids['/plans/{id}'], null, { level: '0', number: '1', title: 'Bright streets' });
    await linkMeasure(t.database.db, system, part.ok ? part.value.id : 0, { measureId: String(ids['/measures/{id}']) });
    await publishRecords(t.database.db, system, 'plan', [ids['/plans/{id}']]);
    // JSON answers only: a CSV answer (an action plan's actions) is tested with its module.
    const gets = apiRoutes().filter((r) => r.method === 'GET' && !r.csvResponse && r.path !== '/openapi.json' && r.path !== '/csrf-token');
    for (const headers of [{}, { authorization: councillor.authorization }]) {
      for (const r of gets) {
        const path = openApiPath(r.path);
        const urls =
          path === '/agenda-items/{id}'
            ? [c.pub.id, c.exempt.id].map((id) => `/agenda-items/${id}`)
            : path === '/documents/{id}'
              ? [`/documents/${c.pubDoc.id}`]
              : [path.replace('{id}', String(ids[path])).replace('{number}', String(ids[path])).replace('{ref}', 'TST0001')];
        for (const url of urls) {
          const res = await t.app.inject({ url: `/api/v1${url}`, headers });
          expect(res.statusCode, url).toBe(200);
          expect(check(path, 'get', 200, res.json()), `GET ${url}`).toEqual([]);
        }
      }
    }
    const missing = await t.app.inject('/api/v1/meetings/999999');
    expect(check('/meetings/{id}', 'get', 404, missing.json())).toEqual([]);
    const redacted = (await t.app.inject(`/api/v1/agenda-items/${c.exempt.id}`)).json();
    expect(check('/agenda-items/{id}', 'get', 200, { ...redacted, instruction: 'leaked' }), 'extra fields are schema errors').not.toEqual([]);
  });
});
