import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';

/** The WCAG levels Shirehall must meet (WCAG 2.2 AA, as the Public Sector Bodies Accessibility Regulations require). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now and throws a readable list of any WCAG A/AA violations.
 * @example await expectNoAxeViolations(page, 'sign-in page');
 */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((v) => {
    const targets = v.nodes.map((n) => `      ${n.target.join(' ')}`).join('\n');
    return `  - ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n    ${v.helpUrl}\n${targets}`;
  });
  throw new Error(`${name} (${page.url()}) has ${results.violations.length} accessibility violation(s):\n${lines.join('\n')}`);
}

/**
 * The check every page gets: axe at desktop width and at 390 px, nothing scrolling sideways on a phone,
 * and a screenshot at each width (`name` and `name-390`); the viewport is put back to 1280 × 900.
 * @example await checkPage(page, 'officer-tracker');
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await screenshot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 390) throw new Error(`${name} (${page.url()}) scrolls sideways at 390 px: ${width} px wide`);
  await expectNoAxeViolations(page, `${name} at 390 px`);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}
