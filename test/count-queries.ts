import type { Logger } from 'drizzle-orm';
import type { Db } from '../src/db/connect.ts';

/**
 * Records every SQL statement the database handle issues while `run` is awaited (through Drizzle's
 * logger, so it works on PGlite and PostgreSQL alike), and returns them with the run's result.
 * @example const { statements } = await recordQueries(db, () => app.inject('/meetings/1'));
 */
export async function recordQueries<T>(db: Db, run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const session = (db as unknown as { session: { logger: Logger } }).session;
  const previous = session.logger;
  const statements: string[] = [];
  session.logger = { logQuery: (query) => statements.push(query) };
  try {
    return { result: await run(), statements };
  } finally {
    session.logger = previous;
  }
}
