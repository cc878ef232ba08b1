import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../src/db/data-dir-lock.ts';
import { build, isFresh } from '../scripts/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'shirehall-build-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The port the server wrote into its data directory's lock once it listens. */
async function portOf(dir: string, exited: () => boolean): Promise<number> {
  for (;;) {
    if (exited()) throw new Error('the server exited before it listened');
    try {
      const port = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).port as number | undefined;
      if (port) return port;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the production build', () => {
  it('compiles the server to dist/ with its templates and migrations, and `shirehall serve` runs it', async () => {
    await build();
    expect(isFresh()).toBe(true);
    expect(existsSync(join(root, 'dist/src/cli/main.js'))).toBe(true);
    expect(existsSync(join(root, 'dist/src/web/views/layout.njk'))).toBe(true);
    expect(existsSync(join(root, 'dist/src/db/migrations/meta/_journal.json'))).toBe(true);

    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: 'off', LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    delete env.SHIREHALL_TSX;
    const server = spawn(process.execPath, [join(root, 'bin/shirehall.js'), 'serve'], { cwd: root, env, stdio: 'ignore' });
    let exited = false;
    server.once('exit', () => (exited = true));
    try {
      const port = await portOf(dataDir, () => exited);
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('govuk-footer');
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => (exited ? r(undefined) : server.once('exit', r)));
    }
  }, 120_000);
});
