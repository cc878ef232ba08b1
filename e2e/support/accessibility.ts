import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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
