// The shared OParl conformance walker (../shared/tools/oparl-walk.mjs) against a running server: the
// static phase (schemas, lists, filters, deleted objects, references, files), then changes, then the
// sync phase (an incremental sync from the static snapshot must equal a fresh full sync).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { createApiToken } from '../accounts/index.ts';

const walker = resolve(import.meta.dirname, '../../../../shared/tools/oparl-walk.mjs');
const available = existsSync(walker);
if (!available) {
  if (process.env.REQUIRE_SHARED === '1') throw new Error(`The OParl walker is missing from ${walker} (REQUIRE_SHARED=1)`);
  console.warn(`OParl walk skipped: ${walker} is missing (set REQUIRE_SHARED=1 to fail instead)`);
}

const run = promisify(execFile);

describe.runIf(available)('the OParl conformance walker', () => {
  let t: TestApp;
  let baseUrl: string;
  let clerk: string;
  let dir: string;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const api = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: clerk, ...(payload ? { 'content-type': 'application/json' } : {}) },
      ...(payload ? { payload: JSON.stringify(payload) } : {}),
    });
  const walk = async (phase: 'static' | 'sync') => {
    const args = [walker, '--base', baseUrl, '--phase', phase, '--state', join(dir, 'state.json'), '--report', join(dir, `report-${phase}.json`), '--concurrency', '2'];
    try {
      const { stdout } = await run(process.execPath, args, { cwd: resolve(import.meta.dirname, '../../..'), timeout: 240_000 });
      return { code: 0, stdout };
    } catch (e) {
      const err = e as { code?: number; stdout?: string };
      return { code: err.code ?? 1, stdout: err.stdout ?? String(e) };
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shirehall-oparl-'));
    t = await createTestApp();
    c = await makeCouncil(t.database.db);
    const user = await makeUser(t.database.db, 'democratic-services');
    clerk = `Bearer ${await createApiToken(t.database.db, user.id, 'test')}`;
    // A meeting created in error and deleted, so the static phase sees a deleted object.
    const mistaken = await api('POST', '/api/v1/meetings', { organisationId: c.org.id, date: '2030-05-05', startTime: '09:30' });
    await api('DELETE', `/api/v1/meetings/${(mistaken.json() as { id: number }).id}`);
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `${address}/oparl/v1`;
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds nothing wrong in a full walk, then an incremental sync after changes matches a fresh one', async () => {
    const first = await walk('static');
    expect(first.stdout).toMatch(/walk\(static\): \d+ objects/);
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain('0 errors, 0 warnings');

    expect((await api('POST', '/api/v1/meetings', { organisationId: c.org.id, date: '2030-06-10', startTime: '18:00' })).statusCode).toBe(201);
    expect((await api('PATCH', `/api/v1/people/${c.officer.id}`, { jobTitle: 'Director of Highways' })).statusCode).toBe(200);
    expect((await api('DELETE', `/api/v1/meetings/${c.meeting.id}`)).statusCode).toBe(200);

    const sync = await walk('sync');
    expect(sync.code, sync.stdout).toBe(0);
    // The person changed; other objects may be updated with it (a list an object appears in more than once, or a record the change touched), and the walker checks every one against a fresh sync.
    expect(sync.stdout).toMatch(/1 created, [1-9]\d* updated, [1-9]\d* deleted/);
    expect(sync.stdout).toMatch(/0 errors, 0 warnings/);
  }, 300_000);
});
