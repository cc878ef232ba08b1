import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { publishRecords } from '../visibility/index.ts';
import { assignChampion } from './commands/assign-champion.ts';
import { assignDeliveryGroup } from './commands/assign-delivery-group.ts';
import { linkActionPlan } from './commands/link-action-plan.ts';
import { linkMeasure } from './commands/link-measure.ts';
import { saveHighlightReport } from './commands/save-highlight-report.ts';
import { savePlan } from './commands/save-plan.ts';
import { makePlan } from '../../../test/plans.ts';

const actor = { userId: null, label: 'clerk@test.example' };

/** Every chart on a page: the label → number pairs the SVG draws, and those of the table beside it. */
function charts(html: string) {
  return html
    .split('<div class="govuk-grid-row app-chart"')
    .slice(1)
    .map((part) => {
      const [svg, table] = part.split('</svg>') as [string, string];
      const drawn = [...svg.matchAll(/<g data-label="([^"]*)" data-value="(\d+)">/g)].map((m) => [m[1], Number(m[2])]);
      const tabled = [
        ...table.split('</table>')[0]!.matchAll(/<th scope="row" class="govuk-table__header">([^<]*)<\/th><td class="govuk-table__cell govuk-table__cell--numeric">(\d+)<\/td>/g),
      ].map((m) => [m[1], Number(m[2])]);
      return { id: /id="([^"]+)"/.exec(part)![1], drawn, tabled };
    });
}

describe('public plan pages and the plan dashboard', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof makePlan>>;
  let draftReport: number;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    f = await makePlan(db);
    await linkActionPlan(db, actor, f.programme, { actionPlanId: String(f.actionPlanId) });
    await linkMeasure(db, actor, f.priority, { measureId: String(f.measureId) });
    await assignDeliveryGroup(db, actor, f.programme, { organisationId: String(f.council.org.id) });
    await assignChampion(db, actor, f.priority, { personId: String(f.council.chair.id) });
    const a = await saveHighlightReport(
      db,
      actor,
      { partId: f.programme },
      { quarter: 'Q2 2026/27', achievements: 'Two bridges reopened', risksAndIssues: 'Steel prices', nextSteps: 'Tender' },
    );
    const b = await saveHighlightReport(db, actor, { partId: f.priority }, { quarter: 'Q2 2026/27', nilReturn: 'yes' });
    const c = await saveHighlightReport(db, actor, { partId: f.vision }, { quarter: 'Q2 2026/27', achievements: 'Secret draft words', risksAndIssues: 'x', nextSteps: 'y' });
    await publishRecords(db, actor, 'highlight_report', [a.ok ? a.value.id : 0, b.ok ? b.value.id : 0]);
    draftReport = c.ok ? c.value.id : 0;
    await savePlan(db, actor, null, { title: 'Draft Plan', startDate: '2025-04-01', endDate: '2026-03-31', levels: 'Priority' });
  });
  afterAll(() => t.close());

  it('lists the published plans only', async () => {
    const res = await t.app.inject('/plans');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/plans/testshire-plan"');
    expect(res.body).toContain('1 April 2025 to 31 March 2028');
    expect(res.body).not.toContain('Draft Plan');
    expect((await t.app.inject('/plans/draft-plan')).statusCode).toBe(404);
  });

  it('shows the golden thread: each part with its groups, champions, action plans and measures, and its rolled-up RAG', async () => {
    const res = await t.app.inject('/plans/testshire-plan');
    expect(res.statusCode).toBe(200);
    const text = res.body
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/ :/g, ':');
    expect(text).toContain('Vision 1 A thriving county RAG: Red');
    expect(text).toContain('Priority 1.1 Safe roads RAG: Red Direction of travel: Improving');
    expect(text).toContain('Programme 1.1.1 Bridge renewal RAG: Amber Direction of travel: Not enough data');
    expect(text).toContain('Delivery groups: Roads and Rivers Committee');
    expect(text).toContain('Member champions: Cllr Ada Brook');
    expect(text).toContain('Bridges Action Plan (3 actions, 1 overdue)');
    expect(text).toContain('Bridges inspected on time: 80%, target 90%, Red Improving');
    expect(text).toContain('A complete (Blue) action counts as Green');
    expect(res.body).toContain('href="/plans/testshire-plan/highlight-reports/q2-2026-27"');
  });

  it('shows a part with its published highlight reports, a draft one nowhere', async () => {
    const res = await t.app.inject(`/plans/testshire-plan/parts/${f.programme}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Two bridges reopened');
    const vision = await t.app.inject(`/plans/testshire-plan/parts/${f.vision}`);
    expect(vision.body).not.toContain('Secret draft words');
    expect(vision.body).not.toContain(`report-${draftReport}`);
    expect((await t.app.inject('/plans/testshire-plan/parts/999999')).statusCode).toBe(404);
  });

  it('prints a quarter’s executive summary across the parts, with each report and the nil return', async () => {
    const res = await t.app.inject('/plans/testshire-plan/highlight-reports/q2-2026-27');
    expect(res.statusCode).toBe(200);
    const text = res.body
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/ :/g, ':');
    expect(text).toContain('2 reports, 1 a nil return');
    expect(text).toContain('1.1 Safe roads Red Not given Improving Yes');
    expect(text).toContain('1.1.1 Bridge renewal Amber Not given Not enough data No');
    expect(text).toContain('Nil return: nothing has changed since the last report.');
    expect(text).not.toContain('Secret draft words');
    expect((await t.app.inject('/plans/testshire-plan/highlight-reports/q3-2026-27')).statusCode).toBe(404);
    expect((await t.app.inject('/plans/testshire-plan/highlight-reports/summer')).statusCode).toBe(404);
  });

  it('gives the plan a dashboard: each priority’s RAG and direction, overdue actions and measures off target, charts with tables of the same numbers', async () => {
    const res = await t.app.inject(`/dashboards/plans/${f.planId}`);
    expect(res.statusCode).toBe(200);
    const found = charts(res.body);
    expect(found.map((c) => c.id)).toEqual(['part-rag', 'part-direction']);
    for (const c of found) expect(c.drawn, c.id).toEqual(c.tabled);
    expect(found[0]!.drawn).toEqual([
      ['Red', 1],
      ['Amber', 0],
      ['Green', 0],
    ]);
    expect(res.body).toContain('href="/action-plans/bridges#action-');
    expect(res.body).toContain('2 Bridge action 2');
    expect(res.body).toContain(`href="/measures/${f.measureId}">Bridges inspected on time</a>`);
    expect((await t.app.inject('/dashboards/plans/999999')).statusCode).toBe(404);
  });
});
