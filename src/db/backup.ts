import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { connect, type Database } from './connect.ts';
import { DataDirInUseError, LOCK_FILE } from './data-dir-lock.ts';

// Backups in each database's own standard format: a PGlite data directory as the tar.gz that PGlite's
// dumpDataDir makes (and loadDataDir reads), PostgreSQL as a pg_dump custom-format archive (read by
// pg_restore). Either is written to FILE.partial and renamed, so FILE is never a half-written backup.

/** A backup or restore that cannot be done; the message is one line, safe to print. */
export class BackupError extends Error {}

/** What a backup file holds, from its first bytes. */
export type BackupKind = 'pglite' | 'postgres';

/** Reads a file's first bytes: gzip is a PGlite tarball, `PGDMP` a pg_dump archive. */
export function backupKind(file: string): BackupKind | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BackupError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read'}`);
  }
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  return null;
}

/** A tar archive without the entries of the data directory's lock file. */
function withoutLockFile(tar: Buffer): Buffer {
  const kept: Buffer[] = [];
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const name = `${header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '')}${header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '')}`;
    const size = parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8);
    const end = offset + 512 + Math.ceil(size / 512) * 512;
    if (!basename(name).startsWith(LOCK_FILE)) kept.push(tar.subarray(offset, end));
    offset = end;
  }
  kept.push(Buffer.alloc(1024));
  return Buffer.concat(kept);
}

/** The URL without its password, and the password for PGPASSWORD (so it never shows in `ps`). */
function splitPassword(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { url: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } };
}

/** Runs a PostgreSQL client program; resolves on success, or rejects with its first error line. */
function run(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          err.code === 'ENOENT'
            ? `${program} was not found: install the PostgreSQL client tools of the server's version or later (Debian: apt-get install postgresql-client)`
            : `${program}: ${err.message}`,
        ),
      ),
    );
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      const line = stderr.split('\n').find((l) => /error|fatal/i.test(l)) ?? stderr.split('\n')[0] ?? `exit code ${code}`;
      reject(new BackupError(`${program} failed: ${line.replace(/^\S+: /, '').trim()}`));
    });
  });
}

/**
 * Writes a backup of an open database to `file`: PGlite's data directory as tar.gz, or with `databaseUrl`
 * a pg_dump custom-format archive. Returns the bytes written.
 * @example await backupDatabase(database, '/backups/shirehall.tar.gz')
 */
export async function backupDatabase(database: Database, file: string, databaseUrl?: string): Promise<number> {
  const partial = `${file}.partial`;
  try {
    if (database.kind === 'pglite') {
      if (!database.client) throw new BackupError('this database cannot be backed up (no PGlite client)');
      // A checkpoint first, so the copy needs no recovery when opened: sequences then resume exactly
      // where they were instead of jumping ahead by the values PostgreSQL logs in advance.
      await database.client.exec('CHECKPOINT');
      const dump = await database.client.dumpDataDir('none');
      writeFileSync(partial, gzipSync(withoutLockFile(Buffer.from(await dump.arrayBuffer()))));
    } else {
      if (!databaseUrl) throw new BackupError('a PostgreSQL backup needs DATABASE_URL');
      const { url, env } = splitPassword(databaseUrl);
      await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${url}`], env);
    }
    renameSync(partial, file);
  } catch (err) {
    rmSync(partial, { force: true });
    if (err instanceof BackupError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'ENOSPC')
      throw new BackupError(`cannot write ${file}: ${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : 'the disk is full'}`);
    throw err;
  }
  return (await readFile(file)).length;
}

/**
 * Restores a backup into an empty database: with `databaseUrl` a pg_dump archive into that (empty)
 * PostgreSQL database, otherwise a PGlite tarball into an empty or new `dataDir`.
 * @example await restoreDatabase('/backups/shirehall.tar.gz', { dataDir: './data' })
 */
export async function restoreDatabase(file: string, target: { databaseUrl?: string; dataDir: string }): Promise<void> {
  const kind = backupKind(file);
  if (!kind) throw new BackupError(`${file} is not a Shirehall backup (neither a PGlite tar.gz nor a pg_dump archive)`);
  if (target.databaseUrl) {
    if (kind !== 'postgres') throw new BackupError(`${file} is a PGlite backup: restore it with DATABASE_URL unset and DATA_DIR naming an empty folder`);
    const database = await connect({ databaseUrl: target.databaseUrl, poolSize: 1 });
    try {
      const client = (database.db as unknown as { $client: { query: (s: string) => Promise<{ rows: { n: number }[] }> } }).$client;
      const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");
      if ((rows[0]?.n ?? 0) > 0) throw new BackupError('the database in DATABASE_URL is not empty: restore into a new, empty database');
    } finally {
      await database.close();
    }
    const { url, env } = splitPassword(target.databaseUrl);
    await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, file], env);
    return;
  }
  if (kind !== 'pglite') throw new BackupError(`${file} is a PostgreSQL backup: restore it with pg_restore, or with DATABASE_URL set to an empty database`);
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    throw new BackupError(`the data directory ${target.dataDir} is not empty: restore into a new or empty folder (move the old one aside first)`);
  }
  const existed = existsSync(target.dataDir);
  let database: Database;
  try {
    const tar = gunzipSync(await readFile(file));
    database = await connect({ dataDir: target.dataDir, loadDataDir: new Blob([new Uint8Array(tar)]), command: 'shirehall restore' });
  } catch (err) {
    if (err instanceof DataDirInUseError) throw err;
    // Leave the folder as it was found: empty, or not there at all.
    if (existed) for (const name of readdirSync(target.dataDir)) rmSync(join(target.dataDir, name), { recursive: true, force: true });
    else rmSync(target.dataDir, { recursive: true, force: true });
    throw new BackupError(`${file} could not be restored: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
  }
  await database.close();
}
