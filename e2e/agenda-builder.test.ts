import type { Browser, Page } from 'playwright-core';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumPath,
  demoUsers,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  startTestServer,
  submitAndWait,
  verifyOnPage,
  type TestServer,
} from './support/index.ts';
import { actorFor } from './support/arrange.ts';
import { existsSync } from 'node:fs';
import { addDays, toLondonDate } from '../src/lib/dates.ts';
import { organisations } from '../src/db/schema.ts';
import { createMeeting } from '../src/modules/meetings/index.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

const rowsOf = async (page: Page) => (await page.locator('table.app-agenda-builder tbody tr').allTextContents()).map((r) => r.replace(/\s+/g, ' ').trim());

describe.runIf(existsSync(chromiumPath))('the agenda builder', () => {
  let server: TestServer;
  let browser: Browser;
  let meetingId: number;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const actor = await actorFor(server.db, clerk.email);
    const [org] = await server.db.select().from(organisations).orderBy(asc(organisations.id)).limit(1);
    const meeting = await createMeeting(server.db, actor, { organisationId: org!.id, date: addDays(toLondonDate(new Date()), 50), startTime: '14:00' });
    if (!meeting.ok) throw new Error(meeting.errors[0]!.message);
    meetingId = meeting.value.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const addItem = async (page: Page, title: string, exemptParagraph?: string) => {
    await page.goto(`${server.url}/officer/meetings/${meetingId}/items/new`);
    await verifyOnPage(page, 'Add an agenda item');
    expect(await page.getByLabel(/page in the pack/).count()).toBe(0);
    await page.getByLabel('Title', { exact: true }).fill(title);
    if (exemptParagraph) {
      await page.getByLabel('Yes, it contains exempt information').check();
      await page.getByLabel('Paragraph of Schedule 12A').selectOption(exemptParagraph);
    }
    await submitAndWait(page, page.getByRole('button', { name: 'Save item' }));
  };

  it('places new items before the closing items, numbered at once, and offers the exclusion of the public for exempt business', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/meetings/${meetingId}/agenda`);
    await submitAndWait(page, page.getByRole('button', { name: 'Add standing items' }));
    await addItem(page, 'Road safety review');
    await addItem(page, 'Purchase of farmland', '3');
    await addItem(page, 'Bus services');
    await page.goto(`${server.url}/officer/meetings/${meetingId}/agenda`);
    expect((await rowsOf(page)).map((r) => r.slice(0, 28))).toEqual([
      expect.stringMatching(/^1 Apologies for absence/),
      expect.stringMatching(/^2 Declarations of interest/),
      expect.stringMatching(/^3 Minutes of the previous/),
      expect.stringMatching(/^4 Public question time/),
      expect.stringMatching(/^5 Road safety review/),
      expect.stringMatching(/^6 Bus services/),
      expect.stringMatching(/^7 Urgent business/),
      expect.stringMatching(/^8 Purchase of farmland/),
    ]);
    expect(await page.getByText('Item 8 is exempt').isVisible()).toBe(true);
    expect(await page.locator('#exclusion').innerText()).toContain('as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.');
    await expectNoAxeViolations(page, 'agenda builder with the exclusion offer');
    await screenshot(page, 'agenda-builder-exclusion-offer');
    await submitAndWait(page, page.getByRole('button', { name: 'Add the exclusion of the press and public' }));
    const rows = await rowsOf(page);
    expect(rows[7]).toMatch(/^8 Exclusion of the press and public/);
    expect(rows[8]).toMatch(/^9 Purchase of farmland/);
    expect(await page.locator('#exclusion').count()).toBe(0);
  });

  it('moves items with the keyboard without reloading the page, keeping focus and announcing the move', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/meetings/${meetingId}/agenda`);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const up = page.getByRole('button', { name: 'Move up item 6, Bus services' });
    await up.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Move up item 5, Bus services' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect((await rowsOf(page)).slice(4, 6).map((r) => r.slice(0, 20))).toEqual([expect.stringMatching(/^5 Bus services/), expect.stringMatching(/^6 Road safety review/)]);
    expect(await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim())).toBe('Move up item 5, Bus services');
    expect(await page.locator('[data-app-agenda-status]').textContent()).toBe('Bus services moved up. It is now item 5.');
    await expectNoAxeViolations(page, 'agenda builder after a move');
    await screenshot(page, 'agenda-builder-moved');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'agenda-builder-390');
  });

  it('moves items with a reload where JavaScript does not run', async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/meetings/${meetingId}/agenda`);
    await submitAndWait(page, page.getByRole('button', { name: 'Move down item 5, Bus services' }));
    expect(new URL(page.url()).pathname).toBe(`/officer/meetings/${meetingId}/agenda`);
    expect((await rowsOf(page)).slice(4, 6).map((r) => r.slice(0, 20))).toEqual([expect.stringMatching(/^5 Road safety review/), expect.stringMatching(/^6 Bus services/)]);
    await context.close();
  });
});
