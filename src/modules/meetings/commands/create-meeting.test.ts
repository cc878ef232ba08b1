import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { createMeeting } from './create-meeting.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('createMeeting', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const count = async () => (await database.db.select().from(meetings)).length;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('schedules a meeting at London local time (summer time here), audited', async () => {
    const { db } = database;
    const r = await createMeeting(db, clerk, {
      organisationId: String(c.org.id),
      date: '2030-07-01',
      startTime: '2pm',
      endTime: '16:30',
      locationId: String(c.location.id),
      issuedBy: 'Head of Democratic Services',
    });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    const [m] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(m).toMatchObject({
      bodyId: c.body.id,
      startAt: new Date('2030-07-01T13:00:00Z'),
      endAt: new Date('2030-07-01T15:30:00Z'),
      status: 'scheduled',
      locationId: c.location.id,
    });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'meeting.create'), eq(auditEvents.subjectId, String(id))));
    expect(event).toMatchObject({ actorLabel: 'clerk@test.example', before: null });
  });

  it('refuses an impossible or malformed date (30 February, "1/7/2030") with a GOV.UK message and writes nothing', async () => {
    const { db } = database;
    const before = await count();
    for (const date of ['2030-02-30', '1/7/2030']) {
      const r = await createMeeting(db, clerk, { organisationId: c.org.id, date, startTime: '10:00' });
      expect(r.ok, date).toBe(false);
      if (!r.ok) expect(r.errors.find((e) => e.field === 'date')?.message, date).toMatch(/real date|date of the meeting/);
    }
    expect(await count()).toBe(before);
  });

  it('refuses missing dates, impossible times, an end before the start, and links that do not exist', async () => {
    const { db } = database;
    const before = await count();
    const base = { organisationId: c.org.id, date: '2030-07-01', startTime: '10:00' };
    expect(await createMeeting(db, clerk, { ...base, date: undefined })).toMatchObject({ ok: false, errors: [{ field: 'date', message: 'Enter the date of the meeting' }] });
    expect(await createMeeting(db, clerk, { ...base, startTime: '25:00' })).toMatchObject({
      ok: false,
      errors: [{ field: 'startTime', message: 'Enter the start time in the 24-hour format, like 14:30' }],
    });
    expect(await createMeeting(db, clerk, { ...base, endTime: '09:00' })).toEqual({
      ok: false,
      errors: [{ field: 'endTime', message: 'The end time must be after the start time' }],
    });
    expect(await createMeeting(db, clerk, { ...base, organisationId: '' })).toMatchObject({ ok: false, errors: [{ field: 'organisationId', message: 'Select a committee' }] });
    expect(await createMeeting(db, clerk, { ...base, organisationId: 999_999 })).toEqual({
      ok: false,
      errors: [{ field: 'organisationId', message: 'Select a committee that exists' }],
    });
    expect(await createMeeting(db, clerk, { ...base, locationId: 999_999 })).toEqual({ ok: false, errors: [{ field: 'locationId', message: 'Select a venue that exists' }] });
    expect(await createMeeting(db, clerk, { ...base, contactPersonId: 999_999 })).toEqual({
      ok: false,
      errors: [{ field: 'contactPersonId', message: 'Select a contact who exists' }],
    });
    expect(await count()).toBe(before);
  });
});
