import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

/** The typed database handle, the same type over PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle. */
export type Tx = PgTransaction<PgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;

/** Anything that runs queries: the database or a transaction. Repositories take it first. */
export type Executor = Db | Tx;

/** An open database and how to close it. */
export type Database = { db: Db; kind: 'pglite' | 'postgres'; close: () => Promise<void> };

/** Where to connect: a PostgreSQL URL, a PGlite data directory, or an in-memory PGlite loaded from a dump. */
export type ConnectOptions = { databaseUrl?: string; dataDir?: string; loadDataDir?: Blob | File; poolSize?: number };

// PGlite's default 128 MB buffer pool is most of its resident memory; reads it misses are served
// from the kernel's page cache, so a smaller pool costs little (bench:pages: about 100 MB less RSS).
const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite.
 * @example const { db, close } = await connect({ dataDir: './data' });
 */
export async function connect(opts: ConnectOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    // pool.end() resolves before its sockets are closed; wait for every client to go, so a caller
    // that drops the database next does not kill connections still shutting down.
    const open = new Set<unknown>();
    pool.on('connect', (c) => open.add(c));
    const closed = new Promise<void>((resolve) =>
      pool.on('remove', (c) => {
        open.delete(c);
        if (pool.ending && open.size === 0) resolve();
      }),
    );
    return {
      db,
      kind: 'postgres',
      close: async () => {
        await pool.end();
        if (open.size > 0) await closed;
      },
    };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    extensions: { pg_trgm },
    startParams: pgliteStartParams,
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

/** Opens a raw PGlite instance (for dumping a template data directory). */
export async function openPglite(opts: { dataDir?: string; loadDataDir?: Blob | File } = {}): Promise<PGlite> {
  return PGlite.create({ ...opts, extensions: { pg_trgm } });
}

export { schema };
