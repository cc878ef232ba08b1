import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { actionPlans, planActions } from '../../db/schema.ts';
import { saveActionPlans } from './commands/save-action-plans.ts';

describe('creating an action plan on screen', () => {
  let t: TestApp;
  let clerk: string;
  let author: string;
  beforeAll(async () => {
    t = await createTestApp();
    await makeCouncil(t.database.db);
    await makeUser(t.database.db, 'democratic-services', 'clerk@test.example');
    await makeUser(t.database.db, 'report-author', 'author@test.example');
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
    author = await signIn(t.app, 'author@test.example', 'correct horse battery');
  });
  afterAll(() => t.close());

  const create = async (title: string, cookie = clerk) => {
    const page = await t.app.inject({ url: '/officer/action-plans/new', headers: { cookie: clerk } });
    const { token } = formState(page);
    return t.app.inject({
      method: 'POST',
      url: '/officer/action-plans',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, title }).toString(),
    });
  };

  it('creates a draft plan the public cannot see, at an address made from its title, numbered when taken', async () => {
    expect((await t.app.inject({ url: '/officer/action-plans', headers: { cookie: clerk } })).body).toContain('Create an action plan');
    const res = await create('Young Carers Action Plan');
    expect(res.statusCode).toBe(303);
    const again = await create('Young Carers Action Plan');
    expect(again.statusCode).toBe(303);
    const plans = await t.database.db.select().from(actionPlans).orderBy(asc(actionPlans.id));
    expect(plans.map((p) => [p.slug, p.publication])).toEqual([
      ['young-carers-action-plan', 'draft'],
      ['young-carers-action-plan-2', 'draft'],
    ]);
    expect(res.headers.location).toBe(`/officer/action-plans/${plans[0]!.id}`);
    expect((await t.app.inject({ url: res.headers.location as string, headers: { cookie: clerk } })).body).toContain('Young Carers Action Plan');
    expect((await t.app.inject('/action-plans/young-carers-action-plan')).statusCode).toBe(404);
  });

  it('shows the error summary and keeps the page for a blank title', async () => {
    const res = await create(' ');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#title">Enter the title of the plan');
  });

  it('sends signed-out visitors to sign in and refuses a report author', async () => {
    const out = await t.app.inject('/officer/action-plans/new');
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toContain('/sign-in');
    const post = await t.app.inject({ method: 'POST', url: '/officer/action-plans', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'x=1' });
    expect(post.headers.location).toContain('/sign-in');
    expect((await t.app.inject({ url: '/officer/action-plans/new', headers: { cookie: author } })).statusCode).toBe(403);
    expect((await create('Sneaky plan', author)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/officer/action-plans', headers: { cookie: author } })).body).not.toContain('Create an action plan');
  });
});

describe('adding, changing and publishing actions on screen', () => {
  let t: TestApp;
  let clerk: string;
  let councillor: string;
  let planId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const c = await makeCouncil(t.database.db);
    await makeUser(t.database.db, 'democratic-services', 'clerk@test.example');
    await makeUser(t.database.db, 'councillor', 'cllr@test.example');
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
    councillor = await signIn(t.app, 'cllr@test.example', 'correct horse battery');
    const plans = await saveActionPlans(t.database.db, { userId: null, label: 'test' }, [
      { values: { bodyId: c.body.id, title: 'Parks Action Plan', slug: 'parks-plan', access: 'public' } },
    ]);
    planId = plans.ok ? plans.value.ids[0]! : 0;
  });
  afterAll(() => t.close());

  const post = async (formUrl: string, url: string, fields: Record<string, string>, cookie = clerk) => {
    const { token } = formState(await t.app.inject({ url: formUrl, headers: { cookie: clerk } }));
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
    });
  };
  const add = (fields: Record<string, string>, cookie = clerk) =>
    post(`/officer/action-plans/${planId}/actions/new`, `/officer/action-plans/${planId}/actions/new`, fields, cookie);
  const actionsOf = () => t.database.db.select().from(planActions).where(eq(planActions.actionPlanId, planId)).orderBy(asc(planActions.position));

  it('adds an action and a child from the plan page, with a due date typed in the date boxes', async () => {
    const page = await t.app.inject({ url: `/officer/action-plans/${planId}`, headers: { cookie: clerk } });
    expect(page.body).toContain(`href="/officer/action-plans/${planId}/actions/new">Add an action`);
    expect(page.body).toContain('Publish the plan');
    const res = await add({ number: '6', action: 'Plant trees', owners: 'Parks manager\nto identify', due: 'date', 'dueOn-day': '30', 'dueOn-month': '6', 'dueOn-year': '2027' });
    expect(res.statusCode).toBe(303);
    const [six] = await actionsOf();
    expect(res.headers.location).toBe(`/officer/action-plans/${planId}?saved=added#action-${six!.id}`);
    const form = await t.app.inject({ url: `/officer/action-plans/${planId}/actions/new`, headers: { cookie: clerk } });
    expect(form.body).toContain(`<option value="${six!.id}">6: Plant trees</option>`);
    expect((await add({ number: '6.1', parentId: String(six!.id), action: 'Survey the sites', due: 'ongoing' })).statusCode).toBe(303);
    const after = await t.app.inject({ url: `/officer/action-plans/${planId}?saved=added`, headers: { cookie: clerk } });
    expect(after.body).toContain('The action has been added');
    expect(after.body).toContain('Owners: Parks manager; to identify');
    expect(after.body).toContain('30 June 2027');
    expect((await actionsOf()).map((a) => [a.number, a.parentId, a.dueText])).toEqual([
      ['6', null, '30 June 2027'],
      ['6.1', six!.id, 'Ongoing'],
    ]);
  });

  it('shows the error summary and keeps what was typed for a bad action', async () => {
    const [six] = await actionsOf();
    const res = await add({ number: '7.1', parentId: String(six!.id), action: 'Misfiled <b>', due: 'date', 'dueOn-day': '31', 'dueOn-month': '2', 'dueOn-year': '2027' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#number">The number of an action under action 6 must start with 6., like 6.1');
    expect(res.body).toContain('href="#dueOn-day">The due date must be a real date');
    expect(res.body).toContain('value="7.1"');
    expect(res.body).toContain('Misfiled &lt;b&gt;');
    expect(res.body).toContain(`<option value="${six!.id}" selected>`);
    expect(res.body).toMatch(/name="dueOn-day"[^>]*value="31"/);
    expect(await actionsOf()).toHaveLength(2);
  });

  it('changes an action from its Change link, the form showing it as it is', async () => {
    const [six] = await actionsOf();
    const page = await t.app.inject({ url: `/officer/action-plans/${planId}`, headers: { cookie: clerk } });
    expect(page.body).toContain(`href="/officer/plan-actions/${six!.id}/edit">Change`);
    const form = await t.app.inject({ url: `/officer/plan-actions/${six!.id}/edit`, headers: { cookie: clerk } });
    expect(form.body).toContain('Change action 6');
    expect(form.body).toContain('Parks manager\nto identify');
    expect(form.body).toMatch(/name="dueOn-year"[^>]*value="2027"/);
    expect(form.body).not.toContain(`<option value="${six!.id}"`);
    const res = await post(`/officer/plan-actions/${six!.id}/edit`, `/officer/plan-actions/${six!.id}/edit`, {
      number: '6',
      action: 'Plant 500 trees',
      owners: 'Tree officer',
      due: 'ongoing',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/officer/action-plans/${planId}?saved=changed#action-${six!.id}`);
    const [after] = await actionsOf();
    expect([after!.action, after!.owners, after!.dueText]).toEqual(['Plant 500 trees', ['Tree officer'], 'Ongoing']);
  });

  it('publishes the plan and its actions, so the public sees them', async () => {
    expect((await t.app.inject('/action-plans/parks-plan')).statusCode).toBe(404);
    const res = await post(`/officer/action-plans/${planId}`, `/officer/action-plans/${planId}/publish`, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/officer/action-plans/${planId}?saved=published`);
    const pub = await t.app.inject('/action-plans/parks-plan');
    expect(pub.statusCode).toBe(200);
    expect(pub.body).toContain('Plant 500 trees');
    expect(pub.body).toContain('Survey the sites');
    const page = await t.app.inject({ url: `/officer/action-plans/${planId}?saved=published`, headers: { cookie: clerk } });
    expect(page.body).toContain('The plan and its draft actions have been published');
    expect(page.body).not.toContain('Publish the plan');
  });

  it('sends signed-out visitors to sign in and refuses a councillor, on every new page and form', async () => {
    const [six] = await actionsOf();
    const pages = [`/officer/action-plans/${planId}/actions/new`, `/officer/plan-actions/${six!.id}/edit`];
    for (const url of pages) {
      const out = await t.app.inject(url);
      expect(out.statusCode).toBe(303);
      expect(out.headers.location).toContain('/sign-in');
      expect((await t.app.inject({ url, headers: { cookie: councillor } })).statusCode).toBe(403);
    }
    for (const url of [...pages, `/officer/action-plans/${planId}/publish`]) {
      const out = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'x=1' });
      expect(out.headers.location).toContain('/sign-in');
      expect((await post(`/officer/action-plans/${planId}`, url, { number: '9', action: 'Sneaky', due: 'ongoing' }, councillor)).statusCode).toBe(403);
    }
    expect(await actionsOf()).toHaveLength(2);
    const page = await t.app.inject({ url: `/officer/action-plans/${planId}`, headers: { cookie: councillor } });
    expect(page.body).not.toContain('Add an action');
    expect(page.body).not.toContain('/edit">Change');
  });
});
