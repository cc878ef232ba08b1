import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings, memberships, people } from '../../../db/schema.ts';
import { attendances, minutes } from '../minutes.table.ts';
import { recordRollCall } from './record-roll-call.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let memberId: number;
const live = () =>
  database.db
    .select()
    .from(attendances)
    .where(and(eq(attendances.meetingId, c.meeting.id), isNull(attendances.deletedAt)))
    .orderBy(attendances.personId);
beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  c = await makeCouncil(db);
  // The meeting has taken place; the committee has a second member besides its chair.
  await db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
  const [member] = await db
    .insert(people)
    .values({ bodyId: c.body.id, slug: 'piers-quill', kind: 'councillor', printedName: 'Cllr Piers Quill', givenName: 'Piers', familyName: 'Quill' })
    .returning();
  memberId = member!.id;
  await db.insert(memberships).values({ organisationId: c.org.id, personId: memberId, role: 'member' });
});
afterAll(() => database.close());

describe('recordRollCall', () => {
  it('asks for an answer for every current member by name, recording nothing', async () => {
    const r = await recordRollCall(database.db, clerk, c.meeting.id, { [`person-${c.chair.id}`]: 'present', [`person-${memberId}`]: 'late' });
    expect(r).toEqual({
      ok: false,
      errors: [{ field: `person-${memberId}`, message: 'Select whether Cllr Piers Quill was present, sent apologies or was absent' }],
    });
    expect(await live()).toHaveLength(0);
  });

  it('records the roll call, replacing the earlier one, audited each time', async () => {
    const { db } = database;
    expect(await recordRollCall(db, clerk, c.meeting.id, { [`person-${c.chair.id}`]: 'present', [`person-${memberId}`]: 'absent' })).toEqual({ ok: true, value: { count: 2 } });
    expect(await recordRollCall(db, clerk, c.meeting.id, { [`person-${c.chair.id}`]: 'present', [`person-${memberId}`]: 'apologies' })).toEqual({ ok: true, value: { count: 2 } });
    expect(await live()).toMatchObject(
      [
        { personId: c.chair.id, printedName: 'Cllr Ada Brook', kind: 'present' },
        { personId: memberId, printedName: 'Cllr Piers Quill', kind: 'apologies' },
      ].sort((a, b) => a.personId - b.personId),
    );
    const audits = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'attendance.roll-call'), eq(auditEvents.subjectType, 'meeting'), eq(auditEvents.subjectId, String(c.meeting.id))));
    expect(audits).toHaveLength(2);
  });

  it('throws a conflict once the meeting has approved minutes, leaving the roll call as it was', async () => {
    const { db } = database;
    await db.insert(minutes).values({ meetingId: c.meeting.id, status: 'approved', publication: 'published', publishedAt: new Date('2020-04-01T10:00:00Z') });
    await expect(recordRollCall(db, clerk, c.meeting.id, { [`person-${c.chair.id}`]: 'absent', [`person-${memberId}`]: 'absent' })).rejects.toMatchObject({
      code: 'conflict',
      message: 'The minutes of this meeting have been approved, so its attendance and declarations cannot be changed.',
    });
    expect((await live()).map((a) => a.kind).sort()).toEqual(['apologies', 'present']);
  });
});
