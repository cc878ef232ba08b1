import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { publicSubmissions } from '../participation.table.ts';
import { submitQuestion } from './submit-question.ts';

const early = new Date('2030-02-01T12:00:00Z');
const resident = { kind: 'question', name: 'A Resident', email: 'resident@example.com', text: 'When will the Mill Lane bridge reopen?' };

describe('submitQuestion', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const count = async () => (await database.db.select().from(publicSubmissions)).length;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('records a question before the deadline with a reference, audited as the public', async () => {
    const { db } = database;
    const r = await submitQuestion(db, c.meeting.id, { ...resident, agendaItemId: String(c.pub.id), phone: '' }, early);
    // The default rule: 5.00pm 3 clear working days before Monday 4 March 2030, so Tuesday 26 February.
    expect(r).toEqual({
      ok: true,
      value: { id: expect.any(Number), reference: 'Q-2030-0001', meetingId: c.meeting.id, isLate: false, deadlineAt: new Date('2030-02-26T17:00:00Z'), receivedAt: early },
    });
    const [row] = await db
      .select()
      .from(publicSubmissions)
      .where(eq(publicSubmissions.id, r.ok ? r.value.id : 0));
    expect(row).toMatchObject({ agendaItemId: c.pub.id, name: 'A Resident', phone: null, status: 'received', isLate: false, isPublished: false });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'submission.receive'));
    expect(event).toMatchObject({ actorUserId: null, actorLabel: 'public', subjectType: 'public_submission', subjectId: String(row!.id), before: null });
    expect((await submitQuestion(db, c.meeting.id, { ...resident, kind: 'petition' }, early)).ok).toBe(true);
    expect((await db.select().from(publicSubmissions)).map((s) => s.reference).sort()).toEqual(['P-2030-0001', 'Q-2030-0001']);
  });

  it('keeps a late statement and marks it late, never refusing it', async () => {
    const r = await submitQuestion(database.db, c.meeting.id, { ...resident, kind: 'statement' }, new Date('2030-03-01T09:00:00Z'));
    expect(r).toMatchObject({ ok: true, value: { reference: 'S-2030-0001', isLate: true } });
  });

  it('asks for a way to reply, a name and the text, in GOV.UK words', async () => {
    const { db } = database;
    const before = await count();
    expect(await submitQuestion(db, c.meeting.id, { ...resident, email: '' }, early)).toEqual({
      ok: false,
      errors: [{ field: 'email', message: 'Enter an email address or a telephone number so we can contact you' }],
    });
    expect(await submitQuestion(db, c.meeting.id, { ...resident, email: 'not-an-email', phone: '12' }, early)).toEqual({
      ok: false,
      errors: [
        { field: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
        { field: 'phone', message: 'Enter a telephone number, like 01632 960 001 or 07700 900 982' },
      ],
    });
    expect(await submitQuestion(db, c.meeting.id, { kind: 'speech', name: ' ', email: 'a@example.com', text: '' }, early)).toMatchObject({
      ok: false,
      errors: [
        { field: 'kind', message: 'Select whether this is a question, statement or petition' },
        { field: 'name', message: 'Enter your full name' },
        { field: 'text', message: 'Enter your question, statement or petition' },
      ],
    });
    expect(await count()).toBe(before);
  });

  it('refuses an exempt or another meeting’s agenda item as if it did not exist', async () => {
    const { db } = database;
    const refused = { ok: false, errors: [{ field: 'agendaItemId', message: 'Select an agenda item of this meeting' }] };
    expect(await submitQuestion(db, c.meeting.id, { ...resident, agendaItemId: c.exempt.id }, early)).toEqual(refused);
    expect(await submitQuestion(db, c.meeting.id, { ...resident, agendaItemId: 999_999 }, early)).toEqual(refused);
  });

  it('takes nothing for a meeting that has taken place, was cancelled or does not exist', async () => {
    const { db } = database;
    const before = await count();
    await expect(submitQuestion(db, c.meeting.id, resident, new Date('2030-03-04T10:00:00Z'))).rejects.toThrow('This meeting is not taking submissions');
    await expect(submitQuestion(db, 999_999, resident, early)).rejects.toThrow('Meeting not found');
    await db.update(meetings).set({ status: 'cancelled', statusNote: 'Flooded' }).where(eq(meetings.id, c.meeting.id));
    await expect(submitQuestion(db, c.meeting.id, resident, early)).rejects.toThrow('This meeting is not taking submissions');
    expect(await count()).toBe(before);
  });
});
