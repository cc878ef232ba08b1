import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, recommendations } from '../../../db/schema.ts';
import { makeRecommendation } from './make-recommendation.ts';

const clerk = { userId: null, label: 'scrutiny@test.example' };
const now = new Date('2030-02-15T12:00:00Z');

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('makeRecommendation', () => {
  it('records a recommendation with its response due two months after it was made, audited', async () => {
    const { db } = database;
    const r = await makeRecommendation(db, clerk, c.org.id, { recommendation: 'Publish the gritting routes', madeTo: 'Cabinet', madeOn: '2030-01-10' }, now);
    expect(r).toEqual({ ok: true, value: { id: expect.any(Number) } });
    const [row] = await db
      .select()
      .from(recommendations)
      .where(eq(recommendations.id, r.ok ? r.value.id : 0));
    expect(row).toMatchObject({ madeTo: 'Cabinet', madeOn: '2030-01-10', responseDue: '2030-03-10' });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'recommendation.create'))).toHaveLength(1);
  });

  it('refuses a missing recommendation or a date in the future, and answers a missing committee as not found', async () => {
    const { db } = database;
    expect(await makeRecommendation(db, clerk, c.org.id, { recommendation: '', madeTo: 'Cabinet', madeOn: '2030-01-10' }, now)).toMatchObject({
      ok: false,
      errors: [{ field: 'recommendation', message: 'Enter the recommendation' }],
    });
    expect(await makeRecommendation(db, clerk, c.org.id, { recommendation: 'Later', madeTo: 'Cabinet', madeOn: '2030-03-01' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'madeOn', message: 'The date the recommendation was made must be today or in the past' }],
    });
    await expect(makeRecommendation(db, clerk, 999_999, { recommendation: 'x', madeTo: 'Cabinet', madeOn: '2030-01-10' }, now)).rejects.toThrow('Committee not found');
  });
});
