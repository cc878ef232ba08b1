import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, measures } from '../../../db/schema.ts';
import { saveActionPlans } from '../../action-plans/index.ts';
import { createMeasure } from './create-measure.ts';

const actor = { userId: null, label: 'owner@test.example' };

describe('createMeasure', () => {
  let database: Database;
  let planId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    const c = await makeCouncil(database.db);
    const plans = await saveActionPlans(database.db, actor, [{ values: { bodyId: c.body.id, title: 'Libraries Plan', slug: 'libraries', access: 'public' } }]);
    planId = plans.ok ? plans.value.ids[0]! : 0;
  });
  afterAll(() => database.close());

  it('refuses a measure without a name, unit, polarity, frequency or a numeric target, in GOV.UK words and form order', async () => {
    const r = await createMeasure(database.db, actor, { name: ' ', unit: '', target: 'lots', tolerance: '-1' });
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'name', message: 'Enter the name of the measure' },
        { field: 'unit', message: 'Enter the unit' },
        { field: 'polarity', message: 'Select whether a higher or a lower value is better' },
        { field: 'frequency', message: 'Select how often the measure is reported' },
        { field: 'target', message: 'The target must be a number, like 72 or 3.5' },
        { field: 'tolerance', message: 'The tolerance must be 0 or more' },
      ],
    });
    expect(await database.db.select().from(measures)).toEqual([]);
  });

  it('refuses a plan that does not exist', async () => {
    const r = await createMeasure(database.db, actor, { name: 'Loans', unit: 'loans', polarity: 'higher', frequency: 'monthly', target: '100', actionPlanId: '9999' });
    expect(r).toEqual({ ok: false, errors: [{ field: 'actionPlanId', message: 'Select an action plan from the list' }] });
  });

  it('creates a public draft in the plan and audits it', async () => {
    const r = await createMeasure(database.db, actor, {
      name: 'Library visits',
      unit: 'visits',
      polarity: 'higher',
      frequency: 'quarterly',
      baseline: '1,200',
      target: '1500',
      tolerance: '100',
      actionPlanId: String(planId),
      source: 'Door counters',
      owner: 'Head of Libraries',
      officerRag: 'Amber',
      commentary: 'Two branches closed for repairs',
    });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    const [m] = await database.db.select().from(measures).where(eq(measures.id, id));
    expect(m).toMatchObject({
      name: 'Library visits',
      baseline: 1200,
      target: 1500,
      tolerance: 100,
      actionPlanId: planId,
      publication: 'draft',
      access: 'public',
      officerRag: 'Amber',
    });
    const [a] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'measure'), eq(auditEvents.subjectId, String(id))));
    expect(a).toMatchObject({ action: 'measure.create', subjectType: 'measure' });
  });
});
