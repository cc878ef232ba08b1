import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { actionPlans, auditEvents } from '../../../db/schema.ts';
import { createActionPlan } from './create-action-plan.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('createActionPlan', () => {
  let database: Database;
  let bodyId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    bodyId = (await makeCouncil(database.db)).body.id;
  });
  afterAll(() => database.close());

  it('creates a draft, audited, at an address from its title, numbered when another plan has it', async () => {
    const first = await createActionPlan(database.db, actor, bodyId, { title: 'Harbour Action Plan' });
    const second = await createActionPlan(database.db, actor, bodyId, { title: 'Harbour action plan' });
    expect(first).toMatchObject({ ok: true, value: { slug: 'harbour-action-plan' } });
    expect(second).toMatchObject({ ok: true, value: { slug: 'harbour-action-plan-2' } });
    const [plan] = await database.db.select().from(actionPlans).where(eq(actionPlans.slug, 'harbour-action-plan'));
    expect(plan).toMatchObject({ title: 'Harbour Action Plan', publication: 'draft', access: 'public' });
    const audit = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectType, 'action_plan'));
    expect(audit.map((a) => a.action)).toEqual(['action-plan.create', 'action-plan.create']);
  });

  it('refuses a blank or overlong title', async () => {
    expect(await createActionPlan(database.db, actor, bodyId, { title: '  ' })).toEqual({ ok: false, errors: [{ field: 'title', message: 'Enter the title of the plan' }] });
    expect(await createActionPlan(database.db, actor, bodyId, { title: 'x'.repeat(201) })).toEqual({
      ok: false,
      errors: [{ field: 'title', message: 'The title must be 200 characters or fewer' }],
    });
  });
});
