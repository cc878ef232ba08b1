import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkPage,
  chromiumPath,
  demoUsers,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  screenshot,
  screenshotDir,
  signIn,
  startTestServer,
  verifyOnPage,
  type TestServer,
} from './support/index.ts';
import { meetings, minuteItems, minutes, organisations } from '../src/db/schema.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;
const hasTools = existsSync(chromiumPath) && existsSync('/usr/bin/pdftotext');

function pdftotext(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-'));
  writeFileSync(join(dir, 'm.pdf'), bytes);
  return execFileSync('/usr/bin/pdftotext', [join(dir, 'm.pdf'), '-'], { encoding: 'utf8' });
}

describe.runIf(hasTools)('printed minutes', () => {
  let server: TestServer;
  let browser: Browser;
  // A meeting whose signed minutes include a minute of exempt business.
  let meetingId: number;
  let orgSlug: string;
  let exempt: { number: string; title: string; narrative: string | null };

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const [row] = await server.db
      .select({ meetingId: meetings.id, slug: organisations.slug, number: minuteItems.number, title: minuteItems.title, narrative: minuteItems.narrative })
      .from(minuteItems)
      .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
      .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
      .where(and(eq(minuteItems.access, 'exempt'), eq(minutes.status, 'signed'), isNull(minuteItems.deletedAt)))
      .orderBy(desc(meetings.startAt))
      .limit(1);
    meetingId = row!.meetingId;
    orgSlug = row!.slug;
    exempt = { number: row!.number, title: row!.title, narrative: row!.narrative };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gives the public the signed minutes, as a page and a PDF, leaving the exempt minute out and saying so', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/committees/${orgSlug}`);
    await page.locator(`a[href="/meetings/${meetingId}/minutes"]`).click();
    await page.waitForLoadState('load');
    await verifyOnPage(page, /^Minutes of /);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Attendance');
    expect(text).toContain('Present');
    expect(text).toContain('Declarations of interest');
    expect(text).toMatch(/Signed as a correct record by Cllr [^,]+, /);
    expect(text).toContain(`${exempt.number} ${exempt.title}`);
    expect(text).toMatch(/This minute is not published because it contains exempt information under paragraph \d of Schedule 12A/);
    expect(text).toContain('business taken in private');
    expect(text).not.toContain(exempt.narrative!.slice(0, 40));
    expect(text).not.toContain('Not for publication. This copy includes');
    // Minute numbers run on: each is one more than the one before.
    const numbers = (await page.locator('.minute-number').allInnerTexts()).map(Number);
    expect(numbers.length).toBeGreaterThan(2);
    numbers.forEach((n, i) => i > 0 && expect(n).toBe(numbers[i - 1]! + 1));
    await checkPage(page, 'printed-minutes');

    // The PDF is printed from the same page: the same minutes, numbered pages, no exempt text.
    const pdfHref = await page.getByRole('link', { name: 'Download these minutes as a PDF' }).getAttribute('href');
    const res = await page.request.get(`${server.url}${pdfHref}`);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const bytes = await res.body();
    mkdirSync(join(screenshotDir, '..', 'packs'), { recursive: true });
    writeFileSync(join(screenshotDir, '..', 'packs', 'printed-minutes.pdf'), bytes);
    const pdf = pdftotext(bytes);
    expect(pdf).toContain(exempt.title);
    expect(pdf).toContain('This minute is not published because it contains exempt information');
    expect(pdf).toContain('Signed as a correct record by');
    expect(pdf).toMatch(/Page 1 of \d+/);
    expect(pdf).not.toContain(exempt.narrative!.slice(0, 40));
    expect(pdf).not.toContain('Download these minutes');

    // The meeting page links both.
    await page.goto(`${server.url}/meetings/${meetingId}`);
    expect(await page.locator(`a[href="/meetings/${meetingId}/minutes.pdf"]`).count()).toBe(1);
    expect(await page.locator(`a[href="/meetings/${meetingId}/minutes"]`).count()).toBe(1);
  });

  it('gives a clerk the exempt minute too, marked not for publication', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/meetings/${meetingId}/minutes`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Not for publication. This copy includes minutes of exempt business');
    expect(text).toContain(exempt.narrative!.slice(0, 40));
    expect(text).not.toContain('This minute is not published');
    await expectNoAxeViolations(page, 'printed minutes with exempt business');
    const res = await page.request.get(`${server.url}/meetings/${meetingId}/minutes.pdf`);
    expect(res.headers()['cache-control']).toBe('private, no-store');
    expect(pdftotext(await res.body())).toContain(exempt.narrative!.slice(0, 40));
  });

  it('prints draft minutes with the chair’s blank signature block, and answers 404 where there are none to see', async () => {
    const [draft] = await server.db
      .select({ meetingId: minutes.meetingId, publication: minutes.publication })
      .from(minutes)
      .where(and(eq(minutes.status, 'draft'), isNull(minutes.deletedAt)))
      .orderBy(desc(minutes.id))
      .limit(1);
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/meetings/${draft!.meetingId}/minutes`);
    await verifyOnPage(page, /^Draft minutes of /);
    expect(await page.locator('main').innerText()).toContain('To be signed by the');
    await expectNoAxeViolations(page, 'printed draft minutes');
    await screenshot(page, 'printed-draft-minutes');

    const [none] = await server.db.select({ id: meetings.id }).from(meetings).where(eq(meetings.status, 'scheduled')).limit(1);
    const anonymous = await newPage(browser);
    expect((await anonymous.request.get(`${server.url}/meetings/${none!.id}/minutes`)).status()).toBe(404);
    expect((await anonymous.request.get(`${server.url}/meetings/${none!.id}/minutes.pdf`)).status()).toBe(404);
    if (draft!.publication === 'draft') expect((await anonymous.request.get(`${server.url}/meetings/${draft!.meetingId}/minutes`)).status()).toBe(404);
  });
});
