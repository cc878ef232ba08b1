import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from './connect.ts';

/** A query Drizzle has built once, run with the values of its placeholders. */
type Built<R> = { execute: (values: Record<string, unknown>) => Promise<R>; logger?: unknown };

/** What `build` returns: a Drizzle query that can be prepared. */
type Preparable<R> = { toSQL: () => { sql: string }; prepare: (name: string) => Built<R> };

const built = new WeakMap<object, Map<string, Built<unknown>>>();

/** The most shapes one executor keeps (a shape per kind of viewer and variant of a page). */
const LIMIT = 500;

/**
 * Runs a page's query, building its SQL tree only the first time for each `shape` (a string naming
 * everything the built SQL depends on apart from the placeholders: the viewer, the page's variant).
 * What varies per request goes in as `sql.placeholder(name)` and its value in `values`; values must be
 * plain numbers, strings, booleans or null (dates as ISO strings), so the statement can be prepared.
 * Building the meeting page's SQL cost about 0.5 ms of CPU a request before this.
 * @example pageQuery(db, `meeting:${viewerKey(v)}`, (ex) => ex.select(…).where(eq(meetings.id, sql.placeholder('id'))), { id })
 */
export async function pageQuery<R>(ex: Executor, shape: string, build: (ex: Executor) => Preparable<R>, values: Record<string, unknown>): Promise<R> {
  let byShape = built.get(ex);
  if (!byShape) built.set(ex, (byShape = new Map()));
  let query = byShape.get(shape) as Built<R> | undefined;
  if (!query) {
    const q = build(ex);
    // node-postgres names a prepared statement per connection and refuses one name for two texts:
    // the name comes from the text.
    query = q.prepare(`q_${createHash('sha1').update(q.toSQL().sql).digest('hex').slice(0, 20)}`);
    if (byShape.size >= LIMIT) byShape.clear();
    byShape.set(shape, query as Built<unknown>);
  }
  // Drizzle gives a prepared query the session's logger when it is built; a logger set since (tests
  // count statements through it) must see this run too.
  query.logger = (ex as unknown as { session?: { logger?: unknown } }).session?.logger ?? query.logger;
  return query.execute(values);
}

/** A placeholder for a page query's value (see `pageQuery`). */
export const slot = (name: string) => sql.placeholder(name);
