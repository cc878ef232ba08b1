import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { connect, type Database } from '../src/db/connect.ts';
import { adminUrl, templateDbName, withDatabase } from './postgres-urls.ts';

let templateBytes: Buffer | undefined;

/**
 * A fresh, migrated database for one test file: PGlite loaded from the run's template dump,
 * or, when DATABASE_URL is set, a PostgreSQL database cloned from the run's template database.
 * @example const database = await createTestDatabase(); afterAll(() => database.close());
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const clone = await clonePostgresTemplate(url, 't');
    const database = await connect({ databaseUrl: clone.url, poolSize: 4 });
    return {
      ...database,
      close: async () => {
        await database.close();
        await clone.drop();
      },
    };
  }
  return createPgliteTestDatabase();
}

/**
 * A PostgreSQL database of its own, cloned from the run's migrated template, for a test that starts
 * other processes on it (`shirehall serve`, `shirehall import`): its URL, and `drop` to remove it.
 * The suite's own DATABASE_URL names a database nobody migrates, so no process is pointed there.
 * @example const clone = await clonePostgresTemplate(process.env.DATABASE_URL!, 'cli'); afterAll(clone.drop);
 */
export async function clonePostgresTemplate(url: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${templateDbName(url).replace(/_template$/, '')}_${label}_${randomBytes(5).toString('hex')}`;
  const admin = await connect({ databaseUrl: adminUrl(url), poolSize: 1 });
  const client = (admin.db as unknown as { $client: { query: (s: string) => Promise<unknown> } }).$client;
  await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDbName(url)}"`);
  return {
    url: withDatabase(url, name),
    drop: async () => {
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.close();
      }
    },
  };
}

/**
 * A fresh, migrated in-memory PGlite database whatever DATABASE_URL says, for tests of PGlite itself
 * (backups of its data directory).
 */
export async function createPgliteTestDatabase(): Promise<Database> {
  const file = process.env.SHIREHALL_TEST_TEMPLATE;
  if (!file) throw new Error('Test template missing: run tests through vitest (test/global-setup.ts)');
  templateBytes ??= readFileSync(file);
  return connect({ loadDataDir: new Blob([new Uint8Array(templateBytes)]) });
}
