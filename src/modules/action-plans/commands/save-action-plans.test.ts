import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { actionPlans, auditEvents } from '../../../db/schema.ts';
import { saveActionPlans } from './save-action-plans.ts';

const actor = { userId: null, label: 'clerk' };

describe('saveActionPlans', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('refuses a plan with no title or web address', async () => {
    const r = await saveActionPlans(database.db, actor, [{ values: { bodyId: c.body.id, title: ' ', slug: '', access: 'public' } }]);
    expect(r).toMatchObject({
      ok: false,
      errors: [
        { field: 'title', message: 'Enter the title of the plan' },
        { field: 'slug', message: 'Enter a web address' },
      ],
    });
    expect(await database.db.select().from(actionPlans)).toEqual([]);
  });

  it('creates a plan and changes its title, audited as action-plan.create and action-plan.update', async () => {
    const { db } = database;
    const created = await saveActionPlans(db, actor, [{ values: { bodyId: c.body.id, title: 'Canal Towpath Action Plan', slug: 'canal-towpath', access: 'public' } }]);
    if (!created.ok) throw new Error(created.errors[0]!.message);
    const id = created.value.ids[0]!;
    expect((await saveActionPlans(db, actor, [{ id, values: { title: 'Canal Towpath and Locks Action Plan' } }])).ok).toBe(true);
    const [plan] = await db.select().from(actionPlans).where(eq(actionPlans.id, id));
    expect(plan).toMatchObject({ title: 'Canal Towpath and Locks Action Plan', slug: 'canal-towpath' });
    const events = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, String(id)));
    expect(events.filter((e) => e.subjectType === 'action_plan').map((e) => e.action)).toEqual(['action-plan.create', 'action-plan.update']);
  });
});
