import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { minuteItems, minutes } from '../minutes.table.ts';
import { ensureDraftMinutes } from './ensure-draft-minutes.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
  // The meeting has taken place, so it can have minutes.
  await database.db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
});
afterAll(() => database.close());

describe('ensureDraftMinutes', () => {
  it('starts version 1 as a draft once, marks the meeting held, and refuses a meeting that has not started', async () => {
    const { db } = database;
    const first = await db.transaction((trx) => ensureDraftMinutes(trx, clerk, c.meeting.id));
    const again = await db.transaction((trx) => ensureDraftMinutes(trx, clerk, c.meeting.id));
    expect(first.minutes).toMatchObject({ meetingId: c.meeting.id, version: 1, status: 'draft' });
    expect(again.minutes.id).toBe(first.minutes.id);
    expect(await db.select().from(minutes).where(eq(minutes.meetingId, c.meeting.id))).toHaveLength(1);
    expect((await db.select().from(meetings).where(eq(meetings.id, c.meeting.id)))[0]!.status).toBe('held');
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'minutes.start'), eq(auditEvents.subjectId, String(first.minutes.id)))),
    ).toHaveLength(1);
    expect(await db.select().from(minuteItems)).toHaveLength(0);
    await db
      .update(meetings)
      .set({ startAt: new Date('2099-01-01T10:00:00Z') })
      .where(eq(meetings.id, c.meeting.id));
    await db.delete(minutes).where(eq(minutes.meetingId, c.meeting.id));
    await expect(db.transaction((trx) => ensureDraftMinutes(trx, clerk, c.meeting.id))).rejects.toThrow();
    await expect(db.transaction((trx) => ensureDraftMinutes(trx, clerk, 999_999))).rejects.toThrow('Meeting not found');
  });
});
