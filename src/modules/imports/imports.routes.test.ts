import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeUser } from '../../../test/factories.ts';
import { agendaItems, attendances, auditEvents, forwardPlanEntries, importCorrections, people, provenance, reports } from '../../db/schema.ts';
import { importActor, importPack, type ImportSummary } from '../../import/load/load-pack.ts';

const fixture = readFileSync(new URL('../../import/load/fixtures/wolds-cabinet.txt', import.meta.url));

describe('import review and Show source', () => {
  let t: TestApp;
  let summary: ImportSummary;
  let clerk: string;
  let viewer: string;
  let councillor: string;
  let item: typeof agendaItems.$inferSelect;
  beforeAll(async () => {
    t = await createTestApp();
    summary = await importPack(t.database.db, importActor, fixture, 'wolds-cabinet.txt');
    const users = {
      clerk: await makeUser(t.database.db, 'democratic-services'),
      viewer: await makeUser(t.database.db, 'viewer'),
      councillor: await makeUser(t.database.db, 'councillor'),
    };
    clerk = await signIn(t.app, users.clerk.email, users.clerk.password);
    viewer = await signIn(t.app, users.viewer.email, users.viewer.password);
    councillor = await signIn(t.app, users.councillor.email, users.councillor.password);
    item = (await t.database.db.select().from(agendaItems).where(eq(agendaItems.number, '4')))[0]!;
  }, 60_000);
  afterAll(() => t?.close());

  const correctUrl = () => `/officer/imports/${summary.importId}/correct/agenda_item/${item.id}`;
  const routes = () => ['/officer/imports', `/officer/imports/${summary.importId}`, correctUrl()];

  it('sends signed-out visitors to sign in and refuses other roles', async () => {
    for (const url of routes()) {
      const out = await t.app.inject(url);
      expect(out.statusCode, url).toBe(303);
      expect(out.headers.location).toContain('/sign-in');
      expect((await t.app.inject({ url, headers: { cookie: viewer } })).statusCode, url).toBe(403);
      expect((await t.app.inject({ url, headers: { cookie: councillor } })).statusCode, url).toBe(403);
    }
    const post = await t.app.inject({ method: 'POST', url: correctUrl(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'field=title&value=x' });
    expect(post.statusCode).toBe(303);
    const wrong = await t.app.inject({
      method: 'POST',
      url: correctUrl(),
      headers: { cookie: viewer, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'field=title&value=x',
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('lists imports with record and warning counts, and an import with its records and source links', async () => {
    const list = await t.app.inject({ url: '/officer/imports', headers: { cookie: clerk } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('wolds-cabinet.txt');
    const page = await t.app.inject({ url: `/officer/imports/${summary.importId}`, headers: { cookie: clerk } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Market Square Lighting Scheme');
    expect(page.body).toContain(`href="${correctUrl()}"`);
    expect(page.body).toMatch(/href="\/sources\/\d+"/);
  });

  it('validates a correction with the GOV.UK error summary and saves nothing', async () => {
    const form = await t.app.inject({ url: correctUrl(), headers: { cookie: clerk } });
    expect(form.statusCode).toBe(200);
    const { token, cookie } = formState(form, Object.fromEntries(clerk.split('; ').map((c) => c.split('=') as [string, string])));
    const res = await t.app.inject({
      method: 'POST',
      url: correctUrl(),
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, field: 'pageFrom', value: '   ' }).toString(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('Enter the corrected text');
    expect(res.body).toContain('href="#value"');
    expect(await t.database.db.select().from(importCorrections)).toHaveLength(0);
  });

  it('saves a correction, updates the record and audits it', async () => {
    const form = await t.app.inject({ url: correctUrl(), headers: { cookie: clerk } });
    const { token, cookie } = formState(form, Object.fromEntries(clerk.split('; ').map((c) => c.split('=') as [string, string])));
    const res = await t.app.inject({
      method: 'POST',
      url: correctUrl(),
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, field: 'title', value: 'Market Square Lighting Replacement', reason: 'Typo in the pack' }).toString(),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/officer/imports/${summary.importId}?corrected=1`);
    const [row] = await t.database.db.select().from(agendaItems).where(eq(agendaItems.id, item.id));
    expect(row!.title).toBe('Market Square Lighting Replacement');
    const [fix] = await t.database.db.select().from(importCorrections);
    expect(fix).toMatchObject({ subjectType: 'agenda_item', subjectId: item.id, field: 'title', reason: 'Typo in the pack' });
    const audits = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'agenda-item.correct'), eq(auditEvents.subjectId, String(item.id))));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ before: { title: 'Market Square Lighting Scheme' }, after: { title: 'Market Square Lighting Replacement' } });
  });

  it('shows numbered source lines of a public record and hides an exempt one from the public', async () => {
    const prov = await t.database.db.select().from(provenance).where(eq(provenance.importId, summary.importId));
    const minute = prov.find((p) => p.sourceKey === 'minute:72')!;
    const res = await t.app.inject(`/sources/${minute.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('forty covered cycle stands');
    expect(res.body).toContain('id="line-44"');
    const [secret] = await t.database.db.select().from(reports).where(eq(reports.title, 'Sale of the Old Mill Depot'));
    const secretSource = prov.find((p) => p.subjectType === 'report' && p.subjectId === secret!.id)!;
    expect((await t.app.inject(`/sources/${secretSource.id}`)).statusCode).toBe(404);
    expect((await t.app.inject(`/reports/${secret!.id}`)).statusCode).toBe(404);
    // A councillor on no committee is not entitled; a clerk is.
    expect((await t.app.inject({ url: `/sources/${secretSource.id}`, headers: { cookie: councillor } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/sources/${secretSource.id}`, headers: { cookie: clerk } })).body).toContain('MILLSTONE-PRICE');
    const exemptItem = prov.find((p) => p.sourceKey === 'agenda:5')!;
    expect((await t.app.inject(`/sources/${exemptItem.id}`)).statusCode).toBe(404);
    // No anonymous page carries the exempt report's text or its lines.
    const meetingProv = prov.find((p) => p.sourceKey === 'meeting')!;
    for (const url of [`/meetings/${meetingProv.subjectId}`, `/sources/${meetingProv.id}`, '/forward-plan', '/work-programme', '/outcome-tracker', '/action-plans']) {
      const page = await t.app.inject(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).not.toContain('MILLSTONE-PRICE');
    }
    expect((await t.app.inject('/sources/999999')).statusCode).toBe(404);
    expect((await t.app.inject('/sources/abc')).statusCode).toBe(404);
  });

  it('shows the public lists empty or filled without signing in', async () => {
    await t.database.db.insert(forwardPlanEntries).values({
      bodyId: (await t.database.db.select().from(reports))[0]!.bodyId,
      ref: 'FP/25/07/09',
      decisionDateText: 'Not before 1st Sep 2031',
      decisionDate: '2031-09-01',
      decisionMakers: ['Cabinet'],
      issue: 'Riverside walk',
      access: 'public',
      publication: 'published',
      publishedAt: new Date(),
    });
    const fp = await t.app.inject('/forward-plan');
    expect(fp.body).toContain('FP/25/07/09');
    expect(fp.body).toContain('Not before 1st Sep 2031');
    expect((await t.app.inject('/forward-plan/999999')).statusCode).toBe(404);
    expect((await t.app.inject('/action-plans/no-such-plan')).statusCode).toBe(404);
    expect((await t.app.inject('/committees/no-such-committee/work-programme')).statusCode).toBe(404);
    expect((await t.app.inject('/reports/0')).statusCode).toBe(404);
  });
});

describe('import review: records kept back, legal records and people who may be the same', () => {
  let t: TestApp;
  let clerk: string;
  let viewer: string;
  let importId: number;
  // A variant of the fictional pack: item 4's title no longer names its report, and the minutes print
  // "Cllr Lock" when the Cabinet has two councillors of that name.
  const variant = fixture
    .toString('utf8')
    .replace('4. Market Square Lighting Scheme (Pages 6 - 9)', '4. Town Centre Improvements (Pages 6 - 9)')
    .replace('Cllr P Lock and Cllr Rosa Mendes', 'Cllr P Lock, Cllr T Lock and Cllr Rosa Mendes')
    .replace('Present: Cllr H Ashdown (Chair), Cllr K Brennan and Cllr Rosa Mendes', 'Present: Cllr H Ashdown (Chair), Cllr K Brennan, Cllr Lock and Cllr Rosa Mendes');
  const form = (cookie: string, fields: Record<string, string>) => ({
    cookie,
    'content-type': 'application/x-www-form-urlencoded',
    payload: new URLSearchParams(fields).toString(),
  });
  const post = async (url: string, fields: Record<string, string> = {}) => {
    const page = await t.app.inject({ url: `/officer/imports/${importId}`, headers: { cookie: clerk } });
    const { token, cookie } = formState(page, Object.fromEntries(clerk.split('; ').map((c) => c.split('=') as [string, string])));
    const f = form(cookie, { _csrf: token, ...fields });
    return t.app.inject({ method: 'POST', url, headers: { cookie: f.cookie, 'content-type': f['content-type'] }, payload: f.payload });
  };
  beforeAll(async () => {
    t = await createTestApp();
    importId = (await importPack(t.database.db, importActor, Buffer.from(variant), 'wolds-variant.txt')).importId;
    const users = { clerk: await makeUser(t.database.db, 'democratic-services'), viewer: await makeUser(t.database.db, 'viewer') };
    clerk = await signIn(t.app, users.clerk.email, users.clerk.password);
    viewer = await signIn(t.app, users.viewer.email, users.viewer.password);
  }, 60_000);
  afterAll(() => t?.close());

  it('lists a report whose title differs from its item as kept back, and the clerk publishes it, audited', async () => {
    const [report] = await t.database.db.select().from(reports).where(eq(reports.title, 'Market Square Lighting Scheme'));
    expect(report!.publication).toBe('draft');
    expect((await t.app.inject(`/reports/${report!.id}`)).statusCode).toBe(404);
    const page = await t.app.inject({ url: `/officer/imports/${importId}`, headers: { cookie: clerk } });
    expect(page.body).toContain('Kept back for review (1)');
    expect(page.body).toMatch(/whose title differs|names none of the pack’s agenda items/);
    const url = `/officer/imports/${importId}/publish/report/${report!.id}`;
    expect(page.body).toContain(`action="${url}"`);
    expect((await t.app.inject({ method: 'POST', url, headers: { cookie: viewer } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url })).headers.location).toContain('/sign-in');
    const res = await post(url);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/officer/imports/${importId}?published=1`);
    expect((await t.app.inject(`/reports/${report!.id}`)).statusCode).toBe(200);
    expect(
      await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'report.publish'), eq(auditEvents.subjectId, String(report!.id)))),
    ).toHaveLength(1);
    expect((await t.app.inject({ url: `/officer/imports/${importId}`, headers: { cookie: clerk } })).body).toContain('Kept back for review (0)');
  });

  it('refuses to correct approved minutes in place, and a record of another import', async () => {
    const prov = await t.database.db.select().from(provenance).where(eq(provenance.importId, importId));
    const minute = prov.find((p) => p.sourceKey === 'minute:72')!;
    const url = `/officer/imports/${importId}/correct/minute_item/${minute.subjectId}`;
    expect((await t.app.inject({ url, headers: { cookie: clerk } })).body).toContain('legal record');
    const res = await post(url, { field: 'title', value: 'Cycle parking' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('a legal record, so it cannot be corrected in place');
    expect((await t.database.db.select().from(importCorrections)).length).toBe(0);
    expect((await post(`/officer/imports/${importId + 1000}/correct/minute_item/${minute.subjectId}`, { field: 'title', value: 'x' })).statusCode).toBe(404);
  });

  it('lists "Cllr Lock" as maybe one of two councillors, and merges and unmerges it', async () => {
    const page = await t.app.inject({ url: `/officer/imports/${importId}`, headers: { cookie: clerk } });
    expect(page.body).toContain('People who may be the same (1)');
    const [vague] = await t.database.db.select().from(people).where(eq(people.printedName, 'Cllr Lock'));
    const [p] = await t.database.db.select().from(people).where(eq(people.printedName, 'Cllr P Lock'));
    expect(page.body).toContain(`aria-label="Merge Cllr Lock into Cllr P Lock"`);
    const merged = await post('/officer/people/merge', { fromPersonId: String(vague!.id), intoPersonId: String(p!.id), returnTo: `/officer/imports/${importId}` });
    expect(merged.headers.location).toBe(`/officer/imports/${importId}?merged=1`);
    const [present] = await t.database.db.select().from(attendances).where(eq(attendances.printedName, 'Cllr Lock'));
    expect(present!.personId).toBe(p!.id);
    const after = await t.app.inject({ url: `/officer/imports/${importId}`, headers: { cookie: clerk } });
    expect(after.body).toContain('Merged into');
    const mergeId = /\/officer\/people\/merges\/(\d+)\/undo/.exec(after.body)![1]!;
    const undone = await post(`/officer/people/merges/${mergeId}/undo`, { returnTo: `/officer/imports/${importId}` });
    expect(undone.headers.location).toBe(`/officer/imports/${importId}?unmerged=1`);
    expect((await t.database.db.select().from(attendances).where(eq(attendances.printedName, 'Cllr Lock')))[0]!.personId).toBe(vague!.id);
  });
});
