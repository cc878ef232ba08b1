import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Asserts the page's main heading (its h1); the page-object check that the browser is where the test thinks.
 * @example await verifyOnPage(page, 'Sign in');
 */
export async function verifyOnPage(page: Page, heading: string | RegExp): Promise<Page> {
  const h1 = page.locator('h1').first();
  await h1.waitFor({ state: 'visible' });
  const text = ((await h1.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  if (typeof heading === 'string') expect(text, `h1 on ${page.url()}`).toBe(heading);
  else expect(text, `h1 on ${page.url()}`).toMatch(heading);
  return page;
}

/**
 * Clicks a button or link and waits until the page it leads to has loaded.
 * @example await submitAndWait(page, page.getByRole('button', { name: 'Save' }));
 */
export async function submitAndWait(page: Page, target: { click: () => Promise<void> }): Promise<void> {
  const loaded = page.waitForEvent('load');
  await target.click();
  await loaded;
}

/**
 * Signs in through the /sign-in form and waits for the page it leads to (the next page, or the form again with errors).
 * @example await signIn(page, server.url, 'clerk@demo.shirehall.test', 'demo-clerk-password');
 */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await submitAndWait(page, page.getByRole('button', { name: 'Sign in' }));
}
