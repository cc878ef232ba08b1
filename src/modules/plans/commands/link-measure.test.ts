import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { auditEvents, measures } from '../../../db/schema.ts';
import { makePlan } from '../../../../test/plans.ts';
import { linkMeasure } from './link-measure.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('linkMeasure', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
  });
  afterAll(() => database.close());

  it('links a measure to a part, audited as a change of the measure', async () => {
    expect((await linkMeasure(database.db, actor, f.priority, { measureId: String(f.measureId) })).ok).toBe(true);
    const [m] = await database.db.select().from(measures).where(eq(measures.id, f.measureId));
    expect(m!.planPartId).toBe(f.priority);
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'measure'), eq(auditEvents.action, 'measure.update')));
    expect(audit.at(-1)!.after).toEqual({ planPartId: f.priority });
  });

  it('refuses a measure that does not exist', async () => {
    const r = await linkMeasure(database.db, actor, f.priority, { measureId: '999999' });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'measureId', message: 'Select the measure from the list' }]);
  });
});
