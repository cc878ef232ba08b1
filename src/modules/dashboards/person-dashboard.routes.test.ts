import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { addDays, toLondonDate } from '../../lib/dates.ts';
import { saveActionPlans, savePlanActions } from '../action-plans/index.ts';
import { createMeasure } from '../measures/index.ts';
import { publishRecords } from '../visibility/index.ts';

const actor = { userId: null, label: 'test' };
const published = { publication: 'published' as const, publishedAt: new Date('2020-01-01T09:00:00Z'), publishedBy: 'clerk@test.example', access: 'public' as const };
const today = toLondonDate(new Date());

/** The rows of one of the page's tables, by its id, as their first cells. */
const rowsOf = (html: string, id: string) => {
  const table = html.split(`id="${id}"`)[1]?.split('</table>')[0] ?? '';
  return [...table.matchAll(/<th scope="row" class="govuk-table__header">([^<]*)<\/th>/g)].map((m) => m[1]);
};

describe('a person’s dashboard and My actions', () => {
  let t: TestApp;
  let officerCookie: string;
  let unlinkedCookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const c = await makeCouncil(db);
    const plans = await saveActionPlans(db, actor, [
      { values: { bodyId: c.body.id, title: 'Roads Action Plan', slug: 'roads', ...published } },
      { values: { bodyId: c.body.id, title: 'Secret Draft Plan', slug: 'secret', access: 'public' } },
    ]);
    const [roads, secret] = plans.ok ? plans.value.ids : [];
    const a = (n: string, values: Record<string, unknown>) => ({
      values: { actionPlanId: roads!, position: Number(n), number: n, action: `Action ${n}`, ...published, ...values },
    });
    await savePlanActions(db, actor, [
      a('1', { rag: 'Amber', dueDate: addDays(today, -10), dueText: 'Ten days ago', owners: ['tom brook'] }),
      a('2', { rag: 'Blue', dueDate: addDays(today, -10), dueText: 'Ten days ago, done', owners: ['Tom Brook'] }),
      a('3', { rag: 'Green', dueDate: addDays(today, 20), dueText: 'In twenty days', owners: ['Head of Roads', 'Tom Brook '] }),
      a('4', { rag: 'Green', dueText: 'Ongoing', owners: ['TOM BROOK'] }),
      a('5', { rag: 'Red', dueDate: addDays(today, -10), owners: ['Tom Brookes'] }),
      { values: { actionPlanId: roads!, position: 6, number: '6', action: 'Draft action', owners: ['Tom Brook'], access: 'public' as const } },
      { values: { actionPlanId: secret!, position: 1, number: '1', action: 'In a draft plan', owners: ['Tom Brook'], ...published } },
    ]);
    const m = await createMeasure(db, actor, {
      name: 'Potholes filled',
      unit: 'potholes',
      polarity: 'higher',
      frequency: 'quarterly',
      target: '500',
      owner: 'Tom Brook',
      actionPlanId: String(roads),
    });
    await publishRecords(db, actor, 'measure', [m.ok ? m.value.id : 0]);
    await createMeasure(db, actor, { name: 'Draft measure', unit: 'things', polarity: 'higher', frequency: 'quarterly', target: '5', owner: 'Tom Brook' });
    await makeUser(db, 'report-author', 'tom@test.example', c.officer.id);
    await makeUser(db, 'viewer', 'viewer@test.example');
    officerCookie = await signIn(t.app, 'tom@test.example', 'correct horse battery');
    unlinkedCookie = await signIn(t.app, 'viewer@test.example', 'correct horse battery');
  });
  afterAll(() => t.close());

  it('groups the person’s published actions as overdue, due in the next 8 weeks and the rest, with their measures, each linking to its plan', async () => {
    const res = await t.app.inject('/dashboards/people/tom-brook');
    expect(res.statusCode).toBe(200);
    expect(rowsOf(res.body, 'overdue')).toEqual(['1. Action 1']);
    expect(rowsOf(res.body, 'due-soon')).toEqual(['3. Action 3']);
    expect(rowsOf(res.body, 'other-actions')).toEqual(['2. Action 2', '4. Action 4']);
    expect(rowsOf(res.body, 'measures')).toEqual(['Potholes filled']);
    expect(res.body).toContain('href="/action-plans/roads">Roads Action Plan');
    expect(res.body).not.toContain('Draft action');
    expect(res.body).not.toContain('In a draft plan');
    expect(res.body).not.toContain('Draft measure');
    expect(res.body).not.toContain('Action 5');
  });

  it('links the dashboard from the person’s page only when they own something', async () => {
    expect((await t.app.inject('/people/tom-brook')).body).toContain('href="/dashboards/people/tom-brook"');
    expect((await t.app.inject('/people/ada-brook')).body).not.toContain('/dashboards/people/');
    const empty = await t.app.inject('/dashboards/people/ada-brook');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('Cllr Ada Brook owns no published actions or measures');
    expect((await t.app.inject('/dashboards/people/nobody')).statusCode).toBe(404);
  });

  it('shows a signed-in officer linked to a person their own actions as My actions', async () => {
    const res = await t.app.inject({ url: '/officer/my-actions', headers: { cookie: officerCookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('My actions');
    expect(rowsOf(res.body, 'overdue')).toEqual(['1. Action 1']);
    expect(rowsOf(res.body, 'due-soon')).toEqual(['3. Action 3']);
    expect((await t.app.inject({ url: '/officer', headers: { cookie: officerCookie } })).body).toContain('href="/officer/my-actions"');
    const unlinked = await t.app.inject({ url: '/officer/my-actions', headers: { cookie: unlinkedCookie } });
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.body).toContain('Your account is not linked to a person');
  });

  it('sends a signed-out visitor to sign in from My actions', async () => {
    const res = await t.app.inject('/officer/my-actions');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/sign-in?next=%2Fofficer%2Fmy-actions');
  });
});
