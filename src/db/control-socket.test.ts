import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteTestDatabase } from '../../test/db.ts';
import { backupKind } from './backup.ts';
import type { Database } from './connect.ts';
import { backupThroughServer, controlSocketPath, serveControl } from './control-socket.ts';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';

const bin = fileURLToPath(new URL('../../bin/shirehall.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'shirehall-ctl-'));
let database: Database;
let lock: DataDirLock;
let server: Awaited<ReturnType<typeof serveControl>>;

beforeAll(async () => {
  // The "server": holds the data directory's lock and answers on its control socket.
  database = await createPgliteTestDatabase();
  lock = lockDataDir(dir, 'shirehall serve');
  server = await serveControl(dir, database);
  lock.update({ port: 3999, control: server!.path });
});
afterAll(async () => {
  server?.server.close();
  lock.release();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backups while the server holds the data directory', () => {
  it('listens on a socket only its own user may use', () => {
    expect(statSync(server!.path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(server!.path)).mode & 0o777).toBe(0o700);
    expect(server!.path).toBe(controlSocketPath(dir));
  });

  it('writes the backup through the server when asked', async () => {
    const file = join(dir, '..', `${dir.split('/').pop()}-direct.tar.gz`);
    try {
      expect(await backupThroughServer(server!.path, file)).toBeGreaterThan(1000);
      expect(backupKind(file)).toBe('pglite');
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('lets `shirehall backup` run while the server is up: the server writes it', async () => {
    const file = join(dir, '..', `${dir.split('/').pop()}-cli.tar.gz`);
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL'));
    try {
      const child = spawn(process.execPath, [bin, 'backup', file], { env: { ...env, DATA_DIR: dir, LOG_LEVEL: 'silent' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Backed up the data directory ${dir} to ${file} through the running server \\(pid ${process.pid}\\)`));
      expect(backupKind(file)).toBe('pglite');
    } finally {
      rmSync(file, { force: true });
    }
  });
});
