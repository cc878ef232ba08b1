import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { minuteItems, minutes } from '../minutes.table.ts';
import { addMinute } from './add-minute.ts';
import { publishDraftMinutes } from './publish-draft-minutes.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let minutesId: number;
let minuteId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  c = await makeCouncil(db);
  // The meeting has taken place and has draft minutes with one minute.
  await db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
  const r = await addMinute(db, clerk, c.meeting.id, { title: 'Footbridge at Pellow Ford', narrative: 'The committee noted the closure.' });
  if (!r.ok) throw new Error('setup: minute not added');
  minutesId = r.value.minutesId;
  minuteId = r.value.id;
});
afterAll(() => database.close());

describe('publishDraftMinutes', () => {
  it('refuses to publish before the meeting has started, leaving the draft unpublished', async () => {
    const { db } = database;
    const r = await publishDraftMinutes(db, clerk, minutesId, new Date('2020-03-04T09:00:00Z'));
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'publish', message: expect.stringMatching(/^This meeting has not started yet/) }] });
    const [m] = await db.select().from(minutes).where(eq(minutes.id, minutesId));
    expect(m?.publication).toBe('draft');
  });

  it('publishes the draft minutes and their minutes as a draft and moves the meeting on, audited', async () => {
    const { db } = database;
    const now = new Date('2020-03-10T09:00:00Z');
    expect(await publishDraftMinutes(db, clerk, minutesId, now)).toEqual({ ok: true, value: { id: minutesId, meetingId: c.meeting.id } });
    const [m] = await db.select().from(minutes).where(eq(minutes.id, minutesId));
    expect(m).toMatchObject({ status: 'draft', publication: 'published', publishedAt: now, publicationNote: 'Draft: not yet approved' });
    const [item] = await db.select().from(minuteItems).where(eq(minuteItems.id, minuteId));
    expect(item).toMatchObject({ publication: 'published', publishedAt: now });
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, c.meeting.id));
    expect(meeting?.status).toBe('minutes-draft');
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'minutes.publish'), eq(auditEvents.subjectId, String(minutesId)))),
    ).toHaveLength(1);
  });

  it('throws a conflict for minutes already published, or approved', async () => {
    const { db } = database;
    await expect(publishDraftMinutes(db, clerk, minutesId)).rejects.toMatchObject({ code: 'conflict', message: 'These draft minutes have already been published' });
    await db.update(minutes).set({ status: 'approved' }).where(eq(minutes.id, minutesId));
    await expect(publishDraftMinutes(db, clerk, minutesId)).rejects.toMatchObject({
      code: 'conflict',
      message: 'These minutes have been approved, so they are already published',
    });
  });
});
