import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, demoUsers, launchBrowser, newPage, screenshot, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';
import { organisations } from '../src/db/schema.ts';
import { addMonths, toLondonDate } from '../src/lib/dates.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;
const councillor = demoUsers.find((u) => u.role === 'councillor')!;
const manager = demoUsers.find((u) => u.role === 'scrutiny-manager')!;
const slug = 'children-and-families-scrutiny-committee';

/** The shared page check (axe and 390 px), screenshots named after this journey. */
const check = (page: Page, name: string) => checkPage(page, `scrutiny-${name}`);

const click = (page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') => submitAndWait(page, page.locator('main').getByRole(role, { name }).first());

describe('scrutiny: outcome tracker, work programme and recommendations', () => {
  let server: TestServer;
  let browser: Browser;
  let orgId: number;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const [org] = await server.db.select().from(organisations).where(eq(organisations.slug, slug));
    orgId = org!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a scrutiny manager puts an agreed outcome from the minutes on the tracker, records an action and the public sees it', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await click(page, 'Scrutiny work programmes and outcome trackers');
    await verifyOnPage(page, 'Scrutiny');
    await check(page, 'officer-scrutiny');
    await click(page, 'Outcome tracker of Children and Families Scrutiny Committee');
    await verifyOnPage(page, 'Outcome tracker');
    await check(page, 'officer-tracker');

    await click(page, 'Add an agreed outcome');
    await verifyOnPage(page, 'Add an agreed outcome');
    await click(page, 'Add to the tracker', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Select the minute that agreed the outcome');
    await check(page, 'add-outcome-errors');
    const minute = await page.locator('#minuteItemId option').nth(1).getAttribute('value');
    await page.selectOption('#minuteItemId', minute!);
    await page.fill('#outcome', 'Bring the fostering recruitment figures back each quarter');
    await page.fill('#owner', 'Head of Fostering');
    await click(page, 'Add to the tracker', 'button');
    await verifyOnPage(page, 'Outcome tracker');
    await click(page, /^Publish .*/, 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The outcome has been published');

    await page
      .locator('main')
      .getByRole('link', { name: /^Record an action/ })
      .last()
      .click();
    await page.waitForLoadState('load');
    await verifyOnPage(page, 'Record an action');
    await check(page, 'record-action');

    await page.goto(`${server.url}/committees/${slug}/outcome-tracker`);
    await verifyOnPage(page, 'Outcome tracker');
    expect(await page.locator('main').textContent()).toContain('Bring the fostering recruitment figures back each quarter');
    await check(page, 'public-tracker');

    await page.goto(`${server.url}/officer/organisations/${orgId}/outcome-tracker`);
    const trackerLink = page
      .locator('main')
      .getByRole('link', { name: /^Tracker for / })
      .first();
    if (await trackerLink.count()) {
      await submitAndWait(page, trackerLink);
      await verifyOnPage(page, 'Outcome tracker');
      await check(page, 'meeting-tracker');
    }
  });

  it('a councillor requests a work programme item, the scrutiny manager accepts it, and the programme is published', async () => {
    const cllr = await newPage(browser);
    await signIn(cllr, server.url, councillor.email, councillor.password);
    await cllr.goto(`${server.url}/officer/organisations/${orgId}/work-programme`);
    await verifyOnPage(cllr, 'Work programme');
    await click(cllr, 'Request an item');
    await verifyOnPage(cllr, 'Request an item for the work programme');
    await cllr.fill('#item', 'Waiting times for speech and language therapy');
    await cllr.check('input[name="kind"][value="report"]');
    await cllr.fill('#requestReason', 'Parents in my division have waited over a year');
    await click(cllr, 'Send the request', 'button');
    expect(await cllr.locator('.govuk-notification-banner').textContent()).toContain('Your request has been sent');

    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/organisations/${orgId}/work-programme`);
    await check(page, 'officer-work-programme');
    await click(page, 'Accept or decline Waiting times for speech and language therapy');
    await verifyOnPage(page, 'Answer the request');
    await check(page, 'answer-request');
    await page.check('input[name="decision"][value="accept"]');
    await page.fill('#leadOfficer', 'Head of Therapies');
    await click(page, 'Save the answer', 'button');
    await click(page, 'Publish Waiting times for speech and language therapy', 'button');

    await page.goto(`${server.url}/committees/${slug}/work-programme`);
    await verifyOnPage(page, 'Work programme');
    expect(await page.locator('main').textContent()).toContain('Waiting times for speech and language therapy');
    await check(page, 'public-work-programme');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.govuk-template__header').count()).toBe(1);
    expect(await page.locator('header.govuk-template__header').isVisible()).toBe(false);
    expect(await page.locator('.govuk-breadcrumbs').isVisible()).toBe(false);
    await screenshot(page, 'scrutiny-public-work-programme-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('a scrutiny manager records a recommendation and the executive’s response', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/organisations/${orgId}/recommendations`);
    await verifyOnPage(page, 'Recommendations to the executive');
    await click(page, 'Add a recommendation');
    await page.fill('#recommendation', 'Offer every care leaver a personal adviser until 25');
    await page.fill('#madeTo', 'Cabinet');
    await page.fill('#madeOn-day', '2');
    await page.fill('#madeOn-month', '1');
    await page.fill('#madeOn-year', '2020');
    await click(page, 'Add the recommendation', 'button');
    await verifyOnPage(page, 'Recommendations to the executive');
    expect(await page.locator('main').textContent()).toMatch(/\d+ responses? (is|are) overdue/);
    await check(page, 'officer-recommendations');
    await click(page, /^Publish the recommendation/, 'button');
    await click(page, /^Record the response/);
    await verifyOnPage(page, 'Record the executive’s response');
    await check(page, 'respond');
    await page.goto(`${server.url}/recommendations`);
    await verifyOnPage(page, 'Scrutiny recommendations');
    expect(await page.locator('main').textContent()).toContain('Offer every care leaver a personal adviser until 25');
    await check(page, 'public-recommendations');
  });

  it('the scrutiny manager adds an outcome agreed over 3 months ago with no action: the public sees it Incomplete; a CSV round trip records an action', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, manager.email, manager.password);
    const officerTracker = `${server.url}/officer/organisations/${orgId}/outcome-tracker`;
    await page.goto(officerTracker);
    await verifyOnPage(page, 'Outcome tracker');
    await click(page, 'Add an agreed outcome');
    const cutoff = addMonths(toLondonDate(new Date()), -3);
    const options = await page.locator('#minuteItemId option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    const old = options.find((o) => {
      const d = new Date(`${o.text.split(',')[0]} 12:00 UTC`);
      return o.value && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) < cutoff;
    });
    expect(old, 'a minute agreed more than 3 months ago').toBeDefined();
    await page.selectOption('#minuteItemId', old!.value);
    const outcome = 'Publish the short breaks waiting list every month';
    await page.fill('#outcome', outcome);
    await page.fill('#owner', 'Head of Short Breaks');
    await click(page, 'Add to the tracker', 'button');
    await submitAndWait(page, page.locator('tr', { hasText: outcome }).getByRole('button', { name: /^Publish/ }));
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The outcome has been published');

    await page.goto(`${server.url}/committees/${slug}/outcome-tracker`);
    expect(await page.locator('tr', { hasText: outcome }).textContent()).toContain('Incomplete');

    const csv = await (await page.request.get(`${officerTracker}.csv`)).text();
    const line = csv.split('\r\n').find((l) => l.includes(outcome))!;
    expect(line).toMatch(/,Incomplete,,,$/);
    await page.goto(officerTracker);
    await click(page, 'Upload a CSV file to update many outcomes at once');
    await verifyOnPage(page, 'Upload a CSV file of the outcome tracker');
    await check(page, 'import-tracker');
    const upload = async (text: string) => {
      await page.setInputFiles('#file', { name: 'tracker.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
      await click(page, 'Upload and update the tracker', 'button');
    };
    await upload(csv.replace(line, line.replace(/,Incomplete,,,$/, ',Incomplete,Waiting list now published,31/02/2020,')));
    expect(await page.locator('.govuk-error-summary').textContent()).toMatch(/Line \d+: enter the date of the action/);
    await check(page, 'import-tracker-errors');
    await upload(csv.replace(line, line.replace(/,Incomplete,,,$/, `,Incomplete,Waiting list now published,${toLondonDate(new Date())},`)));
    await verifyOnPage(page, 'Outcome tracker');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('1 outcome changed');

    await page.goto(`${server.url}/committees/${slug}/outcome-tracker`);
    const row = await page.locator('tr', { hasText: outcome }).textContent();
    expect(row).toContain('Pending');
    expect(row).not.toContain('Incomplete');
  });
});
