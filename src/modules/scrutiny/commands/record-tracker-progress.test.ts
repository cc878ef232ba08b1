import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, trackerOutcomes } from '../../../db/schema.ts';
import { recordTrackerProgress } from './record-tracker-progress.ts';

const clerk = { userId: null, label: 'clerk' };
const now = new Date('2030-04-15T09:00:00Z');

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

async function outcome(item: string) {
  const [row] = await database.db
    .insert(trackerOutcomes)
    .values({ bodyId: c.body.id, organisationId: c.org.id, meetingDate: '2030-03-04', item, outcome: 'Report back by the summer', owner: 'Head of Highways', access: 'public' })
    .returning();
  return row!.id;
}

const rowOf = async (id: number) => (await database.db.select().from(trackerOutcomes).where(eq(trackerOutcomes.id, id)))[0];

describe('recordTrackerProgress', () => {
  it('records an action taken, then completes the outcome, after which it takes no more actions; audited', async () => {
    const { db } = database;
    const id = await outcome('Footbridge handrails');
    expect(await recordTrackerProgress(db, clerk, id, { progress: 'Contractor appointed', actionOn: '2030-03-20', completed: 'no' }, now)).toEqual({ ok: true, value: { id } });
    expect(await rowOf(id)).toMatchObject({ progress: 'Contractor appointed', progressOn: '2030-03-20', completedOn: null });
    expect(await recordTrackerProgress(db, clerk, id, { progress: 'Handrails replaced', actionOn: '2030-04-10', completed: 'yes' }, now)).toEqual({ ok: true, value: { id } });
    expect(await rowOf(id)).toMatchObject({ progress: 'Handrails replaced', progressOn: '2030-04-10', completedOn: '2030-04-10' });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'tracker-outcome.progress'))).toHaveLength(2);
    expect(await recordTrackerProgress(db, clerk, id, { progress: 'Painted', actionOn: '2030-04-12', completed: 'yes' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'progress', message: 'This outcome is already completed' }],
    });
  });

  it('asks for the action and whether it completes the outcome, and refuses a date in the future or before the meeting', async () => {
    const { db } = database;
    const id = await outcome('Riverbank erosion');
    expect(await recordTrackerProgress(db, clerk, id, { progress: '', actionOn: '2030-04-01', completed: '' }, now)).toMatchObject({
      ok: false,
      errors: [
        { field: 'progress', message: 'Enter the action taken' },
        { field: 'completed', message: 'Select whether the outcome is completed' },
      ],
    });
    expect(await recordTrackerProgress(db, clerk, id, { progress: 'Survey booked', actionOn: '2030-05-01', completed: 'no' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'actionOn', message: 'The date of the action must be today or in the past' }],
    });
    expect(await recordTrackerProgress(db, clerk, id, { progress: 'Survey booked', actionOn: '2030-03-01', completed: 'no' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'actionOn', message: 'The date of the action must be on or after the meeting that agreed the outcome' }],
    });
    expect(await rowOf(id)).toMatchObject({ progress: null, completedOn: null });
  });

  it('answers a missing outcome as not found', async () => {
    await expect(recordTrackerProgress(database.db, clerk, 999_999, { progress: 'x', actionOn: '2030-04-01', completed: 'no' }, now)).rejects.toMatchObject({
      code: 'not_found',
      message: 'Outcome not found',
    });
  });
});
