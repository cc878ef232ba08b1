import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { tokenUser } from '../../api/test-support.ts';
import { auditEvents, risks } from '../../db/schema.ts';
import { saveReports } from '../reports/index.ts';
import { publishRecords } from '../visibility/index.ts';
import { createRisk } from './commands/create-risk.ts';
import { updateRisk } from './commands/update-risk.ts';

const actor = { userId: null, label: 'Risk manager' };

describe('the risk register: public pages, officer screens and API', () => {
  let t: TestApp;
  let ids: Record<string, number>;
  let owner: string;
  let clerk: string;
  let viewer: string;
  let councillor: string;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const c = await makeCouncil(db);
    ids = {};
    const add = async (ref: string, l: number, i: number, extra: Record<string, string> = {}, when = new Date('2031-01-10T10:00:00Z')) => {
      const r = await createRisk(db, actor, c.body.id, { ref, title: `Risk ${ref}`, owner: 'Head of Resilience', likelihood: String(l), impact: String(i), ...extra }, when);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      ids[ref] = r.value.id;
    };
    await add('TST0001', 4, 5, {
      mitigations: 'Sandbags stocked in three depots',
      targetLikelihood: '2',
      targetImpact: '4',
      reviewDate: '2020-01-31',
      title: 'River flooding in the town centre',
    });
    await add('TST0002', 4, 5, { reviewDate: '2099-12-31' });
    await add('TST0003', 1, 2);
    await add('TST0004', 3, 3);
    await add('TST0099', 5, 5, { title: 'Secret draft risk' });
    await updateRisk(
      db,
      actor,
      ids.TST0001!,
      {
        ref: 'TST0001',
        title: 'River flooding in the town centre',
        owner: 'Head of Resilience',
        likelihood: '3',
        impact: '5',
        targetLikelihood: '2',
        targetImpact: '4',
        reviewDate: '2020-01-31',
        mitigations: 'Sandbags stocked in three depots',
        note: 'New flood wall',
      },
      new Date('2031-04-10T10:00:00Z'),
    );
    await publishRecords(db, actor, 'risk', [ids.TST0001!, ids.TST0002!, ids.TST0003!, ids.TST0004!]);
    const reports = await saveReports(db, actor, [
      { values: { bodyId: c.body.id, title: 'Flood wall funding', riskImplications: 'See risk TST0001 on the corporate register.' }, access: {} },
      { values: { bodyId: c.body.id, title: 'Draft flood paper', riskImplications: 'Also TST0001.' }, access: {} },
      { values: { bodyId: c.body.id, title: 'Unrelated paper', riskImplications: 'Risk TST00011 is a different risk.' }, access: {} },
    ]);
    if (!reports.ok) throw new Error('reports');
    await publishRecords(db, actor, 'report', [reports.value.ids[0]!, reports.value.ids[2]!]);
    await makeUser(db, 'report-author', 'owner@test.example');
    await makeUser(db, 'democratic-services', 'clerk@test.example');
    await makeUser(db, 'viewer', 'viewer@test.example');
    await makeUser(db, 'councillor', 'cllr@test.example');
    owner = await signIn(t.app, 'owner@test.example', 'correct horse battery');
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
    viewer = await signIn(t.app, 'viewer@test.example', 'correct horse battery');
    councillor = await signIn(t.app, 'cllr@test.example', 'correct horse battery');
    token = (await tokenUser(db, 'report-author')).authorization;
  });
  afterAll(() => t.close());

  const post = async (cookie: string, url: string, fields: Record<string, string>, formUrl = url) => {
    const page = await t.app.inject({ url: formUrl, headers: { cookie } });
    const { token: csrf } = formState(page);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    });
  };
  const upload = async (csv: string | null) => {
    const page = await t.app.inject({ url: '/officer/risks/import', headers: { cookie: owner } });
    const { token: csrf } = formState(page);
    const boundary = '----shirehall';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="_csrf"',
      '',
      csrf,
      `--${boundary}`,
      `Content-Disposition: form-data; name="file"; filename="${csv === null ? '' : 'risks.csv'}"`,
      'Content-Type: text/csv',
      '',
      csv ?? '',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    return t.app.inject({
      method: 'POST',
      url: `/officer/risks/import?_csrf=${encodeURIComponent(csrf)}`,
      headers: { cookie: owner, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  };
  const all = () => t.database.db.select().from(risks).orderBy(asc(risks.id));
  const audits = async () => (await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n;

  it('lists the published risks, highest score first, with current and target scores and an overdue review marked', async () => {
    const res = await t.app.inject('/risks');
    expect(res.statusCode).toBe(200);
    const refs = [...res.body.matchAll(/href="\/risks\/(TST\d+)"/g)].map((m) => m[1]);
    expect(refs).toEqual(['TST0002', 'TST0001', 'TST0004', 'TST0003']);
    expect(res.body).not.toContain('TST0099');
    expect(res.body).not.toContain('Secret draft risk');
    const row = res.body.split('href="/risks/TST0001"')[1]!.split('</tr>')[0]!;
    expect(row).toContain('15 High');
    expect(row).toContain('3 × 5');
    expect(row).toContain('8<br><span class="govuk-body-s">2 × 4</span>');
    expect(row).toContain('31 January 2020<br><strong class="govuk-tag govuk-tag--red">Review overdue');
    expect(res.body.split('href="/risks/TST0002"')[1]!.split('</tr>')[0]).not.toContain('Review overdue');
    expect(res.body).toContain('4 risks, 1 overdue for review.');
  });

  it('draws the heat map as an accessible SVG with the same counts as its table', async () => {
    const body = (await t.app.inject('/risks')).body;
    expect(body).toContain('<svg role="img" aria-labelledby="heat-map-title heat-map-desc"');
    expect(body).toContain('<title id="heat-map-title">Risks by likelihood and impact</title>');
    const svg = new Map([...body.matchAll(/<g data-likelihood="(\d)" data-impact="(\d)" data-count="(\d+)">/g)].map((m) => [`${m[1]}×${m[2]}`, Number(m[3])]));
    const table = new Map(
      [...body.matchAll(/<td class="govuk-table__cell govuk-table__cell--numeric" data-likelihood="(\d)" data-impact="(\d)">(\d+)<\/td>/g)].map((m) => [
        `${m[1]}×${m[2]}`,
        Number(m[3]),
      ]),
    );
    expect(svg.size).toBe(25);
    expect(table).toEqual(svg);
    expect(svg.get('4×5')).toBe(1);
    expect(svg.get('3×5')).toBe(1);
    expect(svg.get('5×5')).toBe(0);
    expect([...svg.values()].reduce((a, b) => a + b, 0)).toBe(4);
    expect(body).toContain('4 risks. Likelihood 4, impact 5: 1; Likelihood 3, impact 3: 1; Likelihood 3, impact 5: 1; Likelihood 1, impact 2: 1. Every other cell: 0.');
  });

  it('shows a risk with its mitigations, score history as chart and table, and only the published reports citing it', async () => {
    const res = await t.app.inject('/risks/tst0001');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('River flooding in the town centre');
    expect(res.body).toContain('Sandbags stocked in three depots');
    expect(res.body).toContain('<desc id="score-chart-desc">10 January 2031: 20; 10 April 2031: 15</desc>');
    expect([...res.body.matchAll(/<g data-date="([\d-]+)" data-score="(\d+)">/g)].map((m) => [m[1], m[2]])).toEqual([
      ['2031-01-10', '20'],
      ['2031-04-10', '15'],
    ]);
    expect(res.body).toContain(
      '<th scope="row" class="govuk-table__header">10 April 2031</th><td data-label="Likelihood" class="govuk-table__cell govuk-table__cell--numeric">3</td><td data-label="Impact" class="govuk-table__cell govuk-table__cell--numeric">5</td><td data-label="Score" class="govuk-table__cell govuk-table__cell--numeric">15</td><td data-label="Note" class="govuk-table__cell">New flood wall</td>',
    );
    expect(res.body).toContain('Flood wall funding</a>');
    expect(res.body).not.toContain('Draft flood paper');
    expect(res.body).not.toContain('Unrelated paper');
  });

  it('answers a draft risk exactly as a missing one, to the public, in pages and API', async () => {
    const draft = await t.app.inject('/risks/TST0099');
    const missing = await t.app.inject('/risks/NOPE0001');
    expect(draft.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const main = (body: string) =>
      body
        .split('<main')[1]!
        .split('</main>')[0]!
        .replace(/nonce="[^"]*"/g, '');
    expect(main(draft.body)).toBe(main(missing.body));
    expect(draft.body).not.toContain('Secret draft risk');
    expect((await t.app.inject('/api/v1/risks/TST0099')).statusCode).toBe(404);
    expect((await t.app.inject('/api/v1/risks.csv')).body).not.toContain('TST0099');
    expect((await t.app.inject({ url: '/risks/TST0099', headers: { cookie: clerk } })).statusCode).toBe(200);
  });

  const officerGets = () => ['/officer/risks', '/officer/risks/new', `/officer/risks/${ids.TST0001}/edit`, '/officer/risks.csv', '/officer/risks/import'];
  const officerPosts = () => ['/officer/risks', `/officer/risks/${ids.TST0001}`, `/officer/risks/${ids.TST0099}/publish`, '/officer/risks/import'];

  it('sends signed-out visitors to sign in and refuses viewers and councillors', async () => {
    for (const url of officerGets()) {
      const out = await t.app.inject(url);
      expect(out.statusCode, url).toBe(303);
      expect(out.headers.location, url).toContain('/sign-in');
      expect((await t.app.inject({ url, headers: { cookie: viewer } })).statusCode, url).toBe(403);
      expect((await t.app.inject({ url, headers: { cookie: councillor } })).statusCode, url).toBe(403);
    }
    for (const url of officerPosts()) {
      const out = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'x=1' });
      expect(out.statusCode, url).toBe(303);
      expect(out.headers.location, url).toContain('/sign-in');
      for (const cookie of [viewer, councillor])
        expect((await t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'x=1' })).statusCode, url).toBe(403);
    }
    const publishByOwner = await t.app.inject({
      method: 'POST',
      url: `/officer/risks/${ids.TST0099}/publish`,
      headers: { cookie: owner, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'x=1',
    });
    expect(publishByOwner.statusCode).toBe(403);
    const put = await t.app.inject({ method: 'PUT', url: '/api/v1/risks.csv', headers: { 'content-type': 'text/csv' }, payload: 'ref\r\n' });
    expect(put.statusCode).toBe(401);
    const wrong = await tokenUser(t.database.db, 'councillor');
    expect(
      (await t.app.inject({ method: 'PUT', url: '/api/v1/risks.csv', headers: { authorization: wrong.authorization, 'content-type': 'text/csv' }, payload: 'ref\r\n' })).statusCode,
    ).toBe(403);
  });

  it('lets a risk owner add a risk, with the GOV.UK error summary on bad input; it stays a draft until a clerk publishes it', async () => {
    const bad = await post(owner, '/officer/risks', { ref: 'TST0200', title: '', owner: 'Head of Libraries', likelihood: '9', impact: '2' }, '/officer/risks/new');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('govuk-error-summary');
    expect(bad.body).toContain('href="#title">Enter the risk title');
    expect(bad.body).toContain('href="#likelihood">Likelihood must be a whole number from 1 to 5');
    const good = await post(
      owner,
      '/officer/risks',
      {
        ref: 'tst0200',
        title: 'Library roof leaks',
        owner: 'Head of Libraries',
        likelihood: '3',
        impact: '2',
        'reviewDate-day': '1',
        'reviewDate-month': '9',
        'reviewDate-year': '2031',
      },
      '/officer/risks/new',
    );
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toBe('/officer/risks?saved=created');
    const list = await t.app.inject({ url: good.headers.location as string, headers: { cookie: owner } });
    expect(list.body).toContain('The risk has been added as a draft');
    expect(list.body).toContain('TST0200');
    const created = (await all()).find((r) => r.ref === 'TST0200')!;
    expect(created).toMatchObject({ score: 6, publication: 'draft', reviewDate: '2031-09-01' });
    expect((await t.app.inject('/risks/TST0200')).statusCode).toBe(404);
    const published = await post(clerk, `/officer/risks/${created.id}/publish`, {}, '/officer/risks');
    expect(published.headers.location).toBe('/officer/risks?saved=published');
    expect((await t.app.inject('/risks/TST0200')).statusCode).toBe(200);
  });

  it('changes a risk from the edit form and adds a changed score to the history', async () => {
    const id = ids.TST0003!;
    const form = await t.app.inject({ url: `/officer/risks/${id}/edit`, headers: { cookie: owner } });
    expect(form.body).toContain('value="TST0003"');
    const res = await post(
      owner,
      `/officer/risks/${id}`,
      { ref: 'TST0003', title: 'Risk TST0003', owner: 'Head of Resilience', likelihood: '2', impact: '2', note: 'Contract renewed' },
      `/officer/risks/${id}/edit`,
    );
    expect(res.headers.location).toBe('/officer/risks?saved=scored');
    const page = await t.app.inject('/risks/TST0003');
    expect(page.body).toContain('<td data-label="Note" class="govuk-table__cell">Contract renewed</td>');
  });

  it('downloads the register as CSV and uploads it back: nothing changes; a bad row is named and nothing changes', async () => {
    const csv = await t.app.inject({ url: '/officer/risks.csv', headers: { cookie: owner } });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toContain('TST0099');
    const before = await all();
    const n = await audits();
    const same = await upload(csv.body);
    expect(same.headers.location).toBe('/officer/risks?saved=import&changed=0');
    expect(await all()).toEqual(before);
    expect(await audits()).toBe(n);
    const bad = await upload(csv.body.replace('TST0004,Risk TST0004,,Head of Resilience,3,3,9', 'TST0004,Risk TST0004,,Head of Resilience,3,0,9'));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/href="#file">Line \d+: Impact must be a whole number from 1 to 5/);
    expect(await all()).toEqual(before);
    const none = await upload(null);
    expect(none.body).toContain('href="#file">Select a CSV file');
  });

  it('serves the register as JSON and CSV in the API, and takes CSV back: changed 0, then 1, or 422 naming the line', async () => {
    const list = (await t.app.inject('/api/v1/risks')).json() as { data: { ref: string; current: { score: number } }[] };
    expect(list.data.map((r) => r.ref)).not.toContain('TST0099');
    expect(list.data[0]).toMatchObject({ ref: 'TST0002', current: { likelihood: 4, impact: 5, score: 20 } });
    const one = (await t.app.inject('/api/v1/risks/TST0001')).json();
    expect(one).toMatchObject({
      ref: 'TST0001',
      target: { likelihood: 2, impact: 4, score: 8 },
      reviewOverdue: true,
      history: [{ score: 20 }, { score: 15, note: 'New flood wall' }],
    });
    const get = await t.app.inject('/api/v1/risks.csv');
    expect(get.headers['content-type']).toBe('text/csv; charset=utf-8');
    const put = (payload: string) => t.app.inject({ method: 'PUT', url: '/api/v1/risks.csv', headers: { authorization: token, 'content-type': 'text/csv' }, payload });
    const n = await audits();
    expect((await put(get.body)).json()).toEqual({ changed: 0 });
    expect(await audits()).toBe(n);
    const lines = get.body.split('\r\n').length - 1;
    const bad = await put(`${get.body}TST0300,,,Someone,1,1,,,,,,\r\n`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toEqual({
      error: {
        code: 'unprocessable',
        message: 'The file has a problem: nothing was changed',
        details: [{ line: lines + 1, field: 'title', message: `Line ${lines + 1}: Enter the risk title` }],
      },
    });
    const ok = await put(get.body.replace('TST0004,Risk TST0004,,Head of Resilience,3,3,9', 'TST0004,Risk TST0004,,Head of Resilience,3,4,12'));
    expect(ok.json()).toEqual({ changed: 1 });
  });
});
