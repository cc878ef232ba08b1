import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';

describe('searching the site', () => {
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

  it('searches from the home page and shows ranked, labelled, paged results', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/`);
    await page.getByLabel('Search meetings, papers, decisions and people').fill('school transport');
    await submitAndWait(page, page.getByRole('button', { name: 'Search' }));
    expect(new URL(page.url()).pathname).toBe('/search');
    await verifyOnPage(page, 'Search');
    expect(await page.title()).toMatch(/^Search results for “school transport” – /);
    expect(await page.getByLabel('Search meetings, papers, decisions and people').inputValue()).toBe('school transport');

    const results = page.locator('ol.app-search-results > li');
    expect(await results.count()).toBe(20);
    expect(await results.first().locator('.govuk-tag').textContent()).toMatch(/\S/);
    expect(await results.locator('strong', { hasText: /school|transport/i }).count()).toBeGreaterThan(0);
    expect(await page.locator('.govuk-pagination').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'search results');
    await screenshot(page, 'search-results');

    await submitAndWait(page, page.locator('.govuk-pagination__next a'));
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    expect(await page.getByText(/^Showing 21 to \d+ of \d+$/).isVisible()).toBe(true);

    await submitAndWait(page, page.getByRole('link', { name: /^Decisions \(\d+\)$/ }));
    const tags = await page.locator('ol.app-search-results .govuk-tag').allTextContents();
    expect(tags.length).toBeGreaterThan(0);
    expect(new Set(tags.map((t) => t.trim()))).toEqual(new Set(['Decision']));
    await expectNoAxeViolations(page, 'search results filtered to decisions');
  });

  it('finds a councillor despite a misspelt name, from the header link', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/people`);
    await submitAndWait(page, page.getByRole('link', { name: 'Search', exact: true }));
    await verifyOnPage(page, 'Search');
    await page.getByLabel('Search meetings, papers, decisions and people').fill('Amria Holis');
    await submitAndWait(page, page.getByRole('button', { name: 'Search' }));
    await submitAndWait(page, page.getByRole('link', { name: 'Cllr Amira Hollis' }));
    await verifyOnPage(page, 'Cllr Amira Hollis');
  });

  it('shows the GOV.UK error summary for an empty search', async () => {
    const page = await newPage(browser);
    const response = await page.goto(`${server.url}/search?q=`);
    expect(response?.status()).toBe(400);
    await verifyOnPage(page, 'Search');
    const summary = page.locator('.govuk-error-summary');
    expect(await summary.getByRole('link', { name: 'Enter a search term' }).isVisible()).toBe(true);
    expect(await page.title()).toMatch(/^Error: Search/);
    await expectNoAxeViolations(page, 'search with an error');
    await screenshot(page, 'search-error');
  });
});
