import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/build-app.ts';
import { makeCouncil } from '../../test/factories.ts';
import { tokenUser } from './test-support.ts';

describe('the Forward Plan API', () => {
  let t: TestApp;
  let clerk: Awaited<ReturnType<typeof tokenUser>>;
  let viewer: Awaited<ReturnType<typeof tokenUser>>;
  beforeAll(async () => {
    t = await createTestApp();
    await makeCouncil(t.database.db);
    clerk = await tokenUser(t.database.db, 'democratic-services');
    viewer = await tokenUser(t.database.db, 'viewer');
  });
  afterAll(() => t.close());
  const send = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: unknown, authorization?: string) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers: authorization ? { authorization } : {} });
  const entry = {
    issue: 'Waste transfer station',
    decision: 'To award the operating contract',
    decisionDateQualifier: 'on',
    decisionDate: '2030-06-01',
    decisionMakers: ['Cabinet'],
    contacts: ['Waste Manager'],
    keySpend: 2500000,
    exemptStatus: 'part',
    exemptMatterParagraph: 3,
    privateDetails: 'Tender prices from Brackenby Ltd',
  };

  it('refuses writes signed out and from the wrong role, and invalid input with the field errors', async () => {
    expect((await send('POST', '/forward-plan/entries', entry)).statusCode).toBe(401);
    expect((await send('POST', '/forward-plan/entries', entry, viewer.authorization)).statusCode).toBe(403);
    const bad = await send('POST', '/forward-plan/entries', { ...entry, issue: '' }, clerk.authorization);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ field: 'issue', message: 'Enter the issue' }] } });
  });

  it('writes an entry and publishes a version through the commands; the public read them without the private details', async () => {
    const created = await send('POST', '/forward-plan/entries', entry, clerk.authorization);
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: number };
    expect(created.body).not.toContain('Brackenby');
    expect((await send('GET', `/forward-plan/entries/${id}`)).statusCode).toBe(404);
    const v = await send('POST', '/forward-plan/versions', { note: 'Monthly' }, clerk.authorization);
    expect(v.statusCode).toBe(201);
    expect(v.json()).toMatchObject({ number: 1, note: 'Monthly', entries: [{ issue: 'Waste transfer station', exemptMatterParagraph: 3 }] });
    const pub = await send('GET', `/forward-plan/entries/${id}`);
    expect(pub.json()).toMatchObject({ ref: expect.stringMatching(/^FP\/\d{2}\/\d{2}\/01$/), publication: 'published', historical: false });
    for (const url of ['/forward-plan/versions', '/forward-plan/versions/1', '/forward-plan/entries', `/forward-plan/entries/${id}`])
      expect((await send('GET', url)).body).not.toContain('Brackenby');
    expect((await send('GET', '/forward-plan/versions/2')).json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('writes and publishes a notice; a draft notice answers 404 to the public', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const [entries] = [(await send('GET', '/forward-plan/entries')).json() as { data: { id: number }[] }];
    const n = await send(
      'POST',
      '/notices',
      {
        kind: 'special-urgency',
        forwardPlanEntryId: entries.data[0]!.id,
        decisionMaker: 'Cabinet',
        decisionDate: '2030-06-01',
        reasons: 'Urgent',
        scrutinyChair: 'Cllr Ada Brook',
        chairAgreedOn: today,
      },
      clerk.authorization,
    );
    expect(n.statusCode).toBe(201);
    const { id } = n.json() as { id: number };
    expect((await send('GET', `/notices/${id}`)).statusCode).toBe(404);
    expect((await send('POST', `/notices/${id}/publish`, {}, clerk.authorization)).json()).toMatchObject({ publication: 'published' });
    expect((await send('GET', '/notices')).json()).toMatchObject({ data: [{ id, kind: 'special-urgency', scrutinyChair: 'Cllr Ada Brook' }] });
  });
});
