import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/build-app.ts';
import { makeCouncil } from '../../test/factories.ts';
import { publishRecords } from '../modules/visibility/index.ts';
import { tokenUser } from './test-support.ts';

let t: TestApp;
let author: Awaited<ReturnType<typeof tokenUser>>;
let clerk: Awaited<ReturnType<typeof tokenUser>>;

beforeAll(async () => {
  t = await createTestApp();
  await makeCouncil(t.database.db);
  author = await tokenUser(t.database.db, 'report-author');
  clerk = await tokenUser(t.database.db, 'democratic-services');
});
afterAll(() => t.close());

describe('the reports API', () => {
  it('drafts a report through the same command, records a sign-off, and shows the public only what is published', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/reports', payload: { kind: 'key-decision' }, headers: { authorization: author.authorization } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ field: 'title', message: 'Enter the title of the report' }] } });

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: { title: 'Cycle lane on the ring road', kind: 'key-decision', riskLikelihood: 4, riskImpact: 3, recommendations: 'Build it' },
      headers: { authorization: author.authorization },
    });
    expect(res.statusCode).toBe(201);
    const report = res.json();
    expect(report.risk).toMatchObject({ likelihood: 4, impact: 3, score: 12 });
    expect(report.signOffs).toHaveLength(4);

    const signed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/report-sign-offs/${report.signOffs[0].id}`,
      payload: { status: 'signed', name: 'Nia Rees', signedOn: '2030-01-02' },
      headers: { authorization: author.authorization },
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().signOffs[0]).toMatchObject({ role: 'Monitoring Officer', name: 'Nia Rees', date: '2 January 2030', status: 'signed' });

    const hidden = await t.app.inject(`/api/v1/reports/${report.id}`);
    const missing = await t.app.inject('/api/v1/reports/999999');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe(missing.json().error.code);
    await publishRecords(t.database.db, { userId: null, label: 'test' }, 'report', [report.id]);
    expect((await t.app.inject(`/api/v1/reports/${report.id}`)).json().risk.score).toBe(12);
    expect((await t.app.inject({ url: '/api/v1/eias', headers: { authorization: clerk.authorization } })).json()).toEqual({ data: [] });
  });
});
