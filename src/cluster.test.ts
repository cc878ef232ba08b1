import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from './db/connect.ts';
import { createApiToken } from './modules/accounts/index.ts';
import { clonePostgresTemplate } from '../test/db.ts';
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
  let clone: Awaited<ReturnType<typeof clonePostgresTemplate>> | undefined;
  let database: Database;
  let one: Server | undefined;
  let two: Server | undefined;
  let clerk: { id: number; email: string; password: string };
  let token: string;
  let organisationId: number;

  beforeAll(async () => {
    clone = await clonePostgresTemplate(pgUrl!, 'two');
    database = await connect({ databaseUrl: clone.url, poolSize: 2 });
    const council = await makeCouncil(database.db);
    organisationId = council.org.id;
    clerk = await makeUser(database.db, 'democratic-services');
    token = await createApiToken(database.db, clerk.id, 'test');
    [one, two] = await Promise.all([startServer(clone.url), startServer(clone.url)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stopServer(one), stopServer(two)]);
    await database?.close();
    await clone?.drop();
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
    while (Date.now() - changedAt < 5_000) {
      if ((await anonymous.request(page)).body.includes('bridges, fords and flood defences')) {
        seenAfter = Date.now() - changedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    // The cache asks the database for the newest change once a second; the margin is for a busy machine
    // (the test suite on two cores), where a render alone can take hundreds of milliseconds.
    expect(seenAfter).toBeLessThanOrEqual(2_500);
  });
});

/** The pids of the processes that logged "Server listening", in order, from a server's JSON log lines. */
function listeningPids(log: string): number[] {
  const pids: number[] = [];
  for (const line of log.split('\n')) {
    if (!line.includes('Server listening at')) continue;
    const pid = (JSON.parse(line) as { pid?: number }).pid;
    if (pid && !pids.includes(pid)) pids.push(pid);
  }
  return pids;
}

/** Waits until `check` holds, or fails naming what it waited for. */
async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`waited ${ms} ms for ${what}`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(!pgUrl)('WORKERS=2: one primary running two app processes', () => {
  let clone: Awaited<ReturnType<typeof clonePostgresTemplate>> | undefined;
  let primary: ChildProcess | undefined;

  beforeAll(async () => {
    clone = await clonePostgresTemplate(pgUrl!, 'workers');
  }, 30_000);

  afterAll(async () => {
    if (primary && primary.exitCode === null) primary.kill('SIGKILL');
    await clone?.drop();
  });

  it('answers from both, replaces a worker that dies, and stops every one of them on SIGTERM', async () => {
    primary = spawn(process.execPath, [bin, 'serve'], {
      env: { ...process.env, SHIREHALL_TSX: '1', DATABASE_URL: clone!.url, WORKERS: '2', PORT: '0', HOST: '127.0.0.1', DEMO: 'off', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    primary.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    primary.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => primary!.once('exit', (code) => resolve(code)));

    await waitFor('two workers listening', () => listeningPids(log).length === 2, 90_000);
    const [first, second] = listeningPids(log) as [number, number];
    expect(first).not.toBe(primary.pid);
    // Workers given port 0 share the one port the primary chose.
    const port = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(log)![1];
    const health = async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status === 200;
    expect(await health()).toBe(true);

    process.kill(first, 'SIGKILL');
    await waitFor('a new worker in place of the one killed', () => listeningPids(log).length === 3, 90_000);
    expect(log).toContain('worker stopped: starting another');
    expect(await health()).toBe(true);
    const third = listeningPids(log)[2]!;

    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect([second, third].filter(alive)).toEqual([]);
  }, 240_000);
});
