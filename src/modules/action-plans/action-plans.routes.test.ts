import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { addMonths, endOfNamedMonth } from '../../lib/dates.ts';
import { saveActionPlans } from './commands/save-action-plans.ts';
import { savePlanActions } from './commands/save-plan-actions.ts';
import { countOf } from './action-plans.presenter.ts';

const actor = { userId: null, label: 'test' };
const published = { publication: 'published' as const, publishedAt: new Date('2020-01-01T09:00:00Z'), publishedBy: 'clerk@test.example', access: 'public' as const };

describe('public action plans', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const c = await makeCouncil(db);
    const plans = await saveActionPlans(db, actor, [
      { values: { bodyId: c.body.id, title: 'Footpaths Action Plan', slug: 'footpaths', ...published } },
      { values: { bodyId: c.body.id, title: 'Libraries Action Plan', slug: 'libraries', ...published } },
    ]);
    if (!plans.ok) throw new Error('plans');
    const [footpaths, libraries] = plans.value.ids;
    const many = Array.from({ length: 15 }, (_, i) => ({
      values: { actionPlanId: footpaths!, position: i + 1, number: String(i + 1), action: `Resurface path ${i + 1}`, ...published },
    }));
    many[0]!.values = { ...many[0]!.values, rag: 'Amber', dueText: 'June 2018' } as (typeof many)[0]['values'];
    many[1]!.values = { ...many[1]!.values, rag: 'Green', dueText: 'December 2099' } as (typeof many)[1]['values'];
    many[2]!.values = { ...many[2]!.values, rag: 'Blue', dueText: 'May 2018' } as (typeof many)[2]['values'];
    expect((await savePlanActions(db, actor, many)).ok).toBe(true);
    expect((await savePlanActions(db, actor, [{ values: { actionPlanId: libraries!, position: 1, number: '1', action: 'Open on Sundays', ...published } }])).ok).toBe(true);
  });
  afterAll(() => t.close());

  it('counts each plan’s actions and says "action" for one', async () => {
    const res = await t.app.inject('/action-plans');
    expect(res.body).toContain('Footpaths Action Plan</a> <span class="govuk-body-s app-meta">(15 actions)</span>');
    expect(res.body).toContain('Libraries Action Plan</a> <span class="govuk-body-s app-meta">(1 action)</span>');
  });

  it('shows an Amber action due "June 2018" as overdue and still Amber, but not a completed one or one due later', async () => {
    const res = await t.app.inject('/action-plans/footpaths');
    expect(res.body).toContain('15 actions, 1 overdue.');
    const row = (n: string) => res.body.split(`<th scope="row" class="govuk-table__header">${n}</th>`)[1]!.split('</tr>')[0]!;
    expect(row('1')).toContain('govuk-tag--orange">Amber');
    expect(row('1')).toContain('June 2018<br><strong class="govuk-tag govuk-tag--red">Overdue');
    expect(row('2')).not.toContain('Overdue');
    expect(row('3')).not.toContain('Overdue');
  });
});

describe('month-only due dates and counts', () => {
  it('reads a month and year as the end of that month', () => {
    expect(endOfNamedMonth('June 2018')).toBe('2018-06-30');
    expect(endOfNamedMonth('Feb 2020')).toBe('2020-02-29');
    expect(endOfNamedMonth('Sept 2019')).toBe('2019-09-30');
    expect(endOfNamedMonth('Ongoing')).toBeNull();
    expect(endOfNamedMonth('17/11/17')).toBeNull();
  });
  it('adds months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 2)).toBe('2026-03-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
  it('writes one and many', () => {
    expect(countOf(1, 'action')).toBe('1 action');
    expect(countOf(15, 'action')).toBe('15 actions');
    expect(countOf(0, 'action')).toBe('0 actions');
  });
});
