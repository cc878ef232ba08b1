import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { tokenUser } from '../../api/test-support.ts';
import { addMonths, toLondonDate } from '../../lib/dates.ts';
import { auditEvents, trackerOutcomes } from '../../db/schema.ts';
import { saveTrackerOutcomes } from './commands/save-tracker-outcomes.ts';

const actor = { userId: null, label: 'test' };
const today = toLondonDate(new Date());
const agreed = addMonths(today, -4);
const published = { publication: 'published' as const, publishedAt: new Date('2020-01-01T09:00:00Z'), publishedBy: 'clerk@test.example', access: 'public' as const };

describe('the outcome tracker as CSV, in the officer area and the API', () => {
  let t: TestApp;
  let orgId: number;
  let ids: number[];
  let manager: string;
  let author: string;
  let token: string;
  let authorToken: string;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const c = await makeCouncil(db);
    orgId = c.org.id;
    const r = await saveTrackerOutcomes(db, actor, [
      {
        values: {
          bodyId: c.body.id,
          organisationId: orgId,
          meetingDate: agreed,
          item: '4. Bus shelters',
          outcome: 'Repair every shelter, "north and south"',
          owner: 'Transport Manager',
          ...published,
        },
      },
      { values: { bodyId: c.body.id, organisationId: orgId, meetingDate: agreed, item: '5. Sirens', outcome: 'Test the sirens', owner: 'Emergency Planning', access: 'public' } },
    ]);
    ids = r.ok ? r.value.ids : [];
    await makeUser(db, 'scrutiny-manager', 'scrutiny@test.example');
    await makeUser(db, 'report-author', 'author@test.example');
    manager = await signIn(t.app, 'scrutiny@test.example', 'correct horse battery');
    author = await signIn(t.app, 'author@test.example', 'correct horse battery');
    token = (await tokenUser(db, 'scrutiny-manager')).authorization;
    authorToken = (await tokenUser(db, 'report-author')).authorization;
  });
  afterAll(() => t.close());

  const csvUrl = () => `/officer/organisations/${orgId}/outcome-tracker.csv`;
  const importUrl = () => `/officer/organisations/${orgId}/outcome-tracker/import`;
  const apiUrl = () => `/api/v1/organisations/${orgId}/outcome-tracker.csv`;
  const rows = () => t.database.db.select().from(trackerOutcomes).orderBy(asc(trackerOutcomes.id));
  const audits = async () => (await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n;
  const upload = async (csv: string | null, cookie = manager) => {
    const page = await t.app.inject({ url: importUrl(), headers: { cookie: manager } });
    const { token: csrf } = formState(page);
    const boundary = '----shirehall';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="_csrf"',
      '',
      csrf,
      `--${boundary}`,
      `Content-Disposition: form-data; name="file"; filename="${csv === null ? '' : 'tracker.csv'}"`,
      'Content-Type: text/csv',
      '',
      csv ?? '',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    return t.app.inject({
      method: 'POST',
      url: `${importUrl()}?_csrf=${encodeURIComponent(csrf)}`,
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  };

  it('downloads the committee’s tracker, drafts included for the officer, with the computed status', async () => {
    const res = await t.app.inject({ url: csvUrl(), headers: { cookie: manager } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="roads-and-rivers-outcome-tracker.csv"');
    expect(res.body.split('\r\n')[0]).toBe('\uFEFFid,meeting,item,outcome,owner,link,status,progress,progress_on,completed_on');
    expect(res.body).toContain(`${ids[0]},${agreed},4. Bus shelters,"Repair every shelter, ""north and south""",Transport Manager,,Incomplete,,,`);
    expect(res.body).toContain('Test the sirens');
    const officerPage = await t.app.inject({ url: `/officer/organisations/${orgId}/outcome-tracker`, headers: { cookie: manager } });
    expect(officerPage.body).toContain('Download the tracker as CSV');
    expect(officerPage.body).toContain('Upload a CSV file to update many outcomes at once');
  });

  it('uploads the same file back and changes nothing', async () => {
    const file = (await t.app.inject({ url: csvUrl(), headers: { cookie: manager } })).body;
    const before = await rows();
    const n = await audits();
    const res = await upload(file);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/officer/organisations/${orgId}/outcome-tracker?saved=import&changed=0`);
    expect(await rows()).toEqual(before);
    expect(await audits()).toBe(n);
  });

  it('shows the error summary naming the line, and changes nothing, for a file with a bad row', async () => {
    const before = await rows();
    const res = await upload(`id,outcome,owner,link,progress,progress_on,completed_on\r\n${ids[0]},Changed,Owner,,Done,${today},\r\n${ids[1]},x,y,,,not a date,\r\n`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('Line 3: enter the date of the action as a date such as 2027-06-30 or 30/06/2027, not “not a date”');
    expect(await rows()).toEqual(before);
    const none = await upload(null);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Select a CSV file');
  });

  it('records an action by upload, so the outcome is Pending on the public tracker', async () => {
    const res = await upload(
      `id,outcome,owner,link,progress,progress_on,completed_on\r\n${ids[0]},"Repair every shelter, ""north and south""",Transport Manager,,Surveyed every shelter,${today},\r\n`,
    );
    expect(res.headers.location).toBe(`/officer/organisations/${orgId}/outcome-tracker?saved=import&changed=1`);
    const page = await t.app.inject('/committees/roads-and-rivers/outcome-tracker');
    expect(page.body.split('Bus shelters')[1]?.split('</tr>')[0]).toContain('Pending');
  });

  it('answers the same through the API: the public sees published outcomes only; PUT answers { changed } or 422 naming the line', async () => {
    const publicCsv = await t.app.inject(apiUrl());
    expect(publicCsv.statusCode).toBe(200);
    expect(publicCsv.body).toContain('Bus shelters');
    expect(publicCsv.body).not.toContain('Test the sirens');
    const file = (await t.app.inject({ url: apiUrl(), headers: { authorization: token } })).body;
    expect(file).toContain('Test the sirens');
    const put = (payload: string, authorization = token) => t.app.inject({ method: 'PUT', url: apiUrl(), headers: { authorization, 'content-type': 'text/csv' }, payload });
    const same = await put(file);
    expect(same.statusCode).toBe(200);
    expect(same.json()).toEqual({ changed: 0 });
    const before = await rows();
    const bad = await put(`${file}999999,,,,,,,,,\r\n`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({
      error: {
        code: 'unprocessable',
        details: [{ line: 4, field: 'id', message: 'Line 4: there is no outcome 999999 on this committee’s tracker (an import changes existing outcomes only)' }],
      },
    });
    expect(await rows()).toEqual(before);
    const changed = await put(file.replace('Test the sirens', 'Test every siren twice'));
    expect(changed.json()).toEqual({ changed: 1 });
    expect((await put(file, authorToken)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url: apiUrl(), headers: { 'content-type': 'text/csv' }, payload: file })).statusCode).toBe(401);
    expect((await t.app.inject('/api/v1/organisations/999999/outcome-tracker.csv')).statusCode).toBe(404);
  });

  it('sends signed-out visitors to sign in and refuses a report author the upload', async () => {
    for (const url of [csvUrl(), importUrl()]) {
      const out = await t.app.inject(url);
      expect(out.statusCode, url).toBe(303);
      expect(out.headers.location, url).toContain('/sign-in');
    }
    expect((await t.app.inject({ url: importUrl(), headers: { cookie: author } })).statusCode).toBe(403);
    expect((await upload('id\r\n', author)).statusCode).toBe(403);
    const post = await t.app.inject({ method: 'POST', url: importUrl(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'x=1' });
    expect(post.headers.location).toContain('/sign-in');
    expect((await t.app.inject({ url: `/officer/organisations/${orgId}/outcome-tracker`, headers: { cookie: author } })).body).not.toContain('Upload a CSV file');
  });
});
