import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './accessibility.ts';
import { launchBrowser, newPage } from './browser.ts';

describe('expectNoAxeViolations', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists each violation with its rule, help text and the elements at fault', async () => {
    const page = await newPage(browser);
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Bad page</title></head><body><main><h1>Bad page</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="no-alt"><input id="no-label" type="text"></main></body></html>',
    );
    const error = await expectNoAxeViolations(page, 'bad page').then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/^bad page \(about:blank\) has 2 accessibility violation\(s\):/);
    expect(error?.message).toContain('- image-alt (critical): Images must have alternative text');
    expect(error?.message).toContain('#no-alt');
    expect(error?.message).toContain('- label (critical):');
    expect(error?.message).toContain('#no-label');
  });

  it('passes a page without problems', async () => {
    const page = await newPage(browser);
    await page.setContent('<!doctype html><html lang="en"><head><title>Good page</title></head><body><main><h1>Good page</h1><p>Fine.</p></main></body></html>');
    await expectNoAxeViolations(page, 'good page');
  });
});
