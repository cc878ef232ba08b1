import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { actionPlans, auditEvents, planActions } from '../../../db/schema.ts';
import { publishActionPlan } from './publish-action-plan.ts';
import { saveActionPlans } from './save-action-plans.ts';
import { savePlanActions } from './save-plan-actions.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('publishActionPlan', () => {
  let database: Database;
  let planId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    const c = await makeCouncil(database.db);
    const plans = await saveActionPlans(database.db, actor, [{ values: { bodyId: c.body.id, title: 'Parks Action Plan', slug: 'parks', access: 'public' } }]);
    planId = plans.ok ? plans.value.ids[0]! : 0;
    await savePlanActions(database.db, actor, [
      { values: { actionPlanId: planId, position: 1, number: '1', action: 'Plant trees', access: 'public' } },
      { values: { actionPlanId: planId, position: 2, number: '2', action: 'Mend paths', access: 'public' } },
    ]);
  });
  afterAll(() => database.close());

  it('publishes the plan and its draft actions, saying who and when, audited; publishing again publishes only new drafts', async () => {
    const now = new Date('2027-01-05T10:00:00Z');
    expect(await publishActionPlan(database.db, actor, planId, now)).toEqual({ actions: 2 });
    const [plan] = await database.db.select().from(actionPlans).where(eq(actionPlans.id, planId));
    expect([plan!.publication, plan!.publishedBy, plan!.publishedAt]).toEqual(['published', 'clerk@test.example', now]);
    const actions = await database.db.select().from(planActions).where(eq(planActions.actionPlanId, planId));
    expect(actions.map((a) => a.publication)).toEqual(['published', 'published']);
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'action-plan.publish'))).toHaveLength(1);
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'plan-action.publish'))).toHaveLength(2);
    await savePlanActions(database.db, actor, [{ values: { actionPlanId: planId, position: 3, number: '3', action: 'Open a cafe', access: 'public' } }]);
    expect(await publishActionPlan(database.db, actor, planId, now)).toEqual({ actions: 1 });
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'action-plan.publish'))).toHaveLength(1);
  });

  it('answers not found for a plan that does not exist', async () => {
    await expect(publishActionPlan(database.db, actor, 999_999)).rejects.toThrow('Action plan not found');
  });
});
