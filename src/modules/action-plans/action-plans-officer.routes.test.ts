import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { tokenUser } from '../../api/test-support.ts';
import { auditEvents, planActionUpdates, planActions } from '../../db/schema.ts';
import { saveActionPlans } from './commands/save-action-plans.ts';
import { savePlanActions } from './commands/save-plan-actions.ts';

const actor = { userId: null, label: 'test' };
const published = { publication: 'published' as const, publishedAt: new Date('2020-01-01T09:00:00Z'), publishedBy: 'clerk@test.example', access: 'public' as const };

describe('officer action plans and the CSV API', () => {
  let t: TestApp;
  let planId: number;
  let draftPlanId: number;
  let ids: number[];
  let owner: string;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const c = await makeCouncil(db);
    const plans = await saveActionPlans(db, actor, [
      { values: { bodyId: c.body.id, title: 'Harbour Action Plan', slug: 'harbour', ...published } },
      { values: { bodyId: c.body.id, title: 'Secret Plan', slug: 'secret', access: 'public' } },
    ]);
    [planId, draftPlanId] = plans.ok ? [plans.value.ids[0]!, plans.value.ids[1]!] : [0, 0];
    const r = await savePlanActions(db, actor, [
      {
        values: {
          actionPlanId: planId!,
          position: 1,
          number: '1',
          action: 'Repair the quay, "north side"',
          owners: ['Harbour Master'],
          rag: 'Amber',
          dueText: 'June 2018',
          ...published,
        },
      },
      {
        values: {
          actionPlanId: planId!,
          position: 2,
          number: '2',
          action: 'Dredge the channel',
          owners: [],
          rag: 'Green',
          dueText: 'Ongoing',
          progress: 'Bids in\nfrom three firms, incl. Ørsted',
          ...published,
        },
      },
    ]);
    ids = r.ok ? r.value.ids : [];
    await makeUser(db, 'report-author', 'owner@test.example');
    owner = await signIn(t.app, 'owner@test.example', 'correct horse battery');
    token = (await tokenUser(db, 'report-author')).authorization;
  });
  afterAll(() => t.close());

  const post = async (url: string, fields: Record<string, string>) => {
    const page = await t.app.inject({ url, headers: { cookie: owner } });
    const { token: csrf } = formState(page);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: owner, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    });
  };
  const upload = async (csv: string | null) => {
    const page = await t.app.inject({ url: `/officer/action-plans/${planId}/import`, headers: { cookie: owner } });
    const { token: csrf } = formState(page);
    const boundary = '----shirehall';
    const file = csv === null ? '' : csv;
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="_csrf"',
      '',
      csrf,
      `--${boundary}`,
      `Content-Disposition: form-data; name="file"; filename="${csv === null ? '' : 'actions.csv'}"`,
      'Content-Type: text/csv',
      '',
      file,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    return t.app.inject({
      method: 'POST',
      url: `/officer/action-plans/${planId}/import?_csrf=${encodeURIComponent(csrf)}`,
      headers: { cookie: owner, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  };
  const actions = () => t.database.db.select().from(planActions).where(eq(planActions.actionPlanId, planId)).orderBy(asc(planActions.position));
  const audits = async () => (await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n;

  it('lists the plans and shows a plan’s actions with an Update link for the owner', async () => {
    const list = await t.app.inject({ url: '/officer/action-plans', headers: { cookie: owner } });
    expect(list.body).toContain(`href="/officer/action-plans/${planId}">Harbour Action Plan</a> <span class="govuk-body-s app-meta">(2 actions)`);
    const page = await t.app.inject({ url: `/officer/action-plans/${planId}`, headers: { cookie: owner } });
    expect(page.body).toContain(`href="/officer/plan-actions/${ids[0]}/update">Update<span class="govuk-visually-hidden"> action 1</span>`);
    expect(page.body).toContain('2 actions, 1 overdue.');
  });

  it('refuses an update without a note or a real date, with the GOV.UK error summary, and saves a good one into the history', async () => {
    const url = `/officer/plan-actions/${ids[0]}/update`;
    const bad = await post(url, { rag: 'Red', due: 'date', 'dueOn-day': '31', 'dueOn-month': '2', 'dueOn-year': '2027', progress: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('govuk-error-summary');
    expect(bad.body).toContain('href="#dueOn-day">The due date must be a real date');
    expect(bad.body).toContain('href="#progress">Enter a progress note');
    const good = await post(url, { rag: 'Red', due: 'date', 'dueOn-day': '28', 'dueOn-month': '2', 'dueOn-year': '2027', progress: 'Contractor delayed by storms' });
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toBe(`/officer/action-plans/${planId}?saved=action#action-${ids[0]}`);
    const [a] = await actions();
    expect(a).toMatchObject({ rag: 'Red', dueDate: '2027-02-28', dueText: '28 February 2027', progress: 'Contractor delayed by storms' });
    const form = await t.app.inject({ url, headers: { cookie: owner } });
    expect(form.body).toContain('(Red, due 28 February 2027): Contractor delayed by storms');
    const publicPage = (await t.app.inject('/action-plans/harbour')).body;
    expect(publicPage).toContain('Progress history<span class="govuk-visually-hidden"> of action 1</span>');
    expect(publicPage).toContain('(Red, due 28 February 2027): Contractor delayed by storms');
  });

  it('downloads the CSV and uploads it back: nothing changes and no audit row is written', async () => {
    const csv = await t.app.inject({ url: `/officer/action-plans/${planId}/actions.csv`, headers: { cookie: owner } });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="harbour-actions.csv"');
    expect(csv.body).toContain('"Bids in\nfrom three firms, incl. Ørsted"');
    const before = await actions();
    const n = await audits();
    const res = await upload(csv.body);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/officer/action-plans/${planId}?saved=import&changed=0`);
    expect(await actions()).toEqual(before);
    expect(await audits()).toBe(n);
  });

  it('names the line of a bad row in the error summary and changes nothing; asks for a file when none is chosen', async () => {
    const csv = (await t.app.inject({ url: `/officer/action-plans/${planId}/actions.csv`, headers: { cookie: owner } })).body;
    const before = await actions();
    const res = await upload(csv.replace('Red', 'Scarlet').replace('Dredge the channel', 'Dredge the whole channel'));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#file">Line 2: the RAG rating must be Red, Amber, Green, Blue or blank, not “Scarlet”');
    expect(await actions()).toEqual(before);
    const none = await upload(null);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('href="#file">Select a CSV file');
  });

  it('serves and accepts the same CSV in the API: changed 0, then 1, or 422 naming the line', async () => {
    const get = await t.app.inject(`/api/v1/action-plans/${planId}/actions.csv`);
    expect(get.statusCode).toBe(200);
    expect(get.headers['content-type']).toBe('text/csv; charset=utf-8');
    const put = (payload: string) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/action-plans/${planId}/actions.csv`, headers: { authorization: token, 'content-type': 'text/csv' }, payload });
    const n = await audits();
    expect((await put(get.body)).json()).toEqual({ changed: 0 });
    expect(await audits()).toBe(n);
    const bad = await put(`${get.body}3,Unknown action,,,,,,\r\n`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toEqual({
      error: {
        code: 'unprocessable',
        message: 'The file has a problem: nothing was changed',
        details: [{ line: 5, field: 'number', message: 'Line 5: there is no action 3 in this plan (an import changes existing actions only)' }],
      },
    });
    const ok = await put(get.body.replace('Ongoing', 'June 2030'));
    expect(ok.json()).toEqual({ changed: 1 });
    expect((await t.database.db.select().from(planActionUpdates).where(eq(planActionUpdates.planActionId, ids[1]!))).map((h) => h.dueText)).toEqual(['June 2030']);
    const json = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/action-plans/${planId}/actions.csv`,
      headers: { authorization: token, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(json.statusCode).toBe(415);
  });

  it('answers a plan the viewer may not see as missing, in pages and API', async () => {
    expect((await t.app.inject(`/api/v1/action-plans/${draftPlanId}/actions.csv`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/v1/action-plans/999999/actions.csv`)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/officer/action-plans/999999`, headers: { cookie: owner } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/officer/plan-actions/999999/update`, headers: { cookie: owner } })).statusCode).toBe(404);
  });
});
