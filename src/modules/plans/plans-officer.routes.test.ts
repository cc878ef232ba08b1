import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeUser } from '../../../test/factories.ts';
import { agendaItems, highlightReports, planPartGroups, plans } from '../../db/schema.ts';
import { makePlan } from '../../../test/plans.ts';

describe('officer screens of plans', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof makePlan>>;
  let clerk: string;
  let author: string;
  let reportId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    f = await makePlan(db);
    await makeUser(db, 'democratic-services', 'clerk@test.example');
    await makeUser(db, 'report-author', 'author@test.example');
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
    author = await signIn(t.app, 'author@test.example', 'correct horse battery');
  });
  afterAll(() => t.close());

  const post = async (url: string, fields: Record<string, string>, form: string) => {
    const page = await t.app.inject({ url: form, headers: { cookie: clerk } });
    const { token } = formState(page);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: clerk, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
    });
  };

  it('sends the signed-out to sign in and refuses a report author, on every screen', async () => {
    const gets = [
      '/officer/plans',
      '/officer/plans/new',
      `/officer/plans/${f.planId}`,
      `/officer/plans/${f.planId}/edit`,
      `/officer/plans/${f.planId}/parts/new`,
      `/officer/plan-parts/${f.programme}`,
      `/officer/plan-parts/${f.programme}/highlight-reports/new`,
    ];
    const posts = [
      '/officer/plans',
      `/officer/plans/${f.planId}`,
      `/officer/plans/${f.planId}/publish`,
      `/officer/plans/${f.planId}/parts`,
      `/officer/plans/${f.planId}/agenda`,
      `/officer/plan-parts/${f.programme}/groups`,
      `/officer/plan-parts/${f.programme}/champions`,
      `/officer/plan-parts/${f.programme}/action-plans`,
      `/officer/plan-parts/${f.programme}/measures`,
      `/officer/plan-parts/${f.programme}/highlight-reports`,
      '/officer/highlight-reports/1',
      '/officer/highlight-reports/1/publish',
    ];
    for (const url of [...gets, '/officer/highlight-reports/1/edit']) {
      const out = await t.app.inject(url);
      expect(out.statusCode, url).toBe(303);
      expect(out.headers.location, url).toContain('/sign-in');
      expect((await t.app.inject({ url, headers: { cookie: author } })).statusCode, url).toBe(403);
    }
    for (const url of posts) {
      expect((await t.app.inject({ method: 'POST', url, payload: {} })).statusCode, url).toBe(303);
      expect((await t.app.inject({ method: 'POST', url, headers: { cookie: author }, payload: {} })).statusCode, url).toBe(403);
    }
  });

  it('adds a plan, showing the error summary and keeping what was typed when the period is wrong', async () => {
    const fields = {
      title: 'Children’s Plan',
      'startDate-day': '1',
      'startDate-month': '4',
      'startDate-year': '2026',
      'endDate-day': '1',
      'endDate-month': '1',
      'endDate-year': '2026',
      levels: 'Priority\nProgramme',
    };
    const bad = await post('/officer/plans', fields, '/officer/plans/new');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('There is a problem');
    expect(bad.body).toContain('href="#endDate-day">The end date must be after the start date');
    expect(bad.body).toContain('value="Children’s Plan"');
    const good = await post('/officer/plans', { ...fields, 'endDate-year': '2029' }, '/officer/plans/new');
    expect(good.statusCode).toBe(303);
    const [p] = await t.database.db.select().from(plans).where(eq(plans.slug, 'childrens-plan'));
    expect(p).toMatchObject({ startDate: '2026-04-01', endDate: '2029-01-01', levels: ['Priority', 'Programme'], publication: 'draft' });
    expect(good.headers.location).toBe(`/officer/plans/${p!.id}?saved=created`);
  });

  it('adds a part, refusing one whose level is not its parent’s + 1', async () => {
    const bad = await post(
      `/officer/plans/${f.planId}/parts`,
      { parentId: String(f.vision), level: '2', number: '1.2.1', title: 'Skips a level' },
      `/officer/plans/${f.planId}/parts/new`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('A part under a Vision must be a Priority');
    const good = await post(
      `/officer/plans/${f.planId}/parts`,
      { parentId: String(f.vision), level: '1', number: '1.2', title: 'Clean rivers' },
      `/officer/plans/${f.planId}/parts/new`,
    );
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toMatch(/^\/officer\/plan-parts\/\d+\?saved=part$/);
  });

  it('assigns a delivery group and links an action plan and a measure to a part', async () => {
    const form = `/officer/plan-parts/${f.programme}`;
    expect((await post(`${form}/groups`, { organisationId: String(f.council.org.id) }, form)).statusCode).toBe(303);
    expect(await t.database.db.select().from(planPartGroups)).toHaveLength(1);
    const none = await post(`${form}/champions`, { personId: '' }, form);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Select the member champion from the list');
    expect((await post(`${form}/action-plans`, { actionPlanId: String(f.actionPlanId) }, form)).statusCode).toBe(303);
    expect((await post(`${form}/measures`, { measureId: String(f.measureId) }, form)).statusCode).toBe(303);
    const page = await t.app.inject({ url: form, headers: { cookie: clerk } });
    expect(page.body).toContain('Action plans: Bridges Action Plan.');
    expect(page.body).toContain('Measures: Bridges inspected on time.');
  });

  it('writes a highlight report, asking for the narrative unless it is a nil return, and publishes it', async () => {
    const form = `/officer/plan-parts/${f.programme}/highlight-reports/new`;
    const page = await t.app.inject({ url: form, headers: { cookie: clerk } });
    expect(page.body).toContain('Worked out from the actions and measures today: RAG Red');
    const bad = await post(`/officer/plan-parts/${f.programme}/highlight-reports`, { quarter: 'Q2 2026/27', achievements: 'Reopened a bridge' }, form);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter the risks and issues, or say this is a nil return');
    expect(bad.body).toContain('Reopened a bridge');
    const nil = await post(`/officer/plan-parts/${f.programme}/highlight-reports`, { quarter: 'Q2 2026/27', nilReturn: 'yes' }, form);
    expect(nil.statusCode).toBe(303);
    const [r] = await t.database.db.select().from(highlightReports);
    reportId = r!.id;
    expect(r).toMatchObject({ nilReturn: true, quarter: 'Q2 2026/27', computedRag: 'Red' });
    const twice = await post(`/officer/plan-parts/${f.programme}/highlight-reports`, { quarter: 'Q2 2026/27', nilReturn: 'yes' }, form);
    expect(twice.body).toContain('There is already a highlight report for Q2 2026/27');
    expect((await post(`/officer/highlight-reports/${reportId}/publish`, {}, `/officer/plan-parts/${f.programme}`)).statusCode).toBe(303);
    const edit = await t.app.inject({ url: `/officer/highlight-reports/${reportId}/edit`, headers: { cookie: clerk } });
    expect(edit.statusCode).toBe(200);
    const pub = await t.app.inject('/plans/testshire-plan/highlight-reports/q2-2026-27');
    expect(pub.statusCode).toBe(200);
  });

  it('adds the quarter’s highlight reports to a meeting’s agenda', async () => {
    const bad = await post(`/officer/plans/${f.planId}/agenda`, { meetingId: '', quarter: 'Q2 2026/27' }, `/officer/plans/${f.planId}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Select the meeting');
    const r = await post(`/officer/plans/${f.planId}/agenda`, { meetingId: String(f.council.meeting.id), quarter: 'Q2 2026/27' }, `/officer/plans/${f.planId}`);
    expect(r.statusCode).toBe(303);
    const items = await t.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, f.council.meeting.id));
    expect(items.map((i) => i.title)).toContain('Testshire Plan: highlight reports Q2 2026/27');
  });
});
