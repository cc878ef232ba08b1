import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';

describe('following the council: feeds and attendance', () => {
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

  it('finds the feeds from the footer and subscribes to decisions', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/`);
    await submitAndWait(page, page.getByRole('link', { name: 'Subscribe to updates' }));
    await verifyOnPage(page, 'Subscribe to updates');
    await expectNoAxeViolations(page, 'feeds page');
    await screenshot(page, 'feeds');
    const href = await page.getByRole('link', { name: /^Subscribe to decisions/ }).getAttribute('href');
    expect(href).toBe('/feeds/decisions.atom');
    const feed = await page.request.get(`${server.url}${href}`);
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(await page.getByRole('link', { name: /minutes of Cabinet/ }).getAttribute('href')).toBe('/committees/cabinet/minutes.atom');
    await page.goto(`${server.url}/decisions`);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/feeds/decisions.atom');
  });

  it("reads a committee's attendance, chooses a period and downloads it", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/committees/cabinet`);
    await submitAndWait(page, page.getByRole('link', { name: 'Attendance of members' }));
    await verifyOnPage(page, 'Cabinet');
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/ to /);
    await expectNoAxeViolations(page, 'committee attendance');

    const fill = async (prefix: string, d: string, m: string, y: string) => {
      const group = page.getByRole('group', { name: prefix });
      await group.getByLabel('Day').fill(d);
      await group.getByLabel('Month').fill(m);
      await group.getByLabel('Year').fill(y);
    };
    await fill('From', '1', '1', '2000');
    await fill('To', '31', '12', '2035');
    await submitAndWait(page, page.getByRole('button', { name: 'Show attendance' }));
    expect(new URL(page.url()).searchParams.get('from-year')).toBe('2000');
    const rows = page.locator('table.govuk-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await screenshot(page, 'committee-attendance');
    const csvHref = await page.getByRole('link', { name: /^Download as CSV/ }).getAttribute('href');
    expect(csvHref).toBe('/committees/cabinet/attendance.csv?from=2000-01-01&to=2035-12-31');
    const csv = await page.request.get(`${server.url}${csvHref}`);
    expect(csv.headers()['content-disposition']).toContain('attachment; filename="attendance-cabinet-2000-01-01-to-2035-12-31.csv"');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('Name,Meetings expected,Attended,Attended (%),Apologies,Apologies (%),Absent,Attended as substitute');
    expect(lines.length - 1).toBe(await rows.count());

    await submitAndWait(page, rows.first().getByRole('link'));
    await submitAndWait(page, page.getByRole('link', { name: 'Attendance at meetings' }));
    expect(new URL(page.url()).pathname).toMatch(/^\/people\/[a-z-]+\/attendance$/);
    await expectNoAxeViolations(page, 'councillor attendance');
    await screenshot(page, 'councillor-attendance');
  });

  it('says what is wrong with a date', async () => {
    const page = await newPage(browser);
    const response = await page.goto(`${server.url}/committees/cabinet/attendance?from-day=30&from-month=2&from-year=2026`);
    expect(response?.status()).toBe(400);
    expect(await page.locator('.govuk-error-summary').getByRole('link', { name: 'The start date must be a real date' }).isVisible()).toBe(true);
    expect(await page.title()).toMatch(/^Error: Attendance: Cabinet/);
    await expectNoAxeViolations(page, 'attendance with an error');
    await screenshot(page, 'attendance-error');
  });
});
