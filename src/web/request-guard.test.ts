import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, formState, signIn, type TestApp } from '../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../test/factories.ts';
import { isGovukErrorPage, isJsonError } from '../../test/security.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: string;

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  const u = await makeUser(t.database.db, 'democratic-services');
  clerk = await signIn(t.app, u.email, u.password);
});
afterAll(() => t.close());

describe('input no page can use', () => {
  it('answers a NUL character in a search with 400 and the GOV.UK error page', async () => {
    const res = await t.app.inject('/search?q=%00');
    expect(res.statusCode).toBe(400);
    expect(isGovukErrorPage(res.body)).toBe(true);
    expect(res.body).toContain('null character');
  });

  it('answers a NUL character in the API with a 400 in the JSON error shape', async () => {
    const res = await t.app.inject('/api/v1/meetings?modified_since=%00');
    expect(res.statusCode).toBe(400);
    expect(isJsonError(res.body)).toBe(true);
  });

  it('refuses a NUL character in a public form without saving anything', async () => {
    const page = await t.app.inject(`/meetings/${c.meeting.id}/questions/new`);
    const { token, cookie } = formState(page);
    const res = await t.app.inject({
      method: 'POST',
      url: `/meetings/${c.meeting.id}/questions`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, kind: 'question', name: 'Nul\u0000Name', email: 'a@example.com', text: 'Why?' }).toString(),
    });
    expect(res.statusCode).toBe(400);
  });

  it('answers an id too large for the database with 404, on pages and in the API', async () => {
    expect((await t.app.inject('/meetings/99999999999')).statusCode).toBe(404);
    expect((await t.app.inject('/meetings/2147483648')).statusCode).toBe(404);
    const api = await t.app.inject('/api/v1/meetings/99999999999');
    expect(api.statusCode).toBe(404);
    expect(isJsonError(api.body)).toBe(true);
    expect((await t.app.inject({ url: '/officer/meetings/99999999999', headers: { cookie: clerk } })).statusCode).toBe(404);
  });

  it('answers repeated and over-long parameters without a server error', async () => {
    for (const url of [
      '/search?q=a&q=b',
      '/meetings?month=2030-03&month=2030-04',
      `/meetings?committee=${'x'.repeat(300)}`,
      '/decisions?q=a&q=b&page=1&page=2',
      `/search?q=${'word '.repeat(100)}`,
    ]) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBeLessThan(500);
      if (res.statusCode >= 400) expect(isGovukErrorPage(res.body), url).toBe(true);
    }
  });

  it('answers an address the router cannot decode with the GOV.UK error page', async () => {
    const res = await t.app.inject('/meetings/%FF');
    expect(res.statusCode).toBe(400);
    expect(isGovukErrorPage(res.body)).toBe(true);
    expect((await t.app.inject('/api/v1/meetings/%E0%A4%A')).json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('answers a malformed upload with 400, not a server error', async () => {
    const page = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}/documents/new`, headers: { cookie: clerk } });
    const { token } = formState(page);
    for (const payload of ['--x\r\nContent-Disposition: form-da', 'not multipart at all', '--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nA']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/officer/meetings/${c.meeting.id}/documents?_csrf=${encodeURIComponent(token)}`,
        headers: { cookie: clerk, 'content-type': 'multipart/form-data; boundary=x' },
        payload,
      });
      expect(res.statusCode, payload).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, payload).toBeLessThan(500);
    }
  });
});
