import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, riskScores, risks } from '../../../db/schema.ts';
import { risksToCsv } from '../risks-csv.ts';
import { createRisk } from './create-risk.ts';
import { importRisksCsv } from './import-risks-csv.ts';

describe('importRisksCsv', () => {
  let database: Database;
  let bodyId: number;
  const actor = { userId: null, label: 'Risk manager' };
  const now = new Date('2031-05-01T10:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase();
    bodyId = (await makeCouncil(database.db)).body.id;
    await createRisk(database.db, actor, bodyId, {
      ref: 'TST0001',
      title: 'Bridge "east span" fails',
      owner: 'Head of Highways',
      likelihood: '2',
      impact: '5',
      mitigations: 'Weight limit\nweekly inspection',
    });
    await createRisk(database.db, actor, bodyId, {
      ref: 'TST0002',
      title: '=Payroll system outage',
      owner: 'Head of HR',
      likelihood: '3',
      impact: '3',
      targetLikelihood: '1',
      targetImpact: '3',
      reviewDate: '2031-09-30',
    });
  });
  afterAll(() => database.close());
  const all = () => database.db.select().from(risks).orderBy(asc(risks.ref));
  const audits = async () => (await database.db.select({ n: count() }).from(auditEvents))[0]!.n;

  it('imports its own export and changes nothing, writing no audit row', async () => {
    const before = await all();
    const csv = risksToCsv(before);
    expect(csv).toContain("'=Payroll system outage");
    const n = await audits();
    expect(await importRisksCsv(database.db, actor, bodyId, csv, now)).toEqual({ ok: true, value: { changed: 0 } });
    expect(await all()).toEqual(before);
    expect(await audits()).toBe(n);
  });

  it('refuses a file with one bad row, naming its line, and changes nothing', async () => {
    const before = await all();
    const csv = risksToCsv(before).replace('Head of HR,3,3,9', 'Head of HR,7,3,9') + 'TST0003,New risk,,Someone,1,1,1,,,,,\r\n';
    const r = await importRisksCsv(database.db, actor, bodyId, csv, now);
    expect(r).toEqual({ ok: false, errors: [{ line: 4, field: 'likelihood', message: 'Line 4: Likelihood must be a whole number from 1 to 5' }] });
    expect(await all()).toEqual(before);
    const wrongScore = await importRisksCsv(database.db, actor, bodyId, risksToCsv(before).replace('Head of HR,3,3,9', 'Head of HR,3,3,10'), now);
    expect(wrongScore).toMatchObject({
      ok: false,
      errors: [{ line: 4, field: 'score', message: 'Line 4: The score must be the likelihood multiplied by the impact (3 × 3 = 9), not 10' }],
    });
  });

  it('changes a rating and adds a new risk: both join the history, and the new one is a draft', async () => {
    const csv = risksToCsv(await all()).replace('Head of HR,3,3,9', 'Head of HR,4,3,') + 'TST0003,Library roof leaks,Property,Estates manager,2,2,,,,,,31/12/2031\r\n';
    expect(await importRisksCsv(database.db, actor, bodyId, csv, now)).toEqual({ ok: true, value: { changed: 2 } });
    const rows = await all();
    expect(rows.map((r) => [r.ref, r.score, r.publication])).toEqual([
      ['TST0001', 10, 'draft'],
      ['TST0002', 12, 'draft'],
      ['TST0003', 4, 'draft'],
    ]);
    expect(rows[2]!.reviewDate).toBe('2031-12-31');
    const history = await database.db.select().from(riskScores).where(eq(riskScores.recordedOn, '2031-05-01'));
    expect(history.map((h) => h.score).sort()).toEqual([12, 4].sort());
  });

  it('refuses a file without the header row', async () => {
    const r = await importRisksCsv(database.db, actor, bodyId, 'ref,title\r\nTST1,x\r\n', now);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.message).toMatch(/^Line 1: the header row must name the columns/);
  });
});
