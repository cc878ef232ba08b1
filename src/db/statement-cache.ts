import { createHash } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

// Planning a page's statement costs more than running it: the meeting page's one statement takes about
// 3 ms of CPU to plan on PGlite and half a millisecond to run (bench:pages). A prepared statement is
// planned once and then runs on PostgreSQL's cached plan (PostgreSQL still plans each of the first five
// executions for their values, then keeps a generic plan only if it costs no more: its own rule).
// Drizzle sends each statement unnamed, so it is planned every time; these wrappers give the reads
// that run outside a transaction a name. Writes and statements inside transactions go as before.

/** How many distinct statements one connection keeps prepared; the least recently used is dropped. */
const LIMIT = 200;

/** Only reads are prepared (a `with` that writes is not): a statement that writes runs as sent. */
const isRead = (text: string) => /^\s*select\b/i.test(text) || (/^\s*with\b/i.test(text) && !/\b(insert|update|delete|merge)\b/i.test(text));

/** A statement's name from its text, so every process and connection names it alike. */
const nameOf = (text: string) => `s_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;

/**
 * A parameter as an SQL literal of unknown type, which PostgreSQL reads with the parameter's own type
 * (as it reads a parameter sent as text). Undefined for values that are not plain scalars.
 */
function literal(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return Number.isFinite(Number(value)) || typeof value === 'bigint' ? `'${String(value)}'` : undefined;
  if (typeof value === 'boolean') return value ? `'true'` : `'false'`;
  if (typeof value === 'string') return value.includes('\0') ? undefined : `'${value.replaceAll("'", "''")}'`;
  return undefined;
}

/**
 * The PGlite client with a statement cache: a read sent outside a transaction is prepared on its second
 * use (`PREPARE`, by a name derived from its text) and run with `EXECUTE` and its parameters as
 * literals; any failure of the prepared path forgets the statement and runs the read as sent, so an
 * error the caller sees is the statement's own. Everything else goes to the client unchanged.
 * @example drizzle(withStatementCache(client))
 */
export function withStatementCache(client: PGlite): PGlite {
  const seen = new Set<string>();
  const prepared = new Map<string, Promise<string | undefined>>();
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);

  async function prepare(text: string): Promise<string | undefined> {
    const name = nameOf(text);
    try {
      await query(`prepare ${name} as ${text}`);
      if (prepared.size > LIMIT) {
        const [oldest] = prepared.keys();
        const old = prepared.get(oldest!);
        prepared.delete(oldest!);
        void old?.then((n) =>
          n
            ? query(`deallocate ${n}`).then(
                () => undefined,
                () => undefined,
              )
            : undefined,
        );
      }
      return name;
    } catch {
      // A parameter whose type cannot be inferred, or a statement PREPARE does not take: run as sent.
      return undefined;
    }
  }

  const cachedQuery = async (text: string, params?: unknown[], options?: Parameters<PGlite['query']>[2]) => {
    if (!isRead(text)) return query(text, params, options);
    const args = (params ?? []).map(literal);
    if (args.some((a) => a === undefined)) return query(text, params, options);
    let name = prepared.get(text);
    if (!name) {
      if (!seen.has(text)) {
        if (seen.size > LIMIT * 4) seen.clear();
        seen.add(text);
        return query(text, params, options);
      }
      name = prepare(text);
      prepared.set(text, name);
    } else {
      // Most recently used goes last.
      prepared.delete(text);
      prepared.set(text, name);
    }
    const statement = await name;
    if (!statement) return query(text, params, options);
    try {
      // As one simple-protocol message: PGlite sends a statement with parameters as six messages (parse,
      // describe, bind, describe, execute, sync), each a call into its WebAssembly; `exec` sends two.
      // About 70 µs of CPU less per read (bench:pages, issue 14).
      return (await exec(args.length ? `execute ${statement}(${args.join(', ')})` : `execute ${statement}`, options))[0]!;
    } catch {
      prepared.delete(text);
      void query(`deallocate ${statement}`).catch(() => {});
      return query(text, params, options);
    }
  };

  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'query') return cachedQuery;
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

type QueryConfig = { text: string; name?: string; values?: unknown[] };

/**
 * The node-postgres pool with named statements for reads sent outside a transaction: node-postgres
 * prepares a named statement once per connection and reuses it. A bounded number of names; beyond
 * that, reads go unnamed as before.
 */
export function withNamedStatements(pool: pg.Pool): pg.Pool {
  const names = new Map<string, string>();
  const query = pool.query.bind(pool) as (config: unknown, values?: unknown) => Promise<unknown>;
  const namedQuery = (config: unknown, values?: unknown) => {
    if (config && typeof config === 'object' && !(config as QueryConfig).name && typeof (config as QueryConfig).text === 'string') {
      const text = (config as QueryConfig).text;
      if (isRead(text)) {
        let name = names.get(text);
        if (!name && names.size < LIMIT * 5) names.set(text, (name = nameOf(text)));
        if (name) return query({ ...(config as object), name }, values);
      }
    }
    return query(config, values);
  };
  return new Proxy(pool, {
    get(target, key, receiver) {
      if (key === 'query') return namedQuery;
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
