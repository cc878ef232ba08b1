import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { bodies, decisions, eias, reportSignOffs } from '../../db/schema.ts';
import { publishRecords } from '../visibility/index.ts';
import { recordSignOff } from './commands/record-sign-off.ts';
import { saveAppendix } from './commands/save-appendix.ts';

const hasChromium = existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium') && existsSync('/usr/bin/pdftotext');
const pdftotext = (bytes: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  writeFileSync(join(dir, 'r.pdf'), bytes);
  return execFileSync('/usr/bin/pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
};

describe('decision report pages', () => {
  let t: TestApp;
  let author: string;
  let otherAuthor: string;
  let clerk: string;
  let viewer: string;
  let reportId: number;
  let exemptId: number;
  const system = { userId: null, label: 'test', role: 'democratic-services' };

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    await makeCouncil(db);
    await makeUser(db, 'report-author', 'author@test.example');
    await makeUser(db, 'report-author', 'other@test.example');
    await makeUser(db, 'democratic-services', 'clerk@test.example');
    await makeUser(db, 'viewer', 'viewer@test.example');
    author = await signIn(t.app, 'author@test.example', 'correct horse battery');
    otherAuthor = await signIn(t.app, 'other@test.example', 'correct horse battery');
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
    viewer = await signIn(t.app, 'viewer@test.example', 'correct horse battery');
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

  it('sends the signed-out to sign in and refuses a viewer', async () => {
    expect((await t.app.inject('/officer/reports/new')).headers.location).toMatch(/^\/sign-in/);
    expect((await t.app.inject({ url: '/officer/reports/new', headers: { cookie: viewer } })).statusCode).toBe(403);
  });

  it('shows the GOV.UK error summary for an empty report', async () => {
    const res = await post(author, '/officer/reports', { title: '' }, '/officer/reports/new');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#title">Enter the title of the report');
    expect(res.body).toContain('Select the kind of report');
  });

  it('lets an author draft a key-decision report that only they and the clerks see', async () => {
    const res = await post(
      author,
      '/officer/reports',
      {
        title: 'Millford footbridge replacement',
        kind: 'key-decision',
        decisionMaker: 'Cabinet',
        'decisionDate-day': '4',
        'decisionDate-month': '3',
        'decisionDate-year': '2030',
        recommendations: 'Approve the replacement\nDelegate the award of the contract',
        riskLikelihood: '3',
        riskImpact: '4',
      },
      '/officer/reports/new',
    );
    expect(res.statusCode).toBe(303);
    reportId = Number(/\/officer\/reports\/(\d+)/.exec(res.headers.location as string)![1]);
    expect((await t.app.inject(`/reports/${reportId}`)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/officer/reports/${reportId}`, headers: { cookie: otherAuthor } })).statusCode).toBe(404);
    const own = await t.app.inject({ url: `/officer/reports/${reportId}`, headers: { cookie: author } });
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('needs sign-off from Monitoring Officer, Finance, Legal, Cabinet Member');
    expect((await t.app.inject({ url: `/officer/reports/${reportId}/override`, headers: { cookie: author } })).statusCode).toBe(403);
  });

  it('shows the public the sign-off table, the computed risk score and public appendices only; an exempt appendix answers 404', async () => {
    const { db } = t.database;
    for (const [i, s] of (await db.select().from(reportSignOffs).where(eq(reportSignOffs.reportId, reportId)).orderBy(reportSignOffs.position)).entries()) {
      const r =
        i === 3
          ? await recordSignOff(db, system, s.id, { status: 'sent', sentOn: '2030-02-10' })
          : await recordSignOff(db, system, s.id, { status: 'signed', name: `Signer ${i + 1}`, signedOn: '2030-02-0' + (i + 1) });
      expect(r.ok).toBe(true);
    }
    await saveAppendix(db, system, reportId, null, { title: 'Bridge condition survey', access: 'public', body: 'The deck is failing.' });
    const ex = await saveAppendix(db, system, reportId, null, { title: 'Tender price comparison', access: 'exempt', exemptParagraph: '3', body: 'Secret prices' });
    exemptId = ex.ok ? ex.value.id : 0;
    await publishRecords(db, system, 'report', [reportId]);

    const page = await t.app.inject(`/reports/${reportId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Seen by');
    expect(page.body).toMatch(
      /Monitoring Officer<\/td><td data-label="Name" class="govuk-table__cell">Signer 1<\/td><td data-label="Date" class="govuk-table__cell">1 February 2030/,
    );
    expect(page.body).toContain('Sent on 10 February 2030');
    expect(page.body).toContain('3 × 4 = 12 (Medium)');
    expect(page.body).toContain('Bridge condition survey');
    expect(page.body).not.toContain('Tender price comparison');
    const hidden = await t.app.inject(`/reports/${reportId}/appendices/${exemptId}`);
    const missing = await t.app.inject(`/reports/${reportId}/appendices/999999`);
    expect(hidden.statusCode).toBe(404);
    const unnonced = (html: string) => html.replace(/nonce="[^"]+"/g, '');
    expect(unnonced(hidden.body)).toBe(unnonced(missing.body));
    const forClerk = await t.app.inject({ url: `/reports/${reportId}/appendices/${exemptId}`, headers: { cookie: clerk } });
    expect(forClerk.statusCode).toBe(200);
    expect(forClerk.body).toContain('Secret prices');
    expect((await t.app.inject({ url: `/reports/${reportId}`, headers: { cookie: clerk } })).body).toContain('Tender price comparison');
  });

  it.skipIf(!hasChromium)(
    'prints the PDF with the sign-off table and the score, and no exempt appendix for the public',
    async () => {
      const res = await t.app.inject(`/reports/${reportId}/report.pdf`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = pdftotext(res.rawPayload);
      expect(text).toContain('Seen by');
      expect(text).toMatch(/Monitoring Officer\s+Signer 1\s+1 February 2030/);
      expect(text).toContain('Sent on 10 February 2030');
      expect(text).toMatch(/Likelihood\s+Impact\s+Risk score/);
      expect(text).toMatch(/3\s+4\s+12 \(Medium\)/);
      expect(text).toContain('Bridge condition survey');
      expect(text).not.toContain('Tender price comparison');
      expect(text).not.toContain('Secret prices');
      const restricted = pdftotext((await t.app.inject({ url: `/reports/${reportId}/report.pdf`, headers: { cookie: clerk } })).rawPayload);
      expect(restricted).toContain('Tender price comparison');
      expect(restricted).toContain('NOT FOR PUBLICATION');
    },
    60_000,
  );

  it('keeps the published version as it is: a change makes version 2', async () => {
    const res = await post(
      author,
      `/officer/reports/${reportId}`,
      { title: 'Millford footbridge replacement (revised)', kind: 'key-decision', riskLikelihood: '2', riskImpact: '4' },
      `/officer/reports/${reportId}/edit`,
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/saved=version/);
    expect((await t.app.inject(`/reports/${reportId}`)).body).toContain('3 × 4 = 12');
  });

  // Last: it changes the template the tests above rely on.
  it('lets democratic services set the sign-off roles new reports ask for; others are refused', async () => {
    expect((await t.app.inject('/officer/reports/settings')).headers.location).toMatch(/^\/sign-in/);
    expect((await t.app.inject({ url: '/officer/reports/settings', headers: { cookie: viewer } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/officer/reports/settings', headers: { cookie: author } })).statusCode).toBe(403);
    const empty = await post(clerk, '/officer/reports/settings', { signOffRoles: '  \n ', priorities: '' }, '/officer/reports/settings');
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('govuk-error-summary');
    expect(empty.body).toContain('Enter at least one sign-off role');
    const saved = await post(
      clerk,
      '/officer/reports/settings',
      // A district council: no divisions in its template.
      { signOffRoles: 'Monitoring Officer\nSection 151 Officer\nCabinet Member', priorities: 'Clean rivers', omittedSections: 'divisions' },
      '/officer/reports/settings',
    );
    expect([saved.statusCode, saved.headers.location]).toEqual([303, '/officer/reports/settings?saved=yes']);
    const form = await t.app.inject({ url: '/officer/reports/new', headers: { cookie: author } });
    expect(form.body).toContain('Sign-off will be asked of: Monitoring Officer, Section 151 Officer, Cabinet Member.');
    expect(form.body).toContain('Clean rivers');
    expect(form.body).not.toContain('name="divisions"');
    expect(form.body).toContain('name="localMembers"');
    expect((await t.app.inject({ url: '/officer/reports/settings', headers: { cookie: clerk } })).body).toMatch(/value="divisions" checked/);
  });

  it('lets a clerk add an EIA to a decision taken without a report, shown on the assessment page once published', async () => {
    const { db } = t.database;
    const [body] = await db.select().from(bodies).limit(1);
    const [d] = await db
      .insert(decisions)
      .values({
        bodyId: body!.id,
        makerText: 'Officer: Tom Brook',
        title: 'Verge cutting',
        decisionText: 'Twice a year',
        decidedOn: '2030-01-05',
        access: 'public',
        publication: 'published',
        publishedAt: new Date('2030-01-06T09:00:00Z'),
      })
      .returning();
    expect((await t.app.inject({ url: `/officer/eias/new?decisionId=${d!.id}`, headers: { cookie: viewer } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/officer/eias/new?decisionId=999999', headers: { cookie: clerk } })).statusCode).toBe(404);
    const form = await t.app.inject({ url: `/officer/eias/new?decisionId=${d!.id}`, headers: { cookie: clerk } });
    expect(form.body).toContain(`name="decisionId" value="${d!.id}"`);
    const saved = await post(clerk, '/officer/eias', { decisionId: String(d!.id), title: 'Verge cutting EIA', c_age_outcome: 'neutral' }, `/officer/eias/new?decisionId=${d!.id}`);
    expect(saved.statusCode).toBe(303);
    const [eia] = await db.select().from(eias).where(eq(eias.decisionId, d!.id));
    await publishRecords(db, system, 'eia', [eia!.id]);
    const page = await t.app.inject(`/eias/${eia!.id}`);
    expect(page.body).toContain(`href="/decisions/${d!.id}"`);
  });
});
