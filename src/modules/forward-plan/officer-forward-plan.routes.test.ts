import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { forwardPlanEntries, notices } from '../../db/schema.ts';
import { toLondonDate } from '../../lib/dates.ts';

describe('the Forward Plan: officer screens and public pages', () => {
  let t: TestApp;
  let clerk: string;
  let councillor: string;
  const today = toLondonDate(new Date());
  const refOfMonth = `FP/${today.slice(2, 4)}/${today.slice(5, 7)}/`;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const c = await makeCouncil(db);
    await makeUser(db, 'democratic-services', 'clerk@test.example');
    await makeUser(db, 'councillor', 'cllr@test.example', c.chair.id);
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
    councillor = await signIn(t.app, 'cllr@test.example', 'correct horse battery');
  });
  afterAll(() => t.close());

  const post = async (cookie: string, url: string, fields: Record<string, string>, from: string) => {
    const page = await t.app.inject({ url: from, headers: { cookie } });
    const { token } = formState(page);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
    });
  };
  const entry = (issue: string, extra: Record<string, string> = {}) => ({
    issue,
    decision: `To decide on ${issue.toLowerCase()}`,
    decisionDateQualifier: 'not-before',
    'decisionDate-day': '14',
    'decisionDate-month': '5',
    'decisionDate-year': '2030',
    decisionMakers: 'Cabinet',
    contacts: 'Tom Brook, Head of Highways',
    keySpend: '900000',
    keyDivisions: 'no',
    exemptStatus: 'open',
    ...extra,
  });

  it('sends the signed-out to sign in and refuses a councillor the clerk’s forms', async () => {
    expect((await t.app.inject('/officer/forward-plan')).statusCode).toBe(303);
    expect((await t.app.inject('/officer/forward-plan/entries/new')).statusCode).toBe(303);
    expect((await t.app.inject({ url: '/officer/forward-plan/entries/new', headers: { cookie: councillor } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/officer/notices/new', headers: { cookie: councillor } })).statusCode).toBe(403);
    const page = await t.app.inject({ url: '/officer/forward-plan', headers: { cookie: councillor } });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Publish the Forward Plan');
  });

  it('shows the GOV.UK error summary for an empty entry, and the form defaults to an open matter', async () => {
    const form = await t.app.inject({ url: '/officer/forward-plan/entries/new', headers: { cookie: clerk } });
    expect(form.body).toMatch(/value="open" checked/);
    const res = await post(clerk, '/officer/forward-plan/entries', {}, '/officer/forward-plan/entries/new');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#issue">Enter the issue');
    expect(res.body).toContain('href="#decisionDate-day">Enter the decision date');
  });

  it('adds entries, publishes a numbered version, and the public sees it; exempt private details never reach the public', async () => {
    expect((await post(clerk, '/officer/forward-plan/entries', entry('Leisure centre contract'), '/officer/forward-plan/entries/new')).statusCode).toBe(303);
    const exempt = entry('Sale of the old depot', { exemptStatus: 'part', exemptMatterParagraph: '3', privateDetails: 'Bid from Quillon Estates' });
    expect((await post(clerk, '/officer/forward-plan/entries', exempt, '/officer/forward-plan/entries/new')).statusCode).toBe(303);
    expect((await t.app.inject('/forward-plan')).body).not.toContain('Leisure centre contract');
    expect((await post(clerk, '/officer/forward-plan/versions', { note: 'Monthly plan' }, '/officer/forward-plan')).statusCode).toBe(303);
    const plan = (await t.app.inject('/forward-plan')).body;
    expect(plan).toContain('version 1 of the Forward Plan');
    expect(plan).toContain(`${refOfMonth}01`);
    expect(plan).toContain('Leisure centre contract');
    expect(plan).toContain('Part exempt: paragraph 3');
    const [depot] = await t.database.db.select().from(forwardPlanEntries).where(eq(forwardPlanEntries.issue, 'Sale of the old depot'));
    for (const url of ['/forward-plan', '/forward-plan/versions/1', `/forward-plan/${depot!.id}`, '/api/v1/forward-plan/versions/1', `/api/v1/forward-plan/entries/${depot!.id}`]) {
      const res = await t.app.inject(url);
      expect(res.body, url).not.toContain('Quillon');
    }
    const officer = await t.app.inject({ url: `/officer/forward-plan/entries/${depot!.id}/edit`, headers: { cookie: clerk } });
    expect(officer.body).toContain('Bid from Quillon Estates');
  });

  it('keeps every version and compares two of them field by field', async () => {
    const [leisure] = await t.database.db.select().from(forwardPlanEntries).where(eq(forwardPlanEntries.issue, 'Leisure centre contract'));
    const edit = `/officer/forward-plan/entries/${leisure!.id}`;
    expect((await post(clerk, edit, entry('Leisure centre contract', { decisionDateQualifier: 'before', 'decisionDate-day': '30' }), `${edit}/edit`)).statusCode).toBe(303);
    expect((await post(clerk, '/officer/forward-plan/entries', entry('Bus station roof'), '/officer/forward-plan/entries/new')).statusCode).toBe(303);
    expect((await post(clerk, '/officer/forward-plan/versions', {}, '/officer/forward-plan')).statusCode).toBe(303);
    const versions = (await t.app.inject('/forward-plan/versions')).body;
    expect(versions).toContain('Version 2');
    expect(versions).toContain('href="/forward-plan/compare?from=1&amp;to=2"');
    const diff = (await t.app.inject('/forward-plan/compare?from=1&to=2')).body;
    expect(diff).toContain('Added (1)');
    expect(diff).toContain('Bus station roof');
    expect(diff).toContain('Not before 14 May 2030');
    expect(diff).toContain('Before 30 May 2030');
    expect((await t.app.inject('/forward-plan/compare?from=1&to=9')).statusCode).toBe(404);
    expect((await t.app.inject('/forward-plan/versions/1')).body).toContain('Not before 14 May 2030');
  });

  it('publishes a general exception notice for the public to read', async () => {
    const [leisure] = await t.database.db.select().from(forwardPlanEntries).where(eq(forwardPlanEntries.issue, 'Leisure centre contract'));
    const [y, m, d] = today.split('-');
    const res = await post(
      clerk,
      '/officer/notices',
      {
        kind: 'general-exception',
        forwardPlanEntryId: String(leisure!.id),
        decisionMaker: 'Cabinet',
        'decisionDate-day': '14',
        'decisionDate-month': '5',
        'decisionDate-year': '2030',
        reasons: 'The operator’s lease ends early',
        scrutinyChair: 'Cllr Ada Brook',
        'chairInformedOn-day': d!,
        'chairInformedOn-month': m!,
        'chairInformedOn-year': y!,
      },
      '/officer/notices/new',
    );
    expect(res.statusCode).toBe(303);
    expect((await t.app.inject('/notices')).body).not.toContain('Leisure centre contract');
    const [n] = await t.database.db.select().from(notices);
    expect((await post(clerk, `/officer/notices/${n!.id}/publish`, {}, '/officer/forward-plan')).statusCode).toBe(303);
    expect((await t.app.inject('/notices')).body).toContain('Leisure centre contract');
    const page = (await t.app.inject(`/notices/${n!.id}`)).body;
    expect(page).toContain('Scrutiny chair informed in writing');
    expect(page).toContain('Cllr Ada Brook');
  });
});
