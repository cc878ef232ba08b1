import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, demoUsers, launchBrowser, newPage, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

/** The shared page check (axe and 390 px), screenshots named after this journey. */
const check = (page: Page, name: string) => checkPage(page, `action-plan-editor-${name}`);

const click = (page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') => submitAndWait(page, page.locator('main').getByRole(role, { name }).first());

describe('action plans made on screen', () => {
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

  it('a clerk creates an action plan: a blank title is refused with the error summary, then the draft plan opens', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/action-plans`);
    await click(page, 'Create an action plan');
    await verifyOnPage(page, 'Create an action plan');
    await check(page, 'create');
    await click(page, 'Create the plan', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter the title of the plan');
    await check(page, 'create-errors');
    await page.fill('#title', 'Library Services Action Plan');
    await click(page, 'Create the plan', 'button');
    await verifyOnPage(page, 'Library Services Action Plan');
    const resident = await newPage(browser);
    expect((await resident.goto(`${server.url}/action-plans/library-services-action-plan`))?.status(), 'a draft is not public').toBe(404);
  });
});
