import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeUser } from '../../../test/factories.ts';
import { actionPlans, agendaItems, auditEvents, highlightReports, measures, planPartChampions, planPartGroups, planParts, plans } from '../../db/schema.ts';
import { savePlan } from './commands/save-plan.ts';
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

  it('sends the signed-out to sign in on every screen, and refuses a report author every change', async () => {
    const readable = ['/officer/plans', `/officer/plans/${f.planId}`, `/officer/plan-parts/${f.programme}`];
    const gets = [
      '/officer/plans/new',
      `/officer/plans/${f.planId}/edit`,
      `/officer/plans/${f.planId}/parts/new`,
      `/officer/plan-parts/${f.programme}/highlight-reports/new`,
      `/officer/plan-parts/${f.programme}/remove`,
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
      `/officer/plan-parts/${f.programme}/groups/remove`,
      `/officer/plan-parts/${f.programme}/champions/remove`,
      `/officer/plan-parts/${f.programme}/action-plans/unlink`,
      `/officer/plan-parts/${f.programme}/measures/unlink`,
      `/officer/plan-parts/${f.programme}/remove`,
      `/officer/plan-parts/${f.programme}/highlight-reports`,
      '/officer/highlight-reports/1',
      '/officer/highlight-reports/1/publish',
    ];
    for (const url of readable) {
      const out = await t.app.inject(url);
      expect(out.statusCode, url).toBe(303);
      expect(out.headers.location, url).toContain('/sign-in');
      expect((await t.app.inject({ url, headers: { cookie: author } })).statusCode, url).toBe(200);
    }
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
    expect(page.body).toContain(`<a class="govuk-link" href="/officer/action-plans/${f.actionPlanId}">Bridges Action Plan</a>`);
    expect(page.body).toContain(`<a class="govuk-link" href="/officer/measures/${f.measureId}">Bridges inspected on time</a>`);
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

  it('shows a report author the plans, a plan and a part read-only, and no draft plan', async () => {
    const draft = await savePlan(t.database.db, { userId: null, label: 'clerk@test.example' }, null, {
      title: 'Unpublished Plan',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      levels: 'Priority',
    });
    const draftId = draft.ok ? draft.value.id : 0;
    const pages = { list: '/officer/plans', plan: `/officer/plans/${f.planId}`, part: `/officer/plan-parts/${f.programme}` };
    for (const [name, url] of Object.entries(pages)) {
      const read = await t.app.inject({ url, headers: { cookie: author } });
      expect(read.statusCode, name).toBe(200);
      expect(read.body, name).not.toMatch(/<form method="post" action="\/officer\//);
      expect(read.body, name).not.toMatch(/<select|Add a plan|Edit the plan|Add a part|Remove this part|Write a highlight report|Publish the/);
      const manage = await t.app.inject({ url, headers: { cookie: clerk } });
      expect(manage.body, name).toMatch(name === 'list' ? /Add a plan/ : /<form method="post" action="\/officer\//);
    }
    const part = await t.app.inject({ url: pages.part, headers: { cookie: author } });
    expect(part.body).toContain('Bridges Action Plan');
    expect(part.body).toContain('Bridges inspected on time');
    expect((await t.app.inject({ url: pages.list, headers: { cookie: author } })).body).not.toContain('Unpublished Plan');
    expect((await t.app.inject({ url: `/officer/plans/${draftId}`, headers: { cookie: author } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: pages.list, headers: { cookie: clerk } })).body).toContain('Unpublished Plan');
    expect((await t.app.inject({ url: `/officer/plans/${draftId}`, headers: { cookie: clerk } })).statusCode).toBe(200);
  });

  it('takes a delivery group and a champion off a part and unlinks an action plan and a measure, each audited', async () => {
    const form = `/officer/plan-parts/${f.programme}`;
    const personId = String(f.council.chair.id);
    expect((await post(`${form}/champions`, { personId }, form)).statusCode).toBe(303);
    const page = await t.app.inject({ url: form, headers: { cookie: clerk } });
    expect(page.body).toContain(`action="${form}/champions/remove"`);
    expect(page.body).toContain(`<input type="hidden" name="personId" value="${personId}">`);
    const wrong = await post(`${form}/measures/unlink`, { measureId: '999999' }, form);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('There is a problem');
    expect(wrong.body).toContain('That measure is not linked to this part');

    const removeGroup = await post(`${form}/groups/remove`, { organisationId: String(f.council.org.id) }, form);
    expect(removeGroup.headers.location).toBe(`${form}?saved=group-removed`);
    expect((await post(`${form}/champions/remove`, { personId }, form)).headers.location).toBe(`${form}?saved=champion-removed`);
    expect((await post(`${form}/action-plans/unlink`, { actionPlanId: String(f.actionPlanId) }, form)).headers.location).toBe(`${form}?saved=action-plan-unlinked`);
    expect((await post(`${form}/measures/unlink`, { measureId: String(f.measureId) }, form)).headers.location).toBe(`${form}?saved=measure-unlinked`);

    const { db } = t.database;
    const live = <T extends { deletedAt: Date | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);
    expect(live(await db.select().from(planPartGroups))).toEqual([]);
    expect(live(await db.select().from(planPartChampions))).toEqual([]);
    expect((await db.select().from(actionPlans).where(eq(actionPlans.id, f.actionPlanId)))[0]!.planPartId).toBeNull();
    expect((await db.select().from(measures).where(eq(measures.id, f.measureId)))[0]!.planPartId).toBeNull();
    const actions = (await db.select().from(auditEvents)).map((e) => `${e.action} ${e.subjectType} ${e.actorLabel}`);
    expect(actions).toContain('plan-part-group.delete plan_part_group clerk@test.example');
    expect(actions).toContain('plan-part-champion.delete plan_part_champion clerk@test.example');
    expect(actions.filter((a) => a === 'action-plan.update action_plan clerk@test.example')).toHaveLength(2);
    expect(actions.filter((a) => a === 'measure.update measure clerk@test.example')).toHaveLength(2);
    const after = await t.app.inject({ url: `${form}?saved=measure-unlinked`, headers: { cookie: clerk } });
    expect(after.body).toContain('The measure has been unlinked from the part');
    expect(after.body).toContain('Measures: none.');
    expect(after.body).toContain('Delivery groups: none.');

    // Linked again, for the removal below.
    await post(`${form}/groups`, { organisationId: String(f.council.org.id) }, form);
    await post(`${form}/action-plans`, { actionPlanId: String(f.actionPlanId) }, form);
  });

  it('refuses to remove a part with parts under it, changing nothing', async () => {
    const url = `/officer/plan-parts/${f.priority}/remove`;
    const page = await t.app.inject({ url, headers: { cookie: clerk } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Are you sure you want to remove Priority 1.1: Safe roads?');
    expect(page.body).toContain('Priority 1.1 has 1 part under it');
    expect(page.body).not.toContain('Remove the part');
    const refused = await post(url, {}, `/officer/plan-parts/${f.priority}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toContain('href="#remove-part">Priority 1.1 has a part under it: remove it first');
    const [part] = await t.database.db.select().from(planParts).where(eq(planParts.id, f.priority));
    expect(part!.deletedAt).toBeNull();
  });

  it('removes a leaf part with what hangs on it: gone from the public pages, the dashboard and the API, and its address answers 404', async () => {
    const url = `/officer/plan-parts/${f.programme}/remove`;
    const before = await t.app.inject('/plans/testshire-plan');
    expect(before.body).toContain('Bridge renewal');
    const page = await t.app.inject({ url, headers: { cookie: clerk } });
    expect(page.body).toContain('Are you sure you want to remove Programme 1.1.1: Bridge renewal?');
    expect(page.body).toContain('its 1 delivery group (the organisations and people themselves stay)');
    expect(page.body).toContain('its links to 1 action plan (they stay, no longer linked to the plan)');
    expect(page.body).toContain('its 1 highlight report');
    expect(page.body).toContain('Remove the part');

    const removed = await post(url, {}, url);
    expect(removed.statusCode).toBe(303);
    expect(removed.headers.location).toBe(`/officer/plans/${f.planId}?saved=removed`);
    const plan = await t.app.inject({ url: removed.headers.location as string, headers: { cookie: clerk } });
    expect(plan.body).toContain('The part has been removed from the plan');
    expect(plan.body).not.toContain('Bridge renewal');

    expect((await t.app.inject('/plans/testshire-plan')).body).not.toContain('Bridge renewal');
    expect((await t.app.inject(`/plans/testshire-plan/parts/${f.programme}`)).statusCode).toBe(404);
    expect((await t.app.inject('/plans/testshire-plan/highlight-reports/q2-2026-27')).statusCode).toBe(404);
    expect((await t.app.inject(`/dashboards/plans/${f.planId}`)).body).not.toContain('Bridge renewal');
    expect((await t.app.inject({ url: `/officer/plan-parts/${f.programme}`, headers: { cookie: clerk } })).statusCode).toBe(404);
    expect((await t.app.inject({ url, headers: { cookie: clerk } })).statusCode).toBe(404);
    const api = await t.app.inject(`/api/v1/plans/${f.planId}`);
    expect(api.statusCode).toBe(200);
    const ids = (api.json() as { parts: { id: number }[] }).parts.map((p) => p.id);
    expect(ids).toContain(f.priority);
    expect(ids).not.toContain(f.programme);

    const { db } = t.database;
    expect((await db.select().from(actionPlans).where(eq(actionPlans.id, f.actionPlanId)))[0]!.planPartId).toBeNull();
    expect((await db.select().from(planPartGroups)).every((g) => g.deletedAt !== null)).toBe(true);
    expect((await db.select().from(highlightReports)).every((r) => r.deletedAt !== null)).toBe(true);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, 'plan-part.delete'));
    expect(audit.map((e) => [e.subjectId, e.actorLabel])).toEqual([[String(f.programme), 'clerk@test.example']]);
    expect((await db.select().from(auditEvents).where(eq(auditEvents.action, 'highlight-report.delete'))).map((e) => e.subjectId)).toEqual([String(reportId)]);

    // Its number is free again.
    const again = await post(
      `/officer/plans/${f.planId}/parts`,
      { parentId: String(f.priority), level: '2', number: '1.1.1', title: 'Bridge renewal, again' },
      `/officer/plans/${f.planId}/parts/new`,
    );
    expect(again.statusCode).toBe(303);
  });
});
