import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import type { Database } from './connect.ts';
import { bodies } from './schema.ts';

// Reads sent outside a transaction run as prepared statements (src/db/statement-cache.ts): what a
// caller gets back must be exactly what the unprepared statement gives, errors included.
describe('prepared reads', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const nameRead = (name: string) => database.db.select({ id: bodies.id, name: bodies.name }).from(bodies).where(eq(bodies.name, name));

  it('gives the same rows on every use, once prepared, whatever the parameter holds', async () => {
    const awkward = `O'Brien's council \\ "quoted"; drop table bodies; --`;
    await database.db.insert(bodies).values({ name: awkward, slug: 'awkward-council' });
    const runs = [];
    for (let i = 0; i < 8; i++) runs.push(await nameRead(awkward));
    expect(runs.every((r) => r.length === 1 && r[0]!.name === awkward)).toBe(true);
    expect(await nameRead('no such council')).toEqual([]);
    expect(
      await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(bodies)
        .where(eq(bodies.slug, 'awkward-council')),
    ).toEqual([{ n: 1 }]);
  });

  it('reads what was written since it was prepared', async () => {
    for (let i = 0; i < 3; i++) await nameRead('A council written later');
    await database.db.insert(bodies).values({ name: 'A council written later', slug: 'written-later' });
    expect(await nameRead('A council written later')).toHaveLength(1);
  });

  it('answers with the statement’s own error, also after it has been prepared', async () => {
    const bad = () =>
      database.db.execute(sql`select 1 / ${0}::int as x`).then(
        () => 'no error',
        (e: Error & { cause?: Error }) => (e.cause ?? e).message,
      );
    for (let i = 0; i < 3; i++) expect(await bad()).toMatch(/division by zero/);
  });

  it('keeps null, numbers and booleans as they are', async () => {
    const read = () => database.db.execute<{ a: number | null; b: boolean; c: string }>(sql`select ${null}::int as a, ${true}::boolean as b, ${12.5}::numeric::text as c`);
    for (let i = 0; i < 4; i++) {
      const r = (await read()) as unknown as { rows?: unknown[] } & unknown[];
      const row = (r.rows ?? r)[0];
      expect(row).toEqual({ a: null, b: true, c: '12.5' });
    }
  });
});
