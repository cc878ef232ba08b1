import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { planPartChampions } from '../../../db/schema.ts';
import { makePlan } from '../../../../test/plans.ts';
import { assignChampion } from './assign-champion.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('assignChampion', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
  });
  afterAll(() => database.close());

  it('assigns a person of the council as the part’s member champion, once', async () => {
    expect((await assignChampion(database.db, actor, f.priority, { personId: String(f.council.chair.id) })).ok).toBe(true);
    const again = await assignChampion(database.db, actor, f.priority, { personId: String(f.council.chair.id) });
    expect(again.ok ? [] : again.errors).toEqual([{ field: 'personId', message: 'That member champion is already assigned to this part' }]);
    const missing = await assignChampion(database.db, actor, f.priority, { personId: '999999' });
    expect(missing.ok ? [] : missing.errors).toEqual([{ field: 'personId', message: 'Select the member champion from the list' }]);
    expect(await database.db.select().from(planPartChampions)).toHaveLength(1);
  });
});
