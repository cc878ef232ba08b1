import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { asc, eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumPath,
  demoUsers,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  screenshot,
  screenshotDir,
  signIn,
  startTestServer,
  submitAndWait,
  verifyOnPage,
  type TestServer,
} from './support/index.ts';
import { actorFor, storageOf } from './support/arrange.ts';
import { addDays, toLondonDate } from '../src/lib/dates.ts';
import { organisations } from '../src/db/schema.ts';
import { agendaItems } from '../src/db/schema.ts';
import { documents } from '../src/db/schema.ts';
import { createAgendaItem, createMeeting } from '../src/modules/meetings/index.ts';
import { uploadDocument } from '../src/modules/documents/index.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;
const hasTools = existsSync(chromiumPath) && existsSync('/usr/bin/pdftotext');

/** A PDF report of `pages` pages, each saying which page of the report it is. */
async function report(title: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595, 842]).drawText(`${title}: report page ${i} of ${pages}`, { x: 60, y: 760, size: 12, font });
  return doc.save();
}

describe.runIf(hasTools)('publishing an agenda in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let meetingId: number;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // Through the clerk's commands: a meeting six weeks ahead, two public items and an exempt one, each with a report
    // uploaded with the form's defaults (so the depot valuation is exempt like its item). All are drafts until published.
    const db = server.db;
    const actor = await actorFor(db, clerk.email);
    const [org] = await db.select().from(organisations).orderBy(asc(organisations.id)).limit(1);
    const meeting = await createMeeting(db, actor, { organisationId: org!.id, date: addDays(toLondonDate(new Date()), 45), startTime: '10:00' });
    if (!meeting.ok) throw new Error(meeting.errors[0]!.message);
    meetingId = meeting.value.id;
    const item = async (fields: Record<string, unknown>) => {
      const r = await createAgendaItem(db, actor, meetingId, fields);
      if (!r.ok) throw new Error(r.errors[0]!.message);
      return r.value.id;
    };
    const a = await item({ title: 'Highways asset management plan', instruction: 'To consider the report' });
    const b = await item({ title: 'Library service review', instruction: 'To consider the report' });
    const x = await item({ title: 'Disposal of depot site', instruction: 'To consider the exempt report', exempt: 'yes', exemptParagraph: 3 });
    const upload = async (agendaItemId: number, title: string, bytes: Uint8Array) => {
      const r = await uploadDocument(
        db,
        storageOf(db),
        actor,
        { meetingId, agendaItemId, title, kind: 'report' },
        { fileName: `${title.replace(/\W+/g, '-').toLowerCase()}.pdf`, bytes },
      );
      if (!r.ok) throw new Error(r.errors[0]!.message);
    };
    await upload(a, 'Highways report', await report('Highways', 9));
    await upload(b, 'Library report', await report('Libraries', 4));
    await upload(x, 'Depot valuation', await report('DEPOT VALUATION CONFIDENTIAL', 2));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds the agenda, publishes it and serves a PDF whose stamped page numbers match the agenda', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);

    await page.goto(`${server.url}/officer/meetings/${meetingId}`);
    expect(await page.getByRole('heading', { name: 'Deadlines' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Agenda and publication' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'officer meeting page with deadlines');
    await screenshot(page, 'officer-meeting-deadlines');

    await page.goto(`${server.url}/officer/meetings/${meetingId}/agenda`);
    await verifyOnPage(page, 'Build the agenda');
    await submitAndWait(page, page.getByRole('button', { name: 'Add standing items' }));
    // With JavaScript the move happens in place: wait for the agenda as renumbered.
    await page.getByRole('button', { name: /Move up item 6, Library service review/ }).click();
    await page.getByRole('button', { name: /Move up item 5, Library service review/ }).waitFor();
    const rows = await page.locator('table.app-agenda-builder tbody tr').allTextContents();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim().slice(0, 40))).toEqual([
      expect.stringMatching(/^1 Apologies for absence/),
      expect.stringMatching(/^2 Declarations of interest/),
      expect.stringMatching(/^3 Minutes of the previous meeting/),
      expect.stringMatching(/^4 Public question time/),
      expect.stringMatching(/^5 Library service review/),
      expect.stringMatching(/^6 Highways asset management plan/),
      expect.stringMatching(/^7 Disposal of depot site/),
      expect.stringMatching(/^8 Urgent business/),
    ]);
    await expectNoAxeViolations(page, 'agenda builder');
    await screenshot(page, 'agenda-builder');

    await page.goto(`${server.url}/officer/meetings/${meetingId}/publish`);
    await verifyOnPage(page, 'Publish the agenda');
    await expectNoAxeViolations(page, 'publish agenda page');
    // The clerk previews the whole pack before publishing it: drafts included, nothing published yet.
    await page.getByRole('link', { name: 'Preview the public pack (web page)' }).click();
    await page.waitForLoadState('load');
    expect(await page.getByText('Agenda pack (preview, not published)').isVisible()).toBe(true);
    expect(await page.getByText('Library service review').first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'pack preview');
    await screenshot(page, 'pack-preview');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'pack-preview-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    const preview = await page.request.get(`${server.url}/officer/meetings/${meetingId}/pack-preview.pdf`);
    expect(preview.headers()['content-type']).toBe('application/pdf');
    await page.goBack();
    await verifyOnPage(page, 'Publish the agenda');
    await page.getByLabel('Issued by').fill('Monitoring Officer');
    await submitAndWait(page, page.getByRole('button', { name: 'Publish agenda' }));
    expect(await page.getByText('Agenda pack published', { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'publish agenda page after publishing');
    await screenshot(page, 'agenda-published');
    // Publishing published the drafts; the depot valuation stays exempt.
    const papers = await server.db.select().from(documents).where(eq(documents.meetingId, meetingId)).orderBy(asc(documents.id));
    expect(papers.filter((d) => d.kind !== 'pack').map((d) => [d.title, d.publication, d.access])).toEqual([
      ['Highways report', 'published', 'public'],
      ['Library report', 'published', 'public'],
      ['Depot valuation', 'published', 'exempt'],
    ]);

    await page.goto(`${server.url}/meetings/${meetingId}`);
    await expectNoAxeViolations(page, 'public meeting page with pack');
    await screenshot(page, 'public-meeting-pack');
    const pdfHref = await page.getByRole('link', { name: /Download the agenda pack \(PDF/ }).getAttribute('href');
    const pdfResponse = await page.request.get(`${server.url}${pdfHref}`);
    expect(pdfResponse.headers()['content-type']).toBe('application/pdf');
    const pdfBytes = await pdfResponse.body();
    const outDir = join(screenshotDir, '..', 'packs');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'agenda-pack.pdf'), pdfBytes);
    const pages = execFileSync('/usr/bin/pdftotext', ['-layout', join(outDir, 'agenda-pack.pdf'), '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim());

    // Every page carries its own number, in the footer.
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toMatch(new RegExp(`\\| Page ${i + 1} of ${pages.length}\\s*$`)));
    // The front sheet and agenda, then the reports' own pages: no page of its own saying only that a report follows.
    const front = pages.findIndex((p) => p.includes('Libraries: report page 1 of 4'));
    expect(front).toBeGreaterThan(0);
    expect(pages).toHaveLength(front + 4 + 9);
    expect(pages.join('\n')).not.toContain('(follows)');
    const agendaText = pages.slice(0, front).join('\n');
    expect(agendaText).toContain('Issued by Monitoring Officer');
    expect(agendaText).toContain('Membership');
    // The agenda's ranges point at the pages where each item's papers are.
    const rangeOf = (title: string) => {
      const match = new RegExp(`${title}[\\s\\S]*?Pages (\\d+) - (\\d+)`).exec(agendaText);
      return match ? ([Number(match[1]), Number(match[2])] as const) : null;
    };
    const libraries = rangeOf('Library service review') ?? [0, 0];
    const highways = rangeOf('Highways asset management plan') ?? [0, 0];
    expect(libraries).toEqual([front + 1, front + 4]);
    expect(highways).toEqual([front + 5, front + 13]);
    expect(pages[libraries[0] - 1]).toContain('Libraries: report page 1 of 4');
    expect(pages[libraries[1] - 1]).toContain('Libraries: report page 4 of 4');
    expect(pages[highways[0] - 1]).toContain('Highways: report page 1 of 9');
    expect(pages[highways[1] - 1]).toContain('Highways: report page 9 of 9');
    // The exempt item is listed by title and paragraph only.
    expect(agendaText).toContain('Disposal of depot site');
    expect(agendaText).toContain('Not for publication: paragraph 3 of Schedule 12A');
    expect(pages.join('\n')).not.toContain('DEPOT VALUATION');
    expect(pages.join('\n')).not.toContain('To consider the exempt report');
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '3', join(outDir, 'agenda-pack.pdf'), join(outDir, 'agenda-pack')]);

    // The HTML pack shows the same ranges.
    await page.getByRole('link', { name: 'Read the agenda pack as a web page' }).click();
    await page.waitForLoadState('load');
    const ranges = [`Pages ${libraries[0]} - ${libraries[1]}`, `Pages ${highways[0]} - ${highways[1]}`];
    expect(await page.locator('.agenda-pages').allTextContents()).toEqual(ranges);
    expect(await page.content()).not.toContain('DEPOT VALUATION');
    await expectNoAxeViolations(page, 'HTML agenda pack');
    await screenshot(page, 'html-agenda-pack');

    // The same ranges are on the public meeting page.
    await page.goto(`${server.url}/meetings/${meetingId}`);
    expect(await page.getByText(ranges[0]!).isVisible()).toBe(true);
    expect(await page.getByText(ranges[1]!).isVisible()).toBe(true);
    const stored = await server.db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position));
    expect(stored.filter((i) => i.pageFrom).map((i) => [i.title, i.pageFrom, i.pageTo])).toEqual([
      ['Library service review', ...libraries],
      ['Highways asset management plan', ...highways],
    ]);
  });
});
