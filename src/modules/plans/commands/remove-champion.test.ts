import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { auditEvents, planPartChampions } from '../../../db/schema.ts';
import { makePlan } from '../../../../test/plans.ts';
import { assignChampion } from './assign-champion.ts';
import { removeChampion } from './remove-champion.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('removeChampion', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
  });
  afterAll(() => database.close());

  it('takes a champion off a part, audited, refuses one not assigned, and lets it be assigned again', async () => {
    const personId = String(f.council.chair.id);
    await assignChampion(database.db, actor, f.programme, { personId });
    const elsewhere = await removeChampion(database.db, actor, f.priority, { personId });
    expect(elsewhere.ok ? [] : elsewhere.errors).toEqual([{ field: 'personId', message: 'That member champion is not assigned to this part' }]);
    expect((await removeChampion(database.db, actor, f.programme, { personId })).ok).toBe(true);
    expect((await database.db.select().from(planPartChampions))[0]!.deletedAt).not.toBeNull();
    expect((await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'plan-part-champion.delete'))).length).toBe(1);
    expect((await removeChampion(database.db, actor, f.programme, { personId })).ok).toBe(false);
    expect((await assignChampion(database.db, actor, f.programme, { personId })).ok).toBe(true);
  });
});
