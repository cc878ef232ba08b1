import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { actionPlans, bodies } from '../../../db/schema.ts';
import { saveActionPlans } from '../../action-plans/index.ts';
import { makePlan } from '../../../../test/plans.ts';
import { linkActionPlan } from './link-action-plan.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('linkActionPlan', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
  });
  afterAll(() => database.close());

  it('links an action plan to a part, and moves it to another', async () => {
    expect((await linkActionPlan(database.db, actor, f.programme, { actionPlanId: String(f.actionPlanId) })).ok).toBe(true);
    expect((await linkActionPlan(database.db, actor, f.priority, { actionPlanId: String(f.actionPlanId) })).ok).toBe(true);
    const [ap] = await database.db.select().from(actionPlans).where(eq(actionPlans.id, f.actionPlanId));
    expect(ap!.planPartId).toBe(f.priority);
  });

  it('refuses an action plan of another council', async () => {
    const [other] = await database.db.insert(bodies).values({ name: 'Elsewhere Council', slug: 'elsewhere' }).returning();
    const r = await saveActionPlans(database.db, actor, [{ values: { bodyId: other!.id, title: 'Elsewhere plan', slug: 'elsewhere-plan', access: 'public' } }]);
    const id = r.ok ? r.value.ids[0]! : 0;
    const linked = await linkActionPlan(database.db, actor, f.programme, { actionPlanId: String(id) });
    expect(linked.ok ? [] : linked.errors).toEqual([{ field: 'actionPlanId', message: 'Select the action plan from the list' }]);
  });
});
