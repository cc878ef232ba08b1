import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, riskScores, risks } from '../../../db/schema.ts';
import { createRisk } from './create-risk.ts';
import { updateRisk } from './update-risk.ts';

describe('updateRisk', () => {
  let database: Database;
  let id: number;
  const actor = { userId: null, label: 'Risk manager' };
  const base = { ref: 'TST0100', title: 'Coastal path erosion', owner: 'Countryside manager', likelihood: '4', impact: '3', mitigations: 'Quarterly survey' };
  beforeAll(async () => {
    database = await createTestDatabase();
    const c = await makeCouncil(database.db);
    const r = await createRisk(database.db, actor, c.body.id, base, new Date('2031-01-05T10:00:00Z'));
    id = r.ok ? r.value.id : 0;
  });
  afterAll(() => database.close());
  const history = () => database.db.select().from(riskScores).where(eq(riskScores.riskId, id)).orderBy(asc(riskScores.id));

  it('changes the text without a history row, audited with before and after', async () => {
    const r = await updateRisk(database.db, actor, id, { ...base, mitigations: 'Monthly survey and fencing' }, new Date('2031-02-01T10:00:00Z'));
    expect(r).toEqual({ ok: true, value: { id, ref: 'TST0100', scored: false } });
    expect(await history()).toHaveLength(1);
    const [event] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'risk.update'), eq(auditEvents.subjectId, String(id))));
    expect(event).toMatchObject({ before: { mitigations: 'Quarterly survey' }, after: { mitigations: 'Monthly survey and fencing' } });
  });

  it('computes the new score and adds it to the history with its note when the rating changes', async () => {
    const r = await updateRisk(database.db, actor, id, { ...base, likelihood: '2', impact: '3', note: 'Fencing finished' }, new Date('2031-03-01T10:00:00Z'));
    expect(r.ok && r.value.scored).toBe(true);
    const [row] = await database.db.select().from(risks).where(eq(risks.id, id));
    expect(row).toMatchObject({ likelihood: 2, impact: 3, score: 6 });
    expect((await history()).map((h) => [h.recordedOn, h.score, h.note])).toEqual([
      ['2031-01-05', 12, null],
      ['2031-03-01', 6, 'Fencing finished'],
    ]);
  });

  it('refuses a bad likelihood and changes nothing', async () => {
    const r = await updateRisk(database.db, actor, id, { ...base, likelihood: 'high' });
    expect(r).toEqual({ ok: false, errors: [{ field: 'likelihood', message: 'Likelihood must be a whole number from 1 to 5' }] });
    expect((await database.db.select().from(risks).where(eq(risks.id, id)))[0]).toMatchObject({ likelihood: 2, score: 6 });
  });

  it('answers a missing risk with a not-found error', async () => {
    await expect(updateRisk(database.db, actor, 999999, base)).rejects.toMatchObject({ code: 'not_found' });
  });
});
