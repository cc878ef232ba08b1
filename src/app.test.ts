import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, formState, type TestApp } from '../test/build-app.ts';
import { makeUser } from '../test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the service', () => {
  it('reports its health with the database kind', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('sets security headers and a CSP nonce on pages', async () => {
    const res = await t.app.inject('/sign-in');
    expect(res.headers['content-security-policy']).toContain("script-src 'self' 'nonce-");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toContain('Skip to main content');
  });

  it('answers unknown API paths with the JSON error shape', async () => {
    const res = await t.app.inject('/api/v1/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});

describe('sign-in', () => {
  it('names each missing field', async () => {
    const page = await t.app.inject('/sign-in');
    const { token, cookie } = formState(page);
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, email: '', password: '' }).toString(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter your email address');
    expect(res.body).toContain('Enter your password');
  });

  it('signs in with an HttpOnly SameSite session cookie, then signs out', async () => {
    const u = await makeUser(t.database.db, 'viewer', 'someone@test.example');
    const page = await t.app.inject('/sign-in');
    const { token, jar, cookie } = formState(page);
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, email: u.email.toUpperCase(), password: u.password, next: '//evil.example' }).toString(),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/officer');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/shirehall_session=.*HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    for (const c of res.cookies) jar[c.name] = c.value;
    const signedIn = Object.entries(jar)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const out = await t.app.inject({ url: '/sign-out', headers: { cookie: signedIn } });
    const form = formState(out, jar);
    const done = await t.app.inject({
      method: 'POST',
      url: '/sign-out',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: form.token }).toString(),
    });
    expect(done.statusCode).toBe(303);
    const after = await t.app.inject({ url: '/officer', headers: { cookie: signedIn } });
    expect(after.statusCode).toBe(303);
  });

  it('rejects a wrong password and then rate-limits repeated attempts', async () => {
    const u = await makeUser(t.database.db, 'viewer', 'target@test.example');
    const page = await t.app.inject('/sign-in');
    const { token, cookie } = formState(page);
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/sign-in',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: token, email: u.email, password: 'wrong-password' }).toString(),
      });
    const first = await attempt();
    expect(first.statusCode).toBe(401);
    expect(first.body).toContain('Enter a correct email address and password');
    let last = first;
    for (let i = 0; i < 5; i++) last = await attempt();
    expect(last.statusCode).toBe(429);
    expect(last.body).toContain('You have tried to sign in too many times. Try again in');
  });
});
