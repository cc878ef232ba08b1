import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { riskScores } from '../../../db/schema.ts';
import { saveRiskScores } from './save-risk-scores.ts';
import { saveRisks } from './save-risks.ts';

describe('saveRiskScores', () => {
  let database: Database;
  let riskId: number;
  const actor = { userId: null, label: 'test' };
  beforeAll(async () => {
    database = await createTestDatabase();
    const bodyId = (await makeCouncil(database.db)).body.id;
    const r = await saveRisks(database.db, actor, [
      { values: { bodyId, ref: 'TST1', title: 'Flooding', owner: 'Head of Highways', likelihood: 3, impact: 4, score: 12, access: 'public' } },
    ]);
    riskId = r.ok ? r.value.ids[0]! : 0;
  });
  afterAll(() => database.close());
  const entry = (likelihood: number, impact: number, score: number) => ({ values: { riskId, likelihood, impact, score, recordedOn: '2031-01-01', recordedBy: 'test' } });

  it('adds dated scores, and refuses one that is not likelihood × impact or off the scale', async () => {
    expect((await saveRiskScores(database.db, actor, [entry(3, 4, 12)])).ok).toBe(true);
    expect(await saveRiskScores(database.db, actor, [entry(3, 4, 7)])).toMatchObject({ ok: false, errors: [{ field: 'score' }] });
    expect(await saveRiskScores(database.db, actor, [entry(0, 4, 0)])).toMatchObject({ ok: false, errors: [{ field: 'likelihood' }] });
    expect(await database.db.select().from(riskScores)).toHaveLength(1);
  });
});
