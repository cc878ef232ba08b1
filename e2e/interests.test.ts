import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, demoUsers, launchBrowser, newPage, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

/** The shared page check (axe and 390 px), screenshots named after this journey. */
const check = (page: Page, name: string) => checkPage(page, `interests-${name}`);

const click = (page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') => submitAndWait(page, page.locator('main').getByRole(role, { name }).first());

describe('the register of interests', () => {
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

  it('a resident reads a councillor’s register from their page, with a sensitive interest withheld', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/people`);
    // The second councillor of the demo register holds the sensitive interest.
    const links = page.locator('main a[href^="/people/"]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    let found = false;
    for (const href of hrefs) {
      const res = await page.goto(`${server.url}${href}/interests`);
      if (res?.status() !== 200) continue;
      if (await page.getByText('withheld under section 32(2) of the Localism Act 2011').count()) {
        found = true;
        break;
      }
    }
    expect(found, 'a published register with a sensitive interest').toBe(true);
    await verifyOnPage(page, 'Register of interests');
    expect(await page.locator('main').textContent()).not.toContain('Volunteer counsellor');
    await check(page, 'public-register');
  });

  it('the monitoring officer adds an interest: the form asks whether it is sensitive, then the register publishes it', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/people`);
    await click(page, /^Interests of /);
    await verifyOnPage(page, 'Register of interests');
    await check(page, 'officer-register');
    await click(page, 'Add an interest');
    await verifyOnPage(page, 'Add an interest');
    await page.selectOption('#category', 'land');
    await page.fill('#description', 'A garage on Tanners Row');
    await page.fill('#arose-day', '1');
    await page.fill('#arose-month', '1');
    await page.fill('#arose-year', '2020');
    await page.fill('#notified-day', '10');
    await page.fill('#notified-month', '1');
    await page.fill('#notified-year', '2020');
    // Accepting the defaults: nothing is chosen for "sensitive", so the form asks rather than publishing the details.
    await click(page, 'Add the interest', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Select whether the interest is sensitive');
    await check(page, 'add-errors');
    await page.check('#sensitive-2');
    await click(page, 'Add the interest', 'button');
    await verifyOnPage(page, 'Register of interests');
    expect(await page.locator('.govuk-notification-banner, .govuk-panel, main').first().textContent()).toContain('added as a draft');
    await click(page, /^Publish the register/, 'button');
    expect(await page.locator('main').textContent()).toContain('A garage on Tanners Row');
  });
});
