import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { tokenUser } from '../../api/test-support.ts';
import { auditEvents, measureValues, measures } from '../../db/schema.ts';
import { createMeasure } from './commands/create-measure.ts';
import { recordMeasureValue } from './commands/record-measure-value.ts';
import { publishRecords } from '../visibility/index.ts';

const actor = { userId: null, label: 'test' };

describe('officer measures and the values CSV API', () => {
  let t: TestApp;
  let owner: string;
  let viewer: string;
  let councillor: string;
  let token: string;
  let id: number;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    await makeCouncil(db);
    const r = await createMeasure(db, actor, { name: 'Roads in good condition', unit: '%', polarity: 'higher', frequency: 'quarterly', target: '80', tolerance: '5' });
    id = r.ok ? r.value.id : 0;
    await recordMeasureValue(db, actor, id, { period: 'Q1 2025/26', value: '76', note: 'Survey, "wet" season' });
    await publishRecords(db, actor, 'measure', [id]);
    await makeUser(db, 'report-author', 'owner@test.example');
    await makeUser(db, 'viewer', 'viewer@test.example');
    await makeUser(db, 'councillor', 'cllr@test.example');
    owner = await signIn(t.app, 'owner@test.example', 'correct horse battery');
    viewer = await signIn(t.app, 'viewer@test.example', 'correct horse battery');
    councillor = await signIn(t.app, 'cllr@test.example', 'correct horse battery');
    token = (await tokenUser(db, 'report-author')).authorization;
  });
  afterAll(() => t.close());

  const post = async (url: string, fields: Record<string, string>, form = url) => {
    const page = await t.app.inject({ url: form, headers: { cookie: owner } });
    const { token: csrf } = formState(page);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: owner, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    });
  };
  const upload = async (csv: string | null) => {
    const page = await t.app.inject({ url: '/officer/measures/import', headers: { cookie: owner } });
    const { token: csrf } = formState(page);
    const boundary = '----shirehall';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="_csrf"',
      '',
      csrf,
      `--${boundary}`,
      `Content-Disposition: form-data; name="file"; filename="${csv === null ? '' : 'values.csv'}"`,
      'Content-Type: text/csv',
      '',
      csv ?? '',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    return t.app.inject({
      method: 'POST',
      url: `/officer/measures/import?_csrf=${encodeURIComponent(csrf)}`,
      headers: { cookie: owner, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  };
  const values = () => t.database.db.select().from(measureValues).orderBy(asc(measureValues.id));
  const audits = async () => (await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n;

  it('sends the signed-out to sign in and refuses the wrong roles, on every screen that changes measures', async () => {
    const gets = ['/officer/measures/new', `/officer/measures/${id}/edit`, `/officer/measures/${id}/values/new`, '/officer/measures/import'];
    for (const url of gets) {
      const out = await t.app.inject(url);
      expect(out.statusCode, url).toBe(303);
      expect(out.headers.location, url).toContain('/sign-in');
      expect((await t.app.inject({ url, headers: { cookie: viewer } })).statusCode, url).toBe(403);
      expect((await t.app.inject({ url, headers: { cookie: councillor } })).statusCode, url).toBe(403);
    }
    for (const url of ['/officer/measures', `/officer/measures/${id}`, `/officer/measures/${id}/values`, `/officer/measures/${id}/publish`, '/officer/measures/import']) {
      const out = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=x' });
      expect(out.headers.location, url).toContain('/sign-in');
      expect(
        (await t.app.inject({ method: 'POST', url, headers: { cookie: viewer, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=x' })).statusCode,
        url,
      ).toBe(403);
    }
    for (const url of ['/officer/measures', `/officer/measures/${id}`, '/officer/measures/values.csv'])
      expect((await t.app.inject(url)).headers.location, url).toContain('/sign-in');
    const csv = (await t.app.inject('/api/v1/measures/values.csv')).body;
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/measures/values.csv', headers: { 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(401);
    const cllrToken = (await tokenUser(t.database.db, 'councillor')).authorization;
    expect(
      (await t.app.inject({ method: 'PUT', url: '/api/v1/measures/values.csv', headers: { authorization: cllrToken, 'content-type': 'text/csv' }, payload: csv })).statusCode,
    ).toBe(403);
  });

  it('adds a measure as a draft with the GOV.UK error summary for a bad form, then publishes it', async () => {
    const bad = await post('/officer/measures', { name: '', unit: 'days', polarity: 'lower', frequency: 'monthly', target: 'soon' }, '/officer/measures/new');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('govuk-error-summary');
    expect(bad.body).toContain('href="#name">Enter the name of the measure');
    expect(bad.body).toContain('href="#target">The target must be a number, like 72 or 3.5');
    const good = await post(
      '/officer/measures',
      { name: 'Days to fix a streetlight', unit: 'days', polarity: 'lower', frequency: 'monthly', target: '7', tolerance: '2' },
      '/officer/measures/new',
    );
    expect(good.statusCode).toBe(303);
    const newId = Number(/\/officer\/measures\/(\d+)\?saved=created/.exec(good.headers.location as string)?.[1]);
    expect((await t.app.inject(`/measures/${newId}`)).statusCode).toBe(404);
    const pub = await post(`/officer/measures/${newId}/publish`, {}, `/officer/measures/${newId}`);
    expect(pub.statusCode).toBe(303);
    expect(pub.headers.location).toBe(`/officer/measures/${newId}?saved=published`);
    expect((await t.app.inject(`/measures/${newId}`)).statusCode).toBe(200);
  });

  it('edits the officer’s RAG and commentary, and records a value, refusing a future period with the error summary', async () => {
    const edit = await t.app.inject({ url: `/officer/measures/${id}/edit`, headers: { cookie: owner } });
    expect(edit.body).toContain('value="Roads in good condition"');
    const saved = await post(
      `/officer/measures/${id}`,
      {
        name: 'Roads in good condition',
        unit: '%',
        polarity: 'higher',
        frequency: 'quarterly',
        target: '80',
        tolerance: '5',
        officerRag: 'Green',
        commentary: 'Resurfacing ahead of plan',
      },
      `/officer/measures/${id}/edit`,
    );
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/officer/measures/${id}?saved=updated`);
    const future = await post(`/officer/measures/${id}/values`, { period: 'Q1 2099/00', value: '90' }, `/officer/measures/${id}/values/new`);
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('href="#period">The period must not be in the future');
    const ok = await post(`/officer/measures/${id}/values`, { period: 'Q2 2025/26', value: '79' }, `/officer/measures/${id}/values/new`);
    expect(ok.statusCode).toBe(303);
    const page = (await t.app.inject(`/measures/${id}`)).body;
    expect(page).toContain('Resurfacing ahead of plan');
    expect(page).toContain('79%');
  });

  it('downloads the CSV and uploads it back: nothing changes and no audit row is written; a bad row is named and changes nothing', async () => {
    const csv = await t.app.inject({ url: '/officer/measures/values.csv', headers: { cookie: owner } });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="measure-values.csv"');
    expect(csv.body).toContain('"Survey, ""wet"" season"');
    const before = await values();
    const n = await audits();
    const same = await upload(csv.body);
    expect(same.statusCode).toBe(303);
    expect(same.headers.location).toBe('/officer/measures?saved=import&changed=0');
    expect(await values()).toEqual(before);
    expect(await audits()).toBe(n);
    const bad = await upload(`${csv.body}${id},,Q3 2025/26,lots,\r\n`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#file">Line 4: the value must be a number, like 72 or 3.5');
    expect(await values()).toEqual(before);
    expect((await upload(null)).body).toContain('href="#file">Select a CSV file');
  });

  it('serves and accepts the same CSV in the API: changed 0, then 1, or 422 naming the line and changing nothing', async () => {
    const get = await t.app.inject('/api/v1/measures/values.csv');
    expect(get.statusCode).toBe(200);
    expect(get.headers['content-type']).toBe('text/csv; charset=utf-8');
    const put = (payload: string) => t.app.inject({ method: 'PUT', url: '/api/v1/measures/values.csv', headers: { authorization: token, 'content-type': 'text/csv' }, payload });
    const n = await audits();
    const before = await values();
    expect((await put(get.body)).json()).toEqual({ changed: 0 });
    expect(await audits()).toBe(n);
    const bad = await put(`${get.body}${id},,Q3 2025/26,81,\r\n999,,Q3 2025/26,1,\r\n`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toEqual({
      error: {
        code: 'unprocessable',
        message: 'The file has a problem: nothing was changed',
        details: [{ line: 5, field: 'measure_id', message: 'Line 5: there is no measure 999' }],
      },
    });
    expect(await values()).toEqual(before);
    expect((await put(`${get.body}${id},,Q3 2025/26,81,\r\n`)).json()).toEqual({ changed: 1 });
    expect((await t.database.db.select().from(measures)).length).toBe(2);
  });
});
