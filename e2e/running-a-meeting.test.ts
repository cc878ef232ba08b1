import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, gt, notInArray } from 'drizzle-orm';
import { organisations } from '../src/db/schema.ts';
import { meetings } from '../src/db/schema.ts';
import { addDays, toLondonDate } from '../src/lib/dates.ts';
import { createAgendaItem, createMeeting } from '../src/modules/meetings/index.ts';
import { PdfUnavailableError, publishAgenda } from '../src/modules/packs/index.ts';
import { demoUsers, expectNoAxeViolations, launchBrowser, newPage, screenshot, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';
import { actorFor, storageOf } from './support/arrange.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

describe('running a meeting end to end on the demo council', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let upcomingId: number;
  let lateId: number;
  let heldId: number;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const [cabinet] = await server.db.select().from(organisations).where(eq(organisations.slug, 'cabinet'));
    const now = new Date();
    const [upcoming] = await server.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.organisationId, cabinet!.id), gt(meetings.startAt, new Date(now.getTime() + 14 * 86400_000)), notInArray(meetings.status, ['cancelled', 'postponed'])))
      .orderBy(asc(meetings.startAt))
      .limit(1);
    upcomingId = upcoming!.id;
    // Through the clerk's commands: a Cabinet meeting held two days ago, whose agenda (a standing item and a report)
    // was published late and which has no minutes yet (the demo's past meetings already have theirs).
    const db = server.db;
    const actor = await actorFor(db, clerk.email);
    const today = toLondonDate(now);
    const must = <T>(r: { ok: true; value: T } | { ok: false; errors: { message: string }[] }): T => {
      if (!r.ok) throw new Error(r.errors[0]!.message);
      return r.value;
    };
    heldId = must(await createMeeting(db, actor, { organisationId: cabinet!.id, date: addDays(today, -2), startTime: '10:00', title: 'Special meeting' })).id;
    must(await createAgendaItem(db, actor, heldId, { number: '1', title: 'Declarations of interest' }));
    must(await createAgendaItem(db, actor, heldId, { number: '2', title: 'Highways maintenance capital programme', instruction: 'To consider the report' }));
    const noPdf = async () => {
      throw new PdfUnavailableError('No PDF is needed for this meeting');
    };
    must(await publishAgenda(db, storageOf(db), noPdf, actor, heldId, { lateReason: 'Called at short notice to agree the winter programme' }));
    // An extra Cabinet meeting tomorrow, whose public question deadline (3 clear working days before) has passed.
    lateId = must(await createMeeting(db, actor, { organisationId: cabinet!.id, date: addDays(today, 1), startTime: '18:00', title: 'Extraordinary meeting' })).id;
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function submitQuestion(meetingId: number, name: string, text: string) {
    await page.goto(`${server.url}/meetings/${meetingId}/questions/new`);
    await verifyOnPage(page, 'Ask a question, make a statement or present a petition');
    await page.getByLabel('A question').check();
    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('Email address', { exact: true }).fill('resident@example.com');
    await page.getByLabel('Your question, statement or petition').fill(text);
    // The honeypot is neither visible nor exposed to assistive technology.
    expect(await page.getByRole('textbox', { name: 'Leave this field empty' }).count()).toBe(0);
    await submitAndWait(page, page.getByRole('button', { name: 'Send submission' }));
  }

  it('the public submit a question before the deadline and get a reference', async () => {
    await page.goto(`${server.url}/meetings/${upcomingId}/questions/new`);
    await expectNoAxeViolations(page, 'public question form');
    await screenshot(page, 'meeting-question-form');
    await page.getByRole('button', { name: 'Send submission' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('.govuk-error-summary').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'public question form with errors');

    await submitQuestion(upcomingId, 'Rita Resident', 'When will the potholes on Mill Lane be repaired?');
    await verifyOnPage(page, /Submission received/);
    const reference = (await page.locator('#reference').textContent())!.trim();
    expect(reference).toMatch(/^Q-\d{4}-\d{4}$/);
    await expectNoAxeViolations(page, 'submission received');
    await screenshot(page, 'meeting-question-received');
  });

  it('the public submit after the deadline and are told it is late, with the deadline', async () => {
    await page.goto(`${server.url}/meetings/${lateId}/questions/new`);
    expect(await page.getByText('The deadline was').isVisible()).toBe(true);
    await submitQuestion(lateId, 'Larry Late', 'A question sent too late.');
    await verifyOnPage(page, 'Your submission arrived after the deadline');
    expect(await page.getByText(/after the deadline of .* at 5pm/).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'late submission');
    await screenshot(page, 'meeting-question-late');
  });

  it('the clerk answers and publishes the question', async () => {
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/meetings/${upcomingId}/questions`);
    await verifyOnPage(page, 'Public questions, statements and petitions');
    await expectNoAxeViolations(page, 'clerk question list');
    await submitAndWait(page, page.getByRole('link', { name: /Respond to Q-/ }).first());
    await expectNoAxeViolations(page, 'response form');
    await page.getByLabel('Answered', { exact: true }).check();
    await page.getByLabel('Response (optional until answered)').fill('The repairs are scheduled for next month.');
    await page.getByLabel('Yes, publish it (without contact details)').check();
    await submitAndWait(page, page.getByRole('button', { name: 'Save response' }));
    await page.goto(`${server.url}/meetings/${upcomingId}`);
    expect(await page.getByText('The repairs are scheduled for next month.').isVisible()).toBe(true);
    expect(await page.content()).not.toContain('resident@example.com');
    await expectNoAxeViolations(page, 'public meeting page with published question');
  });

  it('the clerk records attendance and a declaration of interest', async () => {
    await page.goto(`${server.url}/officer/meetings/${heldId}`);
    await submitAndWait(page, page.getByRole('link', { name: 'Attendance, declarations and minutes' }));
    await verifyOnPage(page, 'Attendance, declarations and minutes');
    await expectNoAxeViolations(page, 'minutes overview (not started)');
    await submitAndWait(page, page.getByRole('link', { name: 'Record attendance' }));
    await verifyOnPage(page, 'Record attendance');
    const present = page.locator('input[type=radio][value="present"]');
    const n = await present.count();
    expect(n).toBeGreaterThan(2);
    for (let i = 0; i < n; i++) await present.nth(i).check();
    await page.locator('input[type=radio][value="apologies"]').last().check();
    await expectNoAxeViolations(page, 'attendance form');
    await screenshot(page, 'meeting-attendance');
    await submitAndWait(page, page.getByRole('button', { name: 'Save attendance' }));
    expect(await page.getByText('Your changes have been saved').isVisible()).toBe(true);
    expect(await page.getByText(/Apologies:/).isVisible()).toBe(true);

    await submitAndWait(page, page.getByRole('link', { name: 'Record attendance' }));
    await submitAndWait(page, page.getByRole('link', { name: /someone else who attended/ }));
    await verifyOnPage(page, 'Add someone else who attended');
    await page.getByLabel('Or their name as it should be printed (if they are not listed)').fill('Ms Orla Breckon');
    await page.getByLabel('Someone else in attendance').check();
    await page.getByLabel('Note (optional)').fill('for the resident petitioners');
    await expectNoAxeViolations(page, 'add an attendee form');
    await screenshot(page, 'add-attendee');
    await submitAndWait(page, page.getByRole('button', { name: 'Add to attendance' }));
    expect(await page.getByText('Ms Orla Breckon: Also in attendance (for the resident petitioners)').isVisible()).toBe(true);
    await submitAndWait(page, page.getByRole('link', { name: 'Back to the minutes' }));

    await submitAndWait(page, page.getByRole('link', { name: 'Record a declaration of interest' }));
    await expectNoAxeViolations(page, 'declaration form');
    await page.getByLabel('Member').selectOption({ index: 1 });
    await page.getByLabel('Agenda item').selectOption({ label: '2. Highways maintenance capital programme' });
    await page.getByLabel('Other registrable interest').check();
    await page.getByLabel('Nature of the interest').fill('Is a governor of a school affected by the report');
    await page.getByLabel('What they did (optional)').fill('Stayed and took part; the interest is not prejudicial');
    await submitAndWait(page, page.getByRole('button', { name: 'Save declaration' }));
    expect(await page.getByText('Is a governor of a school affected by the report').isVisible()).toBe(true);
  });

  it('the clerk writes the minutes and they are approved at the next meeting', async () => {
    await submitAndWait(page, page.getByRole('button', { name: 'Start the minutes' }));
    await submitAndWait(page, page.getByRole('link', { name: 'Add a minute' }));
    await verifyOnPage(page, 'Add a minute');
    await expectNoAxeViolations(page, 'minute form');
    await page.getByLabel('Agenda item (optional)').selectOption({ label: '2. Highways maintenance capital programme' });
    await page.getByLabel('Title').fill('Highways maintenance capital programme');
    await page.getByLabel('Presented by (optional)').fill('The Cabinet Member for Highways');
    await page.getByLabel('Minute', { exact: true }).fill('Cabinet considered the report on the programme of road repairs.');
    await page.getByLabel('Alternative options considered (optional)').fill('To defer the programme for a year.');
    await page.getByLabel('Reason for decision (optional)').fill('The roads need repair before winter.');
    await submitAndWait(page, page.getByRole('button', { name: 'Save minute' }));
    await submitAndWait(page, page.getByRole('link', { name: /Add a resolution/ }).first());
    await expectNoAxeViolations(page, 'resolution form');
    await page.getByLabel('Resolution', { exact: true }).fill('That the highways maintenance capital programme be approved.');
    await page.getByLabel('Delegation (optional)').fill('to the Director of Place, in consultation with the Cabinet Member for Highways');
    await submitAndWait(page, page.getByRole('button', { name: 'Save resolution' }));
    await submitAndWait(page, page.getByRole('link', { name: /Add an action/ }).first());
    await expectNoAxeViolations(page, 'action form');
    await page.getByLabel('Action', { exact: true }).fill('Publish the list of schemes');
    await page.getByLabel('Owner (optional)').fill('Director of Place');
    await submitAndWait(page, page.getByRole('button', { name: 'Save action' }));
    await screenshot(page, 'minutes-draft');

    await submitAndWait(page, page.getByRole('link', { name: 'Record approval' }));
    await verifyOnPage(page, 'Record approval of the minutes');
    await expectNoAxeViolations(page, 'approval form');
    await submitAndWait(page, page.getByRole('button', { name: 'Record approval' }));
    await verifyOnPage(page, 'Attendance, declarations and minutes');
    expect(await page.getByText(/Approved at the meeting on/).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Add a minute' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'minutes overview (approved)');
    await screenshot(page, 'minutes-approved');
    await page.goto(`${server.url}/meetings/${heldId}`);
    expect(await page.getByText('That the highways maintenance capital programme be approved.').isVisible()).toBe(true);
    expect(await page.getByText('Also in attendance').first().isVisible()).toBe(true);
    expect(
      await page
        .getByText(/Ms Orla Breckon/)
        .first()
        .isVisible(),
    ).toBe(true);
    await expectNoAxeViolations(page, 'public meeting page with minutes');
  });

  it('the clerk records the decision and its page shows the call-in deadline and effective date', async () => {
    await page.goto(`${server.url}/officer/meetings/${heldId}/minutes`);
    await submitAndWait(page, page.getByRole('link', { name: /Record as a decision.*minute \d+ resolution 1/ }).last());
    await verifyOnPage(page, 'Record a decision');
    await expectNoAxeViolations(page, 'decision form');
    expect(await page.getByLabel('Decision', { exact: true }).inputValue()).toContain('That the highways maintenance capital programme be approved.');
    await page.getByLabel('Yes', { exact: true }).first().check();
    await page.getByLabel('Forward Plan reference (for key decisions)').fill('FP/26/10/01');
    await submitAndWait(page, page.getByRole('button', { name: 'Save draft decision' }));
    await verifyOnPage(page, 'Highways maintenance capital programme');
    await expectNoAxeViolations(page, 'officer decision page (draft)');
    await submitAndWait(page, page.getByRole('button', { name: 'Publish the decision' }));
    expect(await page.getByText('Open for call-in').isVisible()).toBe(true);
    await submitAndWait(page, page.getByRole('link', { name: 'View public page' }));
    await verifyOnPage(page, 'Highways maintenance capital programme');
    const deadline = page.locator('.govuk-summary-list__row', { hasText: 'Call-in deadline' }).locator('dd');
    const effective = page.locator('.govuk-summary-list__row', { hasText: 'Effective from' }).locator('dd');
    expect((await deadline.textContent())!.trim()).toMatch(/\d{1,2} \w+ \d{4} at 11:59pm/);
    expect((await effective.textContent())!.trim()).toMatch(/^\d{1,2} \w+ \d{4}$/);
    await expectNoAxeViolations(page, 'public decision page');
    await screenshot(page, 'decision-public');
    const decisionPath = new URL(page.url()).pathname;
    await page.goto(`${server.url}/decisions?key=yes&q=highways`);
    expect(await page.locator(`a[href="${decisionPath}"]`).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'decisions register');
    await screenshot(page, 'decisions-register');
  });
});
