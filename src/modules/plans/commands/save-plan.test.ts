import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, plans } from '../../../db/schema.ts';
import { savePlan } from './save-plan.ts';
import { savePlanPart } from './save-plan-part.ts';

const actor = { userId: null, label: 'clerk@test.example' };
const form = { title: 'Council Plan 2025–2028', startDate: '2025-04-01', endDate: '2028-03-31', levels: 'Vision\nPriority\nProgramme' };

describe('savePlan', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('creates a draft plan with its level names and a web address from its title, audited', async () => {
    const r = await savePlan(database.db, actor, null, { ...form, organisationId: String(c.org.id) });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    const [p] = await database.db.select().from(plans).where(eq(plans.id, id));
    expect(p).toMatchObject({ slug: 'council-plan-2025-2028', levels: ['Vision', 'Priority', 'Programme'], publication: 'draft', organisationId: c.org.id });
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'plan'), eq(auditEvents.subjectId, String(id))));
    expect(audit.map((a) => a.action)).toEqual(['plan.create']);
  });

  it('refuses an end date before the start, a taken web address and no levels, saving nothing', async () => {
    const r = await savePlan(database.db, actor, null, { ...form, endDate: '2025-03-01', levels: ' \n ' });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['levels']);
    const r2 = await savePlan(database.db, actor, null, { ...form, endDate: '2025-03-01' });
    expect(r2.ok ? [] : r2.errors).toEqual([
      { field: 'title', message: 'Another plan already has the web address council-plan-2025-2028: choose another' },
      { field: 'endDate', message: 'The end date must be after the start date' },
    ]);
    expect(await database.db.select().from(plans)).toHaveLength(1);
  });

  it('refuses an owning organisation that is not the council’s', async () => {
    const r = await savePlan(database.db, actor, null, { ...form, slug: 'other-plan', organisationId: '999999' });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'organisationId', message: 'Select the owning organisation from the list' }]);
  });

  it('keeps as many levels as its parts use', async () => {
    const r = await savePlan(database.db, actor, null, { ...form, title: 'Two levels', levels: 'Outcome\nPriority' });
    const id = r.ok ? r.value.id : 0;
    const top = await savePlanPart(database.db, actor, id, null, { level: '0', number: '1', title: 'Healthy lives' });
    await savePlanPart(database.db, actor, id, null, { parentId: String(top.ok ? top.value.id : 0), level: '1', number: '1.1', title: 'Active travel' });
    const cut = await savePlan(database.db, actor, id, { ...form, title: 'Two levels', levels: 'Outcome' });
    expect(cut.ok ? [] : cut.errors.map((e) => e.field)).toEqual(['levels']);
    expect((await savePlan(database.db, actor, id, { ...form, title: 'Two levels', levels: 'Outcome\nPriority\nAction' })).ok).toBe(true);
  });
});
