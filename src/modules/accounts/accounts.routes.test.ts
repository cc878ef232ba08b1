import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, formState, type TestApp } from '../../../test/build-app.ts';
import argon2 from 'argon2';
import { auditEvents } from '../../db/schema.ts';
import { rateLimits, users, type Role } from './accounts.table.ts';
import { hashPassword, dummyPasswordHash } from './passwords.ts';
import { localPath } from './accounts.routes.ts';

let t: TestApp;
beforeAll(async () => {
  // Requests come through a trusted proxy on this machine, which names each client's address.
  t = await createTestApp({ TRUST_PROXY: '127.0.0.1' });
});
afterAll(() => t.close());

/** Posts the sign-in form from an address; returns the response and the cookies it leaves. */
async function attempt(email: string, password: string, address: string, extra: { cookie?: string; next?: string } = {}) {
  const page = await t.app.inject({ url: '/sign-in', headers: { 'x-forwarded-for': address, ...(extra.cookie ? { cookie: extra.cookie } : {}) } });
  const { token, jar } = formState(page);
  if (extra.cookie) for (const part of extra.cookie.split('; ')) jar[part.split('=')[0]!] ??= part.slice(part.indexOf('=') + 1);
  const cookie = Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  const res = await t.app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
    payload: new URLSearchParams({ _csrf: token, email, password, ...(extra.next ? { next: extra.next } : {}) }).toString(),
  });
  for (const c of res.cookies) jar[c.name] = c.value;
  return {
    res,
    jar,
    cookie: Object.entries(jar)
      .map(([k, v]) => `${k}=${v}`)
      .join('; '),
  };
}

describe('signing in', () => {
  it('does not stop an owner signing in from another address after ten wrong passwords from one', async () => {
    const u = await makeUser('councillor', 'owner@test.example');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await attempt(u.email, 'not-the-password', '203.0.113.10')).res.statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429, 429, 429]);
    const owner = await attempt(u.email, u.password, '198.51.100.20');
    expect(owner.res.statusCode).toBe(303);
  });

  it('keeps one account’s failures from slowing other accounts at the same address', async () => {
    const a = await makeUser('viewer', 'clumsy@test.example');
    const b = await makeUser('viewer', 'colleague@test.example');
    for (let i = 0; i < 6; i++) await attempt(a.email, 'wrong-password', '203.0.113.11');
    expect((await attempt(a.email, a.password, '203.0.113.11')).res.statusCode).toBe(429);
    expect((await attempt(b.email, b.password, '203.0.113.11')).res.statusCode).toBe(303);
  });

  it('lets fifty councillors behind one office address sign in on a meeting morning, typos and all', async () => {
    const councillors = await Promise.all(Array.from({ length: 50 }, (_, i) => makeUser('councillor', `cllr${i}@test.example`)));
    for (const [i, { email }] of councillors.entries()) {
      if (i % 5 === 0) expect((await attempt(email, 'correct horse batery', '192.0.2.80')).res.statusCode).toBe(401);
      expect((await attempt(email, 'correct horse battery', '192.0.2.80')).res.statusCode, email).toBe(303);
    }
  });

  it('counts only failures: signing in again and again is never throttled, and a success clears the count', async () => {
    const u = await makeUser('democratic-services', 'busy-clerk@test.example');
    for (let i = 0; i < 12; i++) expect((await attempt(u.email, u.password, '203.0.113.12')).res.statusCode).toBe(303);
    for (let i = 0; i < 4; i++) await attempt(u.email, 'wrong-password', '203.0.113.12');
    expect((await attempt(u.email, u.password, '203.0.113.12')).res.statusCode).toBe(303);
    for (let i = 0; i < 4; i++) expect((await attempt(u.email, 'wrong-password', '203.0.113.12')).res.statusCode).toBe(401);
  });

  it('says when to try again, and lets the owner in once the wait is over', async () => {
    const u = await makeUser('viewer', 'waiting@test.example');
    for (let i = 0; i < 5; i++) await attempt(u.email, 'wrong-password', '203.0.113.13');
    const refused = await attempt(u.email, u.password, '203.0.113.13');
    expect(refused.res.statusCode).toBe(429);
    expect(refused.res.body).toMatch(/Try again in \d+ seconds \(after \d{1,2}(:\d\d)?(am|pm)\)/);
    expect(refused.res.body).toContain('govuk-error-summary');
    expect(Number(refused.res.headers['retry-after'])).toBeGreaterThan(0);
    // The wait passes: move the latest failure back a minute.
    await t.database.db
      .update(rateLimits)
      .set({ windowStart: new Date(Date.now() - 60_000) })
      .where(eq(rateLimits.key, 'sign-in:fail:waiting@test.example|203.0.113.13'));
    expect((await attempt(u.email, u.password, '203.0.113.13')).res.statusCode).toBe(303);
  });

  it('audits every failed sign-in with the address, for known and unknown emails alike', async () => {
    const u = await makeUser('viewer', 'audited@test.example');
    await attempt(u.email, 'wrong-password', '203.0.113.14');
    await attempt('nobody@test.example', 'any-password', '203.0.113.14');
    const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'session.sign-in-failed'));
    const [user] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.email, u.email));
    expect(rows.find((r) => r.subjectId === String(user!.id))?.after).toMatchObject({ email: u.email, address: '203.0.113.14', reason: 'wrong password' });
    expect(rows.find((r) => (r.after as { email?: string }).email === 'nobody@test.example')?.after).toMatchObject({ reason: 'no such account', address: '203.0.113.14' });
    const ok = await attempt(u.email, u.password, '203.0.113.14');
    expect(ok.res.statusCode).toBe(303);
    const [success] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'session.sign-in'), eq(auditEvents.subjectId, String(user!.id))));
    expect(success?.after).toMatchObject({ address: '203.0.113.14' });
  });

  it('checks a password for an unknown email against a hash made like a real one (no timing difference)', async () => {
    const [real, dummy] = [await hashPassword('x'.repeat(16)), await dummyPasswordHash()];
    const settings = (h: string) => h.split('$').slice(0, 4).join('$');
    expect(settings(dummy)).toBe(settings(real));
  });

  it('rotates the session and the CSRF secret at sign-in', async () => {
    const a = await makeUser('viewer', 'first@test.example');
    const b = await makeUser('councillor', 'second@test.example');
    const first = await attempt(a.email, a.password, '203.0.113.15');
    const before = { session: first.jar.shirehall_session, csrf: first.jar.shirehall_csrf };
    const second = await attempt(b.email, b.password, '203.0.113.15', { cookie: first.cookie });
    expect(second.res.statusCode).toBe(303);
    expect(second.jar.shirehall_session).not.toBe(before.session);
    expect(second.jar.shirehall_csrf).toBeTruthy();
    expect(second.jar.shirehall_csrf).not.toBe(before.csrf);
    const old = await t.app.inject({ url: '/officer', headers: { cookie: `shirehall_session=${before.session}` } });
    expect(old.statusCode).toBe(303);
    expect(old.headers.location).toMatch(/^\/sign-in/);
  });

  it('goes on only to a path on this site after signing in', async () => {
    const u = await makeUser('viewer', 'redirected@test.example');
    const ok = await attempt(u.email, u.password, '203.0.113.16', { next: '/meetings?view=list#today' });
    expect(ok.res.headers.location).toBe('/meetings?view=list#today');
    for (const next of [
      '//evil.example/x',
      '/\\evil.example/x',
      '/\\\\evil.example',
      'https://evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'evil.example',
      '/%5Cevil',
    ]) {
      const res = (await attempt(u.email, u.password, '203.0.113.16', { next })).res;
      expect(res.headers.location, next).toMatch(/^\/(?![/\\])/);
      expect(localPath(next), next).not.toMatch(/evil\.example/);
    }
  });
});

describe('spoofed addresses', () => {
  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    const direct = await createTestApp();
    try {
      const u = await makeUser('viewer', 'spoof@test.example', direct);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const page = await direct.app.inject('/sign-in');
        const { token, cookie } = formState(page);
        const res = await direct.app.inject({
          method: 'POST',
          url: '/sign-in',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `198.18.0.${i}` },
          payload: new URLSearchParams({ _csrf: token, email: u.email, password: 'wrong-password' }).toString(),
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await direct.close();
    }
  });
});

/**
 * A user whose password hash is cheap to check (argon2 reads its settings from the hash), so these
 * tests can make hundreds of attempts; the settings of real hashes are checked above.
 */
async function makeUser(role: Role, email: string, app: TestApp = t) {
  cheapHash ??= argon2.hash('correct horse battery', { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  await app.database.db.insert(users).values({ email, displayName: email, role, passwordHash: await cheapHash });
  return { email, password: 'correct horse battery' };
}
let cheapHash: Promise<string> | undefined;
