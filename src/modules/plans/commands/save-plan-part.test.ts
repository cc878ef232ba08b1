import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { planParts } from '../../../db/schema.ts';
import { savePlan } from './save-plan.ts';
import { savePlanPart } from './save-plan-part.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('savePlanPart', () => {
  let database: Database;
  let planId: number;
  let vision: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeCouncil(database.db);
    const p = await savePlan(database.db, actor, null, { title: 'Council Plan', startDate: '2025-04-01', endDate: '2028-03-31', levels: 'Vision\nPriority\nProgramme' });
    planId = p.ok ? p.value.id : 0;
    const v = await savePlanPart(database.db, actor, planId, null, { level: '0', number: '1', title: 'A county where everyone thrives' });
    vision = v.ok ? v.value.id : 0;
  });
  afterAll(() => database.close());

  it('adds a part one level below its parent', async () => {
    const r = await savePlanPart(database.db, actor, planId, null, { parentId: String(vision), level: '1', number: '1.2', title: 'Healthy lives' });
    expect(r.ok).toBe(true);
    const [part] = await database.db
      .select()
      .from(planParts)
      .where(eq(planParts.id, r.ok ? r.value.id : 0));
    expect(part).toMatchObject({ parentId: vision, level: 1, number: '1.2' });
  });

  it('refuses a part whose level is not its parent’s level + 1, naming the levels', async () => {
    const r = await savePlanPart(database.db, actor, planId, null, { parentId: String(vision), level: '2', number: '1.3', title: 'Skipped a level' });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'level', message: 'A part under a Vision must be a Priority' }]);
  });

  it('refuses a lower-level part with no parent, a level the plan does not have, and a number used twice', async () => {
    const orphan = await savePlanPart(database.db, actor, planId, null, { level: '1', number: '9', title: 'No parent' });
    expect(orphan.ok ? [] : orphan.errors).toEqual([{ field: 'parentId', message: 'Select the Vision this Priority comes under' }]);
    const deep = await savePlanPart(database.db, actor, planId, null, { level: '3', number: '8', title: 'Too deep' });
    expect(deep.ok ? [] : deep.errors.map((e) => e.field)).toEqual(['parentId', 'level']);
    const twice = await savePlanPart(database.db, actor, planId, null, { parentId: String(vision), level: '1', number: '1.2', title: 'Again' });
    expect(twice.ok ? [] : twice.errors).toEqual([{ field: 'number', message: 'The plan already has a part numbered 1.2' }]);
    const badNumber = await savePlanPart(database.db, actor, planId, null, { level: '0', number: 'two', title: 'Words' });
    expect(badNumber.ok ? [] : badNumber.errors).toEqual([{ field: 'number', message: 'The number must be like 2 or 2.3' }]);
  });
});
