import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { actionPlans } from '../../db/schema.ts';

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
