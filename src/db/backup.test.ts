import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteTestDatabase } from '../../test/db.ts';
import { adminUrl, templateDbName, withDatabase } from '../../test/postgres-urls.ts';
import { backupDatabase, BackupError, backupKind, restoreDatabase } from './backup.ts';
import { connect, type Db } from './connect.ts';
import { seedDemoIfEmpty } from './seed/demo.ts';

const bin = fileURLToPath(new URL('../../bin/shirehall.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'shirehall-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every table's row count and a digest of all its rows, and every sequence's position. */
async function snapshot(db: Db): Promise<Record<string, string>> {
  const rowsOf = async <T>(query: Parameters<Db['execute']>[0]) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  const tables = await rowsOf<{ schema: string; name: string }>(
    sql`SELECT table_schema AS schema, table_name AS name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await rowsOf<{ n: number; digest: string }>(
      sql.raw(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${t.schema}"."${t.name}" t`),
    );
    out[`${t.schema}.${t.name}`] = `${row!.n} rows ${row!.digest}`;
  }
  const sequences = await rowsOf<{ name: string; last: string | null }>(
    sql`SELECT schemaname || '.' || sequencename AS name, last_value::text AS last FROM pg_sequences ORDER BY 1`,
  );
  for (const s of sequences) out[`sequence ${s.name}`] = String(s.last);
  return out;
}

/** Names in a tar archive. */
function tarNames(tar: Buffer): string[] {
  const names: string[] = [];
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    names.push(header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, ''));
    offset += 512 + Math.ceil(parseInt(header.subarray(124, 136).toString('ascii').trim() || '0', 8) / 512) * 512;
  }
  return names;
}

describe('backup and restore on PGlite', () => {
  it('gives identical tables and sequences after a round trip into an empty data directory, and leaves the lock out', async () => {
    const source = await createPgliteTestDatabase();
    const file = join(work, 'council.tar.gz');
    let before: Record<string, string>;
    try {
      await seedDemoIfEmpty(source.db, { now: new Date('2030-03-20T12:00:00Z') });
      before = await snapshot(source.db);
      await backupDatabase(source, file);
    } finally {
      await source.close();
    }
    expect(backupKind(file)).toBe('pglite');
    expect(Object.keys(before).length).toBeGreaterThan(30);

    const dataDir = join(work, 'restored');
    await restoreDatabase(file, { dataDir });
    const restored = await connect({ dataDir, command: 'test' });
    try {
      expect(await snapshot(restored.db)).toEqual(before);
      // A backup of a data directory in use leaves its lock file out, so a restore never inherits it.
      const again = join(work, 'again.tar.gz');
      await backupDatabase(restored, again);
      const names = tarNames(gunzipSync(readFileSync(again)));
      expect(names.some((n) => n.endsWith('PG_VERSION'))).toBe(true);
      expect(names.filter((n) => n.includes('shirehall.lock'))).toEqual([]);
    } finally {
      await restored.close();
    }
  }, 120_000);

  it('restores only into an empty data directory, and only a PGlite backup', async () => {
    const full = join(work, 'full');
    mkdirSync(full, { recursive: true });
    writeFileSync(join(full, 'PG_VERSION'), '17');
    await expect(restoreDatabase(join(work, 'council.tar.gz'), { dataDir: full })).rejects.toThrow(`the data directory ${full} is not empty`);
    const pgDump = join(work, 'fake.dump');
    writeFileSync(pgDump, 'PGDMP\u0001rest');
    await expect(restoreDatabase(pgDump, { dataDir: join(work, 'x') })).rejects.toThrow(/is a PostgreSQL backup/);
    const junk = join(work, 'junk.bin');
    writeFileSync(junk, 'hello');
    await expect(restoreDatabase(junk, { dataDir: join(work, 'x') })).rejects.toThrow(BackupError);
  });

  it('prints one line and exits 2 when the backup file cannot be read', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL'));
    const run = spawnSync(process.execPath, [bin, 'restore', join(work, 'missing.tar.gz')], { env: { ...env, DATA_DIR: join(work, 'unused') }, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`shirehall: ${join(work, 'missing.tar.gz')}: no such file\n`);
  });
});

const pgUrl = process.env.DATABASE_URL;

describe.skipIf(!pgUrl)('backup and restore on PostgreSQL', () => {
  it('gives identical tables and sequences after pg_dump and pg_restore into an empty database', async () => {
    const admin = await connect({ databaseUrl: adminUrl(pgUrl!), poolSize: 1 });
    const run = (q: string) => admin.db.execute(sql.raw(q));
    const suffix = Math.random().toString(36).slice(2, 8);
    const [from, to] = [`${templateDbName(pgUrl!).replace(/_template$/, '')}_bk_${suffix}`, `${templateDbName(pgUrl!).replace(/_template$/, '')}_rs_${suffix}`];
    await run(`CREATE DATABASE "${from}" TEMPLATE "${templateDbName(pgUrl!)}"`);
    await run(`CREATE DATABASE "${to}" TEMPLATE template0`);
    try {
      const file = join(work, 'council.dump');
      const source = await connect({ databaseUrl: withDatabase(pgUrl!, from), poolSize: 2 });
      let before: Record<string, string>;
      try {
        await seedDemoIfEmpty(source.db, { now: new Date('2030-03-20T12:00:00Z') });
        before = await snapshot(source.db);
        await backupDatabase(source, file, withDatabase(pgUrl!, from));
      } finally {
        await source.close();
      }
      expect(backupKind(file)).toBe('postgres');
      await restoreDatabase(file, { databaseUrl: withDatabase(pgUrl!, to), dataDir: join(work, 'unused') });
      const restored = await connect({ databaseUrl: withDatabase(pgUrl!, to), poolSize: 2 });
      try {
        expect(await snapshot(restored.db)).toEqual(before);
      } finally {
        await restored.close();
      }
      await expect(restoreDatabase(file, { databaseUrl: withDatabase(pgUrl!, to), dataDir: join(work, 'unused') })).rejects.toThrow(/is not empty/);
    } finally {
      await run(`DROP DATABASE IF EXISTS "${from}" WITH (FORCE)`);
      await run(`DROP DATABASE IF EXISTS "${to}" WITH (FORCE)`);
      await admin.close();
    }
  }, 120_000);
});
