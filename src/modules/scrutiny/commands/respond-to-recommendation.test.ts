import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, recommendations } from '../../../db/schema.ts';
import { makeRecommendation } from './make-recommendation.ts';
import { respondToRecommendation } from './respond-to-recommendation.ts';

const clerk = { userId: null, label: 'scrutiny@test.example' };
const now = new Date('2030-02-15T12:00:00Z');

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('respondToRecommendation', () => {
  it('records the response, audited as recommendation.respond, and refuses a date before the recommendation or in the future', async () => {
    const { db } = database;
    const made = await makeRecommendation(db, clerk, c.org.id, { recommendation: 'Publish the gritting routes', madeTo: 'Cabinet', madeOn: '2030-01-10' }, now);
    const id = made.ok ? made.value.id : 0;
    expect(await respondToRecommendation(db, clerk, id, { response: 'accepted', responseText: 'Online by March', respondedOn: '2030-01-01' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'respondedOn', message: 'The date of the response must be on or after the date the recommendation was made' }],
    });
    expect(await respondToRecommendation(db, clerk, id, { response: 'accepted', responseText: 'Online by March', respondedOn: '2030-03-01' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'respondedOn', message: 'The date of the response must be today or in the past' }],
    });
    expect(await respondToRecommendation(db, clerk, id, { response: 'accepted', responseText: 'Online by March', respondedOn: '2030-02-01' }, now)).toEqual({
      ok: true,
      value: { id },
    });
    expect((await db.select().from(recommendations).where(eq(recommendations.id, id)))[0]).toMatchObject({ response: 'accepted', respondedOn: '2030-02-01' });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'recommendation.respond'))).toHaveLength(1);
    await expect(respondToRecommendation(db, clerk, 999_999, { response: 'accepted', responseText: 'x', respondedOn: '2030-02-01' }, now)).rejects.toThrow(
      'Recommendation not found',
    );
  });
});
