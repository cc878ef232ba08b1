import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { attendances, minutes } from '../minutes.table.ts';
import { RECORD_LOCKED_MESSAGE } from '../minutes-workflow.guard.ts';
import { addAttendee } from './add-attendee.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
  // The meeting has taken place, so it can have attendance.
  await database.db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
});
afterAll(() => database.close());

describe('addAttendee', () => {
  it('adds a substitute by name and an officer by person (taking their printed name), each audited', async () => {
    const { db } = database;
    const sub = await addAttendee(db, clerk, c.meeting.id, { kind: 'substitute', printedName: 'Cllr Wren Halloway', substituteFor: 'Cllr Ada Brook' });
    const off = await addAttendee(db, clerk, c.meeting.id, { kind: 'officer', personId: String(c.officer.id), note: 'Presented the gritting report' });
    expect(sub).toEqual({ ok: true, value: { id: expect.any(Number) } });
    expect(off).toEqual({ ok: true, value: { id: expect.any(Number) } });
    const rows = await db.select().from(attendances).where(eq(attendances.meetingId, c.meeting.id)).orderBy(attendances.id);
    expect(rows).toMatchObject([
      { personId: null, printedName: 'Cllr Wren Halloway', kind: 'substitute', substituteFor: 'Cllr Ada Brook' },
      { personId: c.officer.id, printedName: 'Tom Brook', kind: 'officer', substituteFor: null, note: 'Presented the gritting report' },
    ]);
    const audits = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'attendance.add'), eq(auditEvents.subjectType, 'attendance')));
    expect(audits.map((a) => a.subjectId).sort()).toEqual(rows.map((r) => String(r.id)).sort());
  });

  it('asks for whom a substitute stands in, for a person or name, and for a person who exists', async () => {
    const { db } = database;
    expect(await addAttendee(db, clerk, c.meeting.id, { kind: 'substitute', printedName: 'Cllr Wren Halloway' })).toEqual({
      ok: false,
      errors: [{ field: 'substituteFor', message: 'Select the member they are substituting for' }],
    });
    expect(await addAttendee(db, clerk, c.meeting.id, { kind: 'officer', printedName: '' })).toEqual({
      ok: false,
      errors: [{ field: 'personId', message: 'Select a person or enter their name' }],
    });
    expect(await addAttendee(db, clerk, c.meeting.id, { kind: 'officer', personId: '999999' })).toEqual({
      ok: false,
      errors: [{ field: 'personId', message: 'Select a person who exists' }],
    });
  });

  it('throws a conflict once the meeting has approved minutes, adding nobody', async () => {
    const { db } = database;
    const before = await db
      .select()
      .from(attendances)
      .where(and(eq(attendances.meetingId, c.meeting.id), isNull(attendances.deletedAt)));
    await db.insert(minutes).values({ meetingId: c.meeting.id, status: 'approved', publication: 'published', publishedAt: new Date('2020-04-01T10:00:00Z') });
    await expect(addAttendee(db, clerk, c.meeting.id, { kind: 'other-member', printedName: 'Cllr Ivo Marsh' })).rejects.toMatchObject({
      code: 'conflict',
      message: RECORD_LOCKED_MESSAGE,
    });
    expect(
      await db
        .select()
        .from(attendances)
        .where(and(eq(attendances.meetingId, c.meeting.id), isNull(attendances.deletedAt))),
    ).toHaveLength(before.length);
  });
});
