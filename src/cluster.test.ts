import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from './db/connect.ts';
import { createApiToken } from './modules/accounts/index.ts';
import { adminUrl, templateDbName, withDatabase } from '../test/postgres-urls.ts';
import { makeCouncil, makeUser } from '../test/factories.ts';

// Two `shirehall serve` processes on one PostgreSQL database share everything a visitor notices:
// sessions, rate limits and the page cache's invalidation all live in the database.

const pgUrl = process.env.DATABASE_URL;
const bin = fileURLToPath(new URL('../bin/shirehall.js', import.meta.url));

type Server = { child: ChildProcess; base: string };

/** Starts `shirehall serve` on a free port and resolves when it listens. */
function startServer(databaseUrl: string): Promise<Server> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, SHIREHALL_TSX: '1', DATABASE_URL: databaseUrl, WORKERS: '1', PORT: '0', HOST: '127.0.0.1', DEMO: 'off', PAGE_CACHE: 'on', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1];
      if (port) {
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolve({ child, base: `http://127.0.0.1:${port}` });
      }
    });
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err || out}`)));
  });
}

/** Stops a server and waits for it to go. */
function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

/** A tiny cookie jar over fetch, as a browser would keep one per site. */
function browser(jar: Map<string, string> = new Map()) {
  return {
    jar,
    async request(url: string, init: RequestInit = {}) {
      const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const at = pair!.indexOf('=');
        jar.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
      return { status: res.status, body: await res.text(), headers: res.headers };
    },
    /** Posts the sign-in form of `base`, as typed after opening the page there. */
    async signIn(base: string, email: string, password: string) {
      const page = await this.request(`${base}/sign-in`);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
      return this.request(`${base}/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
      });
    },
  };
}

describe.skipIf(!pgUrl)('two app processes on one PostgreSQL database', () => {
  const name = `${templateDbName(pgUrl ?? 'postgres://x/shirehall').replace(/_template$/, '')}_two_${Math.random().toString(36).slice(2, 8)}`;
  let admin: Database;
  let database: Database;
  let one: Server | undefined;
  let two: Server | undefined;
  let clerk: { id: number; email: string; password: string };
  let token: string;
  let organisationId: number;

  beforeAll(async () => {
    admin = await connect({ databaseUrl: adminUrl(pgUrl!), poolSize: 1 });
    const client = (admin.db as unknown as { $client: { query: (s: string) => Promise<unknown> } }).$client;
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDbName(pgUrl!)}"`);
    database = await connect({ databaseUrl: withDatabase(pgUrl!, name), poolSize: 2 });
    const council = await makeCouncil(database.db);
    organisationId = council.org.id;
    clerk = await makeUser(database.db, 'democratic-services');
    token = await createApiToken(database.db, clerk.id, 'test');
    [one, two] = await Promise.all([startServer(withDatabase(pgUrl!, name)), startServer(withDatabase(pgUrl!, name))]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([stopServer(one), stopServer(two)]);
    await database?.close();
    const client = (admin?.db as unknown as { $client: { query: (s: string) => Promise<unknown> } } | undefined)?.$client;
    await client?.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin?.close();
  });

  it('keeps a clerk signed in on the other process', async () => {
    const b = browser();
    expect((await b.signIn(one!.base, clerk.email, clerk.password)).status).toBe(303);
    const officer = await b.request(`${two!.base}/officer`);
    expect(officer.status).toBe(200);
    expect(officer.body).toContain('Officer area');
    expect((await browser().request(`${two!.base}/officer`)).status).not.toBe(200);
  });

  it('counts failed sign-ins on one process against the next attempt on the other', async () => {
    const b = browser();
    for (let i = 0; i < 5; i++) expect((await b.signIn(one!.base, 'guesser@test.example', `wrong guess ${i}`)).status).toBe(401);
    const refused = await browser().signIn(two!.base, 'guesser@test.example', 'wrong guess 5');
    expect(refused.status).toBe(429);
    expect(refused.body).toContain('You have tried to sign in too many times');
  });

  it('shows a change made through one process on the other’s cached public page within a second', async () => {
    const page = `${two!.base}/committees/roads-and-rivers`;
    const anonymous = browser();
    expect((await anonymous.request(page)).body).toContain('Looks after bridges and flood defences.');
    // The second view is served from the page cache of the second process.
    expect((await anonymous.request(page)).body).toContain('Looks after bridges and flood defences.');
    const changed = await fetch(`${one!.base}/api/v1/organisations/${organisationId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ purpose: 'Looks after bridges, fords and flood defences.' }),
    });
    expect(changed.status).toBe(200);
    const changedAt = Date.now();
    let seenAfter = Infinity;
    while (Date.now() - changedAt < 3_000) {
      if ((await anonymous.request(page)).body.includes('bridges, fords and flood defences')) {
        seenAfter = Date.now() - changedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    // The cache asks the database for the newest change once a second; allow for a busy machine's render.
    expect(seenAfter).toBeLessThanOrEqual(1_500);
  });
});
