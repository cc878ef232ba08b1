import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { trackerOutcomes } from '../../../db/schema.ts';
import { saveTrackerOutcomes } from './save-tracker-outcomes.ts';

describe('saveTrackerOutcomes', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('adds rows of an outcome tracker and refuses one with no item', async () => {
    const { db } = database;
    const actor = { userId: null, label: 'import' };
    expect(await saveTrackerOutcomes(db, actor, [{ values: { bodyId: c.body.id, item: ' ', access: 'public' } }])).toMatchObject({ ok: false, errors: [{ field: 'item' }] });
    expect(
      (
        await saveTrackerOutcomes(db, actor, [
          { values: { bodyId: c.body.id, organisationId: c.org.id, item: 'Bridge inspections', outcome: 'Report back in June', statusText: 'Pending', access: 'public' } },
        ])
      ).ok,
    ).toBe(true);
    expect((await db.select().from(trackerOutcomes)).map((t) => [t.item, t.statusText])).toEqual([['Bridge inspections', 'Pending']]);
  });
});
