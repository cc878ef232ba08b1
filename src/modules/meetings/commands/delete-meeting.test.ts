import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, decisions, meetings, minutes } from '../../../db/schema.ts';
import { recordDecision } from '../../decisions/index.ts';
import { deleteMeeting } from './delete-meeting.ts';

const actor = { userId: null, label: 'clerk' };

describe('deleteMeeting', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  const newMeeting = async () => {
    const [m] = await database.db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2026-06-10T18:00:00Z'), locationId: c.location.id })
      .returning();
    return m!.id;
  };

  it('soft-deletes a meeting created in error, audited as meeting.delete, and then cannot find it', async () => {
    const { db } = database;
    const r = await deleteMeeting(db, actor, c.meeting.id);
    const [row] = await db.select().from(meetings).where(eq(meetings.id, c.meeting.id));
    expect(row!.deletedAt?.toISOString()).toBe(r.deletedAt.toISOString());
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'meeting.delete'))).toMatchObject([
      { actorLabel: 'clerk', subjectType: 'meeting', subjectId: String(c.meeting.id) },
    ]);
    await expect(deleteMeeting(db, actor, c.meeting.id)).rejects.toMatchObject({ code: 'not_found', message: 'Meeting not found' });
  });

  it('refuses to delete a meeting with approved minutes or a published decision', async () => {
    const { db } = database;
    const minuted = await newMeeting();
    await db.insert(minutes).values({ meetingId: minuted, status: 'approved', approvedAt: new Date(), publication: 'published', publishedAt: new Date(), publishedBy: 'clerk' });
    await expect(deleteMeeting(db, actor, minuted)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This meeting has approved minutes, a legal record: it cannot be deleted',
    });
    const decided = await newMeeting();
    const d = await recordDecision(db, actor, {
      makerKind: 'officer',
      makerPersonId: String(c.officer.id),
      title: 'Closure of the ferry slipway',
      decisionText: 'To close the ferry slipway for repairs',
      decidedOn: '2026-06-10',
      reasons: 'The slipway is cracked',
      isKey: 'no',
      access: 'public',
    });
    if (!d.ok) throw new Error(d.errors[0]!.message);
    await db.update(decisions).set({ meetingId: decided, publication: 'published', publishedAt: new Date(), publishedBy: 'clerk' }).where(eq(decisions.id, d.value.id));
    await expect(deleteMeeting(db, actor, decided)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This meeting has a published decision, a legal record: it cannot be deleted',
    });
    const kept = await db.select().from(meetings).where(eq(meetings.id, decided));
    expect(kept[0]!.deletedAt).toBeNull();
  });
});
