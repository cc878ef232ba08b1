import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../test/db.ts';
import type { Database } from '../db/connect.ts';
import { bodies, organisations } from '../db/schema.ts';
import { createLogger } from './logger.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A logger writing JSON lines into an array. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', stream), text: () => lines.join('') };
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error('expected the query to fail');
}

describe('the log', () => {
  it('keeps the SQL of a failed query but never its parameter values', async () => {
    const err = await failure(() => database.db.select().from(organisations).where(eq(organisations.slug, 'EXEMPT-land-price\u0000')));
    const { logger, text } = capture();
    logger.error({ err }, 'request failed');
    const line = JSON.parse(text()) as { err: { message: string; query: string; cause: { code: string } } };
    expect(text()).not.toContain('EXEMPT-land-price');
    expect(line.err.query).toContain('from "organisations"');
    expect(line.err.cause.code).toBe('22021');
  });

  it('leaves out the detail of a database error, which quotes the values of a duplicate key', async () => {
    await database.db.insert(bodies).values({ name: 'A council', slug: 'secret-slug-value' });
    const err = await failure(() => database.db.insert(bodies).values({ name: 'Another council', slug: 'secret-slug-value' }));
    const { logger, text } = capture();
    logger.error({ err }, 'request failed');
    expect(text()).not.toContain('secret-slug-value');
    expect(text()).not.toContain('Another council');
    expect(text()).toContain('23505');
  });
});
