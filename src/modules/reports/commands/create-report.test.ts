import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, reportSignOffs, reports } from '../../../db/schema.ts';
import { createReport } from './create-report.ts';
import { saveReportSettings } from './save-report-settings.ts';

const actor = { userId: null, label: 'author@test.example', role: 'report-author' };

describe('createReport', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
    await saveReportSettings(database.db, actor, c.body.id, { signOffRoles: ['Monitoring Officer', 'Finance', 'Local Member'], priorities: ['Safer roads', 'Greener towns'] });
  });
  afterAll(() => database.close());

  it('computes the risk score from likelihood and impact, ignoring a typed score, and asks each required role to sign off', async () => {
    const { db } = database;
    const r = await createReport(db, actor, c.body.id, {
      title: 'Footbridge renewal programme',
      kind: 'key-decision',
      riskLikelihood: '3',
      riskImpact: '4',
      riskScore: '99',
      recommendations: 'Approve the programme\n\nDelegate the contract award',
      priorityLinks: 'Safer roads',
      other_equalities: 'Step-free access improves.',
    });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    const [row] = await db.select().from(reports).where(eq(reports.id, id));
    expect([row!.riskLikelihood, row!.riskImpact, row!.riskScore]).toEqual([3, 4, 12]);
    expect(row!.recommendations).toEqual(['Approve the programme', 'Delegate the contract award']);
    expect(row!.priorityLinks).toEqual(['Safer roads']);
    expect(row!.otherImplications).toEqual({ equalities: 'Step-free access improves.' });
    expect([row!.publication, row!.access, row!.version]).toEqual(['draft', 'public', 1]);
    const rows = await db.select().from(reportSignOffs).where(eq(reportSignOffs.reportId, id)).orderBy(reportSignOffs.position);
    expect(rows.map((s) => [s.role, s.status])).toEqual([
      ['Monitoring Officer', 'pending'],
      ['Finance', 'pending'],
      ['Local Member', 'pending'],
    ]);
    expect((await db.select().from(auditEvents).where(eq(auditEvents.action, 'report.create'))).length).toBe(1);
  });

  it('answers GOV.UK messages for a missing title, kind, an out-of-range scale and a priority not on the list', async () => {
    const r = await createReport(database.db, actor, c.body.id, { riskLikelihood: '7', priorityLinks: ['Moon base'] });
    expect(r).toMatchObject({ ok: false });
    const messages = r.ok ? [] : r.errors.map((e) => e.message);
    expect(messages).toEqual(expect.arrayContaining(['Enter the title of the report', 'Select the kind of report', 'Select the likelihood of the risk from 1 to 5']));
    const p = await createReport(database.db, actor, c.body.id, { title: 'X', kind: 'for-information', priorityLinks: ['Moon base'] });
    expect(p).toMatchObject({ ok: false, errors: [{ field: 'priorityLinks', message: 'Select priorities from the council’s list' }] });
  });
});
