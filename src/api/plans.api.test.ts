import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/build-app.ts';
import { linkActionPlan, linkMeasure, savePlan } from '../modules/plans/index.ts';
import { makePlan } from '../../test/plans.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('plans in the API', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof makePlan>>;
  let draftId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    f = await makePlan(db);
    await linkActionPlan(db, actor, f.programme, { actionPlanId: String(f.actionPlanId) });
    await linkMeasure(db, actor, f.priority, { measureId: String(f.measureId) });
    const d = await savePlan(db, actor, null, { title: 'Draft Plan', startDate: '2025-04-01', endDate: '2026-03-31', levels: 'Priority' });
    draftId = d.ok ? d.value.id : 0;
  });
  afterAll(() => t.close());

  it('lists the published plans with their level names', async () => {
    const res = await t.app.inject('/api/v1/plans');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([expect.objectContaining({ id: f.planId, title: 'Testshire Plan', levels: ['Vision', 'Priority', 'Programme'], startDate: '2025-04-01' })]);
  });

  it('gives a plan’s tree in order with each part’s rolled-up RAG, direction and links', async () => {
    const res = await t.app.inject(`/api/v1/plans/${f.planId}`);
    expect(res.statusCode).toBe(200);
    const parts = res.json().parts as { id: number; number: string; parentId: number | null; rag: string; direction: string; actionPlans: unknown[]; measures: unknown[] }[];
    expect(parts.map((p) => [p.number, p.rag, p.direction])).toEqual([
      ['1', 'Red', 'improving'],
      ['1.1', 'Red', 'improving'],
      ['1.1.1', 'Amber', 'not-enough-data'],
    ]);
    expect(parts[2]!.parentId).toBe(f.priority);
    expect(parts[2]!.actionPlans).toEqual([{ id: f.actionPlanId, title: 'Bridges Action Plan', actionCount: 3, overdueCount: 1 }]);
    expect(parts[1]!.measures).toEqual([{ id: f.measureId, name: 'Bridges inspected on time', computedRag: 'Red', direction: 'improving' }]);
  });

  it('answers a draft plan as a missing one', async () => {
    const res = await t.app.inject(`/api/v1/plans/${draftId}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
