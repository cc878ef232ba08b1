import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents } from '../../../db/schema.ts';
import { publicSubmissions } from '../participation.table.ts';
import { respondToSubmission } from './respond-to-submission.ts';
import { submitQuestion } from './submit-question.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('respondToSubmission', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let id: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
    const r = await submitQuestion(
      database.db,
      c.meeting.id,
      { kind: 'question', name: 'A Resident', email: 'resident@example.com', text: 'When will the bridge reopen?' },
      new Date('2030-02-01T12:00:00Z'),
    );
    id = r.ok ? r.value.id : 0;
  });
  afterAll(() => database.close());

  it('will not mark a question answered without the answer, nor take an unknown status', async () => {
    const { db } = database;
    expect(await respondToSubmission(db, clerk, id, { status: 'answered', response: '  ', isPublished: 'yes' })).toEqual({
      ok: false,
      errors: [{ field: 'response', message: 'Enter the response before marking it as answered' }],
    });
    expect(await respondToSubmission(db, clerk, id, { status: 'ignored' })).toMatchObject({ ok: false, errors: [{ field: 'status', message: 'Select a status' }] });
    expect((await db.select().from(publicSubmissions).where(eq(publicSubmissions.id, id)))[0]).toMatchObject({ status: 'received', response: null, isPublished: false });
  });

  it('records the answer and whether it is published, audited with before and after', async () => {
    const { db } = database;
    expect(await respondToSubmission(db, clerk, id, { status: 'answered', response: 'In June, once the repairs are done.', isPublished: 'yes' })).toEqual({
      ok: true,
      value: { id, meetingId: c.meeting.id },
    });
    expect((await db.select().from(publicSubmissions).where(eq(publicSubmissions.id, id)))[0]).toMatchObject({
      status: 'answered',
      response: 'In June, once the repairs are done.',
      isPublished: true,
    });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'submission.respond'), eq(auditEvents.subjectId, String(id))));
    expect(event).toMatchObject({
      actorLabel: 'clerk@test.example',
      subjectType: 'public_submission',
      before: { status: 'received', isPublished: false },
      after: { status: 'answered', isPublished: true },
    });
  });

  it('unpublishes when the choice is left out, and answers a missing or deleted submission as not found', async () => {
    const { db } = database;
    expect((await respondToSubmission(db, clerk, id, { status: 'rejected', response: 'Not about council business' })).ok).toBe(true);
    expect((await db.select().from(publicSubmissions).where(eq(publicSubmissions.id, id)))[0]).toMatchObject({ status: 'rejected', isPublished: false });
    await expect(respondToSubmission(db, clerk, 999_999, { status: 'accepted' })).rejects.toThrow('Submission not found');
    await db.update(publicSubmissions).set({ deletedAt: new Date() }).where(eq(publicSubmissions.id, id));
    await expect(respondToSubmission(db, clerk, id, { status: 'accepted' })).rejects.toThrow('Submission not found');
  });
});
