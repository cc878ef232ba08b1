import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { addMonths, toLondonDate } from '../../lib/dates.ts';
import { saveActionPlans, savePlanActions } from '../action-plans/index.ts';
import { saveTrackerOutcomes, saveWorkProgrammeItems } from '../scrutiny/index.ts';

const actor = { userId: null, label: 'test' };
const published = { publication: 'published' as const, publishedAt: new Date('2020-01-01T09:00:00Z'), publishedBy: 'clerk@test.example', access: 'public' as const };
const today = toLondonDate(new Date());

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
      return { id: /id="([^"]+)"/.exec(part)![1], role: /<svg role="img" aria-labelledby="([^"]+)"/.exec(svg)?.[1], drawn, tabled };
    });
}

describe('dashboards', () => {
  let t: TestApp;
  let planId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const c = await makeCouncil(db);
    const plans = await saveActionPlans(db, actor, [{ values: { bodyId: c.body.id, title: 'Libraries Action Plan', slug: 'libraries', ...published } }]);
    planId = plans.ok ? plans.value.ids[0]! : 0;
    const a = (n: number, values: Record<string, unknown>) => ({
      values: { actionPlanId: planId, position: n, number: String(n), action: `Action ${n}`, ...published, ...values },
    });
    await savePlanActions(db, actor, [
      a(1, { rag: 'Amber', dueText: 'June 2018', owners: ['Head of Libraries'] }),
      a(2, { rag: 'Amber', dueText: 'Ongoing', owners: ['Head of Libraries', 'Friends of the Library'] }),
      a(3, { rag: 'Red', dueDate: '2019-01-31', dueText: '31 January 2019', owners: [] }),
      a(4, { rag: 'Blue', dueText: 'May 2018', owners: ['Head of Libraries'] }),
      a(5, { rag: null, dueText: 'December 2099', owners: [] }),
      a(6, { rag: 'Green', action: 'A draft action', publication: 'draft', publishedAt: null, publishedBy: null }),
    ]);
    const agreed = (months: number) => addMonths(today, -months);
    await saveTrackerOutcomes(db, actor, [
      { values: { bodyId: c.body.id, organisationId: c.org.id, item: 'Old, no action', meetingDate: agreed(5), ...published } },
      { values: { bodyId: c.body.id, organisationId: c.org.id, item: 'Recent', meetingDate: agreed(1), ...published } },
      { values: { bodyId: c.body.id, organisationId: c.org.id, item: 'Acted on', meetingDate: agreed(5), progressOn: agreed(4), ...published } },
    ]);
    const wp = await saveWorkProgrammeItems(db, actor, [
      { values: { bodyId: c.body.id, organisationId: c.org.id, meetingDate: '2030-06-03', item: 'Bridges', requestState: 'accepted', ...published } },
      { values: { bodyId: c.body.id, organisationId: c.org.id, meetingDate: '2030-06-03', item: 'Weirs', requestState: 'accepted', ...published } },
      { values: { bodyId: c.body.id, organisationId: c.org.id, meetingDate: '2030-09-09', item: 'Ferries', requestState: 'accepted', ...published } },
      { values: { bodyId: c.body.id, organisationId: c.org.id, meetingDate: '2030-09-09', item: 'Asked for', requestState: 'requested', access: 'public' } },
    ]);
    expect(wp.ok).toBe(true);
  });
  afterAll(() => t.close());

  it('draws each chart of a plan with a table of the same numbers beside it, counting only what the public may see', async () => {
    const res = await t.app.inject(`/dashboards/action-plans/${planId}`);
    expect(res.statusCode).toBe(200);
    const found = charts(res.body);
    expect(found.map((c) => c.id)).toEqual(['rag', 'overdue', 'owners']);
    for (const c of found) {
      expect(c.drawn, c.id).toEqual(c.tabled);
      expect(c.role).toBe(`${c.id}-title ${c.id}-desc`);
    }
    expect(found[0]!.drawn).toEqual([
      ['Red', 1],
      ['Amber', 2],
      ['Green', 0],
      ['Blue (complete)', 1],
      ['Not rated', 1],
    ]);
    expect(found[1]!.drawn).toEqual([
      ['Overdue', 2],
      ['Not overdue', 3],
    ]);
    expect(found[2]!.drawn).toEqual([
      ['Head of Libraries', 3],
      ['To identify lead', 2],
      ['Friends of the Library', 1],
    ]);
    expect(res.body).toContain('<desc id="rag-desc">Red: 1; Amber: 2; Green: 0; Blue (complete): 1; Not rated: 1</desc>');
    expect(res.body).not.toContain('A draft action');
  });

  it('draws a committee’s tracker by computed status and its accepted work programme items by meeting', async () => {
    const res = await t.app.inject('/dashboards/committees/roads-and-rivers');
    expect(res.statusCode).toBe(200);
    const found = charts(res.body);
    for (const c of found) expect(c.drawn, c.id).toEqual(c.tabled);
    expect(found.map((c) => [c.id, c.drawn])).toEqual([
      [
        'tracker',
        [
          ['Incomplete', 1],
          ['Pending', 2],
          ['Completed', 0],
        ],
      ],
      [
        'programme',
        [
          ['3 June 2030', 2],
          ['9 September 2030', 1],
        ],
      ],
    ]);
  });

  it('answers an unknown plan or committee as missing', async () => {
    expect((await t.app.inject('/dashboards/action-plans/999999')).statusCode).toBe(404);
    expect((await t.app.inject('/dashboards/action-plans/abc')).statusCode).toBe(404);
    expect((await t.app.inject('/dashboards/committees/nobody')).statusCode).toBe(404);
  });
});
