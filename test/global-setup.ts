import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { openPglite, connect } from '../src/db/connect.ts';
import { migrate, migrationsFolder } from '../src/db/migrate.ts';
import { adminUrl, templateDbName } from './postgres-urls.ts';
import { buildCss } from '../src/web/assets.ts';

/** Vitest global setup: one migrated database template per run (a PGlite dump, and a PostgreSQL template database when DATABASE_URL is set). */
export default async function setup(): Promise<() => Promise<void>> {
  await buildCss();
  const dir = mkdtempSync(join(tmpdir(), 'shirehall-test-'));
  const client = await openPglite();
  await migratePglite(drizzle(client), { migrationsFolder });
  const dump = await client.dumpDataDir('none');
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  process.env.SHIREHALL_TEST_TEMPLATE = file;

  const url = process.env.DATABASE_URL;
  if (url) {
    const tpl = templateDbName(url);
    const admin = await connect({ databaseUrl: adminUrl(url), poolSize: 1 });
    const pool = (admin.db as unknown as { $client: { query: (s: string) => Promise<unknown> } }).$client;
    await pool.query(`DROP DATABASE IF EXISTS "${tpl}"`);
    await pool.query(`CREATE DATABASE "${tpl}"`);
    const t = await connect({ databaseUrl: withDb(url, tpl), poolSize: 1 });
    await migrate(t);
    await t.close();
    await admin.close();
  }
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url) {
      const admin = await connect({ databaseUrl: adminUrl(url), poolSize: 1 });
      const pool = (admin.db as unknown as { $client: { query: (s: string) => Promise<unknown> } }).$client;
      await pool.query(`DROP DATABASE IF EXISTS "${templateDbName(url)}" WITH (FORCE)`);
      await admin.close();
    }
  };
}

function withDb(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
