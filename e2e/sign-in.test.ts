import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

const sessionCookie = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'shirehall_session');

describe('signing in', () => {
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

  it('shows an accessible, styled sign-in page', async () => {
    const page = await newPage(browser);
    const response = await page.goto(`${server.url}/sign-in`);
    expect(response?.status()).toBe(200);
    await verifyOnPage(page, 'Sign in');
    expect(await page.title()).toMatch(/^Sign in – /);
    // The compiled GOV.UK stylesheet is applied, not just linked: the page width and heading weight come from it.
    expect(await page.locator('main').evaluate((m) => getComputedStyle(m.closest('.govuk-width-container')!).maxWidth)).toBe('960px');
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontSize)).toBe('36px');
    await expectNoAxeViolations(page, 'sign-in page');
    await screenshot(page, 'sign-in');
  });

  it('signs the demo clerk in, sets the session cookie and offers sign-out', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    expect(new URL(page.url()).pathname).toBe('/officer');
    await verifyOnPage(page, 'Officer area');
    await expectNoAxeViolations(page, 'officer area');
    await screenshot(page, 'signed-in-clerk');
    const cookie = await sessionCookie(page);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const signOut = page.getByRole('link', { name: 'Sign out' });
    expect(await signOut.isVisible()).toBe(true);

    await submitAndWait(page, signOut);
    await verifyOnPage(page, 'Sign out');
    expect(await page.getByText(`You are signed in as ${clerk.displayName}`).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'sign-out page');
    await submitAndWait(page, page.getByRole('button', { name: 'Sign out' }));
    expect(await sessionCookie(page)).toBeUndefined();
  });

  it('shows the GOV.UK error summary for a wrong password and keeps the email', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, 'not-the-password');
    await verifyOnPage(page, 'Sign in');
    const summary = page.locator('.govuk-error-summary');
    expect(await summary.isVisible()).toBe(true);
    expect((await summary.locator('h2').textContent())?.trim()).toBe('There is a problem');
    expect(await summary.getByRole('link', { name: 'Enter a correct email address and password' }).isVisible()).toBe(true);
    expect(await page.title()).toMatch(/^Error: Sign in/);
    expect(await page.getByLabel('Email address', { exact: true }).inputValue()).toBe(clerk.email);
    expect(await sessionCookie(page)).toBeUndefined();
    await expectNoAxeViolations(page, 'sign-in page with errors');
    await screenshot(page, 'sign-in-wrong-password');
  });
});
