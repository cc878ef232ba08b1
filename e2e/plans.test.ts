import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, demoUsers, launchBrowser, newPage, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

const click = (page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') => submitAndWait(page, page.locator('main').getByRole(role, { name }).first());

describe('plans: the golden thread, the plan dashboard, highlight reports and the officer screens', () => {
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

  it('the public follows the plan from its vision to a programme’s action plan, its dashboard and last quarter’s highlight reports', async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await click(page, 'Plans');
    await verifyOnPage(page, 'Plans');
    await checkPage(page, 'plans-list');
    await click(page, /^Council Plan/);
    const main = page.locator('main');
    expect(await main.textContent()).toContain('Vision 1');
    expect(await main.textContent()).toContain('Care leavers’ futures');
    expect(await main.getByRole('link', { name: 'Wessex Care Leavers Action Plan' }).count()).toBe(1);
    await checkPage(page, 'plans-plan');
    await click(page, 'Care leavers’ futures');
    await verifyOnPage(page, /Programme 1\.1\.1: Care leavers’ futures/);
    expect(await main.textContent()).toContain('Key achievements');
    await checkPage(page, 'plans-part');
    await page.goBack();
    await click(page, /^Dashboard/);
    await verifyOnPage(page, /^Council Plan/);
    const drawn = await page.locator('#part-rag svg g[data-label]').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-label')}=${g.getAttribute('data-value')}`));
    const tabled = await page
      .locator('#part-rag table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('th')!.textContent}=${tr.querySelector('td')!.textContent}`));
    expect(tabled).toEqual(drawn);
    expect(drawn.reduce((n, s) => n + Number(s.split('=')[1]), 0)).toBe(4);
    await checkPage(page, 'plans-dashboard');
    await page.goBack();
    await click(page, /^Highlight reports Q/);
    await verifyOnPage(page, /^Highlight reports Q/);
    expect(await main.textContent()).toContain('Nil return: nothing has changed since the last report.');
    await checkPage(page, 'plans-highlight-reports');
  });

  it('a clerk adds a plan, is shown the errors, adds a part, links a measure and writes a nil return', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer`);
    await click(page, 'Plans');
    await verifyOnPage(page, 'Plans');
    await checkPage(page, 'plans-officer-list');
    await click(page, 'Add a plan');
    await verifyOnPage(page, 'Add a plan');
    await checkPage(page, 'plans-officer-form');
    await page.fill('#title', 'Children’s Plan');
    await page.fill('#startDate-day', '1');
    await page.fill('#startDate-month', '4');
    await page.fill('#startDate-year', '2026');
    await page.fill('#endDate-day', '31');
    await page.fill('#endDate-month', '3');
    await page.fill('#endDate-year', '2026');
    await click(page, 'Save the plan', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('The end date must be after the start date');
    expect(await page.inputValue('#title')).toBe('Children’s Plan');
    await checkPage(page, 'plans-officer-form-errors');
    await page.fill('#endDate-year', '2029');
    await click(page, 'Save the plan', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The plan has been saved as a draft');
    await checkPage(page, 'plans-officer-plan');
    await click(page, 'Add a part');
    await checkPage(page, 'plans-officer-part-form');
    await page.fill('#number', '1');
    await page.fill('#title', 'Every child safe');
    await click(page, 'Add the part', 'button');
    await verifyOnPage(page, /Vision 1: Every child safe/);
    await page.selectOption('#measureId', { label: 'Care leavers in suitable accommodation' });
    await click(page, 'Link the measure', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The measure has been linked');
    await checkPage(page, 'plans-officer-part');
    await click(page, 'Write a highlight report');
    await checkPage(page, 'plans-officer-report-form');
    await click(page, 'Save the highlight report', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter the key achievements, or say this is a nil return');
    await page.getByLabel('Nothing has changed since the last report (a nil return)').check();
    await click(page, 'Save the highlight report', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The highlight report has been saved as a draft');
    expect(await page.locator('main').textContent()).toContain('Nil return');
    await click(page, /^Unlink Care leavers in suitable accommodation/, 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The measure has been unlinked from the part');
    await click(page, /^Remove this part/);
    await verifyOnPage(page, 'Are you sure you want to remove Vision 1: Every child safe?');
    expect(await page.locator('main').textContent()).toContain('its 1 highlight report');
    await checkPage(page, 'plans-officer-remove-part');
    await click(page, 'Remove the part', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The part has been removed from the plan');
    expect(await page.locator('main').textContent()).toContain('The plan has no parts yet.');
  });

  it('a report author reads the plans, a plan and a part, with nothing to change', async () => {
    const author = demoUsers.find((u) => u.role === 'report-author')!;
    const page = await newPage(browser);
    await signIn(page, server.url, author.email, author.password);
    await page.goto(`${server.url}/officer`);
    await click(page, 'Plans');
    await verifyOnPage(page, 'Plans');
    expect(await page.locator('main').getByRole('link', { name: 'Add a plan' }).count()).toBe(0);
    await click(page, /^Council Plan/);
    expect(await page.locator('main form').count()).toBe(0);
    await checkPage(page, 'plans-officer-plan-read-only');
    await click(page, /Care leavers’ futures/);
    await verifyOnPage(page, /Programme 1\.1\.1: Care leavers’ futures/);
    expect(await page.locator('main form').count()).toBe(0);
    expect(
      await page
        .locator('main')
        .getByRole('link', { name: /^Remove this part|^Write a highlight report|^Edit/ })
        .count(),
    ).toBe(0);
    await checkPage(page, 'plans-officer-part-read-only');
  });
});
