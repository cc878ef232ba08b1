// The journey that started issue 7: a clerk uploads a report to an exempt item accepting the form's
// defaults. It must be exempt and unpublished, answer as a missing paper to the public and a viewer,
// stay exempt when the agenda is published, and open only for a member of the committee.
import type { Browser, Page } from 'playwright-core';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';
import { actorFor } from './support/arrange.ts';
import { MeetingPage, textOf } from './support/public-pages.ts';
import { demoCouncillorPersonSlug } from '../src/db/seed/demo.ts';
import { addDays, toLondonDate } from '../src/lib/dates.ts';
import { addUser } from '../src/modules/accounts/index.ts';
import { createMeeting } from '../src/modules/meetings/index.ts';
import { createPerson } from '../src/modules/people/index.ts';
import { memberships, people } from '../src/db/schema.ts';
import { organisations } from '../src/db/schema.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;
const viewer = demoUsers.find((u) => u.role === 'viewer')!;
const councillor = demoUsers.find((u) => u.role === 'councillor')!;
const unseated = { email: 'cllr.noseat@demo.shirehall.test', password: 'a councillor on no committee' };

const item = { title: 'Disposal of the Old Bakery site', instruction: 'To consider the bids received for the Old Bakery site' };
const report = { title: 'Old Bakery site: bids received', text: 'Three bids were received. The highest, from Wheatsheaf Estates, is 2,345,678 pounds.' };

/** Scans the page with axe (WCAG 2.2 AA, zero violations) and saves a screenshot, both under `name`. */
async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await screenshot(page, `exempt-paper-${name}`);
}

/** A response body without its per-response CSP nonce, to compare two error pages. */
const comparable = (body: string) => body.replace(/nonce="[^"]*"/g, '');

describe('a report uploaded to an exempt item with the form’s defaults', () => {
  let server: TestServer;
  let browser: Browser;
  let meetingId: number;
  let committee: string;
  let documentId: number;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const db = server.db;
    // A meeting, six weeks ahead, of a committee the demo councillor sits on (with no end to her seat).
    const [seat] = await db
      .select({ organisationId: memberships.organisationId, name: organisations.name })
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(eq(people.slug, demoCouncillorPersonSlug), isNull(memberships.endDate), isNull(memberships.deletedAt)))
      .limit(1);
    committee = seat!.name;
    const actor = await actorFor(db, clerk.email);
    const meeting = await createMeeting(db, actor, { organisationId: seat!.organisationId, date: addDays(toLondonDate(new Date()), 42), startTime: '14:00' });
    if (!meeting.ok) throw new Error(meeting.errors[0]!.message);
    meetingId = meeting.value.id;
    // A councillor who sits on no committee.
    const person = await createPerson(db, actor, { kind: 'councillor', honorific: 'Cllr', givenName: 'Nell', familyName: 'Noseat' });
    if (!person.ok) throw new Error(person.errors[0]!.message);
    const user = await addUser(db, actor, { email: unseated.email, role: 'councillor', displayName: 'Cllr Nell Noseat', password: unseated.password, personId: person.value.id });
    if (!user.ok) throw new Error(user.errors[0]!.message);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** What someone sees of the paper: its download, the meeting page, the home page, the API and search. */
  async function lookAsOutsider(page: Page, who: string) {
    const missing = await page.request.get(`${server.url}/documents/2147483647`);
    const paper = await page.request.get(`${server.url}/documents/${documentId}`);
    expect(paper.status(), `${who}: the paper`).toBe(404);
    expect(comparable(await paper.text()), `${who}: the paper answers as a missing one`).toBe(comparable(await missing.text()));
    const apiMissing = await page.request.get(`${server.url}/api/v1/documents/2147483647`);
    const api = await page.request.get(`${server.url}/api/v1/documents/${documentId}`);
    expect(api.status(), `${who}: the API`).toBe(404);
    expect(await api.text(), `${who}: the API answers as a missing one`).toBe(await apiMissing.text());
    const meetingJson = await (await page.request.get(`${server.url}/api/v1/meetings/${meetingId}`)).text();
    const search = await page.request.get(`${server.url}/search?q=${encodeURIComponent('Old Bakery bids')}`);
    await page.goto(`${server.url}/`);
    const home = await page.content();
    for (const [where, body] of [
      ['the meeting in the API', meetingJson],
      ['search', await search.text()],
      ['the home page', home],
    ] as const) {
      expect(body, `${who}: ${where}`).not.toContain(report.title);
      expect(body, `${who}: ${where}`).not.toContain('2,345,678');
    }
    expect(await page.locator('main').getByRole('link', { name: report.title }).count(), `${who}: recently published papers`).toBe(0);
  }

  it('is exempt and a draft; the public and a viewer get a missing paper and find it nowhere; publishing keeps it exempt; only a committee member opens it', async () => {
    // The clerk adds the exempt item and uploads the report without changing the form's defaults.
    const clerkPage = await newPage(browser);
    await signIn(clerkPage, server.url, clerk.email, clerk.password);
    await clerkPage.goto(`${server.url}/officer/meetings/${meetingId}/items/new`);
    await verifyOnPage(clerkPage, 'Add an agenda item');
    await clerkPage.getByLabel('Title', { exact: true }).fill(item.title);
    await clerkPage.getByLabel('Instruction (optional)').fill(item.instruction);
    await clerkPage.getByLabel('Yes, it contains exempt information').check();
    await clerkPage.getByLabel('Paragraph of Schedule 12A').selectOption('3');
    await submitAndWait(clerkPage, clerkPage.getByRole('button', { name: 'Save item' }));
    await submitAndWait(clerkPage, clerkPage.locator('main').getByRole('link', { name: 'Upload a document' }).first());
    await verifyOnPage(clerkPage, 'Upload a document');
    await clerkPage.getByLabel('Title', { exact: true }).fill(report.title);
    const option = (await clerkPage.locator('#agendaItemId option').allTextContents()).map((t) => t.trim()).find((t) => t.includes(item.title))!;
    expect(option).toContain('exempt: paragraph 3');
    await clerkPage.getByLabel('Agenda item', { exact: true }).selectOption({ label: option });
    await clerkPage.getByLabel('File', { exact: true }).setInputFiles({ name: 'old-bakery-bids.txt', mimeType: 'text/plain', buffer: Buffer.from(report.text) });
    // The default answer follows the item: never "public" under an exempt item.
    expect(await clerkPage.locator('input[name="access"]:checked').getAttribute('value')).toBe('inherit');
    await check(clerkPage, 'upload-form');
    await submitAndWait(clerkPage, clerkPage.getByRole('button', { name: 'Upload' }));
    expect(new URL(clerkPage.url()).pathname).toBe(`/officer/meetings/${meetingId}`);
    const row = clerkPage.locator('#meeting-documents tbody tr', { hasText: report.title });
    expect(await textOf(row)).toMatch(/Draft\s+Exempt: paragraph 3/);
    documentId = Number(/\/documents\/(\d+)/.exec((await row.getByRole('link', { name: report.title, exact: true }).getAttribute('href'))!)![1]);
    await check(clerkPage, 'officer-meeting-draft');

    // The public: a missing paper, and a meeting page with no items before the agenda is published.
    const resident = await newPage(browser);
    await lookAsOutsider(resident, 'the public before publication');
    await resident.goto(`${server.url}/meetings/${meetingId}`);
    await MeetingPage.verifyOnPage(resident);
    expect(await resident.content()).not.toContain(item.title);
    expect(await resident.getByText(/The agenda has not been published yet/).isVisible()).toBe(true);
    await check(resident, 'public-meeting-before');

    // A signed-in viewer sees no more.
    const viewerPage = await newPage(browser);
    await signIn(viewerPage, server.url, viewer.email, viewer.password);
    await lookAsOutsider(viewerPage, 'a viewer before publication');

    // The clerk publishes the agenda: the paper is published and still exempt.
    await clerkPage.goto(`${server.url}/officer/meetings/${meetingId}/publish`);
    await verifyOnPage(clerkPage, 'Publish the agenda');
    await submitAndWait(clerkPage, clerkPage.getByRole('button', { name: 'Publish agenda' }));
    expect(await clerkPage.getByText('Agenda pack published', { exact: true }).count()).toBe(1);
    await clerkPage.goto(`${server.url}/officer/meetings/${meetingId}`);
    expect(await textOf(clerkPage.locator('#meeting-documents tbody tr', { hasText: report.title }))).toMatch(/Published\s+Exempt: paragraph 3/);
    await check(clerkPage, 'officer-meeting-published');

    // The public now see the item's title and paragraph, and still nothing of the paper.
    await lookAsOutsider(resident, 'the public after publication');
    await resident.goto(`${server.url}/meetings/${meetingId}`);
    const meeting = await MeetingPage.verifyOnPage(resident);
    const exemptItem = meeting.agendaItem(item.title);
    expect(await textOf(exemptItem.locator('strong'))).toMatch(/^Not for publication: paragraph 3 of Schedule 12A/);
    expect(await exemptItem.locator('a').count()).toBe(0);
    expect(await resident.content()).not.toContain(item.instruction);
    await check(resident, 'public-meeting-after');
    await lookAsOutsider(viewerPage, 'a viewer after publication');

    // A member of the committee, signed in, reads the item and opens the paper.
    const member = await newPage(browser);
    await signIn(member, server.url, councillor.email, councillor.password);
    await member.goto(`${server.url}/meetings/${meetingId}`);
    const theirs = await MeetingPage.verifyOnPage(member);
    expect(await theirs.committee()).toBe(committee);
    expect(await theirs.agendaItem(item.title).getByText(item.instruction).count()).toBe(1);
    const link = theirs.agendaItem(item.title).getByRole('link', { name: report.title });
    expect(await link.count()).toBe(1);
    await check(member, 'member-meeting');
    const opened = await member.request.get(`${server.url}${await link.getAttribute('href')}`);
    expect(opened.status()).toBe(200);
    expect(await opened.text()).toBe(report.text);

    // A councillor on no committee is an outsider to it.
    const other = await newPage(browser);
    await signIn(other, server.url, unseated.email, unseated.password);
    await lookAsOutsider(other, 'a councillor on no committee');
    await other.goto(`${server.url}/meetings/${meetingId}`);
    expect(await other.content()).not.toContain(item.instruction);
    expect(await other.locator('main').getByRole('link', { name: report.title }).count()).toBe(0);
    await check(other, 'other-councillor-meeting');
  });
});
