import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { attendances, meetings, minutes } from '../../../db/schema.ts';
import { RECORD_LOCKED_MESSAGE } from '../minutes-workflow.guard.ts';
import { saveAttendances } from './save-attendances.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('saveAttendances', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('records no attendance for a meeting that has not started', async () => {
    const { db } = database;
    const a = await saveAttendances(db, actor, [{ values: { meetingId: c.meeting.id, personId: c.chair.id, printedName: 'Cllr Ada Brook', kind: 'present' } }], {
      now: new Date('2029-01-01T00:00:00Z'),
    });
    expect(a).toMatchObject({ ok: false, errors: [{ field: 'personId', message: expect.stringMatching(/has not started yet/) }] });
  });

  it('records it once the meeting has started, and freezes it with its approved minutes', async () => {
    const { db } = database;
    const after = new Date('2030-03-04T12:00:00Z');
    expect(
      (await saveAttendances(db, actor, [{ values: { meetingId: c.meeting.id, personId: c.chair.id, printedName: 'Cllr Ada Brook', kind: 'present' } }], { now: after })).ok,
    ).toBe(true);
    await db.update(meetings).set({ status: 'minutes-approved' }).where(eq(meetings.id, c.meeting.id));
    await db.insert(minutes).values({ meetingId: c.meeting.id, status: 'approved', publication: 'published', publishedAt: after });
    const late = await saveAttendances(db, actor, [{ values: { meetingId: c.meeting.id, printedName: 'Mr T Brook', kind: 'officer' } }], { now: after });
    expect(late).toEqual({ ok: false, errors: [{ row: 0, field: 'form', message: RECORD_LOCKED_MESSAGE, code: 'locked' }] });
    expect((await db.select().from(attendances)).length).toBe(1);
  });
});
