import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { saveMeetings } from './save-meetings.ts';
import { createMeeting } from './create-meeting.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('saveMeetings', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('schedules many meetings at once, each audited', async () => {
    const { db } = database;
    const r = await saveMeetings(db, actor, [
      { values: { bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2031-01-06T10:00:00Z') } },
      { values: { bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2031-02-03T10:00:00Z') } },
    ]);
    expect(r.ok && r.value.outcomes).toEqual(['created', 'created']);
    expect((await db.select().from(auditEvents).where(eq(auditEvents.action, 'meeting.create'))).length).toBe(2);
  });

  it('refuses a meeting that ends before it starts or is cancelled without a notice, with the form’s wording', async () => {
    const { db } = database;
    const bad = await saveMeetings(db, actor, [
      { values: { bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2031-03-03T10:00:00Z'), endAt: new Date('2031-03-03T09:00:00Z') } },
      { values: { bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2031-03-03T10:00:00Z'), status: 'cancelled' } },
    ]);
    expect(bad).toEqual({
      ok: false,
      errors: [
        { row: 0, field: 'endAt', message: 'The end time must be after the start time' },
        { row: 1, field: 'statusNote', message: 'Enter the public notice explaining why the meeting is cancelled or postponed' },
      ],
    });
    const form = await createMeeting(db, actor, { organisationId: String(c.org.id), date: '2031-03-03', startTime: '10:00', endTime: '09:00' });
    expect(form).toEqual({ ok: false, errors: [{ field: 'endTime', message: 'The end time must be after the start time' }] });
    expect((await db.select().from(meetings)).length).toBe(3);
  });
  it('refuses an agenda published at a time still to come, and takes one published by then', async () => {
    const { db } = database;
    const now = new Date('2031-04-06T08:30:00Z');
    const values = { bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2031-04-14T10:00:00Z'), status: 'agenda-published' as const };
    const early = await saveMeetings(db, actor, [{ values: { ...values, agendaPublishedAt: new Date('2031-04-06T09:00:00Z') } }], { now });
    expect(early).toEqual({ ok: false, errors: [{ row: 0, field: 'agendaPublishedAt', message: 'The agenda cannot be published at a time that has not yet come' }] });
    const onTime = await saveMeetings(db, actor, [{ values: { ...values, agendaPublishedAt: new Date('2031-04-06T08:00:00Z') } }], { now });
    expect(onTime.ok).toBe(true);
  });
});
