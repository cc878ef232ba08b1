import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './browser.ts';
import { expectNoAxeViolationsWithConditionalReveals } from './known-axe-issues.ts';

const radios = (extra: string) =>
  '<!doctype html><html lang="en"><head><title>Form</title></head><body><main><h1>Form</h1><fieldset><legend>Exempt?</legend>' +
  '<input class="govuk-radios__input" id="exempt" name="exempt" type="radio" value="no"><label for="exempt">No</label>' +
  `<input class="govuk-radios__input" id="exempt-2" name="exempt" type="radio" value="yes" aria-controls="conditional-exempt-2" aria-expanded="false"${extra}><label for="exempt-2">Yes</label>` +
  '<div id="conditional-exempt-2"><label for="p">Paragraph</label><input id="p" type="text"></div></fieldset></main></body></html>';

describe('expectNoAxeViolationsWithConditionalReveals', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets through aria-expanded on a GOV.UK conditional-reveal radio', async () => {
    const page = await newPage(browser);
    await page.setContent(radios(''));
    await expectNoAxeViolationsWithConditionalReveals(page, 'conditional reveal');
  });

  it('still fails any other violation, on the same radio or elsewhere', async () => {
    const page = await newPage(browser);
    await page.setContent(radios(' aria-pressed="true"').replace('<input id="p" type="text">', '<input id="p" type="text"><input id="unlabelled" type="text">'));
    const error = await expectNoAxeViolationsWithConditionalReveals(page, 'bad form').then(() => null, (e: Error) => e);
    expect(error?.message).toContain('- aria-allowed-attr');
    expect(error?.message).toContain('#exempt-2');
    expect(error?.message).toContain('#unlabelled');
  });
});
