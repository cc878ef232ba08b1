import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { minuteItems } from '../minutes.table.ts';
import { addMinute } from './add-minute.ts';
import { updateMinute } from './update-minute.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

let database: Database;
let minuteId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  const c = await makeCouncil(database.db);
  // The meeting has taken place, so it can have minutes.
  await database.db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
  const r = await addMinute(database.db, clerk, c.meeting.id, { title: 'Bridge maintenance' });
  if (!r.ok) throw new Error('the minute was not added');
  minuteId = r.value.id;
});
afterAll(() => database.close());

describe('updateMinute', () => {
  it('changes a minute of draft minutes, audited with before and after, and answers a missing minute as not found', async () => {
    const { db } = database;
    const r = await updateMinute(db, clerk, minuteId, { title: 'Bridge maintenance programme', narrative: 'Noted.' });
    expect(r).toEqual({ ok: true, value: { id: minuteId, meetingId: expect.any(Number) } });
    expect((await db.select().from(minuteItems).where(eq(minuteItems.id, minuteId)))[0]).toMatchObject({ title: 'Bridge maintenance programme', narrative: 'Noted.' });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'minute.update'), eq(auditEvents.subjectId, String(minuteId))));
    expect(event).toMatchObject({ before: { title: 'Bridge maintenance' }, after: { title: 'Bridge maintenance programme' } });
    expect(await updateMinute(db, clerk, minuteId, { narrative: 'x' })).toMatchObject({ ok: false, errors: [{ field: 'title' }] });
    await expect(updateMinute(db, clerk, 999_999, { title: 'Nothing' })).rejects.toThrow();
  });
});
