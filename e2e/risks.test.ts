import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, demoUsers, launchBrowser, newPage, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';

const owner = demoUsers.find((u) => u.role === 'report-author')!;
const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

const click = (page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') => submitAndWait(page, page.locator('main').getByRole(role, { name }).first());

describe('the risk register: heat map, a risk’s history, the officer form and the CSV round trip', () => {
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

  it('the public reads the register and its heat map, whose table has the same numbers as the picture, and a risk with its history', async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await click(page, 'Risk register');
    await verifyOnPage(page, 'Risk register');
    const svg = await page
      .locator('#heat-map svg g[data-count]')
      .evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-likelihood')}×${g.getAttribute('data-impact')}=${g.getAttribute('data-count')}`));
    const table = await page
      .locator('#heat-map-table td[data-likelihood]')
      .evaluateAll((tds) => tds.map((td) => `${td.getAttribute('data-likelihood')}×${td.getAttribute('data-impact')}=${td.textContent}`));
    expect(svg).toHaveLength(25);
    expect(table).toEqual(svg);
    expect(svg.reduce((n, s) => n + Number(s.split('=')[1]), 0)).toBe(7);
    expect(await page.locator('main').textContent()).not.toContain('CR0008');
    expect(await page.locator('main').textContent()).toContain('Review overdue');
    await checkPage(page, 'risks-register');
    await click(page, 'CR0001');
    await verifyOnPage(page, 'The medium-term budget gap is not closed');
    const points = await page.locator('#score-chart svg g[data-score]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-score')));
    const rows = await page.locator('#score-chart-table tbody tr td:nth-child(4)').allTextContents();
    expect(rows).toEqual(points);
    expect(points).toEqual(['20', '16', '12']);
    expect(await page.locator('main').textContent()).toContain('Reports that cite this risk');
    await checkPage(page, 'risks-risk');
    const missing = await page.goto(`${server.url}/risks/CR0008`);
    expect(missing?.status()).toBe(404);
  });

  it('a risk owner adds a risk, is shown the errors, and a clerk publishes it', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, owner.email, owner.password);
    await click(page, 'Risk register');
    await verifyOnPage(page, 'Risk register');
    await checkPage(page, 'risks-officer-list');
    await click(page, 'Add a risk');
    await verifyOnPage(page, 'Add a risk');
    await page.fill('#ref', 'CR0050');
    await page.fill('#title', 'Ferry contract ends without a replacement');
    await page.fill('#owner', 'Head of Transport');
    await page.fill('#likelihood', '7');
    await page.fill('#impact', '4');
    await click(page, 'Add the risk', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Likelihood must be a whole number from 1 to 5');
    await checkPage(page, 'risks-officer-form-errors');
    await page.fill('#likelihood', '3');
    await page.fill('#reviewDate-day', '30');
    await page.fill('#reviewDate-month', '6');
    await page.fill('#reviewDate-year', '2040');
    await click(page, 'Add the risk', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The risk has been added as a draft');
    expect(await page.locator('main').textContent()).toContain('12 (3 × 4)');

    const clerkPage = await newPage(browser);
    await signIn(clerkPage, server.url, clerk.email, clerk.password);
    await clerkPage.goto(`${server.url}/officer/risks`);
    await click(clerkPage, 'Publish risk CR0050', 'button');
    expect(await clerkPage.locator('.govuk-notification-banner').textContent()).toContain('The risk has been published');
    await clerkPage.goto(`${server.url}/risks/CR0050`);
    await verifyOnPage(clerkPage, 'Ferry contract ends without a replacement');
  });

  it('a risk owner downloads the register, uploads a bad row and is told the line, then uploads it unchanged', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, owner.email, owner.password);
    await page.goto(`${server.url}/officer/risks`);
    const download = page.waitForEvent('download');
    await page.locator('main').getByRole('link', { name: 'Download as CSV' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFref,title,category,owner,likelihood,impact,score,target_likelihood,target_impact,target_score,mitigations,review_date');
    await click(page, 'Upload a CSV file');
    await verifyOnPage(page, 'Upload a CSV file of risks');
    await checkPage(page, 'risks-upload');
    await page.setInputFiles('#file', { name: 'risks.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}CR0060,,,Someone,1,1,,,,,,\r\n`) });
    await click(page, 'Upload and update the register', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toMatch(/Line \d+: Enter the risk title/);
    await checkPage(page, 'risks-upload-errors');
    await page.setInputFiles('#file', { name: 'risks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await click(page, 'Upload and update the register', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('no risk changed');
  });
});
