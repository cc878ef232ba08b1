import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { meetings } from '../../../db/schema.ts';
import { LOCKED_MESSAGE } from '../minutes-workflow.guard.ts';
import { saveMinutes } from './save-minutes.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('saveMinutes', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let held: number;
  let next: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
    const rows = await database.db
      .insert(meetings)
      .values([
        { bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2024-01-10T10:00:00Z'), status: 'held' },
        { bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2024-02-14T10:00:00Z'), status: 'held' },
      ])
      .returning({ id: meetings.id });
    [held, next] = rows.map((r) => r.id) as [number, number];
  });
  afterAll(() => database.close());

  it('refuses minutes for a meeting that has not started', async () => {
    const r = await saveMinutes(database.db, actor, [{ values: { meetingId: c.meeting.id, version: 1, status: 'draft' } }], { now: new Date('2026-01-01T00:00:00Z') });
    expect(r).toMatchObject({ ok: false, errors: [{ row: 0, field: 'meetingId', message: expect.stringMatching(/^This meeting has not started yet/) }] });
  });

  it('approves minutes only at a later meeting of the same committee, then allows only the signature', async () => {
    const { db } = database;
    const started = await saveMinutes(db, actor, [
      { values: { meetingId: held, version: 1, status: 'draft', publication: 'published', publishedAt: new Date('2024-01-17T09:00:00Z'), publishedBy: 'clerk' } },
    ]);
    const id = started.ok ? started.value.ids[0]! : 0;
    const wrong = await saveMinutes(db, actor, [{ id, values: { status: 'approved', approvedAtMeetingId: held, approvedAt: new Date('2024-02-14T10:30:00Z') } }]);
    expect(wrong).toMatchObject({ ok: false, errors: [{ field: 'approvedAtMeetingId', message: 'Select a later meeting of the same committee' }] });
    expect(
      (await saveMinutes(db, actor, [{ id, values: { status: 'approved', approvedAtMeetingId: next, approvedAt: new Date('2024-02-14T10:30:00Z'), approvalNote: 'Approved' } }]))
        .ok,
    ).toBe(true);
    const edit = await saveMinutes(db, actor, [{ id, values: { approvalNote: 'Approved, with one abstention' } }]);
    expect(edit).toEqual({ ok: false, errors: [{ row: 0, field: 'form', message: LOCKED_MESSAGE, code: 'locked' }] });
    expect((await saveMinutes(db, actor, [{ id, values: { status: 'signed', signedBy: 'Cllr Ada Brook', signedAt: new Date('2024-02-14T12:00:00Z') } }])).ok).toBe(true);
  });
});
