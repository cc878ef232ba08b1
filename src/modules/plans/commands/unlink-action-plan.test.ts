import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { actionPlans, auditEvents } from '../../../db/schema.ts';
import { makePlan } from '../../../../test/plans.ts';
import { linkActionPlan } from './link-action-plan.ts';
import { unlinkActionPlan } from './unlink-action-plan.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('unlinkActionPlan', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
  });
  afterAll(() => database.close());

  it('unlinks an action plan from its part, audited, and refuses one not linked to that part', async () => {
    await linkActionPlan(database.db, actor, f.programme, { actionPlanId: String(f.actionPlanId) });
    const elsewhere = await unlinkActionPlan(database.db, actor, f.priority, { actionPlanId: String(f.actionPlanId) });
    expect(elsewhere.ok ? [] : elsewhere.errors).toEqual([{ field: 'actionPlanId', message: 'That action plan is not linked to this part' }]);
    expect((await unlinkActionPlan(database.db, actor, f.programme, { actionPlanId: 'x' })).ok).toBe(false);
    expect(await unlinkActionPlan(database.db, actor, f.programme, { actionPlanId: String(f.actionPlanId) })).toEqual({ ok: true, value: { id: f.actionPlanId } });
    const [ap] = await database.db.select().from(actionPlans).where(eq(actionPlans.id, f.actionPlanId));
    expect(ap!.planPartId).toBeNull();
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.subjectType, 'action_plan'));
    expect(events.at(-1)).toMatchObject({ action: 'action-plan.update', before: { planPartId: f.programme }, after: { planPartId: null } });
  });
});
