import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { planActions } from '../../../db/schema.ts';
import { saveActionPlans } from './save-action-plans.ts';
import { savePlanActions } from './save-plan-actions.ts';

describe('saveActionPlans and savePlanActions', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('adds a plan with numbered actions, and keeps a sub-action under a parent of the same plan', async () => {
    const { db } = database;
    const actor = { userId: null, label: 'import' };
    const plans = await saveActionPlans(db, actor, [
      { values: { bodyId: c.body.id, title: 'Bridges Action Plan', slug: 'bridges', access: 'public' } },
      { values: { bodyId: c.body.id, title: 'Rivers Action Plan', slug: 'rivers', access: 'public' } },
    ]);
    const [bridges, rivers] = plans.ok ? plans.value.ids : [0, 0];
    const top = await savePlanActions(db, actor, [{ values: { actionPlanId: bridges, position: 1, number: '6', action: 'Inspect every bridge', access: 'public' } }]);
    const parentId = top.ok ? top.value.ids[0]! : 0;
    const wrongPlan = await savePlanActions(db, actor, [{ values: { actionPlanId: rivers, parentId, position: 1, number: '6.1', action: 'Clear the weirs', access: 'public' } }]);
    expect(wrongPlan).toMatchObject({ ok: false, errors: [{ field: 'parentId', message: 'Select a parent action in the same plan' }] });
    expect(
      (await savePlanActions(db, actor, [{ values: { actionPlanId: bridges, parentId, position: 2, number: '6.1', action: 'Inspect the footbridges', access: 'public' } }])).ok,
    ).toBe(true);
    expect((await db.select().from(planActions).orderBy(planActions.position)).map((a) => [a.number, a.parentId])).toEqual([
      ['6', null],
      ['6.1', parentId],
    ]);
  });
});
