import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, demoUsers, launchBrowser, newPage, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';
import { measures } from '../src/db/schema.ts';

const owner = demoUsers.find((u) => u.role === 'report-author')!;
const housingName = 'Care leavers in suitable accommodation';

const click = (page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') => submitAndWait(page, page.locator('main').getByRole(role, { name }).first());

describe('performance measures: the public list and chart, owners record values, CSV round trip', () => {
  let server: TestServer;
  let browser: Browser;
  let measureId: number;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const [m] = await server.db.select().from(measures).where(eq(measures.name, housingName));
    measureId = m!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the public reads the measures by plan and a measure’s chart beside a table of the same numbers', async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await click(page, 'Performance measures');
    await verifyOnPage(page, 'Performance measures');
    expect(await page.locator('main').textContent()).toContain('Wessex Care Leavers Action Plan');
    await checkPage(page, 'measures-list');
    await click(page, housingName);
    await verifyOnPage(page, housingName);
    const svg = page.locator('svg[role="img"]');
    expect(await svg.count()).toBe(1);
    const fromChart = await svg.locator('g[data-label]').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-label')}=${g.getAttribute('data-value')}`));
    const fromTable = await page.locator('table tr[data-label]').evaluateAll((rs) => rs.map((r) => `${r.getAttribute('data-label')}=${r.getAttribute('data-value')}`));
    expect(fromChart.length).toBeGreaterThanOrEqual(4);
    expect(fromTable).toEqual(fromChart);
    await checkPage(page, 'measure-page');
  });

  it('an owner records a value, is told of a future period, and the public page shows it', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, owner.email, owner.password);
    await click(page, 'Performance measures');
    await verifyOnPage(page, 'Performance measures');
    await checkPage(page, 'measures-officer-list');
    await page.goto(`${server.url}/officer/measures/${measureId}`);
    await verifyOnPage(page, housingName);
    await checkPage(page, 'measures-officer-measure');
    await click(page, `Record a value of ${housingName}`);
    await verifyOnPage(page, 'Record a value');
    await page.fill('#period', 'Q1 2099/00');
    await page.fill('#value', '91');
    await click(page, 'Save the value', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('The period must not be in the future');
    await checkPage(page, 'measures-record-errors');
    await page.goto(`${server.url}/officer/measures/${measureId}/edit`);
    await verifyOnPage(page, `Edit ${housingName}`);
    await page.fill('#commentary', 'Two new supported lodgings hosts approved this month');
    await click(page, 'Save the measure', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The measure has been updated');
    await page.goto(`${server.url}/measures/${measureId}`);
    expect(await page.locator('main').textContent()).toContain('Two new supported lodgings hosts approved this month');
  });

  it('an owner downloads every value as CSV, uploads a file with a bad row and is told the line, then uploads it unchanged', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, owner.email, owner.password);
    await page.goto(`${server.url}/officer/measures`);
    const download = page.waitForEvent('download');
    await page.locator('main').getByRole('link', { name: 'Download every value as a CSV file' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFmeasure_id,measure,period,value,note');
    await click(page, 'Upload a CSV file to record many values at once');
    await verifyOnPage(page, 'Upload a CSV file of values');
    await checkPage(page, 'measures-upload');
    await page.setInputFiles('#file', { name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}${measureId},,Q1 2099/00,1,\r\n`) });
    await click(page, 'Upload and record the values', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toMatch(/Line \d+: the period Q1 2099\/00 must not be in the future/);
    await checkPage(page, 'measures-upload-errors');
    await page.setInputFiles('#file', { name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await click(page, 'Upload and record the values', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The file has been imported: no value changed');
  });
});
