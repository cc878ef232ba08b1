import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, startTestServer, type TestServer } from './support/index.ts';
import { actorFor, pdfOf, storageOf } from './support/arrange.ts';
import { meetings } from '../src/db/schema.ts';
import { packs } from '../src/db/schema.ts';
import { createAgendaItem } from '../src/modules/meetings/index.ts';
import { uploadDocument } from '../src/modules/documents/index.ts';
import { leaksIn, linksIn, readSecrets, withoutSearchEcho, type Secrets } from './support/leak-check.ts';

/** How far the anonymous crawl may go. */
const maxUrls = 1500;
const timeBudgetMs = 300_000;
const concurrency = 4;
/** The API lists every record with links to each; cap it so the HTML pages and downloads get their share of the crawl. */
const maxApiUrls = 600;
/** Calendar pages multiply (months × views × committees); cap them too. */
const maxCalendarUrls = 200;

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

/** Signs in through /sign-in with plain fetch and returns the Cookie header for later requests. */
async function signInCookies(origin: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${origin}/sign-in`);
  const cookies = form.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const response = await fetch(`${origin}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
  });
  expect(response.status).toBe(303);
  return [...cookies, ...response.headers.getSetCookie().map((c) => c.split(';')[0]!)].join('; ');
}

/** Months either side of today the calendar may be crawled (the demo council's meetings lie within ±12). */
const calendarMonths = 13;

/** 'YYYY-MM' for today shifted by `delta` months. */
function monthFromToday(delta: number): string {
  const d = new Date();
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + delta, 1));
  return `${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The next two scheduled meetings more than two weeks ahead whose agendas are not yet published. */
async function upcomingMeetings(server: TestServer) {
  return server.db
    .select()
    .from(meetings)
    .where(and(eq(meetings.status, 'scheduled'), gt(meetings.startAt, new Date(Date.now() + 14 * 86_400_000))))
    .orderBy(asc(meetings.startAt))
    .limit(2);
}

/**
 * Through the clerk's commands: a public and an exempt item with their reports (uploaded with the
 * form's defaults, so the exempt report inherits its item's paragraph) on the next scheduled meeting,
 * and a draft item with a draft paper on the one after, whose agenda stays unpublished. Returns the
 * first meeting's id, to publish.
 */
async function arrangeItems(server: TestServer): Promise<number> {
  const db = server.db;
  const actor = await actorFor(db, clerk.email);
  const storage = storageOf(db);
  const [first, second] = await upcomingMeetings(server);
  const item = async (meetingId: number, fields: Record<string, unknown>) => {
    const r = await createAgendaItem(db, actor, meetingId, fields);
    if (!r.ok) throw new Error(r.errors[0]!.message);
    return r.value.id;
  };
  const paper = async (meetingId: number, agendaItemId: number, title: string, lines: string[]) => {
    const r = await uploadDocument(
      db,
      storage,
      actor,
      { meetingId, agendaItemId, title, kind: 'report' },
      { fileName: `${title.replace(/\W+/g, '-').toLowerCase()}.pdf`, bytes: await pdfOf([lines]) },
    );
    if (!r.ok) throw new Error(r.errors[0]!.message);
  };
  const open = await item(first!.id, { title: 'Riverside car park resurfacing', instruction: 'To consider the report' });
  const secret = await item(first!.id, {
    title: 'Sale of the Quayside warehouse',
    instruction: 'To consider the bids for the Quayside warehouse',
    exempt: 'yes',
    exemptParagraph: 3,
    publicInterestReason: 'Naming the bidders before contracts are exchanged would harm the sale.',
  });
  await paper(first!.id, open, 'Riverside car park: resurfacing report', ['Riverside car park resurfacing', 'Costs and programme of works.']);
  await paper(first!.id, secret, 'Quayside warehouse: bids and valuation', ['Quayside warehouse sale', 'Highest bid received from Marlpit Holdings Ltd: 1,234,567 pounds.']);
  const draft = await item(second!.id, { title: 'Closure of the Westgate depot', instruction: 'To consider closing the Westgate depot and moving its staff' });
  await paper(second!.id, draft, 'Westgate depot: closure options (draft)', ['Westgate depot closure', 'Draft staffing figures, not yet agreed with the unions: 48 posts.']);
  return first!.id;
}

/** A paper added to the meeting after its agenda was published, left as a draft (a late paper the clerk has not published). */
async function addLateDraftPaper(server: TestServer, meetingId: number): Promise<void> {
  const db = server.db;
  const actor = await actorFor(db, clerk.email);
  const r = await uploadDocument(
    db,
    storageOf(db),
    actor,
    { meetingId, title: 'Riverside car park: revised costs (draft)', kind: 'report' },
    { fileName: 'revised-costs.pdf', bytes: await pdfOf([['Revised costs', 'Unagreed revised estimate from the contractor: 654,321 pounds.']]) },
  );
  if (!r.ok) throw new Error(r.errors[0]!.message);
}

/** Publishes the agenda pack of a meeting through the officer form, as the signed-in clerk would. */
async function publishPack(origin: string, cookie: string, meetingId: number): Promise<void> {
  const form = await fetch(`${origin}/officer/meetings/${meetingId}/publish`, { headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const response = await fetch(`${origin}/officer/meetings/${meetingId}/publish`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ _csrf: csrf, issuedBy: 'Monitoring Officer', lateReason: 'Republished for the exempt-information check.' }).toString(),
  });
  expect(response.status, `publishing the pack of meeting ${meetingId}`).toBe(303);
}

/** URLs an anonymous crawl should not follow: officer pages (they redirect to sign-in), sign-out, static assets, and calendars too far from today. */
function skip(url: URL, months: Set<string>): boolean {
  const p = url.pathname;
  if (p.startsWith('/officer') || p === '/sign-out' || p.startsWith('/assets/')) return true;
  if (p === '/meetings' && url.searchParams.has('month') && !months.has(url.searchParams.get('month')!)) return true;
  return false;
}

describe('no anonymous request returns exempt or unpublished information', () => {
  let server: TestServer;
  let found: Secrets;
  let packIds: number[];

  beforeAll(async () => {
    server = await startTestServer();
    // The demo's exempt items are all at past meetings, whose packs cannot be published: give an upcoming meeting
    // an exempt item and publish its pack, so a public pack and a restricted one exist to be crawled and requested;
    // then a late paper left as a draft, and a draft item and paper on a meeting whose agenda is not published.
    const meetingId = await arrangeItems(server);
    await publishPack(server.url, await signInCookies(server.url, clerk.email, clerk.password), meetingId);
    await addLateDraftPaper(server, meetingId);
    packIds = (await server.db.select({ id: packs.id }).from(packs)).map((p) => p.id);
    found = await readSecrets(server.db);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('finds exempt and draft documents, items and records to look for', () => {
    expect(packIds.length).toBeGreaterThan(0);
    expect(found.hiddenDocumentIds.length).toBeGreaterThan(2);
    expect(found.exemptAgendaItemIds.length).toBeGreaterThan(0);
    expect(found.draftAgendaItemIds.length).toBeGreaterThan(0);
    expect(found.secrets.filter((s) => s.bytes).length).toBeGreaterThan(2);
    expect(found.secrets.filter((s) => s.text).length).toBeGreaterThan(found.hiddenDocumentIds.length);
    for (const planted of [
      'highest bid received from marlpit holdings',
      'to consider the bids for the quayside warehouse',
      'unagreed revised estimate',
      'draft staffing figures',
      'closure of the westgate depot',
    ]) {
      expect(
        found.secrets.some((s) => s.text?.includes(planted)),
        planted,
      ).toBe(true);
    }
    console.log(
      `exempt-leaks: ${found.secrets.length} secrets from ${found.hiddenDocumentIds.length} exempt or unpublished documents, ${found.exemptAgendaItemIds.length} exempt items and ${found.draftAgendaItemIds.length} draft items; ` +
        `${found.skipped.length} strings skipped because a public record says the same`,
    );
  });

  it('would notice a leak: a signed-in clerk does get the exempt bytes, PDF text and agenda details', async () => {
    const cookie = await signInCookies(server.url, clerk.email, clerk.password);
    const quayside = found.secrets.find((s) => s.text?.includes('highest bid received from marlpit holdings'))!;
    const documentId = Number(/^document (\d+) /.exec(quayside.source)![1]);
    const download = await fetch(`${server.url}/documents/${documentId}`, { headers: { cookie } });
    expect(download.status).toBe(200);
    const leaked = leaksIn(Buffer.from(await download.arrayBuffer()), download.headers.get('content-type') ?? '', found.secrets);
    expect(leaked).toContain(found.secrets.find((s) => s.bytes && s.source.startsWith(`document ${documentId} `))!.source);
    expect(leaked).toContain(quayside.source);
  });

  it('answers every exempt or unpublished document and draft item exactly as a missing one', async () => {
    const comparable = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      const body = Buffer.from(await response.arrayBuffer());
      expect(leaksIn(body, response.headers.get('content-type') ?? '', found.secrets), path).toEqual([]);
      return { status: response.status, body: body.toString('utf8').replace(/nonce="[^"]*"/g, '') };
    };
    const missing = {
      page: await comparable('/documents/2147483647'),
      api: await comparable('/api/v1/documents/2147483647'),
      item: await comparable('/api/v1/agenda-items/2147483647'),
    };
    expect(missing.page.status).toBe(404);
    for (const id of found.hiddenDocumentIds) {
      expect(await comparable(`/documents/${id}`), `/documents/${id}`).toEqual(missing.page);
      expect(await comparable(`/api/v1/documents/${id}`), `/api/v1/documents/${id}`).toEqual(missing.api);
    }
    for (const id of found.draftAgendaItemIds) expect(await comparable(`/api/v1/agenda-items/${id}`), `/api/v1/agenda-items/${id}`).toEqual(missing.item);
  });

  it(
    `crawls up to ${maxUrls} public URLs (pages, API, feeds, downloads, packs, search, error pages) without returning an exempt or draft title, text or byte`,
    { timeout: timeBudgetMs + 120_000 },
    async () => {
      const origin = server.url;
      const months = new Set(Array.from({ length: calendarMonths * 2 + 1 }, (_, i) => monthFromToday(i - calendarMonths)));
      const searchTerms = new Set<string>(['exempt', 'financial details', 'not for publication']);
      for (const s of found.secrets)
        if (s.text && s.source.includes('title'))
          searchTerms.add(
            s.text
              .replace(/[^\p{L}\p{N} ]+/gu, ' ')
              .split(/\s+/)
              .slice(0, 5)
              .join(' '),
          );
      const seeds = [
        '/',
        '/committees',
        '/people',
        '/forward-plan',
        '/decisions',
        '/action-plans',
        '/work-programme',
        '/outcome-tracker',
        '/accessibility',
        '/meetings.ics',
        '/feeds',
        '/feeds/meetings.atom',
        '/feeds/agendas.atom',
        '/feeds/decisions.atom',
        '/feeds/forward-plan.atom',
        '/decisions.csv',
        '/forward-plan.csv',
        '/forward-plan/earlier.csv',
        '/search',
        ...[-2, -1, 0, 1, 2].flatMap((d) => [`/meetings?view=month&month=${monthFromToday(d)}`, `/meetings?view=list&month=${monthFromToday(d)}`]),
        ...[...searchTerms].map((q) => `/search?q=${encodeURIComponent(q)}`),
        ...['/body', '/organisations', '/people', '/memberships', '/meetings', '/locations', '/openapi.json'].map((p) => `/api/v1${p}`),
        ...[...found.exemptAgendaItemIds, ...found.draftAgendaItemIds].map((id) => `/api/v1/agenda-items/${id}`),
        ...found.hiddenDocumentIds.map((id) => `/documents/${id}`),
        ...packIds.map((id) => `/packs/${id}`),
        // Error pages: a missing page, a malformed id, a missing document and API record.
        '/no-such-page',
        '/meetings/not-a-number',
        '/documents/2147483647',
        '/api/v1/meetings/2147483647',
        '/api/v1/no-such-endpoint',
      ].map((p) => new URL(p, origin).toString());

      const queue = [...new Set(seeds)];
      const seen = new Set(queue);
      let apiQueued = seeds.filter((u) => u.includes('/api/')).length;
      let calendarQueued = seeds.filter((u) => u.includes('/meetings?')).length;
      const leaks: string[] = [];
      const statuses = new Map<number, number>();
      const kinds = new Map<string, number>();
      let fetched = 0;
      const started = Date.now();
      const enqueue = (url: string) => {
        if (seen.has(url) || seen.size >= maxUrls) return;
        const u = new URL(url);
        if (skip(u, months)) return;
        if (u.pathname.startsWith('/api/') && apiQueued++ >= maxApiUrls) return;
        if (u.pathname === '/meetings' && u.search && calendarQueued++ >= maxCalendarUrls) return;
        seen.add(url);
        queue.push(url);
      };

      const visit = async (url: string) => {
        const response = await fetch(url, { redirect: 'manual' });
        const type = response.headers.get('content-type') ?? '';
        const body = Buffer.from(await response.arrayBuffer());
        fetched++;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const kind = new URL(url).pathname.split('/')[1] || 'home';
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        // A search page repeats its query, which the crawl takes from the secrets: only its results are checked.
        const checked = new URL(url).pathname === '/search' ? Buffer.from(withoutSearchEcho(body.toString('utf8'))) : body;
        for (const source of leaksIn(checked, type, found.secrets)) leaks.push(`${url} (${response.status}) contains ${source}`);
        const location = response.headers.get('location');
        if (location) enqueue(new URL(location, url).toString());
        if (!type.includes('pdf')) for (const link of linksIn(body.toString('utf8'), type, origin)) enqueue(link);
      };

      while (queue.length > 0 && Date.now() - started < timeBudgetMs) {
        await Promise.all(queue.splice(0, concurrency).map(visit));
      }

      const byKind = [...kinds]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      const byStatus = [...statuses].map(([s, n]) => `${s}: ${n}`).join(', ');
      console.log(
        `exempt-leaks: fetched ${fetched} URLs in ${Math.round((Date.now() - started) / 1000)}s (${queue.length} left unvisited); by path: ${byKind}; by status: ${byStatus}`,
      );
      expect(leaks).toEqual([]);
      expect(fetched).toBeGreaterThan(300);
      expect(kinds.get('documents') ?? 0, 'document downloads crawled').toBeGreaterThan(20);
      expect(kinds.get('api') ?? 0, 'API responses crawled').toBeGreaterThan(20);
      expect(statuses.get(500) ?? 0, 'server errors').toBe(0);
      const meetingPages = (await server.db.select({ id: meetings.id }).from(meetings)).map((m) => `${origin}/meetings/${m.id}`);
      expect(
        meetingPages.filter((u) => !seen.has(u)),
        'meeting pages not crawled',
      ).toEqual([]);
      expect(
        packIds.map((id) => `${origin}/packs/${id}`).filter((u) => !seen.has(u)),
        'packs not requested',
      ).toEqual([]);
    },
  );
});
