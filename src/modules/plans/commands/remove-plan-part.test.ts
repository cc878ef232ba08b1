import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { actionPlans, auditEvents, measures, planPartChampions, planParts } from '../../../db/schema.ts';
import { makePlan } from '../../../../test/plans.ts';
import { assignChampion } from './assign-champion.ts';
import { linkActionPlan } from './link-action-plan.ts';
import { linkMeasure } from './link-measure.ts';
import { partRemoval } from '../part-removal.ts';
import { removePlanPart } from './remove-plan-part.ts';
import { savePlanPart } from './save-plan-part.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('removePlanPart', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
  });
  afterAll(() => database.close());

  it('refuses a part with parts under it, changing nothing', async () => {
    expect(await partRemoval(database.db, f.priority)).toMatchObject({ children: 1 });
    const r = await removePlanPart(database.db, actor, f.priority);
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'remove-part', message: 'Priority 1.1 has a part under it: remove it first' }]);
    const [part] = await database.db.select().from(planParts).where(eq(planParts.id, f.priority));
    expect(part!.deletedAt).toBeNull();
  });

  it('removes a leaf part with its champion and its links, audited, and frees its number', async () => {
    const { db } = database;
    await assignChampion(db, actor, f.programme, { personId: String(f.council.chair.id) });
    await linkActionPlan(db, actor, f.programme, { actionPlanId: String(f.actionPlanId) });
    await linkMeasure(db, actor, f.programme, { measureId: String(f.measureId) });
    expect(await partRemoval(db, f.programme)).toEqual({ children: 0, groups: 0, champions: 1, actionPlans: 1, measures: 1, highlightReports: 0 });
    expect(await removePlanPart(db, actor, f.programme)).toEqual({ ok: true, value: { id: f.programme, planId: f.planId } });
    const [part] = await db.select().from(planParts).where(eq(planParts.id, f.programme));
    expect(part!.deletedAt).not.toBeNull();
    expect((await db.select().from(planPartChampions))[0]!.deletedAt).not.toBeNull();
    expect((await db.select().from(actionPlans).where(eq(actionPlans.id, f.actionPlanId)))[0]!.planPartId).toBeNull();
    expect((await db.select().from(measures).where(eq(measures.id, f.measureId)))[0]!.planPartId).toBeNull();
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, 'plan-part.delete'));
    expect(audit.map((e) => e.subjectId)).toEqual([String(f.programme)]);
    expect((await db.select().from(auditEvents).where(eq(auditEvents.action, 'plan-part-champion.delete'))).length).toBe(1);
    // The number 1.1.1 is free for a new part.
    const again = await savePlanPart(db, actor, f.planId, null, { parentId: String(f.priority), level: '2', number: '1.1.1', title: 'Bridge renewal' });
    expect(again.ok).toBe(true);
  });

  it('answers not found for a part already removed', async () => {
    await expect(removePlanPart(database.db, actor, f.programme)).rejects.toMatchObject({ code: 'not_found' });
  });
});
