import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { risks } from '../../../db/schema.ts';
import { saveRisks } from './save-risks.ts';

describe('saveRisks', () => {
  let database: Database;
  let bodyId: number;
  const actor = { userId: null, label: 'test' };
  beforeAll(async () => {
    database = await createTestDatabase();
    bodyId = (await makeCouncil(database.db)).body.id;
  });
  afterAll(() => database.close());
  const risk = (ref: string, likelihood: number, impact: number, score: number) => ({
    values: { bodyId, ref, title: 'Flooding', owner: 'Head of Highways', likelihood, impact, score, access: 'public' as const },
  });

  it('writes risks whose score is likelihood × impact', async () => {
    const r = await saveRisks(database.db, actor, [risk('TST1', 3, 4, 12), risk('TST2', 1, 5, 5)]);
    expect(r.ok && r.value.outcomes).toEqual(['created', 'created']);
  });

  it('refuses a wrong score, a reference twice in the batch and one already on the register, writing nothing', async () => {
    const r = await saveRisks(database.db, actor, [risk('TST3', 3, 4, 11), risk('TST4', 2, 2, 4), risk('TST4', 2, 2, 4), risk('TST1', 1, 1, 1)]);
    expect(r).toEqual({
      ok: false,
      errors: [
        { row: 0, field: 'score', message: 'The score must be the likelihood multiplied by the impact' },
        { row: 2, field: 'ref', message: 'A risk with the reference TST4 is already in the file' },
        { row: 3, field: 'ref', message: 'There is already a risk with the reference TST1' },
      ],
    });
    expect(await database.db.select().from(risks)).toHaveLength(2);
  });

  it('leaves the database checks as the last guard: a score that is not the product is refused', async () => {
    await expect(database.db.insert(risks).values({ ...risk('TST9', 2, 2, 5).values })).rejects.toThrow();
    await expect(database.db.insert(risks).values({ ...risk('TST9', 6, 1, 6).values })).rejects.toThrow();
  });
});
