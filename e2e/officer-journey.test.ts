import type { Browser, Page } from 'playwright-core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';
import { MeetingPage, textOf } from './support/public-pages.ts';
import { documents } from '../src/db/schema.ts';
import { runPendingJobs } from '../src/modules/jobs/index.ts';
import { importJobs } from '../src/modules/imports/index.ts';
import { storageOf } from './support/arrange.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;
const viewer = demoUsers.find((u) => u.role === 'viewer')!;

/** Scans the page with axe (WCAG 2.2 AA, zero violations) and saves a screenshot, both under `name`. */
async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await screenshot(page, `officer-${name}`);
}

/** Follows a link inside <main> by its accessible name. */
async function follow(page: Page, name: string | RegExp): Promise<void> {
  await submitAndWait(
    page,
    page
      .locator('main')
      .getByRole('link', { name, exact: typeof name === 'string' })
      .first(),
  );
}

/** The id of the element that has focus. */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

// What the clerk adds: a public item and report, and an exempt item whose details and report must stay private.
const committee = 'Audit and Governance Committee';
const publicItem = { title: 'Grounds maintenance contract: options', instruction: 'To consider the options report' };
const exemptItem = {
  title: 'Purchase of land at Ferry Lane',
  instruction: 'To agree the purchase price offered for Ferry Lane',
  reason: 'The price offered would prejudice the negotiation if published before completion.',
};
const publicDoc = { title: 'Grounds maintenance: options report', text: 'Option B keeps the service in house at the same cost.' };
const exemptDoc = { title: 'Ferry Lane: valuation and offer', text: 'Offer of 987,654 pounds to the Ferry Lane landowner.' };

describe('a clerk scheduling a meeting, building its agenda and publishing papers', () => {
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

  it('walks the officer area: organisations, people and membership forms', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await verifyOnPage(page, 'Officer area');
    await check(page, 'dashboard');

    await follow(page, 'Organisations and committees');
    await verifyOnPage(page, 'Organisations');
    await check(page, 'organisations');
    await follow(page, 'Add an organisation');
    await verifyOnPage(page, 'Add an organisation');
    await check(page, 'organisation-new');
    await page.goBack();
    await follow(page, 'Edit Cabinet');
    await verifyOnPage(page, 'Edit organisation');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Cabinet');
    await check(page, 'organisation-edit');

    await page.goto(`${server.url}/officer`);
    await follow(page, 'People');
    await verifyOnPage(page, 'People');
    await check(page, 'people');
    await follow(page, 'Add a person');
    await verifyOnPage(page, 'Add a person');
    await check(page, 'person-new');
    await page.goBack();
    await follow(page, 'Edit Cllr Ruth Penhallow');
    await verifyOnPage(page, 'Edit person');
    expect(await page.getByLabel('Last name', { exact: true }).inputValue()).toBe('Penhallow');
    await check(page, 'person-edit');
    await page.goBack();
    await follow(page, 'Add a member to a committee');
    await verifyOnPage(page, 'Add a member to a committee');
    await check(page, 'membership-new');
  });

  it('schedules a meeting after fixing errors, adds a public and an exempt item, uploads papers, publishes the agenda, and the public sees only what is public', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await follow(page, 'Meetings');
    await verifyOnPage(page, 'Meetings');
    await check(page, 'meetings');
    await follow(page, 'Schedule a meeting');
    await verifyOnPage(page, 'Schedule a meeting');
    await check(page, 'meeting-new');

    // An invalid form first: no committee, 31 February, a 25 o'clock start.
    const year = new Date().getFullYear() + 1;
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill(String(year));
    await page.getByLabel('Start time').fill('25:00');
    await submitAndWait(page, page.getByRole('button', { name: 'Save meeting' }));
    await verifyOnPage(page, 'Schedule a meeting');
    expect(await page.title()).toMatch(/^Error: /);
    const summary = page.locator('.govuk-error-summary');
    expect(await textOf(summary.locator('h2'))).toBe('There is a problem');
    // govuk-frontend moves focus to the summary so screen readers announce it.
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'));
    const links = summary.locator('.govuk-error-summary__list a');
    const targets = await links.evaluateAll((as) => as.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href')! })));
    expect(targets.map((t) => t.href)).toEqual(['#organisationId', '#date-day', '#startTime']);
    expect(targets.map((t) => t.text)).toEqual(['Select a committee', expect.stringMatching(/date/i), expect.stringMatching(/start time/i)]);
    // Each field carries its message too, and the form keeps what was typed.
    expect(await page.locator('#date-day').inputValue()).toBe('31');
    expect(await page.locator('.govuk-error-message').count()).toBe(3);
    await check(page, 'meeting-new-errors');
    for (const t of targets) {
      await summary.getByRole('link', { name: t.text }).click();
      await page.waitForFunction((id) => document.activeElement?.id === id, t.href.slice(1));
      expect(await focusedId(page), `focus after "${t.text}"`).toBe(t.href.slice(1));
    }

    // Now correctly: about two months ahead, so the agenda is not yet due.
    const when = new Date(Date.now() + 60 * 86_400_000);
    await page.getByLabel('Committee', { exact: true }).selectOption({ label: committee });
    await page.getByLabel('Day').fill(String(when.getDate()));
    await page.getByLabel('Month').fill(String(when.getMonth() + 1));
    await page.getByLabel('Year').fill(String(when.getFullYear()));
    await page.getByLabel('Start time').fill('14:00');
    await page.getByLabel('Venue').selectOption({ label: 'Committee Room 1, County Hall' });
    await submitAndWait(page, page.getByRole('button', { name: 'Save meeting' }));
    const meetingId = Number(/\/officer\/meetings\/(\d+)/.exec(new URL(page.url()).pathname)?.[1]);
    expect(meetingId).toBeGreaterThan(0);
    await verifyOnPage(page, /, 2pm$/);
    expect(await textOf(page.locator('main .govuk-caption-l'))).toBe(committee);
    expect(await page.getByText('There are no items yet.').isVisible()).toBe(true);
    await check(page, 'meeting');

    await follow(page, 'Edit meeting details');
    await verifyOnPage(page, 'Edit meeting');
    expect(await page.getByLabel('Start time').inputValue()).toBe('14:00');
    await check(page, 'meeting-edit');
    await page.goBack();

    // The public item.
    await follow(page, 'Add an agenda item');
    await verifyOnPage(page, 'Add an agenda item');
    await check(page, 'agenda-item-new');
    await page.getByLabel('Title', { exact: true }).fill(publicItem.title);
    await page.getByLabel('Instruction (optional)').fill(publicItem.instruction);
    await submitAndWait(page, page.getByRole('button', { name: 'Save item' }));
    expect(new URL(page.url()).pathname).toBe(`/officer/meetings/${meetingId}`);

    // The exempt item, with its paragraph of Schedule 12A.
    await follow(page, 'Add an agenda item');
    await page.getByLabel('Title', { exact: true }).fill(exemptItem.title);
    await page.getByLabel('Instruction (optional)').fill(exemptItem.instruction);
    await page.getByLabel('Yes, it contains exempt information').check();
    await page.getByLabel('Paragraph of Schedule 12A').selectOption('3');
    await page.getByLabel(/Why the public interest/).fill(exemptItem.reason);
    await check(page, 'agenda-item-new-exempt');
    await submitAndWait(page, page.getByRole('button', { name: 'Save item' }));
    const agendaRows = (await page.locator('main table tbody tr').allTextContents()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(agendaRows.some((r) => r.includes(publicItem.title))).toBe(true);
    expect(agendaRows.some((r) => r.includes(exemptItem.title))).toBe(true);
    await check(page, 'meeting-with-items');

    await follow(page, /^Edit item/);
    await verifyOnPage(page, /\S/);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(publicItem.title);
    await check(page, 'agenda-item-edit');
    await page.goBack();

    // The papers: a report on each item, with the form's default access (the same as its item).
    const upload = async (doc: { title: string; text: string }, item: string, shot?: string) => {
      await follow(page, 'Upload a document');
      await verifyOnPage(page, 'Upload a document');
      if (shot) await check(page, shot);
      await page.getByLabel('Title', { exact: true }).fill(doc.title);
      await page.getByLabel('Agenda item', { exact: true }).selectOption({ label: `${item}` });
      await page.getByLabel('Kind of document').selectOption({ label: 'Report' });
      await page
        .getByLabel('File', { exact: true })
        .setInputFiles({ name: `${doc.title.replace(/\W+/g, '-').toLowerCase()}.txt`, mimeType: 'text/plain', buffer: Buffer.from(doc.text) });
      await submitAndWait(page, page.getByRole('button', { name: 'Upload' }));
      expect(new URL(page.url()).pathname).toBe(`/officer/meetings/${meetingId}`);
    };
    const itemOption = async (title: string) => (await page.locator('#agendaItemId option').allTextContents()).map((t) => t.trim()).find((t) => t.includes(title))!;
    await follow(page, 'Upload a document');
    const publicOption = await itemOption(publicItem.title);
    const exemptOption = await itemOption(exemptItem.title);
    // The list says which items are exempt, so the clerk knows what the default will be.
    // Items are numbered as soon as they are added.
    expect(exemptOption).toBe(`2 ${exemptItem.title} (exempt: paragraph 3)`);
    await page.goBack();
    await upload(publicDoc, publicOption, 'document-new');
    await upload(exemptDoc, exemptOption);
    const documentRow = (title: string) => page.locator('#meeting-documents tbody tr', { hasText: title });
    expect(await textOf(documentRow(publicDoc.title))).toMatch(/Draft\s+Public/);
    expect(await textOf(documentRow(exemptDoc.title))).toMatch(/Draft\s+Exempt: paragraph 3/);
    await check(page, 'meeting-with-documents');

    // Before the agenda is published the public see the meeting, and none of its items or papers.
    const [exemptRow] = await server.db
      .select()
      .from(documents)
      .where(and(eq(documents.meetingId, meetingId), eq(documents.title, exemptDoc.title)));
    expect(exemptRow).toMatchObject({ access: 'exempt', exemptParagraph: 3, publication: 'draft' });
    const resident = await newPage(browser);
    await resident.goto(`${server.url}/meetings/${meetingId}`);
    await MeetingPage.verifyOnPage(resident);
    const unpublished = await resident.content();
    for (const hidden of [publicItem.title, exemptItem.title, publicDoc.title, exemptDoc.title]) expect(unpublished, hidden).not.toContain(hidden);
    expect(await resident.getByText(/The agenda has not been published yet/).isVisible()).toBe(true);
    await expectNoAxeViolations(resident, 'public meeting page before the agenda is published');
    await screenshot(resident, 'officer-public-meeting-before');

    // The clerk publishes the agenda: the items and papers become public, the exempt ones stay exempt.
    await follow(page, 'Publish the agenda');
    await verifyOnPage(page, 'Publish the agenda');
    await check(page, 'publish');
    await submitAndWait(page, page.getByRole('button', { name: 'Publish agenda' }));
    expect(await page.getByText('Agenda pack published', { exact: true }).count()).toBe(1);
    await page.goto(`${server.url}/officer/meetings/${meetingId}`);
    expect(await textOf(documentRow(publicDoc.title))).toMatch(/Published\s+Public/);
    expect(await textOf(documentRow(exemptDoc.title))).toMatch(/Published\s+Exempt: paragraph 3/);
    await check(page, 'meeting-published');

    // Signed out, in a fresh context: the public meeting page.
    await resident.goto(`${server.url}/meetings/${meetingId}`);
    const meeting = await MeetingPage.verifyOnPage(resident);
    expect(await meeting.committee()).toBe(committee);
    expect(await meeting.agendaItem(publicItem.title).count()).toBe(1);
    expect(await meeting.agendaItem(publicItem.title).getByText(publicItem.instruction).count()).toBe(1);
    const exemptLi = meeting.agendaItem(exemptItem.title);
    expect(await exemptLi.count()).toBe(1);
    expect(await textOf(exemptLi.locator('strong'))).toMatch(/^Not for publication: paragraph 3 of Schedule 12A/);
    expect(await exemptLi.locator('a').count()).toBe(0);
    const html = await resident.content();
    for (const secret of [exemptItem.instruction, exemptItem.reason, exemptDoc.title, exemptDoc.text, '987,654']) expect(html, secret).not.toContain(secret);

    const paper = meeting.agendaItem(publicItem.title).getByRole('link', { name: publicDoc.title });
    const download = await resident.request.get(`${server.url}${await paper.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toMatch(/^text\/plain/);
    expect(await download.text()).toBe(publicDoc.text);
    const hidden = await resident.request.get(`${server.url}/documents/${exemptRow!.id}`);
    expect(hidden.status()).toBe(404);
    expect(await hidden.text()).not.toContain(exemptDoc.text);
    await expectNoAxeViolations(resident, 'public meeting page with a new exempt item');
    await screenshot(resident, 'officer-public-meeting-after');
    await resident.context().close();
  });

  it('uploads a document pack on the import page and follows its import to the review page', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/imports`);
    await verifyOnPage(page, 'Imported packs');
    await check(page, 'imports-upload');

    // Nothing chosen: the error summary, and focus on it.
    await submitAndWait(page, page.getByRole('button', { name: 'Upload and import' }));
    await verifyOnPage(page, 'Imported packs');
    expect(await page.locator('.govuk-error-summary').getByRole('link', { name: 'Select a document pack' }).count()).toBe(1);
    await check(page, 'imports-upload-error');

    // A fictional agenda, written for this test.
    const agenda = [
      'Fenwold Borough Council',
      '',
      'Meeting: Harbour Committee',
      'Date: Tuesday 14 October 2025',
      'Time: 6.30 pm',
      'Venue: Committee Room 2, Quay House, Fenwold',
      '',
      'Agenda',
      '',
      '1. Apologies for absence',
      '',
      '2. Slipway resurfacing',
      '',
      'To consider the report of the Harbour Master.',
      '',
    ].join('\n');
    await page.getByLabel('Document packs').setInputFiles({ name: 'harbour-agenda.txt', mimeType: 'text/plain', buffer: Buffer.from(agenda) });
    await submitAndWait(page, page.getByRole('button', { name: 'Upload and import' }));
    await verifyOnPage(page, 'harbour-agenda.txt');
    expect(await page.getByText('The pack is waiting to be imported').isVisible()).toBe(true);
    await check(page, 'import-job-waiting');

    // The job runs; the page (polling with JavaScript) shows it done, with its warnings and a link to review them.
    expect(await runPendingJobs(server.db, importJobs({ db: server.db, storage: storageOf(server.db) }))).toBe(1);
    const review = page.locator('main').getByRole('link', { name: /review/ });
    await review.waitFor({ timeout: 10_000 });
    expect(await page.getByText('Imported', { exact: true }).count()).toBe(1);
    await check(page, 'import-job-done');
    await submitAndWait(page, review);
    await verifyOnPage(page, 'harbour-agenda.txt');
    expect(await page.getByText('Slipway resurfacing').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('refuses a viewer with an accessible 403 page', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, viewer.email, viewer.password);
    const response = await page.goto(`${server.url}/officer/meetings/new`);
    expect(response?.status()).toBe(403);
    await verifyOnPage(page, 'You do not have permission to see this page');
    expect(await page.locator('form[action="/officer/meetings"]').count()).toBe(0);
    await check(page, 'forbidden-viewer');
  });
});
