import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { minuteItems, minutes, resolutions } from '../minutes.table.ts';
import { addMinute } from './add-minute.ts';
import { addResolution } from './add-resolution.ts';
import { approveMinutes } from './approve-minutes.ts';
import { correctMinutes } from './correct-minutes.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let minutesId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  c = await makeCouncil(db);
  // The meeting has taken place and has draft minutes with one minute and its resolution.
  await db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
  const r = await addMinute(db, clerk, c.meeting.id, { title: 'Weir repairs at Oxbow Mill', narrative: 'The committee discussed the quotation.' });
  if (!r.ok) throw new Error('setup: minute not added');
  minutesId = r.value.minutesId;
  const res = await addResolution(db, clerk, r.value.id, { text: 'That the repairs be carried out this summer.', delegation: 'To the Head of Highways' });
  if (!res.ok) throw new Error('setup: resolution not added');
});
afterAll(() => database.close());

describe('correctMinutes', () => {
  it('throws a conflict for draft minutes, which are edited directly, and asks for the reason', async () => {
    const { db } = database;
    await expect(correctMinutes(db, clerk, minutesId, { correctionReason: 'A typing slip' })).rejects.toMatchObject({
      code: 'conflict',
      message: 'Draft minutes can be edited directly; only approved minutes need a correction.',
    });
    expect(await correctMinutes(db, clerk, minutesId, { correctionReason: '' })).toEqual({
      ok: false,
      errors: [{ field: 'correctionReason', message: 'Enter the reason for the correction' }],
    });
  });

  it('copies approved minutes into a new draft version with the reason, leaving the approved version as it was, audited', async () => {
    const { db } = database;
    const [next] = await db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2020-04-01T10:00:00Z'), status: 'held' })
      .returning();
    const approved = await approveMinutes(db, clerk, minutesId, { approvedAtMeetingId: String(next!.id), approvalNote: 'Approved as a correct record' });
    expect(approved.ok).toBe(true);
    const [old] = await db.select().from(minutes).where(eq(minutes.id, minutesId));

    const r = await correctMinutes(db, clerk, minutesId, { correctionReason: 'The resolution named the wrong summer' });
    expect(r).toEqual({ ok: true, value: { id: expect.any(Number), meetingId: c.meeting.id, version: 2 } });
    const id = r.ok ? r.value.id : 0;
    const [v2] = await db.select().from(minutes).where(eq(minutes.id, id));
    expect(v2).toMatchObject({
      meetingId: c.meeting.id,
      version: 2,
      status: 'draft',
      publication: 'draft',
      supersedesId: minutesId,
      correctionReason: 'The resolution named the wrong summer',
    });
    expect((await db.select().from(minutes).where(eq(minutes.id, minutesId)))[0]).toEqual(old);
    const [copy] = await db.select().from(minuteItems).where(eq(minuteItems.minutesId, id));
    expect(copy).toMatchObject({ title: 'Weir repairs at Oxbow Mill', narrative: 'The committee discussed the quotation.', publication: 'draft' });
    expect(await db.select().from(resolutions).where(eq(resolutions.minuteItemId, copy!.id))).toMatchObject([
      { text: 'That the repairs be carried out this summer.', delegation: 'To the Head of Highways' },
    ]);
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'minutes.correct'), eq(auditEvents.subjectId, String(id)))),
    ).toHaveLength(1);
  });

  it('throws a conflict when the minutes already have a newer version', async () => {
    const { db } = database;
    await expect(correctMinutes(db, clerk, minutesId, { correctionReason: 'Another slip' })).rejects.toMatchObject({
      code: 'conflict',
      message: 'These minutes already have a newer version. Correct the newest version.',
    });
    expect(await db.select().from(minutes).where(eq(minutes.meetingId, c.meeting.id))).toHaveLength(2);
  });
});
