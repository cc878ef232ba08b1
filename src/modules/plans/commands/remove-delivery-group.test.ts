import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { auditEvents, planPartGroups } from '../../../db/schema.ts';
import { makePlan } from '../../../../test/plans.ts';
import { assignDeliveryGroup } from './assign-delivery-group.ts';
import { removeDeliveryGroup } from './remove-delivery-group.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('removeDeliveryGroup', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
  });
  afterAll(() => database.close());

  it('takes a group off a part, audited, refuses one not assigned, and lets it be assigned again', async () => {
    const organisationId = String(f.council.org.id);
    await assignDeliveryGroup(database.db, actor, f.programme, { organisationId });
    const elsewhere = await removeDeliveryGroup(database.db, actor, f.priority, { organisationId });
    expect(elsewhere.ok ? [] : elsewhere.errors).toEqual([{ field: 'organisationId', message: 'That delivery group is not assigned to this part' }]);
    expect((await removeDeliveryGroup(database.db, actor, f.programme, { organisationId })).ok).toBe(true);
    expect((await database.db.select().from(planPartGroups))[0]!.deletedAt).not.toBeNull();
    expect((await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'plan-part-group.delete'))).length).toBe(1);
    expect((await removeDeliveryGroup(database.db, actor, f.programme, { organisationId })).ok).toBe(false);
    expect((await assignDeliveryGroup(database.db, actor, f.programme, { organisationId })).ok).toBe(true);
  });
});
