import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { seedDemoIfEmpty } from '../../db/seed/demo.ts';
import { organisations } from '../../db/schema.ts';
import { documents } from '../../db/schema.ts';
import { decisions } from '../../db/schema.ts';
import { minuteItems } from '../../db/schema.ts';
import { reports } from '../../db/schema.ts';
import { agendaItems } from '../../db/schema.ts';
import { searchResults } from './search.repo.ts';
import { publicViewer } from '../visibility/index.ts';
import { snippetHtml } from './search.presenter.ts';

const search = (t: TestApp, query: Record<string, string>) => t.app.inject({ url: `/search?${new URLSearchParams(query).toString()}` });
/** The results list of a page, without the search box and headings that repeat the query. */
const resultsOf = (body: string) => /<ol class="govuk-list app-search-results"[\s\S]*?<\/ol>/.exec(body)?.[0] ?? '';
const tags = (body: string) => [...body.matchAll(/govuk-tag govuk-tag--grey">\s*([^<]+?)\s*</g)].map((m) => m[1]);

describe('site search over a small council', () => {
  let t: TestApp;
  let council: Awaited<ReturnType<typeof makeCouncil>>;

  beforeAll(async () => {
    t = await createTestApp();
    council = await makeCouncil(t.database.db);
    await t.database.db.insert(organisations).values({
      bodyId: council.body.id,
      name: 'Bridges Working Party',
      slug: 'bridges-working-party',
      kind: 'committee',
      purpose: '<script>alert("x")</script> Reviews the condition of bridges & culverts.',
    });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('shows the search form with no results before anything is searched', async () => {
    const res = await search(t, {});
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1 class="govuk-heading-l">Search</h1>');
    expect(res.body).toContain('name="q"');
    expect(res.body).not.toContain('govuk-error-summary');
    expect(res.body).not.toMatch(/\d+ results?|No results/);
  });

  it('asks for a search term when the box is empty', async () => {
    const res = await search(t, { q: '   ' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#q">Enter a search term</a>');
    expect(res.body).toMatch(/<title>Error: Search/);
  });

  it('refuses a search term that is too long, keeping what was typed', async () => {
    const res = await search(t, { q: 'bridge '.repeat(40) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Search term must be 200 characters or fewer');
    expect(res.body).toContain('value="bridge bridge');
  });

  it('finds committees, agenda items and documents with type labels and highlighted public snippets', async () => {
    const res = await search(t, { q: 'bridges' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/committees/roads-and-rivers"');
    expect(res.body).toContain(`href="/meetings/${council.meeting.id}#item-${council.pub.id}"`);
    expect(res.body).toContain(`href="/documents/${council.pubDoc.id}"`);
    expect(new Set(tags(res.body))).toEqual(new Set(['Committee', 'Agenda item', 'Document']));
    expect(res.body).toContain('<strong>bridges</strong>');
    expect(res.body).toMatch(/<title>Search results for “bridges” – /);
  });

  it('escapes stored text in snippets', async () => {
    const res = await search(t, { q: 'culverts' });
    expect(res.body).toContain('Bridges Working Party');
    expect(res.body).not.toContain('<script>alert');
    expect(resultsOf(res.body)).toContain('bridges &amp; <strong>culverts</strong>');
  });

  it('matches an exempt agenda item by its title only and never shows exempt content', async () => {
    const byTitle = await search(t, { q: 'riverside land' });
    expect(byTitle.body).toContain(`#item-${council.exempt.id}"`);
    for (const q of ['riverside land', 'secret instruction', 'Plot Zeta', 'valuation', 'land price', 'commercial negotiations']) {
      const res = await search(t, { q });
      expect(res.statusCode).toBe(200);
      expect(resultsOf(res.body)).not.toMatch(/secret|instruction text|Zeta|land price|Commercial negotiations/i);
      expect(res.body).not.toContain(`/documents/${council.exemptDoc.id}"`);
    }
    expect((await search(t, { q: 'secret instruction' })).body).toContain('No results');
  });

  it('finds people by name despite a typo, and keeps two people with one surname apart', async () => {
    const typo = await search(t, { q: 'Ada Brok' });
    expect(typo.body).toContain('href="/people/ada-brook"');
    const surname = await search(t, { q: 'Brook' });
    expect(surname.body).toContain('href="/people/ada-brook"');
    expect(surname.body).toContain('href="/people/tom-brook"');
  });

  it('treats search syntax as words rather than failing', async () => {
    for (const q of ['"bridge maintenance"', 'bridge -flood', 'or', '&&& !!', "o'brien", '%_\\']) {
      const res = await search(t, { q });
      expect(res.statusCode, q).toBe(200);
    }
  });
});

describe('site search over the demo council', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.database.db, { now: new Date('2026-03-20T12:00:00Z') });
  }, 300_000);

  afterAll(async () => {
    await t?.close();
  });

  it('ranks results of every kind and pages through them twenty at a time', async () => {
    const { counts } = await searchResults(t.database.db, publicViewer, 'transport', { limit: 0, offset: 0 });
    for (const type of ['committee', 'agenda-item', 'document', 'decision', 'forward-plan', 'minute'] as const) expect(counts[type], type).toBeGreaterThan(0);
    const [report] = await t.database.db.select().from(reports).where(eq(reports.access, 'public')).limit(1);
    expect((await searchResults(t.database.db, publicViewer, report!.title, { limit: 0, offset: 0 })).counts.report).toBeGreaterThan(0);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(20);

    const first = await search(t, { q: 'transport' });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain(`${total} results`);
    expect(first.body).toContain('govuk-pagination');
    expect(tags(first.body)).toHaveLength(20);
    const second = await search(t, { q: 'transport', page: '2' });
    expect(second.statusCode).toBe(200);
    expect(second.body).toMatch(/Showing 21 to \d+ of \d+/);
    // A page beyond the end shows the last page.
    const beyond = await search(t, { q: 'transport', page: '999' });
    expect(beyond.body).toMatch(new RegExp(`Showing \\d+ to ${total} of ${total}`));
  });

  it('counts every type from the same statement whatever type and page are asked for, even past the last page', async () => {
    const db = t.database.db;
    const all = await searchResults(db, publicViewer, 'transport', { limit: 20, offset: 0 });
    expect(all.hits).toHaveLength(20);
    const decisions = await searchResults(db, publicViewer, 'transport', { type: 'decision', limit: 20, offset: 0 });
    expect(decisions.counts).toEqual(all.counts);
    expect(decisions.hits.length).toBe(Math.min(20, all.counts.decision));
    expect(new Set(decisions.hits.map((h) => h.type))).toEqual(new Set(['decision']));
    const past = await searchResults(db, publicViewer, 'transport', { limit: 20, offset: 100_000 });
    expect(past.counts).toEqual(all.counts);
    expect(past.hits).toEqual([]);
    const none = await searchResults(db, publicViewer, 'zzyzxquux', { limit: 20, offset: 0 });
    expect(Object.values(none.counts).every((n) => n === 0)).toBe(true);
    expect(none.hits).toEqual([]);
  });

  it('filters by type', async () => {
    const res = await search(t, { q: 'transport', type: 'decision' });
    expect(res.statusCode).toBe(200);
    const labels = tags(res.body);
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['Decision']));
    expect(res.body).toContain('aria-current="page">Decisions (');
    expect(res.body).toMatch(/href="\/decisions\/\d+"/);
  });

  it('finds a councillor from a misspelt name', async () => {
    const res = await search(t, { q: 'Amria Holis' });
    expect(res.body).toContain('href="/people/amira-hollis"');
  });

  it('never returns exempt documents, reports, decisions or minutes, whatever the words', async () => {
    const db = t.database.db;
    const hidden = {
      document: new Set(
        (
          await db
            .select({ id: documents.id })
            .from(documents)
            .where(sql`${documents.access} = 'exempt' or ${documents.publication} <> 'published'`)
        ).map((r) => r.id),
      ),
      report: new Set(
        (
          await db
            .select({ id: reports.id })
            .from(reports)
            .where(sql`${reports.access} = 'exempt' or ${reports.publication} <> 'published'`)
        ).map((r) => r.id),
      ),
      decision: new Set(
        (
          await db
            .select({ id: decisions.id })
            .from(decisions)
            .where(sql`${decisions.access} = 'exempt' or ${decisions.publication} <> 'published'`)
        ).map((r) => r.id),
      ),
      minute: new Set(
        (
          await db
            .select({ id: minuteItems.id })
            .from(minuteItems)
            .where(sql`${minuteItems.publication} <> 'published'`)
        ).map((r) => r.id),
      ),
    };
    // Minutes of exempt items keep their titles public, like the items, and bring no text.
    const exemptMinutes = new Set((await db.select({ id: minuteItems.id }).from(minuteItems).where(eq(minuteItems.access, 'exempt'))).map((r) => r.id));
    expect(hidden.document.size + hidden.decision.size + exemptMinutes.size).toBeGreaterThan(3);
    const exemptItems = await db.select().from(agendaItems).where(eq(agendaItems.access, 'exempt'));
    const words = ['exempt', 'valuation', 'offer', 'heads of terms', 'financial details', 'contract', 'Schedule 12A', 'depot', 'children home', 'legal advice'];
    for (const q of [...words, ...exemptItems.map((i) => i.title)]) {
      const { hits } = await searchResults(db, publicViewer, q, { limit: 10_000, offset: 0 });
      for (const h of hits) {
        if (h.type in hidden) expect(hidden[h.type as keyof typeof hidden].has(h.id), `${q}: ${h.type} ${h.id}`).toBe(false);
        if (h.type === 'agenda-item' && exemptItems.some((i) => i.id === h.id)) expect(h.snippet).toBeNull();
        if (h.type === 'minute' && exemptMinutes.has(h.id)) expect(h.snippet).toBeNull();
      }
    }
  });
});

describe('snippetHtml', () => {
  it('escapes the text, then marks the matched words', () => {
    expect(snippetHtml('a \uE000bridge\uE001 <b>&')).toBe('a <strong>bridge</strong> &lt;b&gt;&amp;');
    expect(snippetHtml('stray \uE000 mark')).toBe('stray  mark');
    expect(snippetHtml(null)).toBeNull();
  });
});
