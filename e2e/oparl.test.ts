import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, startTestServer, verifyOnPage, type TestServer } from './support/index.ts';

describe('the OParl API page', () => {
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

  it('tells an open-data user where the API starts and documents the UK extensions', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/oparl`);
    await verifyOnPage(page, 'OParl API');
    expect(await page.getByText(`${server.url}/oparl/v1`, { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('.govuk-summary-list__key', { hasText: 'shirehall:exemptParagraph' }).isVisible()).toBe(true);
    expect(await page.locator('.govuk-summary-list__value', { hasText: 'callInStatus' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'OParl API page');
    await screenshot(page, 'oparl-api');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page, 'OParl API page at 390 px');
    // Nothing is wider than a phone: long addresses wrap.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'oparl-api-390');

    // The address on the page is the API's entry point.
    const system = await page.request.get(`${server.url}/oparl/v1`);
    expect(system.status()).toBe(200);
    expect(await system.json()).toMatchObject({ type: 'https://schema.oparl.org/1.1/System', body: `${server.url}/oparl/v1/bodies` });
  });
});
