import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from './connect.ts';
import { DataDirInUseError, LOCK_FILE, lockDataDir } from './data-dir-lock.ts';

/** This environment without DATABASE_URL, so the CLI uses PGlite in DATA_DIR. */
const withoutDatabaseUrl = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL'));
const bin = fileURLToPath(new URL('../../bin/shirehall.js', import.meta.url));
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shirehall-lock-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('one writer per PGlite data directory', () => {
  it('refuses a second opener with one line naming the holder, its pid and port, and lets it in once released', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir, 'shirehall serve');
    lock.update({ port: 3999 });
    expect(() => lockDataDir(dir, 'shirehall token create')).toThrow(DataDirInUseError);
    try {
      lockDataDir(dir, 'shirehall token create');
    } catch (err) {
      expect((err as Error).message).toBe(
        `the data directory ${dir} is in use by shirehall serve (pid ${process.pid}, port 3999): stop it first (one process at a time may open a PGlite data directory; with PostgreSQL, DATABASE_URL, commands run beside the server)`,
      );
    }
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir, 'shirehall token create').release();
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => child.on('exit', resolve));
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: child.pid, command: 'shirehall serve', port: 3000, host: hostname(), startedAt: '2030-01-01T00:00:00Z', instance: 'dead' }),
    );
    const lock = lockDataDir(dir, 'shirehall serve');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose pid now belongs to another program', () => {
    const dir = tempDir();
    // This test runner's parent is alive, but did not start when the recorded owner did.
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, command: 'shirehall serve', host: hostname(), startedAt: '2030-01-01T00:00:00Z', processStart: '1', instance: 'reused' }),
    );
    lockDataDir(dir, 'shirehall serve').release();
  });

  it('holds the lock while a database is open on the directory, and releases it on close', async () => {
    const dir = tempDir();
    const database = await connect({ dataDir: dir, command: 'shirehall serve' });
    await expect(connect({ dataDir: dir, command: 'shirehall import' })).rejects.toThrow(/is in use by shirehall serve \(pid \d+\)/);
    await database.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('makes a CLI command on a data directory the server holds print one line and exit 2', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir, 'shirehall serve');
    lock.update({ port: 3999 });
    try {
      const run = spawnSync(process.execPath, [bin, 'token', 'create', 'clerk@example.gov.uk'], {
        env: { ...withoutDatabaseUrl(), DATA_DIR: dir, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^shirehall: the data directory ${dir} is in use by shirehall serve \\(pid ${process.pid}, port 3999\\): stop it first`));
      expect(run.stderr.trimEnd()).not.toContain('\n');
    } finally {
      lock.release();
    }
  });
});
