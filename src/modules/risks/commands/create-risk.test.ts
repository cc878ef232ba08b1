import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, riskScores, risks } from '../../../db/schema.ts';
import { createRisk } from './create-risk.ts';

describe('createRisk', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const actor = { userId: null, label: 'Risk manager' };
  const now = new Date('2031-03-10T10:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('adds a draft risk with its score computed, and the score as the first line of its history', async () => {
    const r = await createRisk(
      database.db,
      actor,
      c.body.id,
      {
        ref: 'tst0001',
        title: 'Ferry terminal closes',
        owner: 'Head of Transport',
        likelihood: '3',
        impact: '4',
        targetLikelihood: '2',
        targetImpact: '2',
        reviewDate: '2031-06-30',
      },
      now,
    );
    expect(r).toEqual({ ok: true, value: { id: expect.any(Number), ref: 'TST0001' } });
    const [row] = await database.db.select().from(risks);
    expect(row).toMatchObject({ ref: 'TST0001', score: 12, targetScore: 4, publication: 'draft', access: 'public', bodyId: c.body.id, reviewDate: '2031-06-30' });
    const history = await database.db.select().from(riskScores).where(eq(riskScores.riskId, row!.id));
    expect(history).toEqual([expect.objectContaining({ likelihood: 3, impact: 4, score: 12, recordedOn: '2031-03-10', recordedBy: 'Risk manager' })]);
    expect((await database.db.select().from(auditEvents)).map((e) => e.action)).toEqual(expect.arrayContaining(['risk.create', 'risk-score.create']));
  });

  it('refuses a likelihood outside 1 to 5 and a missing title in GOV.UK words, writing nothing', async () => {
    const before = (await database.db.select().from(risks)).length;
    const r = await createRisk(database.db, actor, c.body.id, { ref: 'TST0002', title: ' ', owner: 'Head of Transport', likelihood: '6', impact: '2.5' }, now);
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'title', message: 'Enter the risk title' },
        { field: 'likelihood', message: 'Likelihood must be a whole number from 1 to 5' },
        { field: 'impact', message: 'Impact must be a whole number from 1 to 5' },
      ],
    });
    expect((await database.db.select().from(risks)).length).toBe(before);
  });

  it('refuses a reference already on the register, and a half-entered target', async () => {
    const again = await createRisk(database.db, actor, c.body.id, { ref: 'TST0001', title: 'Another', owner: 'Someone', likelihood: '1', impact: '1' }, now);
    expect(again).toEqual({ ok: false, errors: [{ field: 'ref', message: 'There is already a risk with the reference TST0001' }] });
    const half = await createRisk(database.db, actor, c.body.id, { ref: 'TST0003', title: 'Another', owner: 'Someone', likelihood: '1', impact: '1', targetLikelihood: '1' }, now);
    expect(half).toEqual({ ok: false, errors: [{ field: 'targetImpact', message: 'Enter the target impact, or leave both target ratings blank' }] });
  });
});
