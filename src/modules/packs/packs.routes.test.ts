import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { agendaItems, meetings } from '../../db/schema.ts';
import { documents, storedFiles } from '../../db/schema.ts';
import { auditEvents } from '../../db/schema.ts';
import { packs } from './packs.table.ts';
import { chromiumExecutable, closeSharedPdfRenderer } from './pdf-renderer.ts';
import { createHash } from 'node:crypto';

const hasChromium = existsSync(chromiumExecutable());
let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: string;
let viewer: string;

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  const u = await makeUser(t.database.db, 'democratic-services');
  const v = await makeUser(t.database.db, 'viewer');
  clerk = await signIn(t.app, u.email, u.password);
  viewer = await signIn(t.app, v.email, v.password);
  // The public item also has a 3-page PDF report.
  const pdf = await PDFDocument.create();
  for (let i = 1; i <= 3; i++) pdf.addPage([595, 842]).drawText(`Bridge survey page ${i}`, { x: 60, y: 700 });
  const bytes = await pdf.save();
  const sha = createHash('sha256').update(bytes).digest('hex');
  await t.database.db.insert(storedFiles).values({ key: `documents/${sha}`, bytes });
  await t.database.db.insert(documents).values({
    bodyId: c.body.id,
    meetingId: c.meeting.id,
    agendaItemId: c.pub.id,
    title: 'Bridge survey',
    kind: 'appendix',
    fileName: 'survey.pdf',
    mimeType: 'application/pdf',
    byteSize: bytes.length,
    sha256: sha,
    storageKey: `documents/${sha}`,
    access: 'public',
  });
  await t.database.db.update(meetings).set({ status: 'scheduled' }).where(eq(meetings.id, c.meeting.id));
});
afterAll(async () => {
  await closeSharedPdfRenderer();
  await t.close();
});

async function post(url: string, cookie: string, fields: Record<string, string>, pageUrl: string) {
  const page = await t.app.inject({ url: pageUrl, headers: { cookie } });
  const { token } = formState(page);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  });
}

const pdftotext = (bytes: Uint8Array) => {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  writeFileSync(join(dir, 'p.pdf'), bytes);
  return execFileSync('/usr/bin/pdftotext', ['-layout', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
};

describe('publish agenda access', () => {
  it('sends a signed-out visitor to sign in', async () => {
    const url = `/officer/meetings/${c.meeting.id}/publish`;
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
    const posted = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect([303, 403]).toContain(posted.statusCode);
    expect(await t.database.db.select().from(packs)).toHaveLength(0);
  });

  it('is forbidden to a viewer', async () => {
    const res = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}/publish`, headers: { cookie: viewer } });
    expect(res.statusCode).toBe(403);
    const posted = await post(`/officer/meetings/${c.meeting.id}/publish`, viewer, {}, '/officer');
    expect(posted.statusCode).toBe(403);
  });
});

describe('previewing the pack before publishing', () => {
  it.runIf(hasChromium)('shows the clerk the whole pack, numbered, and stores and publishes nothing', async () => {
    const html = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}/pack-preview`, headers: { cookie: clerk } });
    expect(html.statusCode).toBe(200);
    expect(html.headers['cache-control']).toBe('private, no-store');
    expect(html.body).toContain('Agenda pack (preview, not published)');
    expect(html.body).toContain(`${c.chair.printedName}<span class="member-role">, Chair</span>`);
    expect(html.body).not.toContain('land price');

    const pdf = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}/pack-preview.pdf`, headers: { cookie: clerk } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdftotext(pdf.rawPayload);
    expect(text).toContain('Pages 2 - 5');
    expect(text).toMatch(/Page 5 of 5\b/);
    expect(text).toContain('Bridge survey page 3');
    expect(text).not.toContain('land price');

    const restricted = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}/pack-preview.pdf?variant=restricted`, headers: { cookie: clerk } });
    expect(pdftotext(restricted.rawPayload)).toContain('EXEMPT APPENDIX BYTES with the land price');

    expect(await t.database.db.select().from(packs)).toHaveLength(0);
    const [meeting] = await t.database.db.select().from(meetings).where(eq(meetings.id, c.meeting.id));
    expect(meeting!.status).toBe('scheduled');
    const form = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}/publish`, headers: { cookie: clerk } });
    expect(form.body).toContain(`href="/officer/meetings/${c.meeting.id}/pack-preview.pdf"`);
    // The summons is issued by the post the constitution names (vacant here, so the post itself), not by the clerk's account.
    expect(form.body).toMatch(/name="issuedBy" type="text" value="Monitoring Officer"/);
    expect(html.body).toContain('Issued by Monitoring Officer');
  });

  it('is refused to a viewer as to anyone without the clerk’s rights', async () => {
    const res = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}/pack-preview.pdf`, headers: { cookie: viewer } });
    expect(res.statusCode).toBe(403);
  });
});

describe('publishing', () => {
  it.runIf(hasChromium)('builds the HTML and numbered PDF packs, writes page ranges and keeps exempt papers out of the public pack', async () => {
    const res = await post(`/officer/meetings/${c.meeting.id}/publish`, clerk, { issuedBy: 'Head of Legal Services' }, `/officer/meetings/${c.meeting.id}/publish`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/officer/meetings/${c.meeting.id}/publish?published=Agenda+pack&pdf=1`);
    const [pack] = await t.database.db.select().from(packs);
    expect(pack).toMatchObject({ version: 1, label: 'Agenda pack', lateReason: null });
    expect(pack!.pdfDocumentId).toBeTruthy();
    expect(pack!.restrictedPdfDocumentId).toBeTruthy();
    const items = await t.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, c.meeting.id)).orderBy(asc(agendaItems.position));
    const pub = items.find((i) => i.id === c.pub.id)!;
    const exempt = items.find((i) => i.id === c.exempt.id)!;
    // The front sheet and the agenda share page 1; the item's printed report and its PDF follow.
    expect(pub.pageFrom).toBe(2);
    expect(pub.pageTo).toBe(5);
    expect(exempt.pageFrom).toBeNull();
    expect(pack!.pageMap).toEqual([{ agendaItemId: c.pub.id, from: 2, to: 5 }]);
    const [meeting] = await t.database.db.select().from(meetings).where(eq(meetings.id, c.meeting.id));
    expect(meeting).toMatchObject({ status: 'agenda-published', issuedBy: 'Head of Legal Services' });
    expect(meeting!.agendaPublishedAt).toBeInstanceOf(Date);
    expect(meeting!.issuedOn).toBeTruthy();
    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.publish'));
    expect(event?.subjectId).toBe(String(c.meeting.id));

    const pdf = await t.app.inject(`/documents/${pack!.pdfDocumentId}`);
    expect(pdf.statusCode).toBe(200);
    const text = pdftotext(pdf.rawPayload);
    expect(text).toContain('Pages 2 - 5');
    expect(text).toMatch(/Page 2 of 5\b/);
    expect(text).toMatch(/Page 5 of 5\b/);
    expect(text).toContain('Issued by Head of Legal Services');
    expect(text).toContain(`${c.chair.printedName}, Chair`);
    expect(text).not.toContain('(follows)');
    expect(text).toContain('Bridge survey page 3');
    expect(text).toContain('Not for publication: paragraph 3 of Schedule 12A');
    expect(text).not.toContain('Plot Zeta');
    expect(text).not.toContain('Secret instruction');

    const restricted = await t.app.inject(`/documents/${pack!.restrictedPdfDocumentId}`);
    expect(restricted.statusCode).toBe(404);
    const restrictedForClerk = await t.app.inject({ url: `/documents/${pack!.restrictedPdfDocumentId}`, headers: { cookie: clerk } });
    expect(restrictedForClerk.statusCode).toBe(200);
    expect(pdftotext(restrictedForClerk.rawPayload)).toContain('EXEMPT APPENDIX BYTES with the land price');

    const html = await t.app.inject(`/packs/${pack!.htmlDocumentId}`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-security-policy']).toMatch(/style-src 'sha256-/);
    expect(html.body).toContain('Pages 2 - 5');
    expect(html.body).toContain('Head of Legal Services');
    expect(html.body).not.toContain('Plot Zeta');
    expect(html.body).not.toContain('land price');

    const page = await t.app.inject(`/meetings/${c.meeting.id}`);
    expect(page.body).toContain(`href="/packs/${pack!.htmlDocumentId}"`);
    expect(page.body).toContain(`href="/documents/${pack!.pdfDocumentId}"`);
    expect(page.body).not.toContain(`href="/documents/${pack!.restrictedPdfDocumentId}"`);
    expect((await t.app.inject(`/meetings/${c.meeting.id}/pack`)).headers.location).toBe(`/packs/${pack!.htmlDocumentId}`);
  });

  it.runIf(hasChromium)('publishes a later version as a supplementary pack', async () => {
    const res = await post(`/officer/meetings/${c.meeting.id}/publish`, clerk, {}, `/officer/meetings/${c.meeting.id}/publish`);
    expect(res.statusCode).toBe(303);
    const rows = await t.database.db.select().from(packs).orderBy(asc(packs.version));
    expect(rows.map((p) => [p.version, p.label])).toEqual([
      [1, 'Agenda pack'],
      [2, 'Supplementary pack 1'],
    ]);
    const page = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}`, headers: { cookie: clerk } });
    expect(page.body).toContain('Supplementary pack 1');
    expect(page.body).toContain('Deadlines');
  });

  it('needs a reason of urgency after the deadline, then shows it publicly', async () => {
    const soon = new Date(Date.now() + 2 * 86_400_000);
    const [m] = await t.database.db.insert(meetings).values({ bodyId: c.body.id, organisationId: c.org.id, startAt: soon, status: 'scheduled' }).returning();
    await t.database.db.insert(agendaItems).values({ meetingId: m!.id, position: 1, number: '1', title: 'Emergency flood works', access: 'public' });
    const url = `/officer/meetings/${m!.id}/publish`;
    const form = await t.app.inject({ url, headers: { cookie: clerk } });
    expect(form.body).toContain('You must record the reason for urgency');
    const refused = await post(url, clerk, {}, url);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toMatch(/href="#lateReason">Enter the reason for urgency, because the deadline to publish the agenda was/);
    expect(await t.database.db.select().from(packs).where(eq(packs.meetingId, m!.id))).toHaveLength(0);

    const done = await post(url, clerk, { lateReason: 'The river rose overnight and the works cannot wait.' }, url);
    expect(done.statusCode).toBe(303);
    const [pack] = await t.database.db.select().from(packs).where(eq(packs.meetingId, m!.id));
    expect(pack?.lateReason).toBe('The river rose overnight and the works cannot wait.');
    const [after] = await t.database.db.select().from(meetings).where(eq(meetings.id, m!.id));
    expect(after?.lateReason).toBe('The river rose overnight and the works cannot wait.');
    const page = await t.app.inject(`/meetings/${m!.id}`);
    expect(page.body).toContain('Reason for urgency: The river rose overnight and the works cannot wait.');
  });

  it('refuses an empty agenda', async () => {
    const [m] = await t.database.db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2031-01-20T10:00:00Z') })
      .returning();
    const url = `/officer/meetings/${m!.id}/publish`;
    const res = await post(url, clerk, {}, url);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Add at least one item to the agenda before publishing it');
  });

  it('still publishes the HTML pack when Chromium is missing, and says the PDF could not be made', async () => {
    const [m] = await t.database.db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2031-02-20T10:00:00Z') })
      .returning();
    await t.database.db.insert(agendaItems).values({ meetingId: m!.id, position: 1, number: '1', title: 'Budget monitoring', access: 'public' });
    await closeSharedPdfRenderer();
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const url = `/officer/meetings/${m!.id}/publish`;
      const res = await post(url, clerk, {}, url);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toContain('pdf=0');
      const [pack] = await t.database.db.select().from(packs).where(eq(packs.meetingId, m!.id));
      expect(pack?.htmlDocumentId).toBeTruthy();
      expect(pack?.pdfDocumentId).toBeNull();
      const after = await t.app.inject({ url: res.headers.location as string, headers: { cookie: clerk } });
      expect(after.body).toContain('Agenda pack published without a PDF');
      expect(after.body).toContain('the PDF could not be made');
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
      await closeSharedPdfRenderer();
    }
  });
});
