import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { declarations, minutes } from '../../../db/schema.ts';
import { RECORD_LOCKED_MESSAGE } from '../minutes-workflow.guard.ts';
import { saveDeclarations } from './save-declarations.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('saveDeclarations', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('records a declaration as declared only once the meeting has started, and none after its minutes are approved', async () => {
    const { db } = database;
    const declared = { meetingId: c.meeting.id, personId: c.chair.id, printedName: 'Cllr Ada Brook', interest: 'Lives on Mill Lane, next to the bridge' };
    const early = await saveDeclarations(db, actor, [{ values: declared }], { now: new Date('2029-01-01T00:00:00Z') });
    expect(early).toMatchObject({ ok: false, errors: [{ field: 'personId', message: expect.stringMatching(/has not started yet/) }] });
    const after = new Date('2030-03-04T12:00:00Z');
    expect(await saveDeclarations(db, actor, [{ values: { ...declared, interest: '' } }], { now: after })).toMatchObject({ ok: false, errors: [{ field: 'interest' }] });
    expect((await saveDeclarations(db, actor, [{ values: declared }], { now: after })).ok).toBe(true);
    await db.insert(minutes).values({ meetingId: c.meeting.id, status: 'approved', publication: 'published', publishedAt: after });
    expect(await saveDeclarations(db, actor, [{ values: { ...declared, interest: 'A second interest' } }], { now: after })).toEqual({
      ok: false,
      errors: [{ row: 0, field: 'form', message: RECORD_LOCKED_MESSAGE, code: 'locked' }],
    });
    expect((await db.select().from(declarations)).map((d) => d.interest)).toEqual(['Lives on Mill Lane, next to the bridge']);
  });
});
