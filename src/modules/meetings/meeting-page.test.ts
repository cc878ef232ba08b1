import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { recordQueries } from '../../../test/count-queries.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
});
afterAll(() => t.close());

describe('the meeting page reads through one query function', () => {
  it('answers the public in at most 4 SQL statements', async () => {
    const { result, statements } = await recordQueries(t.database.db, () => t.app.inject(`/meetings/${c.meeting.id}`));
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('Bridge maintenance programme');
    expect(statements.length, statements.join('\n\n')).toBeLessThanOrEqual(4);
  });

  it('answers a signed-in committee member, exempt papers included, in at most 4 SQL statements', async () => {
    const u = await makeUser(t.database.db, 'councillor', 'chair-count@test.example', c.chair.id);
    const cookie = await signIn(t.app, u.email, u.password);
    const { result, statements } = await recordQueries(t.database.db, () => t.app.inject({ url: `/meetings/${c.meeting.id}`, headers: { cookie } }));
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('Valuation of Plot Zeta');
    expect(statements.length, statements.join('\n\n')).toBeLessThanOrEqual(4);
  });
});
