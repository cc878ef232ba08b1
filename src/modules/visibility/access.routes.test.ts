import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { auditEvents } from '../../db/schema.ts';
import { accessGrants } from './visibility.table.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: string;
let viewer: string;
let outsider: { id: number; cookie: string };

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  const u = await makeUser(t.database.db, 'democratic-services');
  const v = await makeUser(t.database.db, 'viewer');
  const o = await makeUser(t.database.db, 'councillor', 'ward-member@test.example');
  clerk = await signIn(t.app, u.email, u.password);
  viewer = await signIn(t.app, v.email, v.password);
  outsider = { id: o.id, cookie: await signIn(t.app, o.email, o.password) };
});
afterAll(() => t.close());

async function post(url: string, fields: Record<string, string>, cookie = clerk) {
  const page = await t.app.inject({ url: '/sign-out', headers: { cookie } });
  const { token } = formState(page);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  });
}

describe('granting a councillor access to an exempt paper', () => {
  const url = () => `/officer/documents/${c.exemptDoc.id}/access`;

  it('sends the signed-out to sign in and forbids a viewer and a councillor', async () => {
    const anon = await t.app.inject(url());
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url())}`);
    for (const cookie of [viewer, outsider.cookie]) {
      expect((await t.app.inject({ url: url(), headers: { cookie } })).statusCode).toBe(403);
      expect((await post(url(), { userId: String(outsider.id), reason: 'x' }, cookie)).statusCode).toBe(403);
      expect((await post(`${url()}/1/revoke`, {}, cookie)).statusCode).toBe(403);
    }
  });

  it('needs a councillor and a reason', async () => {
    const res = await post(url(), { userId: '', reason: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('Select a councillor');
    expect(res.body).toContain('Enter why they need to read it');
  });

  it('lets the granted councillor read it until the grant is revoked, all audited', async () => {
    expect((await t.app.inject({ url: `/documents/${c.exemptDoc.id}`, headers: { cookie: outsider.cookie } })).statusCode).toBe(404);
    expect((await post(url(), { userId: String(outsider.id), reason: 'Local member for the riverside' })).statusCode).toBe(303);
    const page = await t.app.inject({ url: url(), headers: { cookie: clerk } });
    expect(page.body).toContain('Local member for the riverside');
    expect(page.body).toContain('Members of Roads and Rivers Committee');
    const doc = await t.app.inject({ url: `/documents/${c.exemptDoc.id}`, headers: { cookie: outsider.cookie } });
    expect(doc.statusCode).toBe(200);
    expect(doc.body).toContain('EXEMPT APPENDIX BYTES');
    // The grant is for this paper only: the item's other content stays withheld from them.
    const meeting = await t.app.inject({ url: `/meetings/${c.meeting.id}`, headers: { cookie: outsider.cookie } });
    expect(meeting.body).toContain('Valuation of Plot Zeta');
    expect(meeting.body).not.toContain('Secret instruction text');
    const [g] = await t.database.db.select().from(accessGrants).where(eq(accessGrants.subjectId, c.exemptDoc.id));
    expect((await post(`${url()}/${g!.id}/revoke`, {})).statusCode).toBe(303);
    expect((await t.app.inject({ url: `/documents/${c.exemptDoc.id}`, headers: { cookie: outsider.cookie } })).statusCode).toBe(404);
    const acts = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'document'), eq(auditEvents.subjectId, String(c.exemptDoc.id))));
    expect(acts.map((a) => a.action)).toEqual(expect.arrayContaining(['access.grant', 'access.revoke']));
  });
});
