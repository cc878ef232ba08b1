import type { Browser, Page } from 'playwright-core';
import { and, asc, eq, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';
import { CalendarPage, CommitteePage, CommitteesPage, HomePage, MeetingPage, PersonPage, textOf } from './support/public-pages.ts';
import { agendaItems, meetings } from '../src/db/schema.ts';
import { organisations } from '../src/db/schema.ts';

/** Scans the page with axe (WCAG 2.2 AA) and saves a screenshot, both under `name`. */
async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await screenshot(page, `public-${name}`);
}

/** A past meeting with an exempt item, and its committee: the resident's journey goes there. */
type ExemptMeeting = { meetingId: number; itemTitle: string; paragraph: number; committeeName: string; committeeSlug: string };

describe('a resident finding committees, meetings, papers and people', () => {
  let server: TestServer;
  let browser: Browser;
  let exempt: ExemptMeeting;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const [row] = await server.db
      .select({
        meetingId: meetings.id,
        itemTitle: agendaItems.title,
        paragraph: agendaItems.exemptParagraph,
        committeeName: organisations.name,
        committeeSlug: organisations.slug,
      })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
      .where(and(eq(agendaItems.access, 'exempt'), eq(agendaItems.publication, 'published'), lt(meetings.startAt, new Date())))
      .orderBy(asc(meetings.startAt))
      .limit(1);
    exempt = { ...row!, paragraph: row!.paragraph! };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('goes from the home page to a committee, its members, an upcoming and a past meeting, and its papers', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/`);
    const home = await HomePage.verifyOnPage(page);
    await check(page, 'home');

    await home.browse('Committees');
    const committees = await CommitteesPage.verifyOnPage(page);
    await check(page, 'committees');

    await committees.open(exempt.committeeName);
    expect(new URL(page.url()).pathname).toBe(`/committees/${exempt.committeeSlug}`);
    const committee = await CommitteePage.verifyOnPage(page, exempt.committeeName);
    const members = await committee.members();
    expect(members.length).toBeGreaterThan(2);
    // Members with a role have it in brackets after their name, e.g. "Cllr Edward Hume (Chairman)"; the chair comes first.
    expect(members[0]).toMatch(/^\S.+ \((.* )?Chair(man)?\)/);
    expect(members.filter((m) => / \(.+\)/.test(m)).length).toBeGreaterThan(1);
    await check(page, 'committee');

    // An upcoming meeting: the first in the committee's list.
    const upcomingHref = await committee.section('Upcoming meetings').locator('a').first().getAttribute('href');
    expect(upcomingHref).toMatch(/^\/meetings\/\d+$/);
    await committee.openMeeting(upcomingHref!);
    const upcoming = await MeetingPage.verifyOnPage(page);
    expect(await upcoming.committee()).toBe(exempt.committeeName);
    expect(await textOf(page.locator('.govuk-summary-list .govuk-tag'))).toMatch(/^(Scheduled|Agenda published|Postponed|Cancelled)$/);
    await check(page, 'meeting-upcoming');
    await page.goBack();

    // The past meeting with the exempt item.
    await CommitteePage.verifyOnPage(page, exempt.committeeName);
    await committee.openMeeting(`/meetings/${exempt.meetingId}`);
    const meeting = await MeetingPage.verifyOnPage(page);
    expect(await meeting.committee()).toBe(exempt.committeeName);

    // Item numbers run 1, 2, 3…; some items have page ranges and papers.
    const numbers = await meeting.agendaItems().locator('.app-agenda-item__number').allTextContents();
    expect(numbers.slice(0, 3).map((n) => n.trim())).toEqual(['1', '2', '3']);
    expect(
      await meeting
        .agendaItems()
        .getByText(/^Pages \d+ - \d+$/)
        .count(),
    ).toBeGreaterThan(1);

    // A paper downloads as a PDF.
    const paper = meeting.agendaItems().locator('a[href^="/documents/"]').first();
    const paperHref = await paper.getAttribute('href');
    const download = await page.request.get(`${server.url}${paperHref}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The exempt item shows its number, title, the Schedule 12A notice and its pages, and nothing more.
    const item = meeting.agendaItem(exempt.itemTitle);
    expect(await item.count()).toBe(1);
    const notice = `Not for publication: paragraph ${exempt.paragraph} of Schedule 12A`;
    expect(await textOf(item.locator('strong'))).toMatch(new RegExp(`^${notice}`));
    expect(await item.locator('a').count()).toBe(0);
    expect(await textOf(item.getByRole('heading'))).toMatch(new RegExp(`^\\d+ `));
    expect(await textOf(item.getByRole('heading'))).toContain(exempt.itemTitle);
    const paragraphs = (await item.locator('p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(paragraphs[0]).toMatch(new RegExp(`^${notice}( to the Local Government Act 1972)?$`));
    expect(
      paragraphs.slice(1).every((p) => /^Pages \d+ - \d+$/.test(p)),
      `nothing after the notice but pages: ${paragraphs.join(' | ')}`,
    ).toBe(true);
    expect(await item.locator('ul, table, dl').count()).toBe(0);
    await check(page, 'meeting-past');

    // The same meeting on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await MeetingPage.verifyOnPage(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await check(page, 'meeting-mobile-390');
  });

  it('uses the calendar: month view, list view, a committee filter, previous and next month', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/`);
    await HomePage.verifyOnPage(page);
    await submitAndWait(page, page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Meetings' }));
    const calendar = await CalendarPage.verifyOnPage(page);
    const thisMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date());
    expect(await calendar.shown()).toBe(thisMonth);
    expect(await page.locator('table.app-calendar').isVisible()).toBe(true);
    await check(page, 'calendar-month');

    await calendar.switchTo('List view');
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
    expect(await page.locator('table.app-calendar').count()).toBe(0);
    await check(page, 'calendar-list');

    await calendar.filterByCommittee('Cabinet');
    expect(new URL(page.url()).searchParams.get('committee')).toBe('cabinet');
    expect(await calendar.shown()).toBe(`${thisMonth}: Cabinet`);
    await calendar.go('Next');
    const next = await calendar.shown();
    expect(next).not.toBe(`${thisMonth}: Cabinet`);
    expect(next).toMatch(/: Cabinet$/);
    for (const link of await calendar.meetingLinks().allTextContents()) expect(link.trim()).toBe('Cabinet');
    await calendar.go('Previous');
    await calendar.go('Previous');
    expect(await calendar.shown()).toMatch(/: Cabinet$/);
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
    await check(page, 'calendar-list-cabinet');

    await calendar.switchTo('Month view');
    expect(new URL(page.url()).searchParams.get('committee')).toBe('cabinet');
    for (const link of await calendar.meetingLinks().allTextContents()) expect(link.trim()).toMatch(/ Cabinet$/);
    await check(page, 'calendar-month-cabinet');
  });

  it('tells the two Penhallows apart: a councillor and an officer with pages of their own', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/`);
    await submitAndWait(page, page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: /Councillors|People/ }));
    await verifyOnPage(page, 'Councillors and officers');
    await check(page, 'people');

    await submitAndWait(page, page.locator('main').getByRole('link', { name: 'Cllr Ruth Penhallow' }));
    expect(new URL(page.url()).pathname).toBe('/people/ruth-penhallow');
    const ruth = await PersonPage.verifyOnPage(page, 'Cllr Ruth Penhallow');
    expect(await ruth.kind()).toBe('Councillor');
    expect(await ruth.detail('Division')).toBeTruthy();
    expect(await ruth.detail('Party')).toBeTruthy();
    expect(await ruth.detail('Job title')).toBeNull();
    const ruthEmail = await ruth.detail('Email');
    await check(page, 'person-councillor');

    await page.goBack();
    await submitAndWait(page, page.locator('main').getByRole('link', { name: 'Daniel Penhallow' }));
    expect(new URL(page.url()).pathname).toBe('/people/daniel-penhallow');
    const daniel = await PersonPage.verifyOnPage(page, 'Daniel Penhallow');
    expect(await daniel.kind()).toBe('Officer');
    expect(await daniel.detail('Job title')).toBeTruthy();
    expect(await daniel.detail('Division')).toBeNull();
    expect(await daniel.detail('Email')).not.toBe(ruthEmail);
    await check(page, 'person-officer');
  });

  it('shows the accessibility statement and a GOV.UK 404 page', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/`);
    await submitAndWait(page, page.getByRole('link', { name: /Accessibility/ }).first());
    await verifyOnPage(page, 'Accessibility statement');
    expect(await page.getByText(/Web Content Accessibility Guidelines version 2\.2 AA/).count()).toBeGreaterThan(0);
    // The council's own contact details from its settings, and an honest account of what is tested.
    expect(await page.getByRole('link', { name: 'democratic.services@wessex-county.example' }).getAttribute('href')).toBe('mailto:democratic.services@wessex-county.example');
    expect(await page.getByText('call 01632 960 140').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'How we tested this website' }).count()).toBe(1);
    await check(page, 'accessibility');

    const response = await page.goto(`${server.url}/committees/no-such-committee`);
    expect(response?.status()).toBe(404);
    await verifyOnPage(page, 'Page not found');
    expect(await page.title()).toMatch(/^Page not found/);
    await check(page, '404');
  });

  it('reads the Forward Plan, a report, decisions, action plans, the work programme and the outcome tracker', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/`);
    const home = await HomePage.verifyOnPage(page);

    await home.browse('Forward Plan of key decisions');
    await verifyOnPage(page, 'Forward Plan of key decisions');
    await check(page, 'forward-plan');
    // Find an entry whose page links to its report.
    const entries = await page.locator('main a[href^="/forward-plan/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    let reportHref: string | null = null;
    for (const href of entries) {
      await page.goto(`${server.url}${href}`);
      reportHref = await page
        .locator('main a[href^="/reports/"]')
        .first()
        .getAttribute('href', { timeout: 1_000 })
        .catch(() => null);
      if (reportHref) break;
    }
    expect(reportHref, 'a Forward Plan entry with a report').toMatch(/^\/reports\/\d+$/);
    await verifyOnPage(page, /\S/);
    await check(page, 'forward-plan-entry');
    await submitAndWait(page, page.locator(`main a[href="${reportHref}"]`));
    await verifyOnPage(page, /\S/);
    expect(await page.getByRole('heading', { name: 'Recommendations', exact: true }).count()).toBe(1);
    await check(page, 'report');

    await page.goto(`${server.url}/`);
    await home.browse('Decisions');
    await verifyOnPage(page, 'Decisions');
    await check(page, 'decisions');
    const decision = page.locator('main a[href^="/decisions/"]').first();
    const decisionTitle = await textOf(decision);
    await submitAndWait(page, decision);
    await verifyOnPage(page, decisionTitle);
    expect(await page.getByText('Decision maker', { exact: true }).count()).toBe(1);
    await check(page, 'decision');

    await page.goto(`${server.url}/`);
    await home.browse('Action plans');
    await verifyOnPage(page, 'Action plans');
    await check(page, 'action-plans');
    const plan = page.locator('main a[href^="/action-plans/"]').first();
    const planTitle = (await textOf(plan)).replace(/ \(\d+ actions?\)$/, '');
    await submitAndWait(page, plan);
    await verifyOnPage(page, planTitle);
    await check(page, 'action-plan');

    await page.goto(`${server.url}/`);
    await home.browse('Scrutiny work programmes');
    await verifyOnPage(page, 'Scrutiny work programme');
    await check(page, 'work-programme');

    await page.goto(`${server.url}/`);
    await home.browse('Scrutiny outcome tracker');
    await verifyOnPage(page, 'Scrutiny outcome tracker');
    await check(page, 'outcome-tracker');
  });

  it('works without JavaScript: the calendar filter and the meeting page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/meetings`);
      const calendar = await CalendarPage.verifyOnPage(page);
      // govuk-frontend marks the body when its JavaScript has run; here it must not have.
      expect(await page.locator('body.govuk-frontend-supported').count()).toBe(0);
      await calendar.filterByCommittee(exempt.committeeName);
      expect(new URL(page.url()).searchParams.get('committee')).toBe(exempt.committeeSlug);
      expect(await calendar.shown()).toMatch(new RegExp(`: ${exempt.committeeName}$`));
      await calendar.switchTo('List view');
      await calendar.go('Previous');
      expect(new URL(page.url()).searchParams.get('committee')).toBe(exempt.committeeSlug);
      await screenshot(page, 'public-calendar-no-js');

      await page.goto(`${server.url}/meetings/${exempt.meetingId}`);
      const meeting = await MeetingPage.verifyOnPage(page);
      expect(await meeting.agendaItems().count()).toBeGreaterThan(3);
      expect(await textOf(meeting.agendaItem(exempt.itemTitle).locator('strong'))).toMatch(/^Not for publication: paragraph \d of Schedule 12A/);
      await submitAndWait(page, page.locator('main').getByRole('link', { name: exempt.committeeName, exact: true }).last());
      await CommitteePage.verifyOnPage(page, exempt.committeeName);
      await screenshot(page, 'public-committee-no-js');
    } finally {
      await context.close();
    }
  });
});
