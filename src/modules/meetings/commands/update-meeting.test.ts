import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { updateMeeting } from './update-meeting.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('updateMeeting', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('cancels a meeting only with a public notice, and never lets a clerk type a status that publishing or minutes set', async () => {
    const { db } = database;
    const base = { organisationId: c.org.id, date: '2030-03-04', startTime: '10:00' };
    expect(await updateMeeting(db, clerk, c.meeting.id, { ...base, status: 'cancelled' })).toEqual({
      ok: false,
      errors: [{ field: 'statusNote', message: 'Enter the public notice explaining why the meeting is cancelled or postponed' }],
    });
    expect(await updateMeeting(db, clerk, c.meeting.id, { ...base, status: 'minutes-approved' })).toEqual({
      ok: false,
      errors: [{ field: 'status', message: 'Select whether the meeting is going ahead' }],
    });
    expect(await updateMeeting(db, clerk, c.meeting.id, { ...base, status: 'cancelled', statusNote: 'The venue is flooded' })).toEqual({ ok: true, value: { id: c.meeting.id } });
    expect((await db.select().from(meetings).where(eq(meetings.id, c.meeting.id)))[0]).toMatchObject({ status: 'cancelled', statusNote: 'The venue is flooded' });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'meeting.update'), eq(auditEvents.subjectId, String(c.meeting.id))));
    expect(event).toMatchObject({
      actorLabel: 'clerk@test.example',
      before: { status: 'agenda-published', statusNote: null },
      after: { status: 'cancelled', statusNote: 'The venue is flooded' },
    });
  });

  it('reinstates a cancelled meeting to what was done to it (its agenda was published), and answers a missing meeting as not found', async () => {
    const { db } = database;
    expect((await updateMeeting(db, clerk, c.meeting.id, { organisationId: c.org.id, date: '2030-03-04', startTime: '10:00', status: 'scheduled' })).ok).toBe(true);
    expect((await db.select().from(meetings).where(eq(meetings.id, c.meeting.id)))[0]).toMatchObject({ status: 'agenda-published', statusNote: null });
    await expect(updateMeeting(db, clerk, 999_999, { organisationId: c.org.id, date: '2030-03-04', startTime: '10:00' })).rejects.toThrow('Meeting not found');
  });
});
