import { createHash } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../src/db/connect.ts';
import { addDays, daysBetween, fromLondonLocal, isoWeekday, type IsoDate } from '../src/lib/dates.ts';
import { bodies } from '../src/db/schema.ts';
import { documents, storedFiles } from '../src/db/schema.ts';
import { agendaItems, locations, meetings } from '../src/db/schema.ts';
import { organisations, type organisationKinds } from '../src/db/schema.ts';
import { memberships, people } from '../src/db/schema.ts';

/** What to generate; the defaults meet the bench:pages issue (10 years, 5,000+ meetings …). */
export type ArchiveOptions = {
  seed: number;
  /** First day of the archive (London date). */
  start: IsoDate;
  years: number;
  /** Meetings before this day are held and minuted; later ones are scheduled. */
  asOf: IsoDate;
  meetings: number;
  people: number;
};

/** The default archive: 2017–2026, seeded, independent of the clock. */
export const defaultArchiveOptions: ArchiveOptions = {
  seed: 20170101,
  start: '2017-01-01',
  years: 10,
  asOf: '2026-11-01',
  meetings: 5_200,
  people: 320,
};

/** Row counts of the tables the public pages read. */
export type ArchiveCounts = Record<'bodies' | 'organisations' | 'people' | 'memberships' | 'locations' | 'meetings' | 'agendaItems' | 'documents', number>;

/** What a benchmark needs to pick URLs. */
export type Archive = {
  counts: ArchiveCounts;
  organisationSlugs: string[];
  meetingIds: number[];
  /** Months ("YYYY-MM") covered by the archive. */
  months: string[];
};

/** The one placeholder blob every generated document points at. */
export const PLACEHOLDER_KEY = 'bench/placeholder.pdf';
const placeholderBytes = new TextEncoder().encode('%PDF-1.4\n% Shirehall benchmark placeholder: metadata only\n%%EOF\n');
const placeholderSha = createHash('sha256').update(placeholderBytes).digest('hex');

const CHUNK = 1_000;

/** The migrations' full-text indexes on the big tables (src/db/migrations/0000_core.sql, 0006_interests_search.sql), rebuilt after the load. */
const searchIndexes = [
  { name: 'meetings_search_idx', table: 'meetings', on: '"search"' },
  { name: 'agenda_items_search_idx', table: 'agenda_items', on: '"search"' },
  // Built during the load, this one kept all 55,000 rows in its GIN pending list (just under the 4 MB
  // limit that flushes it), which every search then read: 15–20 ms a vacuumed archive does not pay.
  { name: 'agenda_items_title_search_idx', table: 'agenda_items', on: `to_tsvector('english', "title")` },
  { name: 'documents_search_idx', table: 'documents', on: '"search"' },
];

/**
 * A small seeded PRNG (mulberry32), so the same seed gives the same archive.
 * @example const r = prng(1); r.int(1, 6) // a die roll
 */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    /** `n` distinct items, in random order. */
    sample: <T>(list: readonly T[], n: number): T[] => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.min(n, copy.length));
    },
  };
}

type Rng = ReturnType<typeof prng>;
type Kind = (typeof organisationKinds)[number];

// Invented fixtures, written for the benchmark: a fictional district with plausible committees and topics.
const committeePlan: { name: string; kind: Kind; weight: number }[] = [
  { name: 'Full Council', kind: 'full-council', weight: 6 },
  { name: 'Cabinet', kind: 'cabinet', weight: 12 },
  { name: 'Planning Applications Committee', kind: 'committee', weight: 20 },
  { name: 'Strategic Planning Committee', kind: 'committee', weight: 10 },
  { name: 'Licensing Committee', kind: 'committee', weight: 8 },
  { name: 'Licensing Sub-Committee', kind: 'committee', weight: 24 },
  { name: 'Audit and Standards Committee', kind: 'committee', weight: 6 },
  { name: 'Appointments Panel', kind: 'committee', weight: 4 },
  { name: 'Pensions Committee', kind: 'committee', weight: 5 },
  { name: 'Overview and Scrutiny Board', kind: 'scrutiny-committee', weight: 10 },
  { name: 'Place Scrutiny Committee', kind: 'scrutiny-committee', weight: 7 },
  { name: 'People Scrutiny Committee', kind: 'scrutiny-committee', weight: 7 },
  { name: 'Resources Scrutiny Committee', kind: 'scrutiny-committee', weight: 7 },
  { name: 'Health and Wellbeing Board', kind: 'board', weight: 6 },
  { name: 'Corporate Parenting Board', kind: 'board', weight: 6 },
  { name: 'Community Safety Partnership', kind: 'partnership', weight: 4 },
  { name: 'Schools Forum', kind: 'partnership', weight: 5 },
  { name: 'Climate Action Task Group', kind: 'task-and-finish-group', weight: 3 },
  { name: 'Local Plan Working Group', kind: 'task-and-finish-group', weight: 4 },
  { name: 'Harbour Board', kind: 'outside-body', weight: 4 },
  ...['North', 'South', 'East', 'West', 'Central', 'Coastal', 'Valley', 'Uplands'].map((area) => ({
    name: `${area} Area Committee`,
    kind: 'committee' as Kind,
    weight: 8,
  })),
  ...['Housing', 'Transport', 'Economy', 'Environment', 'Finance', 'Leisure'].map((area) => ({
    name: `${area} Advisory Panel`,
    kind: 'committee' as Kind,
    weight: 6,
  })),
];

const givenNames = [
  'Alex',
  'Bethan',
  'Callum',
  'Deepa',
  'Eilidh',
  'Femi',
  'Gareth',
  'Hana',
  'Imran',
  'Jo',
  'Kofi',
  'Lowri',
  'Mairead',
  'Niall',
  'Olu',
  'Priya',
  'Quentin',
  'Rhiannon',
  'Sami',
  'Tegan',
  'Usha',
  'Vikram',
  'Wendy',
  'Xander',
  'Yasmin',
  'Zac',
];
const familyNames = [
  'Abbott',
  'Bramley',
  'Cartwright',
  'Dunmore',
  'Ellery',
  'Fairweather',
  'Gillan',
  'Hartley',
  'Iqbal',
  'Jarvis',
  'Kettle',
  'Lockwood',
  'Marsh',
  'Nightingale',
  'Okafor',
  'Pennington',
  'Quayle',
  'Rowntree',
  'Shah',
  'Thorne',
  'Underwood',
  'Vance',
  'Whitlock',
  'Yardley',
];
const parties = ['Independent', 'Green Party', 'Labour Party', 'Liberal Democrats', 'Conservative Party', 'Residents Association'];
const wards = [
  'Abbey',
  'Bridgefoot',
  'Castle Hill',
  'Dockside',
  'Eastgate',
  'Fenside',
  'Greenway',
  'Harbourside',
  'Kingsmead',
  'Longmoor',
  'Millbrook',
  'Northfield',
  'Old Town',
  'Priory',
  'Riverside',
  'St Anne’s',
  'Westcliff',
  'Woodlands',
];
const jobTitles = [
  'Democratic Services Officer',
  'Senior Planning Officer',
  'Head of Finance',
  'Licensing Manager',
  'Monitoring Officer',
  'Director of Place',
  'Policy Officer',
  'Scrutiny Officer',
  'Housing Needs Manager',
  'Environmental Health Officer',
];
const topics = [
  'Highways maintenance programme',
  'Medium term financial strategy',
  'Council tax base',
  'Local plan review',
  'Air quality action plan',
  'Homelessness prevention strategy',
  'Leisure centre refurbishment',
  'Town centre regeneration',
  'Car parking charges',
  'Waste and recycling contract',
  'Flood risk management',
  'Treasury management report',
  'Risk register',
  'Corporate performance report',
  'Capital programme',
  'Empty homes policy',
  'Tree planting scheme',
  'Cycle network plan',
  'Community grants',
  'Play area improvements',
  'Statement of licensing policy',
  'Taxi and private hire licensing',
  'Street trading policy',
  'Public spaces protection order',
  'Equality objectives',
  'Harbour dredging works',
  'Allotments review',
  'Cemetery capacity',
  'Digital strategy',
  'Procurement strategy',
];
const actions = ['To consider the report of the', 'To receive an update from the', 'To note the report of the', 'To approve the recommendations of the'];
const reportAuthors = ['Director of Place', 'Chief Finance Officer', 'Head of Planning', 'Monitoring Officer', 'Head of Housing', 'Head of Environment'];
const venues = [
  { description: 'Town Hall', room: 'Council Chamber', streetAddress: '1 Market Square, Wyvern', postcode: 'WY1 1AA' },
  { description: 'Town Hall', room: 'Committee Room 1', streetAddress: '1 Market Square, Wyvern', postcode: 'WY1 1AA' },
  { description: 'Civic Offices', room: 'Meeting Room A', streetAddress: 'Harbour Road, Wyvern', postcode: 'WY2 4BD' },
  { description: 'Riverside Community Centre', room: 'Main Hall', streetAddress: 'Mill Lane, Wyvern', postcode: 'WY3 7CE' },
  { description: 'Online meeting', room: null, streetAddress: null, postcode: null },
];

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/’/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');

/** Identity ids rise with VALUES order, so sorting the returned ids maps them back to the input rows. */
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<{ id: number }[]>): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) ids.push(...(await insert(rows.slice(i, i + CHUNK))).map((r) => r.id).sort((a, b) => a - b));
  return ids;
}

/** Splits `total` over `weights` (largest remainder), so the counts add up exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest);
  const missing = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) out[order[k]!.i]! += 1;
  return out;
}

/** Moves a date forward to Monday–Thursday. */
function weekdayOnOrAfter(date: IsoDate): IsoDate {
  let d = date;
  while (isoWeekday(d) > 4) d = addDays(d, 1);
  return d;
}

/**
 * Writes a deterministic synthetic archive into an empty, migrated database in one transaction.
 * Documents are metadata only; every row points at one shared placeholder blob.
 * @example const archive = await generateArchive(database.db); archive.counts.meetings // 5200
 */
export async function generateArchive(db: Db, options: Partial<ArchiveOptions> = {}, onStep: (step: string, rows: number, ms: number) => void = () => {}): Promise<Archive> {
  const o = { ...defaultArchiveOptions, ...options };
  const timed = async <T>(step: string, rows: unknown[], run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await run();
    onStep(step, rows.length, performance.now() - t0);
    return out;
  };
  const rng = prng(o.seed);
  const end = addDays(o.start, Math.round(o.years * 365.25));
  const span = daysBetween(o.start, end);

  const result = await db.transaction(async (trx) => {
    // Building the full-text GIN indexes once after the load is several times faster than row by row.
    for (const i of searchIndexes) await trx.execute(sql.raw(`drop index "${i.name}"`));
    const [body] = await trx
      .insert(bodies)
      .values({ name: 'Wyvern District Council', shortName: 'Wyvern', slug: 'wyvern', website: 'https://wyvern.example', email: 'democracy@wyvern.example' })
      .returning({ id: bodies.id });
    const bodyId = body!.id;

    const orgIds = await insertChunked(
      committeePlan.map((c) => ({ bodyId, name: c.name, slug: slugify(c.name), kind: c.kind, purpose: `The ${c.name} of Wyvern District Council.`, startDate: o.start })),
      (rows) => trx.insert(organisations).values(rows).returning({ id: organisations.id }),
    );

    const locationIds = await insertChunked(
      venues.map((v) => ({ bodyId, ...v })),
      (rows) => trx.insert(locations).values(rows).returning({ id: locations.id }),
    );

    const peopleRows = buildPeople(rng, bodyId, o.people);
    const personIds = await insertChunked(peopleRows, (rows) => trx.insert(people).values(rows).returning({ id: people.id }));
    const councillorIds = personIds.filter((_, i) => peopleRows[i]!.kind === 'councillor');
    const officerIds = personIds.filter((_, i) => peopleRows[i]!.kind === 'officer');
    const coOptedIds = personIds.filter((_, i) => peopleRows[i]!.kind === 'co-opted');
    await insertChunked(buildMemberships(rng, orgIds, councillorIds, coOptedIds, o.start), (rows) => trx.insert(memberships).values(rows).returning({ id: memberships.id }));

    const meetingRows = buildMeetings(rng, { bodyId, orgIds, locationIds, officerIds, start: o.start, span, asOf: o.asOf, total: o.meetings });
    const meetingIds = await timed('meetings', meetingRows, () => insertChunked(meetingRows, (rows) => trx.insert(meetings).values(rows).returning({ id: meetings.id })));

    const { items, itemMeeting } = buildAgendaItems(rng, meetingRows, meetingIds);
    const itemIds = await timed('agenda items', items, () => insertChunked(items, (rows) => trx.insert(agendaItems).values(rows).returning({ id: agendaItems.id })));

    await trx.insert(storedFiles).values({ key: PLACEHOLDER_KEY, bytes: placeholderBytes });
    const docs = buildDocuments(rng, bodyId, meetingRows, meetingIds, items, itemIds, itemMeeting, o.asOf);
    await timed('documents', docs, () => insertChunked(docs, (rows) => trx.insert(documents).values(rows).returning({ id: documents.id })));

    await timed('search indexes', searchIndexes, async () => {
      for (const i of searchIndexes) await trx.execute(sql.raw(`create index "${i.name}" on "${i.table}" using gin (${i.on})`));
    });
    return { organisationSlugs: committeePlan.map((c) => slugify(c.name)), meetingIds };
  });

  // PostgreSQL's autovacuum would gather statistics after a bulk load; PGlite has none, so do it here.
  await timed('analyze', [], () => db.execute(sql`analyze`));

  const months: string[] = [];
  for (let d = o.start.slice(0, 7); d < end.slice(0, 7);) {
    months.push(d);
    const [y, m] = d.split('-').map(Number) as [number, number];
    d = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return { ...result, counts: await countRows(db), months };
}

/** Counts the rows of the tables the public pages read. */
export async function countRows(db: Db | Tx): Promise<ArchiveCounts> {
  const n = async (table: PgTable) => Number((await db.select({ n: count() }).from(table))[0]!.n);
  return {
    bodies: await n(bodies),
    organisations: await n(organisations),
    people: await n(people),
    memberships: await n(memberships),
    locations: await n(locations),
    meetings: await n(meetings),
    agendaItems: await n(agendaItems),
    documents: await n(documents),
  };
}

function buildPeople(rng: Rng, bodyId: number, total: number) {
  const seen = new Map<string, number>();
  return Array.from({ length: total }, (_, i) => {
    const kind = i % 16 === 15 ? ('co-opted' as const) : i % 16 >= 10 ? ('officer' as const) : ('councillor' as const);
    const givenName = rng.pick(givenNames);
    const familyName = rng.pick(familyNames);
    const base = slugify(`${givenName} ${familyName}`);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const councillor = kind === 'councillor';
    return {
      bodyId,
      slug: n === 1 ? base : `${base}-${n}`,
      kind,
      printedName: councillor ? `Councillor ${givenName} ${familyName}` : `${givenName} ${familyName}`,
      honorific: councillor ? 'Councillor' : null,
      givenName,
      familyName,
      jobTitle: kind === 'officer' ? rng.pick(jobTitles) : null,
      email: `${base}${n === 1 ? '' : n}@wyvern.example`,
      phone: kind === 'officer' ? `01632 ${String(rng.int(100000, 999999))}` : null,
      division: councillor ? rng.pick(wards) : null,
      party: councillor ? rng.pick(parties) : null,
    };
  });
}

function buildMemberships(rng: Rng, orgIds: number[], councillorIds: number[], coOptedIds: number[], start: IsoDate) {
  const rows: (typeof memberships.$inferInsert)[] = [];
  for (const organisationId of orgIds) {
    const current = rng.sample(councillorIds, rng.int(7, 15));
    current.forEach((personId, i) =>
      rows.push({ organisationId, personId, role: i === 0 ? 'chair' : i === 1 ? 'vice-chair' : 'member', startDate: addDays(start, rng.int(0, 2500)) }),
    );
    // Former members keep the page honest: they are in the table but filtered out by end date.
    for (const personId of rng.sample(councillorIds, rng.int(3, 8))) {
      rows.push({ organisationId, personId, role: 'member', startDate: start, endDate: addDays(start, rng.int(300, 2500)) });
    }
    if (rng.chance(0.3)) rows.push({ organisationId, personId: rng.pick(coOptedIds), role: 'co-opted', votingRight: false, onBehalfOf: 'Diocesan Board of Education' });
  }
  return rows;
}

type MeetingPlan = { bodyId: number; orgIds: number[]; locationIds: number[]; officerIds: number[]; start: IsoDate; span: number; asOf: IsoDate; total: number };

function buildMeetings(rng: Rng, p: MeetingPlan) {
  const perOrg = apportion(
    p.total,
    committeePlan.map((c) => c.weight),
  );
  const rows: (typeof meetings.$inferInsert & { day: IsoDate })[] = [];
  p.orgIds.forEach((organisationId, k) => {
    const n = perOrg[k]!;
    const gap = p.span / n;
    const time = rng.pick(['10:00', '14:00', '18:00', '18:30', '19:00']);
    for (let i = 0; i < n; i++) {
      const day = weekdayOnOrAfter(addDays(p.start, Math.floor(i * gap + rng.next() * Math.max(1, gap - 4))));
      const past = day < p.asOf;
      const status = rng.chance(0.02)
        ? ('cancelled' as const)
        : past
          ? daysBetween(day, p.asOf) < 40
            ? ('minutes-draft' as const)
            : ('minutes-approved' as const)
          : daysBetween(p.asOf, day) < 10
            ? ('agenda-published' as const)
            : ('scheduled' as const);
      const startAt = fromLondonLocal(`${day}T${time}`);
      rows.push({
        day,
        bodyId: p.bodyId,
        organisationId,
        startAt,
        endAt: new Date(startAt.getTime() + rng.int(60, 210) * 60_000),
        locationId: rng.pick(p.locationIds),
        status,
        statusNote: status === 'cancelled' ? 'There was no business to transact.' : null,
        issuedBy: status === 'scheduled' ? null : 'Head of Democratic Services',
        issuedOn: status === 'scheduled' ? null : addDays(day, -8),
        contactPersonId: rng.pick(p.officerIds),
      });
    }
  });
  // Insert in date order, as a real archive grows.
  rows.sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.organisationId - b.organisationId);
  return rows;
}

function buildAgendaItems(rng: Rng, meetingRows: ReturnType<typeof buildMeetings>, meetingIds: number[]) {
  const items: (typeof agendaItems.$inferInsert)[] = [];
  const itemMeeting: number[] = [];
  meetingRows.forEach((m, mi) => {
    if (m.status === 'scheduled') return;
    const meetingId = meetingIds[mi]!;
    const year = Number(m.day.slice(0, 4));
    const titles = ['Apologies for absence', 'Declarations of interest', 'Minutes of the previous meeting', 'Public questions'];
    const substantive = rng.int(3, 10);
    for (let i = 0; i < substantive; i++) titles.push(`${rng.pick(topics)} ${year}/${String((year + 1) % 100).padStart(2, '0')}`);
    const exempt = rng.chance(0.12) ? rng.int(1, 2) : 0;
    if (exempt) titles.push('Exclusion of the press and public');
    let page = 1;
    // The archive's agendas are all published, on the day they were issued.
    const published = { publication: 'published' as const, publishedAt: fromLondonLocal(`${m.issuedOn ?? m.day}T09:00`), publishedBy: 'archive' };
    titles.forEach((title, i) => {
      const pages = i < 4 ? rng.int(0, 4) : rng.int(4, 40);
      items.push({
        meetingId,
        position: i + 1,
        number: String(i + 1),
        title,
        instruction: i < 4 ? null : `${rng.pick(actions)} ${rng.pick(reportAuthors)}.`,
        pageFrom: pages ? page : null,
        pageTo: pages ? page + pages - 1 : null,
        access: 'public',
        ...published,
      });
      itemMeeting.push(mi);
      page += pages;
    });
    for (let e = 0; e < exempt; e++) {
      const paragraph = rng.pick([1, 3, 3, 3, 5]);
      items.push({
        meetingId,
        position: titles.length + e + 1,
        number: String(titles.length + e + 1),
        title: `${rng.pick(topics)}: commercial terms`,
        instruction: `${rng.pick(actions)} ${rng.pick(reportAuthors)}.`,
        access: 'exempt',
        exemptParagraph: paragraph,
        ...published,
        publicInterestReason: 'The public interest in withholding the information outweighs the public interest in disclosing it.',
      });
      itemMeeting.push(mi);
    }
  });
  return { items, itemMeeting };
}

function buildDocuments(
  rng: Rng,
  bodyId: number,
  meetingRows: ReturnType<typeof buildMeetings>,
  meetingIds: number[],
  items: (typeof agendaItems.$inferInsert)[],
  itemIds: number[],
  itemMeeting: number[],
  asOf: IsoDate,
) {
  const rows: (typeof documents.$inferInsert)[] = [];
  const doc = (d: {
    meetingIndex: number;
    agendaItemId?: number;
    title: string;
    kind: (typeof documents.$inferInsert)['kind'];
    isPublic?: boolean;
    exemptParagraph?: number | null;
  }) => {
    const m = meetingRows[d.meetingIndex]!;
    rows.push({
      bodyId,
      meetingId: meetingIds[d.meetingIndex]!,
      agendaItemId: d.agendaItemId ?? null,
      title: d.title,
      kind: d.kind,
      fileName: `${slugify(d.title).slice(0, 60)}.pdf`,
      mimeType: 'application/pdf',
      byteSize: rng.int(40_000, 4_000_000),
      sha256: placeholderSha,
      storageKey: PLACEHOLDER_KEY,
      access: (d.isPublic ?? true) ? 'public' : 'exempt',
      exemptParagraph: (d.isPublic ?? true) ? null : (d.exemptParagraph ?? null),
      ...(m.issuedOn ? { publication: 'published' as const, publishedAt: fromLondonLocal(`${m.issuedOn}T09:00`), publishedBy: 'archive' } : {}),
    });
  };
  meetingRows.forEach((m, mi) => {
    if (m.status === 'scheduled') return;
    doc({ meetingIndex: mi, title: 'Agenda', kind: 'agenda' });
    doc({ meetingIndex: mi, title: 'Agenda reports pack', kind: 'pack' });
    if (m.status !== 'cancelled' && m.day < asOf) doc({ meetingIndex: mi, title: 'Minutes', kind: 'minutes' });
  });
  items.forEach((item, i) => {
    if (item.position <= 4 || item.title === 'Exclusion of the press and public') return;
    if (!rng.chance(0.4)) return;
    const exempt = item.access === 'exempt';
    doc({ meetingIndex: itemMeeting[i]!, agendaItemId: itemIds[i]!, title: `Report: ${item.title}`, kind: 'report', isPublic: !exempt, exemptParagraph: item.exemptParagraph });
    if (rng.chance(0.25))
      doc({
        meetingIndex: itemMeeting[i]!,
        agendaItemId: itemIds[i]!,
        title: `Appendix A: ${item.title}`,
        kind: 'appendix',
        isPublic: !exempt,
        exemptParagraph: item.exemptParagraph,
      });
  });
  return rows;
}
