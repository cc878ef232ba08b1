import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../test/factories.ts';
import { audit } from '../db/audit.ts';
import { organisations } from '../db/schema.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;

beforeAll(async () => {
  t = await createTestApp({ PAGE_CACHE: 'on' });
  c = await makeCouncil(t.database.db);
});
afterAll(() => t.close());

describe('page cache for anonymous visitors', () => {
  it('serves a repeat anonymous request from the cache with the same bytes and headers', async () => {
    const first = await t.app.inject('/committees/roads-and-rivers');
    const second = await t.app.inject('/committees/roads-and-rivers');
    expect(first.headers['x-page-cache']).toBeUndefined();
    expect(second.headers['x-page-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
  });

  it('shows a change once it is recorded (audited), without waiting for the entry to expire', async () => {
    await t.app.inject('/committees/roads-and-rivers');
    await t.database.db.transaction(async (trx) => {
      await trx.update(organisations).set({ purpose: 'Now also looks after canals.' }).where(eq(organisations.id, c.org.id));
      await audit(trx, { userId: null, label: 'test' }, 'organisation.update', 'organisation', c.org.id, null, null);
    });
    await new Promise((r) => setTimeout(r, 1_100));
    const after = await t.app.inject('/committees/roads-and-rivers');
    expect(after.body).toContain('Now also looks after canals.');
  });

  it('never serves or stores pages for signed-in users, nor pages with a form token', async () => {
    const u = await makeUser(t.database.db, 'councillor', undefined, c.chair.id);
    const cookie = await signIn(t.app, u.email, u.password);
    await t.app.inject(`/meetings/${c.meeting.id}`);
    const signedIn = await t.app.inject({ url: `/meetings/${c.meeting.id}`, headers: { cookie } });
    expect(signedIn.headers['x-page-cache']).toBeUndefined();
    expect(signedIn.body).toContain('Valuation of Plot Zeta');
    const anon = await t.app.inject(`/meetings/${c.meeting.id}`);
    expect(anon.body).not.toContain('Valuation of Plot Zeta');
    await t.app.inject('/sign-in');
    const signInAgain = await t.app.inject('/sign-in');
    expect(signInAgain.headers['x-page-cache']).toBeUndefined();
    expect(signInAgain.headers['cache-control']).toContain('no-store');
  });

  it('does not cache errors', async () => {
    await t.app.inject('/committees/nope');
    const again = await t.app.inject('/committees/nope');
    expect(again.statusCode).toBe(404);
    expect(again.headers['x-page-cache']).toBeUndefined();
  });
});

describe('page cache on the meeting page', () => {
  it('serves a repeat anonymous meeting page from the cache', async () => {
    await t.app.inject(`/meetings/${c.meeting.id}`);
    const second = await t.app.inject(`/meetings/${c.meeting.id}`);
    expect(second.headers['x-page-cache']).toBe('hit');
  });
});

describe('page cache under a burst', () => {
  it('renders a page once for many simultaneous anonymous requests', async () => {
    const url = `/committees/roads-and-rivers?burst=${Date.now()}`;
    const all = await Promise.all(Array.from({ length: 12 }, () => t.app.inject(url)));
    expect(all.every((r) => r.statusCode === 200)).toBe(true);
    expect(all.filter((r) => r.headers['x-page-cache'] === 'hit').length).toBe(11);
    expect(new Set(all.map((r) => r.body)).size).toBe(1);
  });
});

describe('page cache keys', () => {
  // An app of its own, in which nothing is written: no change of version empties the cache mid-test.
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PAGE_CACHE: 'on' });
    await makeCouncil(t.database.db);
  });
  afterAll(() => t.close());

  it('ignores query parameters a page does not read: junk neither makes a new entry nor bypasses the cache', async () => {
    await t.app.inject('/committees');
    const junk = await t.app.inject('/committees?utm_source=x&z=1');
    expect(junk.headers['x-page-cache']).toBe('hit');
    const otherJunk = await t.app.inject(`/committees?nonce=${Math.random()}`);
    expect(otherJunk.headers['x-page-cache']).toBe('hit');
  });

  it('keeps pages apart by the parameters they do read', async () => {
    const march = await t.app.inject('/meetings?view=list&month=2030-03');
    const april = await t.app.inject('/meetings?view=list&month=2030-04&junk=1');
    expect(april.headers['x-page-cache']).toBeUndefined();
    expect(april.body).not.toBe(march.body);
    const marchAgain = await t.app.inject('/meetings?junk=2&month=2030-03&view=list');
    expect(marchAgain.headers['x-page-cache']).toBe('hit');
    expect(marchAgain.body).toBe(march.body);
  });

  it('cannot be poisoned through X-Forwarded-Host or Host: links are built on the address the request came to, and kept apart', async () => {
    await t.app.inject({ url: '/api/v1/body', headers: { 'x-forwarded-host': 'evil.example' } });
    await t.app.inject({ url: '/meetings.ics', headers: { 'x-forwarded-host': 'evil.example' } });
    await t.app.inject({ url: '/api/v1/body', headers: { host: 'evil.example' } });
    for (const url of ['/api/v1/body', '/meetings.ics']) {
      const plain = await t.app.inject(url);
      expect(plain.statusCode).toBe(200);
      expect(plain.body).not.toContain('evil.example');
    }
  });
});

describe('page cache with PUBLIC_URL', () => {
  let p: TestApp;
  beforeAll(async () => {
    p = await createTestApp({ PAGE_CACHE: 'on', PUBLIC_URL: 'https://democracy.example.gov.uk' });
    await makeCouncil(p.database.db);
  });
  afterAll(() => p.close());

  it('builds every absolute link from PUBLIC_URL whatever the request headers say', async () => {
    const forged = await p.app.inject({ url: '/api/v1/body', headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' } });
    expect(forged.json().url).toBe('https://democracy.example.gov.uk/api/v1/body');
    const ics = await p.app.inject({ url: '/meetings.ics', headers: { 'x-forwarded-host': 'evil.example' } });
    expect(ics.body).toContain('URL:https://democracy.example.gov.uk/meetings/');
    expect(ics.body).not.toContain('evil.example');
    const list = await p.app.inject({ url: '/api/v1/people?limit=1&junk=<x>', headers: { host: 'evil.example' } });
    expect(list.json().links.next).toBe('https://democracy.example.gov.uk/api/v1/people?limit=1&page=2');
  });
});
