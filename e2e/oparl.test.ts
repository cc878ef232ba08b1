import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkPage,
  demoUsers,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  startTestServer,
  submitAndWait,
  verifyOnPage,
  type TestServer,
} from './support/index.ts';

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
    // Nothing is wider than a phone: long addresses wrap.
    await checkPage(page, 'oparl-api');

    // The address on the page is the API's entry point.
    const system = await page.request.get(`${server.url}/oparl/v1`);
    expect(system.status()).toBe(200);
    expect(await system.json()).toMatchObject({ type: 'https://schema.oparl.org/1.1/System', body: `${server.url}/oparl/v1/bodies` });
  });

  it('lets a clerk delete a meeting created in error, which OParl then lists as deleted; a legal record stays', async () => {
    const page = await newPage(browser);
    const meetings = (await (await page.request.get(`${server.url}/oparl/v1/bodies/1/meetings?limit=500`)).json()) as { data: { id: string; meetingState: string }[] };
    const idOf = (state: string) =>
      meetings.data
        .find((m) => m.meetingState === state)!
        .id.split('/')
        .pop();
    const scheduled = idOf('scheduled');
    const approved = idOf('minutes-approved');
    const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;
    await signIn(page, server.url, clerk.email, clerk.password);

    await page.goto(`${server.url}/officer/meetings/${scheduled}`);
    await submitAndWait(page, page.getByRole('link', { name: 'Delete this meeting if it was created in error' }));
    await verifyOnPage(page, 'Delete this meeting?');
    await checkPage(page, 'delete-meeting');
    await submitAndWait(page, page.getByRole('button', { name: 'Delete meeting' }));
    expect(new URL(page.url()).pathname).toBe('/officer/meetings');
    expect((await page.request.get(`${server.url}/meetings/${scheduled}`)).status()).toBe(404);
    const gone = (await (await page.request.get(`${server.url}/oparl/v1/meetings/${scheduled}`)).json()) as { deleted?: boolean };
    expect(gone.deleted).toBe(true);

    await page.goto(`${server.url}/officer/meetings/${approved}/delete`);
    await submitAndWait(page, page.getByRole('button', { name: 'Delete meeting' }));
    await verifyOnPage(page, 'Delete this meeting?');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('approved minutes, a legal record');
    await expectNoAxeViolations(page, 'delete a meeting refused');
    await screenshot(page, 'delete-meeting-refused');
    expect((await page.request.get(`${server.url}/meetings/${approved}`)).status()).toBe(200);
  });
});
