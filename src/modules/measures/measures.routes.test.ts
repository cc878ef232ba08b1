import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { saveActionPlans } from '../action-plans/index.ts';
import { publishRecords } from '../visibility/index.ts';
import { createMeasure } from './commands/create-measure.ts';
import { recordMeasureValue } from './commands/record-measure-value.ts';
import { updateMeasure } from './commands/update-measure.ts';

const actor = { userId: null, label: 'test' };
const now = new Date('2026-11-15T12:00:00Z');
const published = { publication: 'published' as const, publishedAt: new Date('2026-01-01T09:00:00Z'), publishedBy: 'clerk@test.example', access: 'public' as const };
const housing = {
  name: 'Homeless households in temporary accommodation',
  unit: 'households',
  polarity: 'lower',
  frequency: 'quarterly',
  baseline: '140',
  target: '100',
  tolerance: '10',
};

describe('public measures', () => {
  let t: TestApp;
  let id: number;
  let draftId: number;
  let loneId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const c = await makeCouncil(db);
    const plans = await saveActionPlans(db, actor, [{ values: { bodyId: c.body.id, title: 'Housing Action Plan', slug: 'housing', ...published } }]);
    const planId = plans.ok ? plans.value.ids[0]! : 0;
    const a = await createMeasure(db, actor, { ...housing, actionPlanId: String(planId) });
    const b = await createMeasure(db, actor, { ...housing, name: 'Secret draft measure', actionPlanId: String(planId) });
    const l = await createMeasure(db, actor, { name: 'Satisfied residents', unit: '%', polarity: 'higher', frequency: 'monthly', target: '75' });
    [id, draftId, loneId] = [a, b, l].map((r) => (r.ok ? r.value.id : 0)) as [number, number, number];
    await updateMeasure(db, actor, id, { ...housing, actionPlanId: String(planId), officerRag: 'Amber', commentary: 'New hostel opens in spring' });
    for (const [period, value] of [
      ['Q1 2026/27', '131'],
      ['Q2 2026/27', '118.5'],
      ['Q4 2025/26', '136'],
    ])
      await recordMeasureValue(db, actor, id, { period, value, note: period === 'Q2 2026/27' ? 'Fewer evictions' : '' }, now);
    await publishRecords(db, actor, 'measure', [id, loneId]);
  });
  afterAll(() => t.close());

  it('lists the measures the public may see, grouped by plan, with the computed and officer’s RAG and the direction of travel in words', async () => {
    const res = await t.app.inject('/measures');
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Housing Action Plan</caption>');
    expect(body).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Other measures</caption>');
    expect(body).toContain(`href="/measures/${id}">Homeless households in temporary accommodation</a>`);
    expect(body).toContain('118.5 households<br><span class="govuk-body-s app-meta">Q2 2026/27</span>');
    expect(body).toContain(
      'Computed: <strong class="govuk-tag govuk-tag--red">Red</strong><br>Officer: <strong class="govuk-tag govuk-tag--orange">Amber</strong><br><span class="govuk-body-s">New hostel opens in spring</span>',
    );
    expect(body).toContain('<span aria-hidden="true">↑ </span>Improving');
    expect(body).toContain('Not enough data');
    expect(body).not.toContain('Secret draft measure');
    expect(body.indexOf('Housing Action Plan')).toBeLessThan(body.indexOf('Other measures'));
  });

  it('shows a measure’s values as an accessible SVG chart with a target line, and a table of exactly the same numbers', async () => {
    const res = await t.app.inject(`/measures/${id}`);
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toMatch(/<svg role="img" aria-labelledby="measure-\d+-chart-title measure-\d+-chart-desc"/);
    expect(body).toContain('<title id="measure-');
    expect(body).toContain('Target: 100 households. Q4 2025/26: 136 households. Q1 2026/27: 131 households. Q2 2026/27: 118.5 households.');
    expect(body).toContain('class="app-measure-chart__target"');
    const svg = body.slice(body.indexOf('<svg'), body.indexOf('</svg>'));
    const table = body.slice(body.indexOf('</svg>'), body.indexOf('</table>', body.indexOf('</svg>')));
    const pairs = (html: string) => [...html.matchAll(/data-label="([^"]+)" data-value="([^"]+)"/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(pairs(svg)).toEqual(['Q4 2025/26=136', 'Q1 2026/27=131', 'Q2 2026/27=118.5']);
    expect(pairs(table)).toEqual(pairs(svg));
    expect(body).toContain('<strong>Q2 2026/27</strong>: Fewer evictions');
    expect(body).toContain('href="/action-plans/housing">Housing Action Plan</a>');
  });

  it('shows a plan’s measures on its action plan page', async () => {
    const body = (await t.app.inject('/action-plans/housing')).body;
    expect(body).toContain(`href="/measures/${id}">Homeless households in temporary accommodation</a>`);
    expect(body).not.toContain('Secret draft measure');
  });

  it('answers a draft measure exactly as a missing one, in pages and the API', async () => {
    const draft = await t.app.inject(`/measures/${draftId}`);
    const missing = await t.app.inject('/measures/999999');
    expect(draft.statusCode).toBe(404);
    const plain = (html: string) => html.replace(/nonce="[^"]+"/g, '');
    expect(plain(draft.body)).toBe(plain(missing.body));
    expect((await t.app.inject('/measures/not-a-number')).statusCode).toBe(404);
    const apiDraft = await t.app.inject(`/api/v1/measures/${draftId}`);
    expect(apiDraft.statusCode).toBe(404);
    expect(apiDraft.json()).toEqual((await t.app.inject('/api/v1/measures/999999')).json());
    expect((await t.app.inject('/api/v1/measures')).json().data.map((m: { name: string }) => m.name)).not.toContain('Secret draft measure');
    expect((await t.app.inject('/api/v1/measures/values.csv')).body).not.toContain('Secret draft measure');
  });

  it('serves a measure and its values in the API', async () => {
    const res = await t.app.inject(`/api/v1/measures/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id,
      name: 'Homeless households in temporary accommodation',
      polarity: 'lower',
      target: 100,
      tolerance: 10,
      computedRag: 'Red',
      officerRag: 'Amber',
      direction: 'improving',
      latest: { label: 'Q2 2026/27', value: 118.5, note: 'Fewer evictions' },
      values: [
        { period: '2026-01-01', label: 'Q4 2025/26', value: 136, note: null },
        { period: '2026-04-01', label: 'Q1 2026/27', value: 131, note: null },
        { period: '2026-07-01', label: 'Q2 2026/27', value: 118.5, note: 'Fewer evictions' },
      ],
    });
  });
});
