import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { recordQueries } from '../../../test/count-queries.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { imports, provenance } from '../../db/schema.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  // The layout's council name is read once and kept for 30 s: read it before counting.
  await t.app.inject('/accessibility');
});
afterAll(() => t.close());

describe('each public page reads through one query function', () => {
  it('answers the committee page in one SQL statement', async () => {
    const { result, statements } = await recordQueries(t.database.db, () => t.app.inject('/committees/roads-and-rivers'));
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('Cllr Ada Brook');
    expect(result.body).toContain(`/meetings/${c.meeting.id}`);
    expect(statements, statements.join('\n\n')).toHaveLength(1);
  });

  it('answers the calendar, filtered by committee or not, in one SQL statement', async () => {
    for (const url of ['/meetings?month=2030-03', '/meetings?month=2030-03&view=list&committee=roads-and-rivers', '/meetings?month=2030-03&committee=no-such-committee']) {
      const { result, statements } = await recordQueries(t.database.db, () => t.app.inject(url));
      expect(result.statusCode, url).toBe(200);
      expect(result.body, url).toContain(`/meetings/${c.meeting.id}`);
      expect(statements, statements.join('\n\n')).toHaveLength(1);
    }
  });

  it('answers the public in at most 4 SQL statements', async () => {
    const { result, statements } = await recordQueries(t.database.db, () => t.app.inject(`/meetings/${c.meeting.id}`));
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('Bridge maintenance programme');
    expect(statements.length, statements.join('\n\n')).toBeLessThanOrEqual(4);
    expect(statements, 'the page itself reads in one statement').toHaveLength(1);
  });

  it('answers a signed-in committee member, exempt papers included, in at most 4 SQL statements', async () => {
    const u = await makeUser(t.database.db, 'councillor', 'chair-count@test.example', c.chair.id);
    const cookie = await signIn(t.app, u.email, u.password);
    const { result, statements } = await recordQueries(t.database.db, () => t.app.inject({ url: `/meetings/${c.meeting.id}`, headers: { cookie } }));
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('Valuation of Plot Zeta');
    expect(statements.length, statements.join('\n\n')).toBeLessThanOrEqual(4);
    // The session's user, then the page.
    expect(statements).toHaveLength(2);
  });

  it('reads a section that has something for the meeting in a second statement, through the same visibility rules', async () => {
    const db = t.database.db;
    const [imp] = await db
      .insert(imports)
      .values({ bodyId: c.body.id, fileName: 'pack.txt', sha256: 'f'.repeat(64), format: 'text', byteSize: 1, sourceText: 'x', extracted: {}, importedBy: 'test' })
      .returning();
    const [pubSource, exemptSource] = await db
      .insert(provenance)
      .values([
        { importId: imp!.id, subjectType: 'agenda_item', subjectId: c.pub.id, sourceKey: 'agenda:1' },
        { importId: imp!.id, subjectType: 'agenda_item', subjectId: c.exempt.id, sourceKey: 'agenda:2' },
      ])
      .returning();
    const { result, statements } = await recordQueries(db, () => t.app.inject(`/meetings/${c.meeting.id}`));
    expect(result.body).toContain(`/sources/${pubSource!.id}`);
    expect(result.body).not.toContain(`/sources/${exemptSource!.id}`);
    expect(statements, statements.join('\n\n')).toHaveLength(2);
    const u = await makeUser(db, 'councillor', 'chair-sources@test.example', c.chair.id);
    const cookie = await signIn(t.app, u.email, u.password);
    const member = await recordQueries(db, () => t.app.inject({ url: `/meetings/${c.meeting.id}`, headers: { cookie } }));
    expect(member.result.body).toContain(`/sources/${exemptSource!.id}`);
    expect(member.statements.length).toBeLessThanOrEqual(4);
  });
});
