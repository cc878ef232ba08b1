import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/build-app.ts';
import { makeCouncil } from '../../test/factories.ts';
import { addDays, toLondonDate } from '../lib/dates.ts';
import { forwardPlanEntries, reports, reportSignOffs } from '../db/schema.ts';
import { tokenUser } from './test-support.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: Awaited<ReturnType<typeof tokenUser>>;
let viewer: Awaited<ReturnType<typeof tokenUser>>;
const today = toLondonDate(new Date());

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  clerk = await tokenUser(t.database.db, 'democratic-services');
  viewer = await tokenUser(t.database.db, 'viewer');
  await t.database.db.insert(forwardPlanEntries).values({
    bodyId: c.body.id,
    ref: 'FP/97/01/01',
    managed: true,
    firstPublished: addDays(today, -60),
    decisionDateText: 'Soon',
    access: 'public',
    publication: 'published',
    publishedAt: new Date(`${addDays(today, -60)}T09:00:00Z`),
  });
});
afterAll(() => t.close());

const send = (method: 'GET' | 'POST', url: string, payload?: unknown, authorization?: string) =>
  t.app.inject({ method, url: `/api/v1${url}`, payload: payload as Record<string, unknown>, headers: authorization ? { authorization } : {} });

describe('the decisions API: individual decisions on a published report', () => {
  const decision = (reportId: number) => ({
    makerKind: 'officer',
    makerPersonId: c.officer.id,
    title: 'Gully cleaning contract',
    decisionText: 'To award the contract',
    decidedOn: today,
    reasons: 'Best value',
    isKey: true,
    forwardPlanRef: 'FP/97/01/01',
    reportId,
    access: 'public',
  });

  it('publishes the report, refuses the decision until the report is 5 clear working days old, then records it as a draft', async () => {
    const created = await send('POST', '/reports', { title: 'Gully cleaning contract', kind: 'key-decision' }, clerk.authorization);
    const reportId = created.json().id as number;
    expect((await send('POST', `/reports/${reportId}/publish`)).statusCode).toBe(401);
    expect((await send('POST', `/reports/${reportId}/publish`, undefined, viewer.authorization)).statusCode).toBe(403);
    const unsigned = await send('POST', `/reports/${reportId}/publish`, undefined, clerk.authorization);
    expect(unsigned.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect(JSON.stringify(unsigned.json())).toContain('needs sign-off from');
    await t.database.db.update(reportSignOffs).set({ status: 'signed' }).where(eq(reportSignOffs.reportId, reportId));
    expect((await send('POST', `/reports/${reportId}/publish`, undefined, clerk.authorization)).json()).toMatchObject({ publication: 'published' });

    expect((await send('POST', '/decisions', decision(reportId))).statusCode).toBe(401);
    expect((await send('POST', '/decisions', decision(reportId), viewer.authorization)).statusCode).toBe(403);
    const late = await send('POST', '/decisions', decision(reportId), clerk.authorization);
    expect(late.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ field: 'reportId' }] } });
    expect(JSON.stringify(late.json())).toContain('5 clear working days before');

    // Published three weeks ago: in time.
    await t.database.db
      .update(reports)
      .set({ publishedAt: new Date(`${addDays(today, -21)}T09:00:00Z`) })
      .where(eq(reports.id, reportId));
    const made = await send('POST', '/decisions', decision(reportId), clerk.authorization);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ individual: true, reportId, isKey: true, publication: 'draft' });
    const id = made.json().id as number;
    expect((await send('GET', `/decisions/${id}`)).json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await send('GET', `/decisions/${id}`, undefined, clerk.authorization)).json()).toMatchObject({ id, title: 'Gully cleaning contract' });
    await send('POST', `/decisions/${id}/publish`, undefined, clerk.authorization);
    expect((await send('GET', `/decisions/${id}`)).json()).toMatchObject({ id, publication: 'published', callIn: 'Open for call-in' });
  });
});
