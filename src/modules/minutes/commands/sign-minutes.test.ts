import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { minutes } from '../minutes.table.ts';
import { approveMinutes } from './approve-minutes.ts';
import { ensureDraftMinutes } from './ensure-draft-minutes.ts';
import { signMinutes } from './sign-minutes.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let minutesId: number;
let nextMeetingId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  c = await makeCouncil(db);
  // The meeting has taken place and has draft minutes; the committee met again later.
  await db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
  minutesId = (await db.transaction((trx) => ensureDraftMinutes(trx, clerk, c.meeting.id))).minutes.id;
  const [next] = await db
    .insert(meetings)
    .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2020-04-01T10:00:00Z'), status: 'held' })
    .returning();
  nextMeetingId = next!.id;
});
afterAll(() => database.close());

describe('signMinutes', () => {
  it('throws a conflict for draft minutes, which must be approved first', async () => {
    await expect(signMinutes(database.db, clerk, minutesId, { signedBy: 'Cllr Ada Brook', signedOn: '2020-04-01' })).rejects.toMatchObject({
      code: 'conflict',
      message: 'Draft minutes cannot be signed. Record their approval first.',
    });
  });

  it('asks for the chair’s name and a date from the approval to today', async () => {
    const { db } = database;
    const approved = await approveMinutes(
      db,
      clerk,
      minutesId,
      { approvedAtMeetingId: String(nextMeetingId), approvalNote: 'Approved as a correct record' },
      new Date('2020-04-01T11:00:00Z'),
    );
    expect(approved.ok).toBe(true);
    expect(await signMinutes(db, clerk, minutesId, { signedBy: '', signedOn: '2020-04-01' })).toEqual({
      ok: false,
      errors: [{ field: 'signedBy', message: 'Enter the name of the chair who signed the minutes' }],
    });
    expect(await signMinutes(db, clerk, minutesId, { signedBy: 'Cllr Ada Brook', signedOn: '2020-03-31' })).toEqual({
      ok: false,
      errors: [{ field: 'signedOn', message: 'The date the minutes were signed must be the same as or after the date they were approved' }],
    });
    expect(await signMinutes(db, clerk, minutesId, { signedBy: 'Cllr Ada Brook', signedOn: '2999-01-01' })).toEqual({
      ok: false,
      errors: [{ field: 'signedOn', message: 'The date the minutes were signed must be today or in the past' }],
    });
    const [m] = await db.select().from(minutes).where(eq(minutes.id, minutesId));
    expect(m).toMatchObject({ status: 'approved', signedBy: null, signedAt: null });
  });

  it('records the signature on approved minutes once, audited', async () => {
    const { db } = database;
    const today = toLondonDate(new Date());
    expect(await signMinutes(db, clerk, minutesId, { signedBy: 'Cllr Ada Brook', signedOn: today })).toEqual({ ok: true, value: { id: minutesId, meetingId: c.meeting.id } });
    const [m] = await db.select().from(minutes).where(eq(minutes.id, minutesId));
    expect(m).toMatchObject({ status: 'signed', signedBy: 'Cllr Ada Brook', approvalNote: 'Approved as a correct record' });
    expect(toLondonDate(m!.signedAt!)).toBe(today);
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'minutes.sign'), eq(auditEvents.subjectId, String(minutesId)))),
    ).toHaveLength(1);
    await expect(signMinutes(db, clerk, minutesId, { signedBy: 'Cllr Ada Brook', signedOn: today })).rejects.toMatchObject({
      code: 'conflict',
      message: 'These minutes have already been signed.',
    });
  });
});
