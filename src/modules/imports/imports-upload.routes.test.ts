import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeUser } from '../../../test/factories.ts';
import { agendaItems, auditEvents, imports, jobs, provenance } from '../../db/schema.ts';
import { runPendingJobs } from '../jobs/index.ts';
import { importJobs } from './imports.jobs.ts';
import { IMPORT_PACK_JOB } from './imports.rules.ts';

// A fictional committee agenda, written for this test.
const agenda = `Fenwold Borough Council

Notice of meeting

Meeting: Harbour Committee
Date: Tuesday 14 October 2025
Time: 6.30 pm
Venue: Committee Room 2, Quay House, Fenwold

Membership: Cllr A Pennock (Chair), Cllr J Ravel and Cllr S Okafor

Agenda

1. Apologies for absence

2. Declarations of interest

3. Slipway resurfacing

To consider the report of the Harbour Master.

4. Mooring fees for 2026

To agree the fees from 1 April 2026.
`;

// Small enough that a too-large file costs the test little: 20 KB.
const MAX_UPLOAD_MB = '0.02';

let t: TestApp;
let clerk: string;
let viewer: string;
let councillor: string;
let author: string;
beforeAll(async () => {
  t = await createTestApp({ MAX_UPLOAD_MB });
  const make = async (role: Parameters<typeof makeUser>[1]) => {
    const u = await makeUser(t.database.db, role);
    return signIn(t.app, u.email, u.password);
  };
  clerk = await make('democratic-services');
  viewer = await make('viewer');
  councillor = await make('councillor');
  author = await make('report-author');
}, 60_000);
afterAll(() => t?.close());

const jar = (cookie: string) => Object.fromEntries(cookie.split('; ').map((c) => c.split('=') as [string, string]));

/** Posts the upload form with the given files, as a browser would, with the page's CSRF token. */
async function upload(cookie: string, files: { name: string; content: Buffer | string }[]) {
  const page = await t.app.inject({ url: '/officer/imports', headers: { cookie } });
  const state = formState(page, jar(cookie));
  const boundary = '----shirehallimports';
  const parts = files.length ? files : [{ name: '', content: '' }];
  const payload = Buffer.concat([
    ...parts.flatMap((f) => [
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="packs"; filename="${f.name}"\r\nContent-Type: text/plain\r\n\r\n`),
      Buffer.from(f.content),
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/officer/imports?_csrf=${encodeURIComponent(state.token)}`,
    headers: { cookie: state.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

const importJobRows = () => t.database.db.select().from(jobs).where(eq(jobs.kind, IMPORT_PACK_JOB));
const run = () => runPendingJobs(t.database.db, importJobs(t.app.services));

describe('uploading packs to import', () => {
  it('sends signed-out visitors to sign in and refuses roles that may not import', async () => {
    const id = (
      await t.database.db
        .insert(jobs)
        .values({ kind: IMPORT_PACK_JOB, payload: { fileName: 'x.txt' }, status: 'failed' })
        .returning()
    )[0]!.id;
    for (const url of ['/officer/imports', `/officer/imports/jobs/${id}`]) {
      const out = await t.app.inject(url);
      expect(out.statusCode, url).toBe(303);
      expect(out.headers.location).toContain('/sign-in');
      for (const cookie of [viewer, councillor, author]) expect((await t.app.inject({ url, headers: { cookie } })).statusCode, url).toBe(403);
    }
    const post = await t.app.inject({ method: 'POST', url: '/officer/imports', headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--\r\n' });
    expect(post.statusCode).toBe(303);
    expect(post.headers.location).toContain('/sign-in');
    for (const cookie of [viewer, councillor, author]) {
      const refused = await t.app.inject({ method: 'POST', url: '/officer/imports', headers: { cookie, 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--\r\n' });
      expect(refused.statusCode).toBe(403);
    }
    await t.database.db.delete(jobs).where(eq(jobs.id, id));
  });

  it('shows the upload form to a clerk, for several files of the kinds the importer reads', async () => {
    const page = await t.app.inject({ url: '/officer/imports', headers: { cookie: clerk } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toMatch(/<input class="govuk-file-upload" id="packs" name="packs" type="file" multiple [^>]*accept=".txt,.md,.html,.htm,.pdf">/);
    expect(page.body).toContain('each smaller than 20KB');
  });

  it('refuses a councillor’s upload and queues nothing', async () => {
    expect((await upload(councillor, [{ name: 'agenda.txt', content: agenda }])).statusCode).toBe(403);
    expect(await importJobRows()).toEqual([]);
  });

  it('lists every problem with the GOV.UK error summary and queues nothing', async () => {
    const none = await upload(clerk, []);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('govuk-error-summary');
    expect(none.body).toContain('href="#packs">Select a document pack');

    const res = await upload(clerk, [
      { name: 'agenda.txt', content: agenda },
      { name: 'blank.txt', content: '' },
      { name: 'huge.txt', content: Buffer.alloc(30 * 1024, 0x61) },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#packs">‘blank.txt’ is empty');
    expect(res.body).toContain('href="#packs">‘huge.txt’ must be smaller than 20KB');
    expect(res.body).toContain('<title>Error: Imported packs');
    expect(await importJobRows()).toEqual([]);

    const many = await upload(
      clerk,
      Array.from({ length: 11 }, (_, i) => ({ name: `pack-${i}.txt`, content: agenda })),
    );
    expect(many.statusCode).toBe(400);
    expect(many.body).toContain('href="#packs">Select 10 files or fewer');
    expect(await importJobRows()).toEqual([]);
  });

  it('queues an uploaded pack, imports it in the background as the clerk and shows the job until it is done', async () => {
    const res = await upload(clerk, [{ name: 'C:\\packs\\harbour-agenda.txt', content: agenda }]);
    expect(res.statusCode).toBe(303);
    const [job] = await importJobRows();
    expect(job).toMatchObject({ status: 'queued', maxAttempts: 1, payload: { fileName: 'harbour-agenda.txt' } });
    expect(res.headers.location).toBe(`/officer/imports/jobs/${job!.id}`);
    const [uploaded] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'import.upload'));
    expect(uploaded).toMatchObject({ subjectType: 'job', subjectId: String(job!.id), after: { fileName: 'harbour-agenda.txt' } });

    const waiting = await t.app.inject({ url: res.headers.location, headers: { cookie: clerk } });
    expect(waiting.statusCode).toBe(200);
    expect(waiting.body).toContain('<meta http-equiv="refresh" content="2">');
    expect(waiting.body).toContain('The pack is waiting to be imported');
    const list = await t.app.inject({ url: '/officer/imports', headers: { cookie: clerk } });
    expect(list.body).toContain('Being imported');
    expect(list.body).toContain(`href="/officer/imports/jobs/${job!.id}">harbour-agenda.txt`);

    expect(await run()).toBe(1);
    const [finished] = await importJobRows();
    expect(finished).toMatchObject({ status: 'done', progress: { done: 3, total: 3 } });
    const importId = (finished!.result as { importId: number }).importId;
    const [imp] = await t.database.db.select().from(imports).where(eq(imports.id, importId));
    expect(imp).toMatchObject({ fileName: 'harbour-agenda.txt', importedBy: uploaded!.actorLabel });
    const items = await t.database.db.select().from(agendaItems);
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(['Slipway resurfacing', 'Mooring fees for 2026']));
    expect((await t.database.db.select().from(provenance).where(eq(provenance.importId, importId))).length).toBeGreaterThan(0);

    const done = await t.app.inject({ url: res.headers.location, headers: { cookie: clerk } });
    expect(done.body).not.toContain('http-equiv="refresh"');
    expect(done.body).toContain('Imported');
    expect(done.body).toMatch(new RegExp(`href="/officer/imports/${importId}">(\\d+ warnings?|No warnings) — review`));
    expect((await t.app.inject({ url: '/officer/imports', headers: { cookie: clerk } })).body).not.toContain('Being imported');
  });

  it('queues several packs at once and confirms them on the list', async () => {
    const res = await upload(clerk, [
      { name: 'one.txt', content: agenda.replace('Slipway', 'Pontoon') },
      { name: 'two.txt', content: agenda.replace('14 October', '11 November') },
    ]);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/officer/imports?saved=queued');
    const list = await t.app.inject({ url: res.headers.location, headers: { cookie: clerk } });
    expect(list.body).toContain('Your packs are being imported');
    expect(await run()).toBe(2);
    expect((await t.app.inject({ url: '/officer/imports?saved=constructor', headers: { cookie: clerk } })).body).not.toContain('govuk-notification-banner');
  });

  it('fails the job of a file that is not a document with one line, and does not try again', async () => {
    const res = await upload(clerk, [{ name: 'scan.txt', content: Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x10]) }]);
    expect(res.statusCode).toBe(303);
    expect(await run()).toBe(1);
    const page = await t.app.inject({ url: res.headers.location, headers: { cookie: clerk } });
    expect(page.body).toContain('Failed');
    expect(page.body).toMatch(/The pack could not be imported: the file is binary, not a text, HTML or PDF document pack\.<\/p>/);
    expect(page.body).not.toContain('http-equiv="refresh"');
    expect(await run()).toBe(0);
    const list = await t.app.inject({ url: '/officer/imports', headers: { cookie: clerk } });
    expect(list.body).toContain('Could not be imported in the last 7 days');
    expect(list.body).toContain('>scan.txt</a>');
  });

  it('answers 404 for a job that is not an import job or does not exist', async () => {
    const [other] = await t.database.db
      .insert(jobs)
      .values({ kind: 'pack.print', payload: { packId: 1 } })
      .returning();
    expect((await t.app.inject({ url: `/officer/imports/jobs/${other!.id}`, headers: { cookie: clerk } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/officer/imports/jobs/999999', headers: { cookie: clerk } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/officer/imports/jobs/nope', headers: { cookie: clerk } })).statusCode).toBe(404);
    await t.database.db.delete(jobs).where(eq(jobs.id, other!.id));
  });
});
