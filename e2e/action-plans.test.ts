import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';
import { actionPlans, organisations } from '../src/db/schema.ts';

const owner = demoUsers.find((u) => u.role === 'report-author')!;
const slug = 'wessex-care-leavers-action-plan';

/** Scans the page with axe (WCAG 2.2 AA, zero violations) and saves a screenshot, at desktop width and then at 390 px. */
async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await screenshot(page, `action-plans-${name}`);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: nothing scrolls sideways at 390 px`).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page, `${name} at 390 px`);
  await screenshot(page, `action-plans-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const click = (page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') => submitAndWait(page, page.locator('main').getByRole(role, { name }).first());

describe('action plans: owners update actions, CSV round trip, dashboards', () => {
  let server: TestServer;
  let browser: Browser;
  let planId: number;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const [plan] = await server.db.select().from(actionPlans).where(eq(actionPlans.slug, slug));
    planId = plan!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an owner updates an action’s RAG, due date and progress, and the public sees it', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, owner.email, owner.password);
    await click(page, 'Action plans');
    await verifyOnPage(page, 'Action plans');
    await check(page, 'officer-list');
    await click(page, 'Wessex Care Leavers Action Plan');
    await verifyOnPage(page, 'Wessex Care Leavers Action Plan');
    await check(page, 'officer-plan');
    await click(page, 'Update action 3.1');
    await verifyOnPage(page, 'Update the action');
    await page.fill('#progress', '');
    await click(page, 'Save the update', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter a progress note');
    await check(page, 'update-errors');
    await page.check('input[name="rag"][value="Amber"]');
    await page.check('input[name="due"][value="ongoing"]');
    await page.fill('#progress', 'Four of six districts have signed; two meet in March');
    await click(page, 'Save the update', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The action has been updated');
    await page.goto(`${server.url}/action-plans/${slug}`);
    expect(await page.locator('main').textContent()).toContain('Four of six districts have signed; two meet in March');
    await check(page, 'public-plan');
  });

  it('an owner downloads the actions as CSV, uploads a file with a bad row and is told the line, then uploads the file unchanged', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, owner.email, owner.password);
    await page.goto(`${server.url}/officer/action-plans/${planId}`);
    const download = page.waitForEvent('download');
    await page.locator('main').getByRole('link', { name: 'Download the actions as a CSV file' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFnumber,action,success,owners,rag,due,direction,progress');
    await click(page, 'Upload a CSV file to update many actions at once');
    await verifyOnPage(page, 'Upload a CSV file of actions');
    await check(page, 'upload');
    await page.setInputFiles('#file', { name: 'actions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace(',Green,', ',Teal,')) });
    await click(page, 'Upload and update the actions', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toMatch(/Line \d+: the RAG rating must be Red, Amber, Green, Blue or blank, not “Teal”/);
    await check(page, 'upload-errors');
    await page.setInputFiles('#file', { name: 'actions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await click(page, 'Upload and update the actions', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The file has been imported: no action changed');
  });

  it('the public dashboards of a plan and a committee draw each chart beside a table of the same numbers', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/action-plans/${slug}`);
    await click(page, /^Dashboard/);
    await verifyOnPage(page, 'Wessex Care Leavers Action Plan');
    expect(await page.locator('svg[role="img"]').count()).toBe(3);
    await check(page, 'plan-dashboard');
    const [org] = await server.db.select().from(organisations).where(eq(organisations.slug, 'children-and-families-scrutiny-committee'));
    await page.goto(`${server.url}/dashboards/committees/${org!.slug}`);
    await verifyOnPage(page, org!.name);
    await check(page, 'committee-dashboard');
  });
});
