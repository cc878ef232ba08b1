import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { workProgrammeItems } from '../../../db/schema.ts';
import { saveWorkProgrammeItems } from './save-work-programme-items.ts';

describe('saveWorkProgrammeItems', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('adds items of a work programme and refuses one with no item', async () => {
    const { db } = database;
    const actor = { userId: null, label: 'import' };
    expect(await saveWorkProgrammeItems(db, actor, [{ values: { bodyId: c.body.id, item: '', access: 'public' } }])).toMatchObject({
      ok: false,
      errors: [{ field: 'item', message: 'Enter the item' }],
    });
    const r = await saveWorkProgrammeItems(db, actor, [
      { values: { bodyId: c.body.id, organisationId: c.org.id, meetingDate: '2030-03-04', item: 'Flood defences: annual review', leads: ['Cllr Ada Brook'], access: 'public' } },
      { values: { bodyId: c.body.id, organisationId: c.org.id, meetingDate: '2030-06-03', item: 'Winter gritting', access: 'public' } },
    ]);
    expect(r.ok && r.value.ids.length).toBe(2);
    expect((await db.select().from(workProgrammeItems)).map((w) => w.item)).toEqual(['Flood defences: annual review', 'Winter gritting']);
  });
});
