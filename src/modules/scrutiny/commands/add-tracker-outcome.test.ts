import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings, trackerOutcomes } from '../../../db/schema.ts';
import { addMinute } from '../../minutes/index.ts';
import { addTrackerOutcome } from './add-tracker-outcome.ts';

const clerk = { userId: null, label: 'scrutiny@test.example' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let minuteId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
  // The meeting has taken place, so it has minutes.
  await database.db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
  const r = await addMinute(database.db, clerk, c.meeting.id, { agendaItemId: String(c.exempt.id), narrative: 'Agreed.' });
  if (!r.ok) throw new Error('the minute was not added');
  minuteId = r.value.id;
});
afterAll(() => database.close());

describe('addTrackerOutcome', () => {
  it('puts an agreed outcome on the tracker with the minute’s date and item, exempt with its exempt minute, audited', async () => {
    const { db } = database;
    const r = await addTrackerOutcome(db, clerk, c.org.id, { minuteItemId: String(minuteId), outcome: 'Report back in June', owner: 'Head of Highways' });
    expect(r).toEqual({ ok: true, value: { id: expect.any(Number) } });
    const [row] = await db
      .select()
      .from(trackerOutcomes)
      .where(eq(trackerOutcomes.id, r.ok ? r.value.id : 0));
    expect(row).toMatchObject({ meetingDate: '2020-03-04', outcome: 'Report back in June', owner: 'Head of Highways', access: 'exempt', minuteItemId: minuteId });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'tracker-outcome.create'))).toHaveLength(1);
  });

  it('asks for the outcome and its owner, refuses a minute of another committee, and answers a missing committee as not found', async () => {
    const { db } = database;
    expect(await addTrackerOutcome(db, clerk, c.org.id, { minuteItemId: String(minuteId), outcome: '', owner: '' })).toMatchObject({
      ok: false,
      errors: [
        { field: 'outcome', message: 'Enter the agreed outcome' },
        { field: 'owner', message: 'Enter who owns the action' },
      ],
    });
    expect(await addTrackerOutcome(db, clerk, c.org.id, { minuteItemId: '999999', outcome: 'x', owner: 'y' })).toEqual({
      ok: false,
      errors: [{ field: 'minuteItemId', message: 'Select a minute of this committee' }],
    });
    await expect(addTrackerOutcome(db, clerk, 999_999, { minuteItemId: String(minuteId), outcome: 'x', owner: 'y' })).rejects.toThrow('Committee not found');
  });
});
