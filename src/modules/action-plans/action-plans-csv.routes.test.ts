import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { actionPlans, bodies, planActions } from '../../db/schema.ts';

let t: TestApp;
const published = { publication: 'published' as const, publishedAt: new Date('2026-01-05T09:00:00Z'), publishedBy: 'clerk@test.example', access: 'public' as const };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const [body] = await db.insert(bodies).values({ name: 'Testshire District Council', slug: 'testshire' }).returning();
  const [plan] = await db
    .insert(actionPlans)
    .values({ bodyId: body!.id, title: 'Flood resilience plan', slug: 'flood-resilience', ...published })
    .returning();
  const [draftPlan] = await db.insert(actionPlans).values({ bodyId: body!.id, title: 'Unpublished plan', slug: 'unpublished', access: 'public' }).returning();
  const action = (position: number, number: string, text: string, extra: Partial<typeof planActions.$inferInsert> = {}) => ({
    actionPlanId: plan!.id,
    position,
    number,
    action: text,
    ...published,
    ...extra,
  });
  const [first] = await db
    .insert(planActions)
    .values(action(1, '1', 'Clear the culverts', { owners: ['Highways', 'Parish'], dueDate: '2020-06-30', dueText: 'June 2020', rag: 'Amber' }))
    .returning();
  await db
    .insert(planActions)
    .values([
      action(3, '2', '=cmd|calc', { status: 'Complete', rag: 'Blue' }),
      action(2, '1.1', 'Survey the outfalls', { parentId: first!.id }),
      action(4, '3', 'Secret draft action', { publication: 'draft', publishedAt: null, publishedBy: null }),
    ]);
  await db.insert(planActions).values({ ...action(1, '1', 'Hidden plan action'), actionPlanId: draftPlan!.id });
});
afterAll(() => t.close());

describe('action plan as CSV', () => {
  it("has the rows of the plan's page, in its order, and nothing unpublished", async () => {
    const page = await t.app.inject('/action-plans/flood-resilience');
    const numbers = [...page.body.matchAll(/<th scope="row" class="govuk-table__header">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(page.body).toContain('href="/action-plans/flood-resilience/actions.csv"');
    const res = await t.app.inject('/action-plans/flood-resilience/actions.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="action-plan-flood-resilience-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parse(res.body, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.Number)).toEqual(numbers);
    expect(rows.map((r) => r.Number)).toEqual(['1', '1.1', '2']);
    expect(rows[0]).toMatchObject({ Action: 'Clear the culverts', Owners: 'Highways; Parish', Due: 'June 2020', RAG: 'Amber', Overdue: 'Yes' });
    expect(rows[2]).toMatchObject({ Action: "'=cmd|calc", Overdue: 'No' });
    expect(res.body).not.toContain('Secret draft action');
  });

  it('answers an unpublished or unknown plan as missing', async () => {
    expect((await t.app.inject('/action-plans/unpublished/actions.csv')).statusCode).toBe(404);
    expect((await t.app.inject('/action-plans/nope/actions.csv')).statusCode).toBe(404);
  });
});
