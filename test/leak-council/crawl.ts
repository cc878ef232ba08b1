import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/connect.ts';
import {
  actionPlans,
  agendaItems,
  bodies,
  decisions,
  documents,
  forwardPlanEntries,
  imports,
  locations,
  meetings,
  memberships,
  organisations,
  packs,
  people,
  provenance,
  reports,
} from '../../src/db/schema.ts';
import { normalise, readableText, withoutSearchEcho } from '../readable-text.ts';
import { pdfText } from '../text-pdf-renderer.ts';
import type { BuiltCouncil, Identity } from './build-council.ts';

/** One identity's session: a cookie header, or none for the public. */
export type Visitor = { identity: Identity; cookie: string | null };

/** What one identity's crawl found wrong. */
export type CrawlReport = {
  fetched: number;
  /** "url (status) shows marker-what" for every marker the identity may not read. */
  leaks: string[];
  /** Markers the identity may read but found nowhere. */
  unseen: string[];
  /** URLs of hidden records that did not answer exactly as a missing one. */
  unlikeMissing: string[];
  /** URLs that failed with a server error. */
  errors: string[];
};

const MISSING = '2147483647';

/** Time spent per route pattern, for tuning the crawl. */
export const timings = new Map<string, number>();
const maxFollowed = 30;

async function ids(db: Db, table: { id: unknown }): Promise<number[]> {
  const rows = (await db.select({ id: (table as typeof meetings).id }).from(table as typeof meetings)) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Every id from 1 to one past the largest, so records a viewer may not see are asked for too. */
async function idRange(db: Db, table: { id: unknown }): Promise<number[]> {
  const all = await ids(db, table);
  const max = Math.max(0, ...all);
  return Array.from({ length: max + 1 }, (_, i) => i + 1);
}

/** The longest search the site accepts (MAX_QUERY_LENGTH). */
const maxQuery = 200;

/**
 * Searches that together ask for every word given: `a or b or c…`, as long as the site accepts, so
 * one request asks the search for up to fourteen markers through the same query path as one word.
 */
export function searchesFor(words: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const w of words) {
    const next = current ? `${current} or ${w}` : w;
    if (next.length > maxQuery) {
      out.push(current);
      current = w;
    } else current = next;
  }
  if (current) out.push(current);
  return out.map((q) => `/search?q=${encodeURIComponent(q)}`);
}

/**
 * The URLs of every channel for the council in the database: pages, calendars and iCal, the API
 * lists and every object, every record's page and download (including ids the visitor may not see),
 * packs, "Show source", search for the markers, error pages and, for a signed-in visitor, the officer
 * pages their role opens.
 */
export async function councilUrls(db: Db, built: BuiltCouncil, visitor: Visitor): Promise<string[]> {
  const orgs = await db.select({ id: organisations.id, slug: organisations.slug }).from(organisations);
  const persons = await db.select({ id: people.id, slug: people.slug }).from(people);
  const plans = await db.select({ slug: actionPlans.slug }).from(actionPlans);
  const meetingIds = await ids(db, meetings);
  const secret = built.markers.filter((m) => !m.visibleTo.has(visitor.identity)).map((m) => m.text);
  const readable = built.markers.filter((m) => m.visibleTo.has(visitor.identity)).map((m) => m.text);
  const records = [
    '/',
    '/decisions',
    '/meetings.ics',
    '/feeds/meetings.atom',
    '/feeds/agendas.atom',
    '/feeds/decisions.atom',
    '/feeds/forward-plan.atom',
    '/forward-plan.csv',
    ...meetingIds.flatMap((id) => [`/meetings/${id}`, `/api/v1/meetings/${id}`]),
    ...(await idRange(db, documents)).flatMap((id) => [`/documents/${id}`, `/api/v1/documents/${id}`]),
    ...(await idRange(db, packs)).map((id) => `/packs/${id}`),
    ...searchesFor(secret),
    ...searchesFor(readable),
  ];
  // The officer pages a viewer, councillor or report author may open (the rest refuse them before reading anything).
  const officer = [
    '/officer',
    '/officer/meetings',
    '/officer/decisions',
    ...meetingIds.flatMap((id) => ['', '/minutes'].map((s) => `/officer/meetings/${id}${s}`)),
    ...(await idRange(db, decisions)).map((id) => `/officer/decisions/${id}`),
    ...(await idRange(db, imports)).map((id) => `/officer/imports/${id}`),
  ];
  // A report author's rights differ from a viewer's only over papers: their own drafts and exempt papers.
  if (visitor.identity === 'author') return [...new Set([...records, ...meetingIds.map((id) => `/officer/meetings/${id}`)])];
  // A councillor's differ over the papers, items, minutes and decisions of their committees' meetings and papers granted to them.
  const entitled = [
    ...records,
    ...officer,
    ...orgs.flatMap((o) => [`/committees/${o.slug}`, `/committees/${o.slug}/meetings.ics`, `/committees/${o.slug}/minutes.atom`]),
    ...(await idRange(db, agendaItems)).map((id) => `/api/v1/agenda-items/${id}`),
    ...(await idRange(db, decisions)).map((id) => `/decisions/${id}`),
    ...(await idRange(db, reports)).map((id) => `/reports/${id}`),
    ...(await idRange(db, forwardPlanEntries)).map((id) => `/forward-plan/${id}`),
    ...(await idRange(db, provenance)).map((id) => `/sources/${id}`),
  ];
  if (visitor.identity === 'member' || visitor.identity === 'other') return [...new Set(entitled)];
  // The public and the viewer: everything.
  const urls = [
    ...entitled,
    '/committees',
    '/meetings',
    '/forward-plan',
    '/action-plans',
    '/work-programme',
    '/outcome-tracker',
    '/people',
    '/accessibility',
    '/search',
    '/no-such-page',
    '/meetings/not-a-number',
    ...built.months.flatMap((m) => [`/meetings?view=month&month=${m}`, `/meetings?view=list&month=${m}`]),
    ...orgs.map((o) => `/committees/${o.slug}/work-programme`),
    ...persons.map((p) => `/people/${p.slug}`),
    ...plans.map((p) => `/action-plans/${p.slug}`),
    ...meetingIds.map((id) => `/meetings/${id}/pack`),
    // The question form lists a meeting's agenda items; it looks the same to everyone.
    ...(visitor.cookie ? [] : meetingIds.map((id) => `/meetings/${id}/questions/new`)),
    '/api/v1/body',
    '/api/v1/organisations',
    '/api/v1/people',
    '/api/v1/memberships',
    '/api/v1/meetings',
    '/api/v1/locations',
    ...orgs.map((o) => `/api/v1/organisations/${o.id}`),
    ...persons.map((p) => `/api/v1/people/${p.id}`),
    ...(await ids(db, memberships)).map((id) => `/api/v1/memberships/${id}`),
    ...(await ids(db, locations)).map((id) => `/api/v1/locations/${id}`),
    // OParl answers everyone as the public: every body list with deleted objects too, and every object by id.
    '/oparl/v1',
    ...(await ids(db, bodies)).flatMap((b) =>
      ['organizations', 'people', 'meetings', 'papers', 'agenda-items', 'consultations', 'files', 'locations', 'legislative-terms', 'memberships'].map(
        (l) => `/oparl/v1/bodies/${b}/${l}?limit=500&modified_since=1970-01-01`,
      ),
    ),
    ...meetingIds.map((id) => `/oparl/v1/meetings/${id}`),
    ...(await idRange(db, agendaItems)).map((id) => `/oparl/v1/agenda-items/${id}`),
    ...(await idRange(db, documents)).flatMap((id) => [`/oparl/v1/files/${id}`, `/oparl/v1/files/${id}/access`]),
    ...(await idRange(db, reports)).flatMap((id) => [`/oparl/v1/papers/${id}`, `/oparl/v1/consultations/${id}`]),
  ];
  if (visitor.cookie) urls.push('/officer/organisations', '/officer/people');
  else return [...new Set(urls.filter((u) => !u.startsWith('/officer')))];
  return [...new Set(urls)];
}

/** The URL with its last numeric path segment replaced by an id that never exists, or null when it has none. */
function missingTwin(url: string): string | null {
  const u = new URL(url, 'http://x');
  const parts = u.pathname.split('/');
  for (let i = parts.length - 1; i >= 0; i--) {
    if (/^\d+$/.test(parts[i]!)) {
      if (parts[i] === MISSING) return null;
      parts[i] = MISSING;
      return parts.join('/') + u.search;
    }
  }
  return null;
}

/** A response body without what differs between any two responses (CSP nonces, CSRF tokens). */
const comparable = (body: string) => body.replace(/nonce="[^"]*"/g, '').replace(/name="_csrf" value="[^"]*"/g, '');

/** Same-origin links worth following from a page: not assets, signing in or out, search variations or calendar months. */
function linksOf(body: string, contentType: string): string[] {
  const found: string[] = [];
  if (contentType.includes('html')) for (const m of body.matchAll(/\shref="([^"#]*)/g)) found.push(m[1]!.replace(/&amp;/g, '&'));
  else if (contentType.includes('json')) for (const m of body.matchAll(/"(\/api\/v1\/[^"\s]*|https?:\/\/localhost[^"\s]*)"/g)) found.push(m[1]!);
  const out: string[] = [];
  for (const raw of found) {
    if (!raw.startsWith('/') || raw.startsWith('//')) continue;
    const u = new URL(raw, 'http://x');
    // Search filters and calendar months are variations of pages already requested.
    if (u.pathname.startsWith('/assets') || u.pathname === '/sign-out' || u.pathname === '/sign-in' || u.pathname === '/search' || u.pathname === '/meetings') continue;
    // Officer pages are listed in full above; links from them lead to forms that refuse all but clerks.
    if (u.pathname.startsWith('/officer')) continue;
    out.push(u.pathname + u.search);
  }
  return out;
}

/**
 * Requests every URL as the visitor (following links found on the way, within a cap) and checks each
 * response: no marker the visitor may not read appears in its text (HTML and JSON decoded, iCalendar
 * unfolded, PDF text read); a search for a marker they may not read finds nothing; a hidden record
 * answers exactly as a missing id does; every marker they may read that must show is found somewhere.
 */
export async function crawl(app: FastifyInstance, visitor: Visitor, urls: string[], built: BuiltCouncil): Promise<CrawlReport> {
  const report: CrawlReport = { fetched: 0, leaks: [], unseen: [], unlikeMissing: [], errors: [] };
  const secrets = built.markers.filter((m) => !m.visibleTo.has(visitor.identity));
  const secretWords = new Set(secrets.map((m) => m.text));
  const readable = built.markers.filter((m) => m.visibleTo.has(visitor.identity));
  const seen = new Set<string>();
  const headers = visitor.cookie ? { cookie: visitor.cookie } : {};
  const missing = new Map<string, { status: number; body: string }>();
  const get = async (url: string) => {
    const t0 = performance.now();
    const res = await app.inject({ method: 'GET', url, headers });
    const key = url
      .replace(/\?.*/, '')
      .replace(/\d+/g, ':id')
      .replace(/\/qx\w+/, '/:marker');
    timings.set(key, (timings.get(key) ?? 0) + performance.now() - t0);
    report.fetched++;
    return { status: res.statusCode, type: String(res.headers['content-type'] ?? ''), body: res.rawPayload };
  };
  const queue = [...urls];
  const queued = new Set(queue);
  let followed = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    const res = await get(url);
    if (res.status >= 500) report.errors.push(`${url} (${res.status})`);
    const raw = res.body.toString('utf8');
    const isSearch = url.startsWith('/search?');
    let text = readableText(isSearch ? withoutSearchEcho(raw) : raw);
    if (res.type.includes('application/pdf')) text += ` ${normalise(pdfText(res.body))}`;
    for (const m of secrets) if (text.includes(m.text)) report.leaks.push(`${url} (${res.status}) shows ${m.what}`);
    for (const m of readable) if (!seen.has(m.text) && text.includes(m.text)) seen.add(m.text);
    if (isSearch) {
      const words = (new URL(url, 'http://x').searchParams.get('q') ?? '').split(' or ');
      if (words.every((w) => secretWords.has(w)) && !/No results/.test(raw))
        report.leaks.push(
          `${url} (${res.status}) finds records by markers only entitled viewers may read: ${words.map((w) => secrets.find((m) => m.text === w)!.what).join('; ')}`,
        );
    }
    if (res.status === 404) {
      const twin = missingTwin(url);
      if (twin) {
        let answer = missing.get(twin);
        if (!answer) {
          const t = await get(twin);
          answer = { status: t.status, body: comparable(t.body.toString('utf8')) };
          missing.set(twin, answer);
        }
        if (answer.status !== 404 || answer.body !== comparable(raw)) report.unlikeMissing.push(url);
      }
    }
    if (followed < maxFollowed && !res.type.includes('pdf')) {
      for (const link of linksOf(raw, res.type)) {
        if (queued.has(link) || followed >= maxFollowed) continue;
        queued.add(link);
        queue.push(link);
        followed++;
      }
    }
  }
  for (const m of readable) if (m.mustShow && !seen.has(m.text)) report.unseen.push(m.what);
  return report;
}
