import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { agendaItems, decisions, documents, forwardPlanVersions, meetings, minutes, packs } from '../../db/schema.ts';
import { createForwardPlanEntry, publishForwardPlanVersion, updateForwardPlanEntry } from '../forward-plan/index.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
const MARKER = 'ZEBRA-EXEMPT-7731';
const published = { publication: 'published' as const, publishedAt: new Date('2030-03-05T09:00:00Z'), publishedBy: 'clerk@test.example' };
let quiet: { id: number } | undefined;
let gone: { id: number } | undefined;
let packId: number;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  c = await makeCouncil(db);
  // A meeting whose agenda is still being written: its draft item must reach no feed.
  [quiet] = await db
    .insert(meetings)
    .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-06-01T09:00:00Z'), title: 'Quiet planning session' })
    .returning();
  await db.insert(agendaItems).values({ meetingId: quiet!.id, position: 1, number: '1', title: `Draft item ${MARKER}`, access: 'public' });
  // A meeting created in error and deleted: it appears in no feed.
  [gone] = await db
    .insert(meetings)
    .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-07-01T09:00:00Z'), title: `Deleted ${MARKER}`, deletedAt: new Date() })
    .returning();
  const decision = { bodyId: c.body.id, meetingId: c.meeting.id, makerText: 'Roads and Rivers Committee', decidedOn: '2030-03-04', access: 'public' as const, isKey: false };
  await db.insert(decisions).values([
    { ...decision, title: 'Resurface the ford road', decisionText: 'Approved the resurfacing.', isKey: true, ...published },
    { ...decision, title: `Sale of plot ${MARKER}`, decisionText: `Price ${MARKER}`, access: 'exempt', exemptParagraph: 3, ...published },
    { ...decision, title: `Draft decision ${MARKER}`, decisionText: 'Not yet published.', publication: 'draft' as const },
  ]);
  await db.insert(minutes).values([
    { meetingId: c.meeting.id, version: 1, status: 'approved', approvedAt: new Date('2030-04-01T10:00:00Z'), ...published },
    { meetingId: quiet!.id, version: 1, status: 'draft', ...published },
  ]);
  const [html] = await db
    .insert(documents)
    .values({
      bodyId: c.body.id,
      meetingId: c.meeting.id,
      title: 'Agenda pack',
      kind: 'pack',
      fileName: 'pack.html',
      mimeType: 'text/html',
      byteSize: 1,
      sha256: 'x',
      storageKey: 'k',
      access: 'public',
      ...published,
    })
    .returning();
  const [pack] = await db
    .insert(packs)
    .values({
      meetingId: c.meeting.id,
      version: 1,
      label: 'Agenda pack',
      publishedAt: new Date('2030-02-20T09:00:00Z'),
      publishedBy: 'clerk@test.example',
      htmlDocumentId: html!.id,
    })
    .returning();
  packId = pack!.id;
  // Two published versions of the Forward Plan (the second adds one entry and changes one), and a draft third.
  const clerk = { userId: null, label: 'clerk' };
  const fp = { decision: 'To agree the works', decisionDateQualifier: 'on', decisionMakers: 'Cabinet', contacts: 'Tom Brook', keySpend: '800000' };
  const weir = await createForwardPlanEntry(db, clerk, { ...fp, issue: 'Weir repairs', decisionDate: '2030-05-01' });
  await createForwardPlanEntry(db, clerk, {
    ...fp,
    issue: 'Sale of the boathouse',
    decisionDate: '2030-05-02',
    exemptStatus: 'full',
    exemptMatterParagraph: '3',
    privateDetails: `Offer ${MARKER}`,
  });
  await publishForwardPlanVersion(db, clerk, { note: 'Spring plan' });
  if (!weir.ok) throw new Error('weir');
  await updateForwardPlanEntry(db, clerk, weir.value.id, { ...fp, issue: 'Weir repairs', decisionDate: '2030-06-01' });
  await createForwardPlanEntry(db, clerk, { ...fp, issue: 'Towpath lighting', decisionDate: '2030-05-03' });
  await publishForwardPlanVersion(db, clerk, {});
  await db.insert(forwardPlanVersions).values({ bodyId: c.body.id, number: 3, publishedOn: '2030-01-01', entries: [], access: 'public', publication: 'draft' });
});
afterAll(() => t.close());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' });

type AtomLink = { '@href': string; '@rel'?: string };
type AtomEntry = { id: string; title: string | { '#text': string }; updated: string; link: AtomLink[] };

/** Fetches a feed, checks it is well-formed Atom with every element RFC 4287 requires, and returns its entries. */
async function atom(url: string) {
  const res = await t.app.inject(url);
  expect(res.statusCode, url).toBe(200);
  expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
  const doc = parser.parse(res.body) as {
    feed: { '@xmlns': string; id: string; title: unknown; updated: string; author: { name: string }; link: AtomLink[]; entry?: AtomEntry[] };
  };
  const feed = doc.feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id).toMatch(/^tag:testshire\.shirehall,2026:feed\//);
  expect(feed.title).toBeTruthy();
  expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  expect(feed.author.name).toBe('Testshire District Council');
  expect(feed.link.some((l) => l['@rel'] === 'self' && l['@href'].endsWith(url))).toBe(true);
  const entries = feed.entry ?? [];
  for (const e of entries) {
    expect(e.id).toMatch(/^tag:testshire\.shirehall,2026:/);
    expect(e.title).toBeTruthy();
    expect(e.updated).toMatch(/Z$/);
    expect(e.link[0]!['@href']).toMatch(/^http:\/\/localhost(:\d+)?\//);
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return { body: res.body, entries, titles: entries.map((e) => (typeof e.title === 'string' ? e.title : e.title['#text'])) };
}

describe('Atom feeds', () => {
  it('new meetings: every live meeting with a stable id and a link to its page, a deleted one left out', async () => {
    const { entries, titles } = await atom('/feeds/meetings.atom');
    expect(entries.map((e) => e.id)).toContain(`tag:testshire.shirehall,2026:meeting/${quiet!.id}`);
    expect(entries.find((e) => e.id.endsWith(`meeting/${c.meeting.id}`))!.link[0]!['@href']).toMatch(new RegExp(`/meetings/${c.meeting.id}$`));
    expect(titles.some((x) => x.includes('Quiet planning session'))).toBe(true);
    expect(entries.map((e) => e.id)).not.toContain(`tag:testshire.shirehall,2026:meeting/${gone!.id}`);
    expect((await atom('/feeds/meetings.atom')).entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it('published agendas: the published pack, not the meeting whose agenda is unpublished', async () => {
    const { entries, titles } = await atom('/feeds/agendas.atom');
    expect(entries.map((e) => e.id)).toEqual([`tag:testshire.shirehall,2026:pack/${packId}`]);
    expect(titles[0]).toContain('Agenda pack: Roads and Rivers Committee');
    expect(entries[0]!.updated).toBe('2030-02-20T09:00:00.000Z');
  });

  it('decisions: published public ones only', async () => {
    const { titles } = await atom('/feeds/decisions.atom');
    expect(titles).toEqual(['Key decision: Resurface the ford road']);
  });

  it("a committee's minutes: approved minutes, not draft ones; an unknown committee is 404", async () => {
    const { entries } = await atom('/committees/roads-and-rivers/minutes.atom');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.link[0]!['@href']).toMatch(new RegExp(`/meetings/${c.meeting.id}/minutes$`));
    expect((await t.app.inject('/committees/nope/minutes.atom')).statusCode).toBe(404);
  });

  it('Forward Plan versions: each published version, newest first, with what changed from the one before', async () => {
    const { entries, titles, body } = await atom('/feeds/forward-plan.atom');
    expect(titles.map((x) => x.replace(/published .*$/, ''))).toEqual(['Forward Plan version 2, ', 'Forward Plan version 1, ']);
    expect(entries[0]!.link[0]!['@href']).toMatch(/\/forward-plan\/versions\/2$/);
    expect(entries[1]!.link[0]!['@href']).toMatch(/\/forward-plan\/versions\/1$/);
    expect(body).toContain('3 entries. Since version 1: 1 added, 1 changed, 0 removed.');
    expect(body).toContain('2 entries. The first published version. Spring plan');
    expect(body).not.toContain('version 3');
  });

  it('never carries exempt, draft or deleted information, whoever asks', async () => {
    for (const url of ['/feeds/meetings.atom', '/feeds/agendas.atom', '/feeds/decisions.atom', '/feeds/forward-plan.atom', '/committees/roads-and-rivers/minutes.atom']) {
      const { body } = await atom(url);
      expect(body, url).not.toContain(MARKER);
      expect(body, url).not.toContain('Purchase of riverside land');
      expect(body, url).not.toContain('Secret instruction text');
      expect(body, url).not.toContain('Plot Zeta');
    }
  });

  it('are listed on /feeds and discoverable from the pages they follow', async () => {
    const page = await t.app.inject('/feeds');
    expect(page.statusCode).toBe(200);
    for (const href of ['/feeds/meetings.atom', '/feeds/agendas.atom', '/feeds/decisions.atom', '/feeds/forward-plan.atom', '/committees/roads-and-rivers/minutes.atom'])
      expect(page.body).toContain(`href="${href}"`);
    const alt = (href: string) => `<link rel="alternate" type="application/atom+xml" href="${href}"`;
    expect((await t.app.inject('/meetings')).body).toContain(alt('/feeds/meetings.atom'));
    expect((await t.app.inject('/meetings')).body).toContain(alt('/feeds/agendas.atom'));
    expect((await t.app.inject('/decisions')).body).toContain(alt('/feeds/decisions.atom'));
    expect((await t.app.inject('/forward-plan')).body).toContain(alt('/feeds/forward-plan.atom'));
    expect((await t.app.inject('/committees/roads-and-rivers')).body).toContain(alt('/committees/roads-and-rivers/minutes.atom'));
  });
});
