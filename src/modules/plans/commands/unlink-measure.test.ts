import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { auditEvents, measures } from '../../../db/schema.ts';
import { makePlan } from '../../../../test/plans.ts';
import { linkMeasure } from './link-measure.ts';
import { unlinkMeasure } from './unlink-measure.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('unlinkMeasure', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
  });
  afterAll(() => database.close());

  it('unlinks a measure from its part, audited, and refuses one not linked to that part', async () => {
    await linkMeasure(database.db, actor, f.programme, { measureId: String(f.measureId) });
    const elsewhere = await unlinkMeasure(database.db, actor, f.priority, { measureId: String(f.measureId) });
    expect(elsewhere.ok ? [] : elsewhere.errors).toEqual([{ field: 'measureId', message: 'That measure is not linked to this part' }]);
    expect((await unlinkMeasure(database.db, actor, f.programme, { measureId: 'x' })).ok).toBe(false);
    expect(await unlinkMeasure(database.db, actor, f.programme, { measureId: String(f.measureId) })).toEqual({ ok: true, value: { id: f.measureId } });
    const [m] = await database.db.select().from(measures).where(eq(measures.id, f.measureId));
    expect(m!.planPartId).toBeNull();
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.subjectType, 'measure'));
    expect(events.at(-1)).toMatchObject({ action: 'measure.update', before: { planPartId: f.programme }, after: { planPartId: null } });
  });
});
