import type { Browser, Page } from 'playwright-core';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';
import { reportAppendices } from '../src/db/schema.ts';

const author = demoUsers.find((u) => u.role === 'report-author')!;
const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

/** Scans the page with axe (WCAG 2.2 AA) and saves a screenshot, at desktop width and at 390 px. */
async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await screenshot(page, `reports-${name}`);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: nothing scrolls sideways at 390 px`).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page, `${name} at 390 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const click = (page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') => submitAndWait(page, page.locator('main').getByRole(role, { name }).first());

describe('decision reports: drafting, sign-off and the public page', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an author drafts a key-decision report and gathers its sign-offs', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, author.email, author.password);
    await page.goto(`${server.url}/officer/reports`);
    await verifyOnPage(page, 'Decision reports');
    await check(page, 'officer-list');
    await click(page, 'Draft a report', 'button');
    await verifyOnPage(page, 'Draft a decision report');
    await click(page, 'Save the draft', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter the title of the report');
    await check(page, 'draft-errors');
    await page.fill('#title', 'Replacing the Eastgate footbridge');
    await page.check('input[name="kind"][value="key-decision"]');
    await page.fill('#decisionMaker', 'Cabinet');
    await page.fill('#recommendations', 'Approve the replacement of the footbridge\nDelegate the award of the contract to the Director of Place');
    await page.check('input[name="priorityLinks"]  >> nth=1');
    await page.selectOption('#riskLikelihood', '3');
    await page.selectOption('#riskImpact', '4');
    await click(page, 'Save the draft', 'button');
    await verifyOnPage(page, 'Replacing the Eastgate footbridge');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The report has been saved as a draft');
    await check(page, 'officer-report');

    const roles = await page
      .locator('main')
      .getByRole('link', { name: /^Record sign-off by / })
      .count();
    expect(roles).toBe(7);
    for (let i = 0; i < roles; i++) {
      await submitAndWait(
        page,
        page
          .locator('main')
          .getByRole('link', { name: /^Record sign-off by / })
          .nth(i),
      );
      await verifyOnPage(page, /^Record sign-off: /);
      if (i === 0) await check(page, 'sign-off-form');
      await page.check('input[name="status"][value="signed"]');
      await page.fill('#name', `Officer ${i + 1}`);
      await page.fill('#signedOn-day', '2');
      await page.fill('#signedOn-month', '3');
      await page.fill('#signedOn-year', '2026');
      await click(page, 'Record the sign-off', 'button');
      expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The sign-off has been recorded');
    }
    expect(await page.locator('main').textContent()).not.toContain('Before it can be published');

    await click(page, 'View the report');
    await verifyOnPage(page, 'Replacing the Eastgate footbridge');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('3 × 4 = 12 (Medium)');
    expect(main).toContain('Officer 7');
    await check(page, 'draft-report-page');
  });

  it('the public report page shows the sign-off table and score and no exempt appendix; the EIA register is accessible', async () => {
    const [appendix] = await server.db
      .select()
      .from(reportAppendices)
      .where(and(eq(reportAppendices.access, 'exempt'), isNotNull(reportAppendices.exemptParagraph)))
      .orderBy(asc(reportAppendices.id));
    const page = await newPage(browser);
    await page.goto(`${server.url}/reports/${appendix!.reportId}`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Seen by');
    expect(main).toMatch(/\d × \d = \d+ \((Low|Medium|High)\)/);
    expect(main).toContain('Plan of the area affected');
    expect(main).not.toContain(appendix!.title);
    await check(page, 'public-report');
    const hidden = await page.goto(`${server.url}/reports/${appendix!.reportId}/appendices/${appendix!.id}`);
    expect(hidden!.status()).toBe(404);

    await page.goto(`${server.url}/eias`);
    await verifyOnPage(page, 'Equality impact assessments');
    await check(page, 'eia-register');
    await submitAndWait(page, page.locator('main table a').first());
    await verifyOnPage(page, /^Equality impact assessment: /);
    await check(page, 'eia');
  });

  it('the clerk sets the report template, and publishes a report for a decision taken without a meeting', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/reports`);
    await click(page, 'Report template settings');
    await verifyOnPage(page, 'Report template settings');
    await check(page, 'template-settings');
    await page.check('input[name="omittedSections"][value="divisions"]');
    await click(page, 'Save the settings', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The report template settings have been saved');

    await page.goto(`${server.url}/officer/reports`);
    await click(page, 'Replacing the Eastgate footbridge');
    await click(page, 'Publish for an individual decision');
    await verifyOnPage(page, 'Publish the report for an individual decision');
    await check(page, 'publish-for-individual-decision');
    await click(page, 'Publish the report', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The report has been published');
  });
});
