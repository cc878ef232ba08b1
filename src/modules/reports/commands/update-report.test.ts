import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { reportAppendices, reports, reportSignOffs } from '../../../db/schema.ts';
import { publishRecords } from '../../visibility/index.ts';
import { createReport } from './create-report.ts';
import { updateReport } from './update-report.ts';
import { saveAppendix } from './save-appendix.ts';

const actor = { userId: null, label: 'clerk@test.example', role: 'democratic-services' };
const base = { title: 'Weed control contract', kind: 'non-key-decision', riskLikelihood: '2', riskImpact: '2' };

describe('updateReport', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('changes a draft in place, recomputing the risk score', async () => {
    const { db } = database;
    const r = await createReport(db, actor, c.body.id, base);
    const id = r.ok ? r.value.id : 0;
    expect(await updateReport(db, actor, id, { ...base, riskImpact: '5' })).toEqual({ ok: true, value: { id, version: 1 } });
    const [row] = await db.select().from(reports).where(eq(reports.id, id));
    expect(row!.riskScore).toBe(10);
  });

  it('never edits a published version: a change makes the next version as a draft with the sign-offs and appendices', async () => {
    const { db } = database;
    const r = await createReport(db, actor, c.body.id, { ...base, title: 'Verge cutting' });
    const id = r.ok ? r.value.id : 0;
    await saveAppendix(db, actor, id, null, { title: 'Cutting map', access: 'public' });
    await publishRecords(db, actor, 'report', [id]);
    const next = await updateReport(db, actor, id, { ...base, title: 'Verge cutting (revised)' });
    expect(next.ok && next.value.version).toBe(2);
    const nextId = next.ok ? next.value.id : 0;
    expect(nextId).not.toBe(id);
    const [frozen] = await db.select().from(reports).where(eq(reports.id, id));
    const [draft] = await db.select().from(reports).where(eq(reports.id, nextId));
    expect([frozen!.title, frozen!.publication, frozen!.version]).toEqual(['Verge cutting', 'published', 1]);
    expect([draft!.title, draft!.publication, draft!.version, draft!.previousVersionId]).toEqual(['Verge cutting (revised)', 'draft', 2, id]);
    expect((await db.select().from(reportSignOffs).where(eq(reportSignOffs.reportId, nextId))).length).toBe(4);
    expect((await db.select().from(reportAppendices).where(eq(reportAppendices.reportId, nextId))).map((a) => [a.title, a.access])).toEqual([['Cutting map', 'public']]);
    // The frozen version cannot branch twice.
    expect(await updateReport(db, actor, id, { ...base, title: 'Another branch' })).toMatchObject({ ok: false });
  });
});
