import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import * as schema from './schema.ts';
import { DataDirInUseError, lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { withNamedStatements, withStatementCache } from './statement-cache.ts';
import { withWasmTiering, type TierUp } from './wasm-tiering.ts';

/** The typed database handle, the same type over PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle. */
export type Tx = PgTransaction<PgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;

/** Anything that runs queries: the database or a transaction. Repositories take it first. */
export type Executor = Db | Tx;

/**
 * An open database and how to close it; on PGlite also the raw client (for backups) and, with a data
 * directory, the lock that keeps other processes out of it.
 */
export type Database = { db: Db; kind: 'pglite' | 'postgres'; close: () => Promise<void>; client?: PGlite; lock?: DataDirLock };

/** Where to connect: a PostgreSQL URL, a PGlite data directory, or an in-memory PGlite loaded from a dump. */
export type ConnectOptions = {
  databaseUrl?: string;
  dataDir?: string;
  loadDataDir?: Blob | File;
  poolSize?: number;
  connectTimeoutMs?: number;
  /** What this process is, for the lock on a data directory ("shirehall serve"); taken from argv by default. */
  command?: string;
  /** How V8 compiles PGlite's WebAssembly (see wasm-tiering.ts); V8's default unless given. */
  wasmTierUp?: TierUp;
  /** PGlite's buffer pool (PostgreSQL's `shared_buffers`, like "16MB"); 16 MB unless given. */
  sharedBuffers?: string;
};

/** "shirehall token create": the command this process runs, from its arguments. */
function commandName(): string {
  const words = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  return ['shirehall', ...words.slice(0, 2)].join(' ');
}

/** The database named by DATABASE_URL cannot be used; the message is one line, safe to print (no password). */
export class DatabaseUnavailableError extends Error {}

/** `user@host:port/database` of a PostgreSQL URL, without its password. */
function describeTarget(url: string): { where: string; user: string; database: string } {
  try {
    const u = new URL(url);
    const user = decodeURIComponent(u.username) || process.env.PGUSER || 'postgres';
    const database = decodeURIComponent(u.pathname.slice(1)) || user;
    return { where: `${u.hostname || 'localhost'}:${u.port || '5432'}`, user, database };
  } catch {
    return { where: 'the address in DATABASE_URL', user: 'the user', database: 'the database' };
  }
}

/**
 * Turns a failure to connect to PostgreSQL into one line naming the problem.
 * @example databaseProblem({ code: 'ECONNREFUSED' }, 'postgres://db:5432/x') // 'cannot connect to PostgreSQL at db:5432: connection refused (is it running?)'
 */
export function databaseProblem(err: unknown, url: string): string {
  const e = (err ?? {}) as { code?: string; message?: string };
  const { where, user, database } = describeTarget(url);
  const host = where.replace(/:\d+$/, '');
  switch (e.code) {
    case 'ECONNREFUSED':
      return `cannot connect to PostgreSQL at ${where}: connection refused (is it running, and on that port?)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `cannot connect to PostgreSQL: no host called "${host}" was found (check DATABASE_URL)`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
      return `cannot connect to PostgreSQL at ${where}: the host cannot be reached`;
    case '3D000':
      return `PostgreSQL at ${where} has no database called "${database}" (create it, or check DATABASE_URL)`;
    case '28P01':
      return `PostgreSQL at ${where} refused the password for user "${user}" (check DATABASE_URL)`;
    case '28000':
      return `PostgreSQL at ${where} refused user "${user}": ${(e.message ?? 'not allowed').split('\n')[0]}`;
    case '57P03':
      return `PostgreSQL at ${where} is starting up or shutting down: try again in a moment`;
  }
  if (/timeout/i.test(e.message ?? '')) return `cannot connect to PostgreSQL at ${where}: no answer in time (is the host right, and the port open?)`;
  return `cannot connect to PostgreSQL at ${where}: ${(e.message ?? String(err)).split('\n')[0]}`;
}

/** Checks the server answers before anything else runs, so a wrong DATABASE_URL is named at once. */
async function probe(pool: pg.Pool, url: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(databaseProblem(err, url));
  }
}

// PGlite's default 128 MB buffer pool is most of its resident memory; reads it misses are served
// from the kernel's page cache, so a small pool costs little: 16 MB against 32 MB took 19 MB off the
// server's peak at no CPU cost measurable on the ten-year archive (BENCHMARKS.md, bench:pages).
const DEFAULT_SHARED_BUFFERS = '16MB';

/**
 * Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite.
 * @example const { db, close } = await connect({ dataDir: './data' });
 */
export async function connect(opts: ConnectOptions): Promise<Database> {
  // STATEMENT_CACHE=off sends every statement unnamed (for comparing in bench:pages).
  const statementCache = process.env.STATEMENT_CACHE !== 'off';
  if (opts.databaseUrl) {
    // node-postgres is loaded only for PostgreSQL: a server on PGlite does without it (about 5 MB).
    const [{ default: pgModule }, { drizzle: drizzlePg }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
    // JIT off: the search query's cost estimate made PostgreSQL compile it on every run, about a second
    // of a query that takes tens of milliseconds (bench:search); short queries never gain from it.
    const pool = new pgModule.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
      options: '-c jit=off',
    });
    // An idle client losing its connection (PostgreSQL restarted) must not end the process.
    pool.on('error', () => {});
    await probe(pool, opts.databaseUrl);
    const db = drizzlePg(statementCache ? withNamedStatements(pool) : pool, { schema }) as unknown as Db;
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
  let lock: DataDirLock | undefined;
  let client: PGlite;
  try {
    // One process at a time: a second writer on a PGlite data directory corrupts it.
    if (opts.dataDir) lock = lockDataDir(opts.dataDir, opts.command ?? commandName());
    client = await withWasmTiering(opts.wasmTierUp ?? 'always', () =>
      PGlite.create({
        dataDir: opts.dataDir,
        loadDataDir: opts.loadDataDir,
        extensions: { pg_trgm },
        startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${opts.sharedBuffers ?? DEFAULT_SHARED_BUFFERS}`],
      }),
    );
  } catch (err) {
    lock?.release();
    if (err instanceof DataDirInUseError || !opts.dataDir) throw err;
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.code === 'ENOSPC' ? 'the disk is full' : (e.message ?? String(err)).split('\n')[0];
    throw new DatabaseUnavailableError(`cannot open the data directory ${opts.dataDir}: ${why}`);
  }
  const db = drizzlePglite(statementCache ? withStatementCache(client) : client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    client,
    lock,
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** Opens a raw PGlite instance (for dumping a template data directory). */
export async function openPglite(opts: { dataDir?: string; loadDataDir?: Blob | File } = {}): Promise<PGlite> {
  return PGlite.create({ ...opts, extensions: { pg_trgm } });
}

export { schema };
