import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';
import { notices } from '../src/db/schema.ts';
import { addDays, toLondonDate } from '../src/lib/dates.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

/** Scans the page with axe (WCAG 2.2 AA, zero violations) and saves a screenshot. */
async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await screenshot(page, `forward-plan-${name}`);
}

const click = (page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') => submitAndWait(page, page.locator('main').getByRole(role, { name }).first());

describe('the Forward Plan: public pages and the clerk’s journey', () => {
  let server: TestServer;
  let browser: Browser;
  const today = toLondonDate(new Date());
  const [y, m, d] = today.split('-') as [string, string, string];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the public read the current plan, every version, what changed between two, and the notices', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/forward-plan`);
    await verifyOnPage(page, 'Forward Plan of key decisions');
    expect(await page.locator('main').textContent()).toContain('version 3 of the Forward Plan');
    expect(await page.locator('main').textContent()).not.toContain('sealed bids');
    await check(page, 'public-current');
    await click(page, 'Every published version');
    await verifyOnPage(page, 'Published versions of the Forward Plan');
    await check(page, 'public-versions');
    await click(page, 'Compare with version 1');
    await verifyOnPage(page, 'Changes from version 1 to version 2');
    const diff = await page.locator('main').textContent();
    expect(diff).toContain('Community library hubs');
    expect(diff).toContain('Flood resilience grant');
    await check(page, 'public-compare');
    await page.goto(`${server.url}/forward-plan/versions/1`);
    await verifyOnPage(page, 'Forward Plan version 1');
    await check(page, 'public-version');
    await page.goto(`${server.url}/notices`);
    await verifyOnPage(page, 'Notices of key decisions and private meetings');
    await check(page, 'public-notices');
    await click(page, 'Flood resilience grant: match funding');
    await verifyOnPage(page, 'Flood resilience grant: match funding');
    await check(page, 'public-notice');
    // The thread: from the Forward Plan entry and its notice to the officer's decision and call-in.
    await click(page, 'From notice to effect');
    await verifyOnPage(page, 'Flood resilience grant: match funding');
    const thread = (await page.locator('main').textContent()) ?? '';
    for (const step of ['Put on the Forward Plan as FP/', 'General exception notice published', 'Report: Flood resilience grant', 'without a meeting', 'Decision record published'])
      expect(thread).toContain(step);
    expect(thread).toMatch(/Open for call-in|Call-in period ended/);
    await check(page, 'public-issue');
  });

  it('a clerk adds an entry and publishes the plan; a late key decision is refused until a general exception notice has been published', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/forward-plan`);
    await verifyOnPage(page, 'Forward Plan');
    await check(page, 'officer-home');
    await click(page, 'Add an entry');
    await verifyOnPage(page, 'Add an entry to the Forward Plan');
    await click(page, 'Save the entry', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter the issue');
    await check(page, 'officer-entry-errors');
    await page.fill('#issue', 'Coastal path bridge replacement');
    await page.fill('#decision', 'To award the contract to replace the coastal path footbridge');
    await page.fill('#decisionDate-day', String(Number(d)));
    await page.fill('#decisionDate-month', String(Number(m)));
    await page.fill('#decisionDate-year', y);
    await page.fill('#decisionMakers', 'Director of Place');
    await page.fill('#contacts', 'Bridges Engineer, 01632 960499');
    await page.fill('#keySpend', '720000');
    await click(page, 'Save the entry', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The entry has been added as a draft');
    await click(page, 'Publish the Forward Plan', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The Forward Plan has been published');
    const row = page.locator('main tr', { hasText: 'Coastal path bridge replacement' });
    const ref = (await row.locator('td').first().textContent())!.trim();
    expect(ref).toMatch(new RegExp(`^FP/${y.slice(2)}/${m}/\\d{2}$`));

    const decide = async (report?: string) => {
      await page.goto(`${server.url}/officer/decisions/new`);
      await page.check('#makerKind-4');
      await page.selectOption('#makerPersonId', { label: 'Richard Thorne, Director of Place' });
      await page.fill('#title', 'Coastal path bridge replacement');
      await page.fill('#decisionText', 'To award the contract');
      await page.fill('#decidedOn-day', String(Number(d)));
      await page.fill('#decidedOn-month', String(Number(m)));
      await page.fill('#decidedOn-year', y);
      await page.fill('#reasons', 'The footbridge is closed as unsafe');
      await page.check('#isKey-2');
      await page.fill('#forwardPlanRef', ref);
      if (report) await page.selectOption('#reportId', { label: report });
      await click(page, 'Save draft decision', 'button');
    };
    await decide();
    // Both rules at once: the 28 clear days on the Forward Plan, and an officer's key decision needs its published report.
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('a key decision needs 28');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('needs a published report');
    await check(page, 'decision-refused');

    await page.goto(`${server.url}/officer/forward-plan`);
    await click(page, 'Add a notice');
    await verifyOnPage(page, 'Add a notice');
    await page.check('#kind');
    await page.selectOption('#forwardPlanEntryId', { label: `${ref}: Coastal path bridge replacement` });
    await page.fill('#decisionMaker', 'Director of Place');
    await page.fill('#decisionDate-day', String(Number(d)));
    await page.fill('#decisionDate-month', String(Number(m)));
    await page.fill('#decisionDate-year', y);
    await page.fill('#reasons', 'The footbridge was closed as unsafe after a storm');
    await page.fill('#scrutinyChair', 'Cllr Peter Lisle');
    await page.fill('#chairInformedOn-day', String(Number(d)));
    await page.fill('#chairInformedOn-month', String(Number(m)));
    await page.fill('#chairInformedOn-year', y);
    await check(page, 'officer-notice-form');
    await click(page, 'Save the notice', 'button');
    await click(page, /^Publish the general exception notice: Coastal path/, 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The notice has been published');

    // Published today, the notice leaves no clear days before a decision today: still refused.
    await decide();
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('general exception notice');
    // Six days pass: the notice was published, and the chair informed, before the 5 clear days.
    const [n] = await server.db.select().from(notices).where(eq(notices.title, 'Coastal path bridge replacement'));
    await server.db
      .update(notices)
      .set({ publishedAt: new Date(`${addDays(today, -6)}T10:00:00Z`), chairInformedOn: addDays(today, -7) })
      .where(eq(notices.id, n!.id));
    // The officer's report, published three weeks ago, meets the 5 clear working days.
    await decide('Flood resilience grant: match funding (version 1, published)');
    await verifyOnPage(page, /Coastal path bridge replacement/);
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
  });
});
