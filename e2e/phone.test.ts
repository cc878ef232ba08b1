import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { and, asc, eq, gt, isNull, lt, notInArray } from 'drizzle-orm';
import { routeMatrix } from '../src/security/route-matrix.ts';
import {
  forwardPlanEntries,
  highlightReports,
  interestEntries,
  meetings,
  memberships,
  minutes,
  organisations,
  people,
  planActions,
  reportAppendices,
  reports,
  reportSignOffs,
  users,
  workProgrammeItems,
} from '../src/db/schema.ts';
import { addDays, toLondonDate } from '../src/lib/dates.ts';
import { importActor, importPack } from '../src/import/load/load-pack.ts';
import { createAgendaItem, createMeeting } from '../src/modules/meetings/index.ts';
import { addMinute, addResolution, approveMinutes } from '../src/modules/minutes/index.ts';
import { publishDecision, recordDecision } from '../src/modules/decisions/index.ts';
import { PdfUnavailableError, publishAgenda } from '../src/modules/packs/index.ts';
import { uploadDocument } from '../src/modules/documents/index.ts';
import { savePlanActions } from '../src/modules/action-plans/index.ts';
import { queueImports } from '../src/modules/imports/index.ts';
import { demoUsers, expectNoAxeViolations, launchBrowser, screenshot, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';
import { actorFor, pdfOf, storageOf } from './support/arrange.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;
const councillor = demoUsers.find((u) => u.role === 'councillor')!;

/** A councillor's phone: the width the issue was tried at. */
const phone = { width: 390, height: 844 };

/** GET routes that are not pages a person reads: files, feeds, the API, redirects. */
const notPages = [
  /^\/assets\//,
  /^\/api\//,
  /^\/oparl\/v1/,
  /\.ics$/,
  /\.csv$/,
  /\.atom$/,
  /\.pdf$/,
  /^\/healthz$/,
  /^\/sign-out$/,
  /^\/documents\/:id$/,
  /^\/packs\/:id$/,
  /^\/meetings\/:id\/pack$/,
  // Reached only with a councillor's pending request; e2e/scrutiny.test.ts checks it at 390 px.
  /^\/officer\/work-programme-items\/:id\/decision$/,
  // A redirect to the plan's own highlight reports page (an agenda item's link names the plan by id).
  /^\/plans\/by-id\/:id\/highlight-reports\/:quarter$/,
];

/** Every page type: the GET routes of the route × role matrix, as patterns to match a visited path against. */
const pageTypes = Object.keys(routeMatrix)
  .filter((k) => k.startsWith('GET '))
  .map((k) => k.slice(4))
  .filter((path) => !notPages.some((re) => re.test(path)))
  .map((path) => ({ path, re: new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '[^/]+')}$`), params: (path.match(/:/g) ?? []).length }));

/** The page type a path belongs to; a fixed segment wins over a parameter, as in the router. */
function pageTypeOf(path: string): string | undefined {
  return pageTypes.filter((t) => t.re.test(path)).sort((a, b) => a.params - b.params)[0]?.path;
}

type Visit = { type: string; url: string; scrollWidth: number; innerWidth: number; runTogether: string[] };

/**
 * Text run together after a sentence ("…yet.Public questions"): a full stop, question or exclamation mark
 * between a lower-case letter and a capital, in the page's text as a crawler or reader mode reads it (its
 * text nodes joined as they are, so blocks with no white space between them run together too). Web and
 * email addresses and file names are not sentences and are left out.
 */
function runTogetherIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script, style, template, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let text = '';
    while (walker.nextNode()) text += walker.currentNode.nodeValue;
    return [...text.matchAll(/\S*[a-z][.?!][A-Z]\S*/g)]
      .filter((m) => !/:\/\/|@|^www\.|\.(pdf|csv|docx?|xlsx?|html?|txt)$/i.test(m[0]))
      .map((m) => `…${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10).replace(/\s+/g, ' ')}…`);
  });
}

/**
 * Follows the site's own links breadth first from `start`, opening one URL of each page type not seen before,
 * and measures how wide each page lays out at the viewport's width.
 */
async function crawl(page: Page, base: string, start: string[], seen: Map<string, Visit>): Promise<void> {
  const queue = [...start];
  const tried = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    const path = url.split(/[?#]/)[0]!;
    const type = pageTypeOf(path);
    // Downloads (CSV, feeds, calendars, PDFs) are not pages: a browser saves them rather than laying them out.
    if (!type || tried.has(url) || /\.(csv|atom|ics|pdf|json)$/.test(path) || (seen.has(type) && !start.includes(url))) continue;
    tried.add(url);
    const response = await page.goto(`${base}${url}`);
    if (!response?.ok() || !(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    const runTogether = [...(seen.get(type)?.runTogether ?? []), ...(await runTogetherIn(page)).map((t) => `${url}: ${t}`)];
    if (!seen.has(type) || scrollWidth > seen.get(type)!.scrollWidth) seen.set(type, { type, url, scrollWidth, innerWidth, runTogether });
    else seen.get(type)!.runTogether = runTogether;
    const links = await page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of links) if (!tried.has(href)) queue.push(href.split('#')[0]!);
  }
}

describe('every page on a 390 px phone', () => {
  let server: TestServer;
  let browser: Browser;
  const seen = new Map<string, Visit>();
  /** Pages the links of the demo council's first pages do not lead to (records in one state or another), opened directly. */
  const residentStarts: string[] = [];
  const officerStarts: string[] = [];
  let upcomingId: number;
  let myMeetingId: number;
  let notMineId: number;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const db = server.db;
    const actor = await actorFor(db, clerk.email);
    const must = <T>(r: { ok: true; value: T } | { ok: false; errors: { message: string }[] }): T => {
      if (!r.ok) throw new Error(r.errors[0]!.message);
      return r.value;
    };
    // Through the clerk's commands: a Cabinet meeting held yesterday whose agenda was published late, with a paper
    // added afterwards (still to publish) and draft minutes with a resolution.
    const [cabinet] = await db.select().from(organisations).where(eq(organisations.slug, 'cabinet'));
    const today = toLondonDate(new Date());
    const heldId = must(await createMeeting(db, actor, { organisationId: cabinet!.id, date: addDays(today, -1), startTime: '10:00' })).id;
    const itemId = must(await createAgendaItem(db, actor, heldId, { number: '1', title: 'Street lighting renewal', instruction: 'To consider the report' })).id;
    must(
      await createAgendaItem(db, actor, heldId, { number: '2', title: 'Sale of the old depot', instruction: 'To consider the exempt report', exempt: 'yes', exemptParagraph: 3 }),
    );
    const noPdf = async () => {
      throw new PdfUnavailableError('No PDF is needed for this meeting');
    };
    must(
      await uploadDocument(
        db,
        storageOf(db),
        actor,
        { meetingId: heldId, agendaItemId: itemId, title: 'Renewal programme report', kind: 'report' },
        { fileName: 'renewal-programme.pdf', bytes: await pdfOf([['Renewal programme']]) },
      ),
    );
    must(await publishAgenda(db, storageOf(db), noPdf, actor, heldId, { lateReason: 'Called at short notice' }));
    must(
      await uploadDocument(
        db,
        storageOf(db),
        actor,
        { meetingId: heldId, agendaItemId: itemId, title: 'Lighting survey', kind: 'report' },
        { fileName: 'lighting-survey.pdf', bytes: await pdfOf([['Lighting survey']]) },
      ),
    );
    const minute = must(await addMinute(db, actor, heldId, { title: 'Street lighting renewal', agendaItemId: itemId, narrative: 'The Cabinet considered the renewal programme.' }));
    const approve = must(await addResolution(db, actor, minute.id, { text: 'That the renewal programme be approved.' }));
    const delegate = must(await addResolution(db, actor, minute.id, { text: 'That the choice of contractor be delegated.' }));
    const decision = (resolutionId: number, title: string) => ({
      makerKind: 'cabinet',
      makerOrganisationId: cabinet!.id,
      title,
      decisionText: 'Agreed.',
      decidedOn: addDays(today, -1),
      reasons: 'To renew the lighting.',
      meetingId: heldId,
      minuteItemId: minute.id,
      resolutionId,
      access: 'inherit',
    });
    officerStarts.push(`/officer/decisions/${must(await recordDecision(db, actor, decision(approve.id, 'Street lighting renewal programme'))).id}`);
    const published = must(await recordDecision(db, actor, decision(delegate.id, 'Street lighting contractor')));
    await publishDecision(db, actor, published.id);
    officerStarts.push(`/officer/decisions/${published.id}`);
    officerStarts.push(`/officer/meetings/${heldId}`, `/officer/meetings/${heldId}/minutes`);
    // The demo council's own records in the other states.
    // Draft minutes of the demo council, approved at the committee's next meeting.
    const [draft] = await db
      .select({ id: minutes.id, meetingId: minutes.meetingId, organisationId: meetings.organisationId, startAt: meetings.startAt })
      .from(minutes)
      .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .where(and(eq(minutes.status, 'draft'), lt(meetings.startAt, new Date(Date.now() - 3 * 86400_000))))
      .limit(1);
    const [next] = await db
      .select()
      .from(meetings)
      .where(and(eq(meetings.organisationId, draft!.organisationId), gt(meetings.startAt, draft!.startAt)))
      .orderBy(asc(meetings.startAt))
      .limit(1);
    must(await approveMinutes(db, actor, draft!.id, { approvedAtMeetingId: next!.id, approvalNote: 'Approved as a correct record' }));
    officerStarts.push(`/officer/meetings/${draft!.meetingId}/minutes`);
    const [report] = await db.select().from(reports).where(eq(reports.publication, 'published')).orderBy(asc(reports.id)).limit(1);
    if (report) residentStarts.push(`/reports/${report.id}`);
    const [programme] = await db
      .select({ slug: organisations.slug })
      .from(workProgrammeItems)
      .innerJoin(organisations, eq(organisations.id, workProgrammeItems.organisationId))
      .limit(1);
    if (programme) residentStarts.push(`/committees/${programme.slug}/work-programme`);
    const [upcoming] = await db
      .select()
      .from(meetings)
      .where(and(eq(meetings.organisationId, cabinet!.id), gt(meetings.startAt, new Date(Date.now() + 14 * 86400_000))))
      .orderBy(asc(meetings.startAt))
      .limit(1);
    upcomingId = upcoming!.id;
    // A meeting three weeks ahead of a committee the demo councillor sits on, with a public and an exempt paper,
    // and one of a committee they do not sit on, whose exempt paper is not theirs to read.
    const [member] = await db.select({ personId: users.personId }).from(users).where(eq(users.email, councillor.email));
    const theirs = await db
      .select({ organisationId: memberships.organisationId })
      .from(memberships)
      .where(and(eq(memberships.personId, member!.personId!), isNull(memberships.endDate)));
    const [other] = await db
      .select()
      .from(organisations)
      .where(
        notInArray(
          organisations.id,
          theirs.map((m) => m.organisationId),
        ),
      )
      .limit(1);
    const agendaWithPapers = async (organisationId: number, days: number, exemptTitle: string) => {
      const meetingId = must(await createMeeting(db, actor, { organisationId, date: addDays(today, days), startTime: '14:00' })).id;
      const open = must(await createAgendaItem(db, actor, meetingId, { title: 'Library opening hours', instruction: 'To consider the report' })).id;
      const shut = must(
        await createAgendaItem(db, actor, meetingId, { title: 'Purchase of land at Cole Farm', instruction: 'To consider the exempt report', exempt: 'yes', exemptParagraph: 3 }),
      ).id;
      must(
        await uploadDocument(
          db,
          storageOf(db),
          actor,
          { meetingId, agendaItemId: open, title: 'Opening hours report', kind: 'report' },
          { fileName: 'opening-hours.pdf', bytes: await pdfOf([['Opening hours']]) },
        ),
      );
      must(
        await uploadDocument(
          db,
          storageOf(db),
          actor,
          { meetingId, agendaItemId: shut, title: exemptTitle, kind: 'report' },
          { fileName: 'valuation.pdf', bytes: await pdfOf([['Valuation']]) },
        ),
      );
      must(await publishAgenda(db, storageOf(db), noPdf, actor, meetingId, {}));
      return meetingId;
    };
    myMeetingId = await agendaWithPapers(theirs[0]!.organisationId, 21, 'Cole Farm valuation');
    notMineId = await agendaWithPapers(other!.id, 22, 'Mill Road valuation');
    // An imported pack, for the import review and Show source pages.
    const fixture = readFileSync(new URL('../src/import/load/fixtures/wolds-cabinet.txt', import.meta.url));
    const summary = await importPack(db, importActor, fixture, 'wolds-cabinet.txt');
    officerStarts.push(`/officer/imports/${summary.importId}`);
    // An uploaded pack waiting to be imported (no job runner here): its job page, and the list that shows it.
    const upload = Buffer.from('Harbour Committee\n\nDate: Tuesday 14 October 2025\n\nAgenda\n\n1. Apologies for absence\n');
    const [jobId] = must(await queueImports(db, storageOf(db), actor, [{ fileName: 'harbour-agenda.txt', bytes: upload, byteSize: upload.length }], 1024 * 1024)).jobIds;
    officerStarts.push(`/officer/imports/jobs/${jobId}`);

    // The register of interests, reports with their appendices and sign-offs, and the Forward Plan's officer pages.
    const [interest] = await db.select({ id: interestEntries.id }).from(interestEntries).limit(1);
    if (interest) officerStarts.push(`/officer/interests/${interest.id}/edit`);
    const [appendix] = await db
      .select({ id: reportAppendices.id, reportId: reportAppendices.reportId })
      .from(reportAppendices)
      .innerJoin(reports, eq(reports.id, reportAppendices.reportId))
      .where(and(eq(reportAppendices.access, 'public'), eq(reports.publication, 'published')))
      .limit(1);
    if (appendix) {
      residentStarts.push(`/reports/${appendix.reportId}/appendices/${appendix.id}`);
      const [signOff] = await db.select({ id: reportSignOffs.id }).from(reportSignOffs).where(eq(reportSignOffs.reportId, appendix.reportId)).limit(1);
      officerStarts.push(
        `/officer/reports/${appendix.reportId}/appendices/new`,
        `/officer/reports/${appendix.reportId}/appendices/${appendix.id}/edit`,
        `/officer/reports/${appendix.reportId}/override`,
        `/officer/reports/${appendix.reportId}/agenda`,
        `/officer/reports/${appendix.reportId}/publish`,
        ...(signOff ? [`/officer/reports/${appendix.reportId}/sign-offs/${signOff.id}`] : []),
      );
    }
    const [entry] = await db.select({ id: forwardPlanEntries.id }).from(forwardPlanEntries).where(eq(forwardPlanEntries.managed, true)).limit(1);
    officerStarts.push('/officer/forward-plan', '/officer/forward-plan/entries/new', '/officer/notices/new', ...(entry ? [`/officer/forward-plan/entries/${entry.id}/edit`] : []));
    // The risk register: the heat map, a risk with its score history, and the officer screens.
    residentStarts.push('/risks', '/risks/CR0001');
    officerStarts.push('/officer/risks', '/officer/risks/new', '/officer/risks/import');
    // Plans: a programme's officer page with its highlight report, and the report's form.
    const [highlight] = await db.select({ id: highlightReports.id, partId: highlightReports.partId }).from(highlightReports).limit(1);
    if (highlight) officerStarts.push(`/officer/plan-parts/${highlight.partId}`, `/officer/highlight-reports/${highlight.id}/edit`);
    // A person's dashboard: a councillor (a lead member) named as the owner of a published action; a councillor, so the
    // person page the dashboard leads to also leads on to their register of interests.
    const [owner] = await db.select({ slug: people.slug, printedName: people.printedName }).from(people).where(eq(people.kind, 'councillor')).limit(1);
    const [action] = await db.select({ id: planActions.id, owners: planActions.owners }).from(planActions).where(eq(planActions.publication, 'published')).limit(1);
    if (owner && action) {
      const saved = await savePlanActions(db, actor, [{ id: action.id, values: { owners: [...action.owners, owner.printedName] } }]);
      if (!saved.ok) throw new Error(saved.errors[0]!.message);
      residentStarts.push(`/dashboards/people/${owner.slug}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function phonePage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: phone });
    return context.newPage();
  }

  it('lays out every page type without sideways scrolling, signed out, as the clerk and as a councillor', { timeout: 600_000 }, async () => {
    const resident = await phonePage();
    await crawl(resident, server.url, ['/', '/sign-in', '/accessibility', '/search?q=budget', '/forward-plan/earlier', ...residentStarts], seen);
    // The confirmation page follows a submission.
    await resident.goto(`${server.url}/meetings/${upcomingId}/questions/new`);
    await resident.getByLabel('A question').check();
    await resident.getByLabel('Full name').fill('Pat Resident');
    await resident.getByLabel('Email address', { exact: true }).fill('resident@example.com');
    await resident.getByLabel('Your question, statement or petition').fill('When will the footpath on Mill Lane be repaired?');
    await submitAndWait(resident, resident.getByRole('button', { name: 'Send submission' }));
    await crawl(resident, server.url, [new URL(resident.url()).pathname], seen);

    const officer = await phonePage();
    await signIn(officer, server.url, clerk.email, clerk.password);
    await crawl(officer, server.url, ['/officer', ...officerStarts, `/officer/meetings/${upcomingId}/questions`], seen);

    for (const type of ['/forward-plan', '/outcome-tracker', '/action-plans/:slug', '/officer/decisions', '/officer/meetings/:id', '/my-meetings']) {
      const v = seen.get(type);
      if (v) await officer.goto(`${server.url}${v.url}`).then(() => screenshot(officer, `phone${type}`));
    }
    const member = await phonePage();
    await signIn(member, server.url, councillor.email, councillor.password);
    await crawl(member, server.url, ['/my-meetings'], seen);

    const tooWide = [...seen.values()].filter((v) => v.scrollWidth > v.innerWidth);
    for (const v of tooWide) await officer.goto(`${server.url}${v.url}`).then(() => screenshot(officer, `phone-too-wide-${v.type}`));
    expect(tooWide.map((v) => `${v.url} (${v.type}) is ${v.scrollWidth} px wide`)).toEqual([]);
  });

  it('runs no text together after a sentence on any page', () => {
    expect([...seen.values()].flatMap((v) => v.runTogether)).toEqual([]);
  });

  it('reached one page of every page type', () => {
    const visited = new Set(seen.keys());
    expect(pageTypes.map((t) => t.path).filter((p) => !visited.has(p))).toEqual([]);
  });

  it('gives a signed-in councillor their upcoming meetings with the papers they may read, exempt ones marked', async () => {
    const page = await phonePage();
    await signIn(page, server.url, councillor.email, councillor.password);
    // On a phone the service navigation is behind its Menu button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await submitAndWait(page, page.getByRole('link', { name: 'My meetings' }));
    await verifyOnPage(page, 'My meetings');
    const meeting = page.locator('section').filter({ has: page.locator(`a[href="/meetings/${myMeetingId}"]`) });
    expect(await meeting.getByRole('link', { name: 'Opening hours report' }).isVisible()).toBe(true);
    const exempt = meeting.locator('ul li').filter({ has: page.getByRole('link', { name: 'Cole Farm valuation' }) });
    expect(await exempt.textContent()).toMatch(/Exempt.*paragraph 3/i);
    expect(await meeting.textContent()).toContain('2 papers, 1 exempt.');
    // A committee they do not sit on is not theirs, and its exempt paper is nowhere on the page.
    expect(await page.locator(`a[href="/meetings/${notMineId}"]`).count()).toBe(0);
    expect(await page.content()).not.toContain('Mill Road valuation');
    await expectNoAxeViolations(page, 'My meetings');
    await screenshot(page, 'my-meetings-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolations(page, 'My meetings at desktop width');
    await screenshot(page, 'my-meetings-desktop');
  });

  it('offers "My meetings" to councillors only', async () => {
    const viewer = demoUsers.find((u) => u.role === 'viewer')!;
    const page = await phonePage();
    await signIn(page, server.url, viewer.email, viewer.password);
    expect(await page.getByRole('link', { name: 'My meetings' }).count()).toBe(0);
    expect((await page.goto(`${server.url}/my-meetings`))?.status()).toBe(403);
  });
});
