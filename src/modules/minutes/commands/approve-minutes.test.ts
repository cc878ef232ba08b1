import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { minuteItems, minutes } from '../minutes.table.ts';
import { LOCKED_MESSAGE } from '../minutes-workflow.guard.ts';
import { addMinute } from './add-minute.ts';
import { approveMinutes } from './approve-minutes.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let minutesId: number;
let minuteId: number;
let nextMeetingId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  c = await makeCouncil(db);
  // The meeting has taken place and has draft minutes with one minute; the committee met again later.
  await db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
  const r = await addMinute(db, clerk, c.meeting.id, { title: 'Culvert clearance on Fenny Lane', narrative: 'The committee noted the works.' });
  if (!r.ok) throw new Error('setup: minute not added');
  minutesId = r.value.minutesId;
  minuteId = r.value.id;
  const [next] = await db
    .insert(meetings)
    .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2020-04-01T10:00:00Z'), status: 'held' })
    .returning();
  nextMeetingId = next!.id;
});
afterAll(() => database.close());

describe('approveMinutes', () => {
  it('asks how they were approved, and refuses approval at the same (not a later) meeting, leaving the draft unpublished', async () => {
    const { db } = database;
    expect(await approveMinutes(db, clerk, minutesId, { approvedAtMeetingId: String(nextMeetingId), approvalNote: '  ' })).toEqual({
      ok: false,
      errors: [{ field: 'approvalNote', message: 'Enter how the meeting approved the minutes, for example the resolution and the vote' }],
    });
    expect(await approveMinutes(db, clerk, minutesId, { approvedAtMeetingId: String(c.meeting.id), approvalNote: 'Approved without a vote' })).toEqual({
      ok: false,
      errors: [{ field: 'approvedAtMeetingId', message: 'Select a later meeting of the same committee' }],
    });
    const [m] = await db.select().from(minutes).where(eq(minutes.id, minutesId));
    expect(m).toMatchObject({ status: 'draft', publication: 'draft', approvedAtMeetingId: null });
  });

  it('approves at a later meeting: publishes the minutes and their minutes, marks the meeting, audited', async () => {
    const { db } = database;
    const now = new Date('2020-04-01T12:00:00Z');
    const r = await approveMinutes(db, clerk, minutesId, { approvedAtMeetingId: String(nextMeetingId), approvalNote: 'Approved as a correct record, 5 for, none against' }, now);
    expect(r).toEqual({ ok: true, value: { id: minutesId, meetingId: c.meeting.id } });
    const [m] = await db.select().from(minutes).where(eq(minutes.id, minutesId));
    expect(m).toMatchObject({
      status: 'approved',
      approvedAt: now,
      approvedAtMeetingId: nextMeetingId,
      approvalNote: 'Approved as a correct record, 5 for, none against',
      publication: 'published',
    });
    const [item] = await db.select().from(minuteItems).where(eq(minuteItems.id, minuteId));
    expect(item?.publication).toBe('published');
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, c.meeting.id));
    expect(meeting?.status).toBe('minutes-approved');
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'minutes.approve'), eq(auditEvents.subjectId, String(minutesId)))),
    ).toHaveLength(1);
  });

  it('throws a conflict for minutes already approved, which are never changed in place', async () => {
    const { db } = database;
    await expect(approveMinutes(db, clerk, minutesId, { approvedAtMeetingId: String(nextMeetingId), approvalNote: 'Approved again' })).rejects.toMatchObject({
      code: 'conflict',
      message: LOCKED_MESSAGE,
    });
    const [m] = await db.select().from(minutes).where(eq(minutes.id, minutesId));
    expect(m?.approvalNote).toBe('Approved as a correct record, 5 for, none against');
  });
});
