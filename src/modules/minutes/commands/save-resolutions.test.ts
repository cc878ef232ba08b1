import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { meetings, minuteItems, minutes, resolutions } from '../../../db/schema.ts';
import { saveResolutions } from './save-resolutions.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('saveResolutions', () => {
  let database: Database;
  let setId: number;
  let minuteId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    const c = await makeCouncil(database.db);
    await database.db
      .update(meetings)
      .set({ startAt: new Date('2024-03-04T10:00:00Z') })
      .where(eq(meetings.id, c.meeting.id));
    const [set] = await database.db.insert(minutes).values({ meetingId: c.meeting.id, status: 'draft' }).returning();
    const [m] = await database.db.insert(minuteItems).values({ minutesId: set!.id, position: 1, number: '41', title: 'Bridges', access: 'public' }).returning();
    setId = set!.id;
    minuteId = m!.id;
  });
  afterAll(() => database.close());

  it('adds resolutions to draft minutes, and none once they are approved; the same text again changes nothing', async () => {
    const { db } = database;
    const first = await saveResolutions(db, actor, [{ values: { minuteItemId: minuteId, position: 1, number: '1', text: 'That the report be noted.' } }]);
    expect(first.ok).toBe(true);
    expect(await saveResolutions(db, actor, [{ values: { minuteItemId: minuteId, position: 2, number: '2', text: ' ' } }])).toMatchObject({
      ok: false,
      errors: [{ field: 'text', message: 'Enter the resolution' }],
    });
    await db.update(minutes).set({ status: 'approved', publication: 'published', publishedAt: new Date() }).where(eq(minutes.id, setId));
    const late = await saveResolutions(db, actor, [{ values: { minuteItemId: minuteId, position: 2, number: '2', text: 'That officers report back.' } }]);
    expect(late).toMatchObject({ ok: false, errors: [{ code: 'locked' }] });
    const id = first.ok ? first.value.ids[0]! : 0;
    expect(await saveResolutions(db, actor, [{ id, values: { text: 'That the report be noted.' } }])).toMatchObject({ ok: true, value: { outcomes: ['unchanged'] } });
    expect(await saveResolutions(db, actor, [{ id, values: { text: 'That the report be approved.' } }])).toMatchObject({ ok: false, errors: [{ code: 'locked' }] });
    expect((await db.select().from(resolutions)).map((r) => r.text)).toEqual(['That the report be noted.']);
  });
});
