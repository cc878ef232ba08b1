import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { bodies, organisations, planPartGroups } from '../../../db/schema.ts';
import { makePlan } from '../../../../test/plans.ts';
import { assignDeliveryGroup } from './assign-delivery-group.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('assignDeliveryGroup', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
  });
  afterAll(() => database.close());

  it('assigns an organisation of the council to a part, once', async () => {
    expect((await assignDeliveryGroup(database.db, actor, f.programme, { organisationId: String(f.council.org.id) })).ok).toBe(true);
    const again = await assignDeliveryGroup(database.db, actor, f.programme, { organisationId: String(f.council.org.id) });
    expect(again.ok ? [] : again.errors).toEqual([{ field: 'organisationId', message: 'That delivery group is already assigned to this part' }]);
    expect(await database.db.select().from(planPartGroups)).toHaveLength(1);
  });

  it('refuses an organisation of another council, and none', async () => {
    const [other] = await database.db.insert(bodies).values({ name: 'Elsewhere Council', slug: 'elsewhere' }).returning();
    const [org] = await database.db.insert(organisations).values({ bodyId: other!.id, name: 'Elsewhere Board', slug: 'elsewhere-board', kind: 'board' }).returning();
    const r = await assignDeliveryGroup(database.db, actor, f.programme, { organisationId: String(org!.id) });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'organisationId', message: 'Select the delivery group from the list' }]);
    expect((await assignDeliveryGroup(database.db, actor, f.programme, {})).ok).toBe(false);
  });
});
