import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { highlightReports } from '../../../db/schema.ts';
import { makePlan } from '../../../../test/plans.ts';
import { linkActionPlan } from './link-action-plan.ts';
import { linkMeasure } from './link-measure.ts';
import { saveHighlightReport } from './save-highlight-report.ts';

const actor = { userId: null, label: 'clerk@test.example' };
const full = { quarter: 'Q2 2026/27', achievements: 'Two bridges reopened', risksAndIssues: 'Steel prices', nextSteps: 'Tender the third bridge' };

describe('saveHighlightReport', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
    await linkActionPlan(database.db, actor, f.programme, { actionPlanId: String(f.actionPlanId) });
    await linkMeasure(database.db, actor, f.priority, { measureId: String(f.measureId) });
  });
  afterAll(() => database.close());

  it('keeps the part’s rolled-up RAG and direction beside the officer’s own', async () => {
    const r = await saveHighlightReport(database.db, actor, { partId: f.programme }, { ...full, officerRag: 'Green', officerDirection: 'improving' });
    expect(r.ok).toBe(true);
    const [row] = await database.db
      .select()
      .from(highlightReports)
      .where(eq(highlightReports.id, r.ok ? r.value.id : 0));
    // The programme's actions: Green, Amber and Blue (complete, counted as Green): Amber. It has no measures.
    expect(row).toMatchObject({
      quarter: 'Q2 2026/27',
      quarterStart: '2026-07-01',
      computedRag: 'Amber',
      computedDirection: 'not-enough-data',
      officerRag: 'Green',
      publication: 'draft',
    });
    // The priority holds the measure (80% against 90% ± 5: Red, improving) and the programme beneath it.
    const p = await saveHighlightReport(database.db, actor, { partId: f.priority }, { quarter: 'q2-2026-27', nilReturn: 'yes' });
    const [priority] = await database.db
      .select()
      .from(highlightReports)
      .where(eq(highlightReports.id, p.ok ? p.value.id : 0));
    expect(priority).toMatchObject({ computedRag: 'Red', computedDirection: 'improving', nilReturn: true, achievements: null });
  });

  it('allows one report per part per quarter', async () => {
    const r = await saveHighlightReport(database.db, actor, { partId: f.programme }, full);
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'quarter', message: 'There is already a highlight report for Q2 2026/27 for this part of the plan' }]);
    expect((await saveHighlightReport(database.db, actor, { partId: f.programme }, { ...full, quarter: 'Q3 2026/27' })).ok).toBe(true);
  });

  it('asks for the narrative unless it is a nil return', async () => {
    const r = await saveHighlightReport(database.db, actor, { partId: f.vision }, { quarter: 'Q4 2026/27' });
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'Enter the key achievements, or say this is a nil return',
      'Enter the risks and issues, or say this is a nil return',
      'Enter the next steps, or say this is a nil return',
    ]);
    expect((await saveHighlightReport(database.db, actor, { partId: f.vision }, { quarter: 'Q4 2026/27', nilReturn: 'yes' })).ok).toBe(true);
  });

  it('refuses a quarter that is not one, or is outside the plan’s period', async () => {
    const bad = await saveHighlightReport(database.db, actor, { partId: f.vision }, { quarter: 'Summer 2026', nilReturn: 'yes' });
    expect(bad.ok ? [] : bad.errors).toEqual([{ field: 'quarter', message: 'Enter the quarter of the financial year, like Q2 2026/27' }]);
    const late = await saveHighlightReport(database.db, actor, { partId: f.vision }, { quarter: 'Q1 2030/31', nilReturn: 'yes' });
    expect(late.ok ? [] : late.errors).toEqual([{ field: 'quarter', message: 'The quarter must be within the plan’s period' }]);
  });

  it('changes a report, keeping the quarter rule', async () => {
    const r = await saveHighlightReport(database.db, actor, { partId: f.priority }, { ...full, quarter: 'Q1 2026/27' });
    const id = r.ok ? r.value.id : 0;
    const clash = await saveHighlightReport(database.db, actor, { id }, { ...full, quarter: 'Q2 2026/27' });
    expect(clash.ok).toBe(false);
    expect((await saveHighlightReport(database.db, actor, { id }, { ...full, quarter: 'Q1 2026/27', nilReturn: 'yes' })).ok).toBe(true);
  });
});
