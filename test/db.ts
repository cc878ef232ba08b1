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
    const name = `${templateDbName(url).replace(/_template$/, '')}_t_${randomBytes(5).toString('hex')}`;
    const admin = await connect({ databaseUrl: adminUrl(url), poolSize: 1 });
    const client = (admin.db as unknown as { $client: { query: (s: string) => Promise<unknown> } }).$client;
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDbName(url)}"`);
    const database = await connect({ databaseUrl: withDatabase(url, name), poolSize: 4 });
    return {
      ...database,
      close: async () => {
        await database.close();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.close();
      },
    };
  }
  return createPgliteTestDatabase();
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
