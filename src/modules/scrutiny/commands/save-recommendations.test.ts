import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, recommendations } from '../../../db/schema.ts';
import { saveRecommendations } from './save-recommendations.ts';

const clerk = { userId: null, label: 'scrutiny@test.example' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('saveRecommendations', () => {
  it('writes recommendations in one go, audited, and refuses one without text or due before it was made, writing nothing', async () => {
    const { db } = database;
    const base = { bodyId: c.body.id, organisationId: c.org.id, madeOn: '2030-01-10', madeTo: 'Cabinet', access: 'public' as const };
    const bad = await saveRecommendations(db, clerk, [
      { values: { ...base, recommendation: ' ', responseDue: '2030-03-10' } },
      { values: { ...base, recommendation: 'Publish the routes', responseDue: '2030-01-01' } },
    ]);
    expect(bad).toEqual({
      ok: false,
      errors: [
        { row: 0, field: 'recommendation', message: 'Enter the recommendation' },
        { row: 1, field: 'responseDue', message: 'The response must be due after the recommendation was made' },
      ],
    });
    expect(await db.select().from(recommendations)).toHaveLength(0);
    const good = await saveRecommendations(db, clerk, [{ values: { ...base, recommendation: 'Publish the gritting routes', responseDue: '2030-03-10' } }]);
    expect(good.ok).toBe(true);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'recommendation.create'))).toHaveLength(1);
  });
});
