import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, meetings } from '../../../db/schema.ts';
import { addTrackerToAgenda } from './add-tracker-to-agenda.ts';

const clerk = { userId: null, label: 'scrutiny@test.example' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('addTrackerToAgenda', () => {
  it('adds the outcome tracker to a meeting still to be held, once, as a draft agenda item', async () => {
    const { db } = database;
    const r = await addTrackerToAgenda(db, clerk, c.meeting.id);
    expect(r).toEqual({ ok: true, value: { id: expect.any(Number) } });
    const rows = await db
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, c.meeting.id), eq(agendaItems.title, 'Outcome tracker')));
    expect(rows).toHaveLength(1);
    expect(await addTrackerToAgenda(db, clerk, c.meeting.id)).toEqual({
      ok: false,
      errors: [{ field: 'meeting', message: 'The outcome tracker is already on this meeting’s agenda' }],
    });
  });

  it('refuses a meeting that has been held, and answers a missing meeting as not found', async () => {
    const { db } = database;
    await db.update(meetings).set({ status: 'held' }).where(eq(meetings.id, c.meeting.id));
    expect(await addTrackerToAgenda(db, clerk, c.meeting.id)).toEqual({
      ok: false,
      errors: [{ field: 'meeting', message: 'The outcome tracker can only be added to the agenda of a meeting still to be held' }],
    });
    await expect(addTrackerToAgenda(db, clerk, 999_999)).rejects.toThrow('Meeting not found');
  });
});
