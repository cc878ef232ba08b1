import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../connect.ts';
import { audit, systemActor } from '../audit.ts';
import { bodies } from '../schema.ts';
import type { memberships } from '../schema.ts';
import { saveBodies, saveLegislativeTerms } from '../../modules/bodies/index.ts';
import { saveOrganisations } from '../../modules/organisations/index.ts';
import { saveMemberships, savePeople, savePostHolders, savePosts } from '../../modules/people/index.ts';
import { saveAgendaItems, saveLocations, saveMeetings } from '../../modules/meetings/index.ts';
import { saveDocuments } from '../../modules/documents/index.ts';
import { addUser } from '../../modules/accounts/index.ts';
import { databaseStorage } from '../../lib/storage/storage.ts';
import { addDays, addMonths, type IsoDate, londonDate, nthWeekdayOfMonth } from './demo-calendar.ts';
import {
  cabinetSlugs,
  coOptees,
  compositions,
  councillors,
  demoCouncil,
  officers,
  organisationsData,
  type Party,
  personSlug,
  postsData,
  printedName,
  slugify,
  type VenueKey,
  venues,
} from './demo-data.ts';
import { renderDocument, type RenderedFile } from './demo-documents.ts';
import { demoActor, fresh, written } from './demo-insert.ts';
import { seedRecords } from './demo-records.ts';
import { seedProgramme } from './demo-programme.ts';
import { seedInterests } from './demo-interests.ts';
import { seedForwardPlan } from './demo-forward-plan.ts';
import { seedReportExtras } from './demo-reports.ts';
import { seedMeasures } from './demo-measures.ts';
import { seedRisks } from './demo-risks.ts';
import { organisationDates, type PlannedDocument, type PlannedItem, planMeetings } from './demo-plan.ts';

/** The demo users, one per role; their passwords are public and printed at first start. */
export const demoUsers = [
  { email: 'admin@demo.shirehall.test', role: 'admin', displayName: 'Demo Administrator', password: 'demo-admin-password' },
  { email: 'clerk@demo.shirehall.test', role: 'democratic-services', displayName: 'Demo Clerk', password: 'demo-clerk-password' },
  { email: 'scrutiny@demo.shirehall.test', role: 'scrutiny-manager', displayName: 'Demo Scrutiny Manager', password: 'demo-scrutiny-password' },
  { email: 'author@demo.shirehall.test', role: 'report-author', displayName: 'Demo Report Author', password: 'demo-author-password' },
  { email: 'councillor@demo.shirehall.test', role: 'councillor', displayName: 'Demo Councillor', password: 'demo-councillor-password' },
  { email: 'viewer@demo.shirehall.test', role: 'viewer', displayName: 'Demo Viewer', password: 'demo-viewer-password' },
] as const;

/**
 * The publication columns of a demo record published at `at` (a draft when there is no such time or
 * it is still to come), published by the council's clerk.
 */
export function demoPublication(at: Date | null, now: Date) {
  return at && at.getTime() <= now.getTime()
    ? { publication: 'published' as const, publishedAt: at, publishedBy: 'Democratic Services' }
    : { publication: 'draft' as const, publishedAt: null, publishedBy: null };
}

/** The person the demo councillor user is: Cllr Amira Hollis. */
export const demoCouncillorPersonSlug = 'amira-hollis';

/** Options for seeding; `now` fixes the clock so the same date always gives the same council. */
export type SeedDemoOptions = { now?: Date };

/**
 * Loads the demo council when the database has no council yet; returns the demo users it created, or null.
 * Everything is written in one transaction with a single `demo.seed` audit event.
 * @example await seedDemoIfEmpty(db, { now: new Date('2026-03-20T12:00:00Z') });
 */
export async function seedDemoIfEmpty(db: Db, options: SeedDemoOptions = {}): Promise<{ users: typeof demoUsers } | null> {
  if (await hasBody(db)) return null;
  const now = options.now ?? new Date();
  const plan = planMeetings(now);
  // Render outside the transaction: it is CPU work and needs no database.
  const rendered = new Map<PlannedDocument, RenderedFile>();
  const allDocs = plan.flatMap((m) => [...m.documents, ...flatItems(m.items).flatMap((i) => i.documents)]);
  for (const doc of allDocs) rendered.set(doc, await renderDocument(doc));

  await db.transaction(async (trx) => {
    if (await hasBody(trx)) return;
    const today = londonDate(now);
    const term = currentTerm(today);
    const [bodyId] = written(await saveBodies(trx, demoActor, fresh([{ ...demoCouncil, rules: { ...demoCouncil.rules } }]), { now }), 'council') as [number];

    written(
      await saveLegislativeTerms(
        trx,
        demoActor,
        fresh([
          { bodyId, name: `County Council ${term.electionYear - 4}–${term.electionYear}`, startDate: electionDay(term.electionYear - 4), endDate: addDays(term.start, -1) },
          { bodyId, name: `County Council ${term.electionYear}–${term.electionYear + 4}`, startDate: term.start, endDate: term.end },
        ]),
        { now },
      ),
      'term',
    );

    const orgIds = await insertOrganisations(trx, bodyId, today, now);
    const personIds = await insertPeople(trx, bodyId, now);
    const membershipRows = buildMemberships(orgIds, personIds, term.annualMeeting, today);
    written(await saveMemberships(trx, demoActor, fresh(membershipRows), { now }), 'membership');
    await insertPosts(trx, bodyId, personIds, term.annualMeeting, now);

    const venueKeys = Object.keys(venues) as VenueKey[];
    const venueRows = written(await saveLocations(trx, demoActor, fresh(venueKeys.map((k) => ({ bodyId, ...venues[k] }))), { now }), 'venue');
    const venueIds = new Map(venueKeys.map((k, i) => [k, venueRows[i]!]));

    const meetingIds = written(
      await saveMeetings(
        trx,
        demoActor,
        fresh(
          plan.map((m) => ({
            bodyId,
            organisationId: orgIds.get(m.org.slug)!,
            title: m.title,
            startAt: m.startAt,
            endAt: m.endAt,
            locationId: venueIds.get(m.org.venue)!,
            status: m.status,
            statusNote: m.statusNote,
            issuedBy: m.issuedBy,
            issuedOn: m.issuedOn,
            agendaPublishedAt: m.agendaPublishedAt,
            contactPersonId: personIds.get(m.org.contact)!,
          })),
        ),
        { now },
      ),
      'meeting',
    );

    // Top-level items first, then sub-items that point at them.
    type ItemRef = { meetingIndex: number; item: PlannedItem; position: number };
    const top: ItemRef[] = [];
    const children: (ItemRef & { parent: PlannedItem })[] = [];
    plan.forEach((m, meetingIndex) => {
      let position = 0;
      for (const item of m.items) {
        top.push({ meetingIndex, item, position: ++position });
        for (const child of item.children) children.push({ meetingIndex, item: child, parent: item, position: ++position });
      }
    });
    const itemRow = (r: ItemRef, parentId: number | null) => ({
      meetingId: meetingIds[r.meetingIndex]!,
      parentId,
      position: r.position,
      number: r.item.number,
      title: r.item.title,
      instruction: r.item.instruction,
      pageFrom: r.item.pageFrom,
      pageTo: r.item.pageTo,
      access: r.item.isPublic ? ('public' as const) : ('exempt' as const),
      exemptParagraph: r.item.isPublic ? null : r.item.exemptParagraph,
      publicInterestReason: r.item.publicInterestReason,
      isStanding: r.item.isStanding,
      ...demoPublication(plan[r.meetingIndex]!.agendaPublishedAt, now),
    });
    const topIds = written(await saveAgendaItems(trx, demoActor, fresh(top.map((r) => itemRow(r, null))), { now }), 'agenda item');
    const itemIds = new Map(top.map((r, i) => [r.item, topIds[i]!]));
    const childIds = written(await saveAgendaItems(trx, demoActor, fresh(children.map((r) => itemRow(r, itemIds.get(r.parent)!))), { now }), 'agenda item');
    children.forEach((r, i) => itemIds.set(r.item, childIds[i]!));

    const storage = databaseStorage(trx);
    const documentRows: Parameters<typeof saveDocuments>[2] = [];
    for (const [meetingIndex, m] of plan.entries()) {
      const owned = [
        ...m.documents.map((doc) => ({ doc, item: null as PlannedItem | null })),
        ...flatItems(m.items).flatMap((item) => item.documents.map((doc) => ({ doc, item }))),
      ];
      for (const { doc, item } of owned) {
        const file = rendered.get(doc)!;
        const storageKey = `documents/${file.sha256}`;
        await storage.put(storageKey, file.bytes, trx);
        documentRows.push({
          values: {
            bodyId,
            meetingId: meetingIds[meetingIndex]!,
            agendaItemId: item ? itemIds.get(item)! : null,
            title: doc.title,
            kind: doc.kind,
            fileName: doc.fileName,
            mimeType: file.mimeType,
            byteSize: file.bytes.byteLength,
            sha256: file.sha256,
            storageKey,
            textContent: doc.textContent,
            ...demoPublication(doc.publishedAt ?? m.agendaPublishedAt, now),
          },
          // A paper follows its item's access class unless it differs (an exempt appendix to a public report).
          access:
            item && item.isPublic === doc.isPublic
              ? {}
              : doc.isPublic
                ? { access: 'public', accessReason: item ? 'A public summary of the exempt report' : null }
                : { access: 'exempt', exemptParagraph: doc.exemptParagraph },
        });
      }
    }
    written(await saveDocuments(trx, demoActor, documentRows, { now }), 'document');

    const meetingIdOf = new Map(plan.map((m, i) => [m, meetingIds[i]!]));
    const records = await seedRecords({
      trx,
      bodyId,
      nation: demoCouncil.nation,
      now,
      today,
      plan,
      meetingIds: meetingIdOf,
      itemIds,
      orgIds,
      personIds,
      memberships: membershipRows,
    });
    const forwardPlanVersions = await seedForwardPlan({ trx, today, bodyId, officerIds: { place: personIds.get('richard-thorne')!, adults: personIds.get('fiona-calloway')! } });
    const slugOf = new Map([...personIds].map(([slug, id]) => [id, slug]));
    const programme = await seedProgramme({
      trx,
      bodyId,
      today,
      plan,
      orgIds,
      membersOf: (org) =>
        membershipRows
          .filter((m) => m.organisationId === orgIds.get(org) && !m.endDate && m.role !== 'substitute' && isCouncillor(slugOf.get(m.personId)))
          .map((m) => slugOf.get(m.personId)!),
    });

    const interests = await seedInterests(
      trx,
      [demoCouncillorPersonSlug, ...[...personIds.keys()].filter((s) => isCouncillor(s) && s !== demoCouncillorPersonSlug)].map((s) => personIds.get(s)!),
      today,
      now,
    );
    await seedReportExtras(trx, bodyId, now);
    const measures = await seedMeasures(trx, today, now);
    const riskRegister = await seedRisks(trx, bodyId, today, now);

    // One at a time so user ids follow demoUsers' order (admin first) on every run.
    for (const u of demoUsers) {
      const personId = u.role === 'councillor' ? personIds.get(demoCouncillorPersonSlug)! : null;
      const r = await addUser(trx, systemActor, { ...u, personId });
      if (!r.ok) throw new Error(`demo user ${u.email}: ${r.errors[0]?.message}`);
    }

    await audit(trx, systemActor, 'demo.seed', 'body', bodyId, null, {
      council: demoCouncil.name,
      now: now.toISOString(),
      organisations: orgIds.size,
      people: personIds.size,
      meetings: plan.length,
      agendaItems: itemIds.size,
      documents: documentRows.length,
      ...records,
      forwardPlanVersions,
      ...programme,
      ...interests,
      ...measures,
      ...riskRegister,
      users: demoUsers.length,
    });
  });
  return { users: demoUsers };
}

async function hasBody(ex: Db | Tx): Promise<boolean> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(bodies);
  return (row?.n ?? 0) > 0;
}

const councillorSlugs = new Set(councillors.map((c) => personSlug(c.given, c.family)));

/** Whether a person slug is a councillor's (work programme leads are members). */
function isCouncillor(slug: string | undefined): boolean {
  return slug !== undefined && councillorSlugs.has(slug);
}

function flatItems(items: PlannedItem[]): PlannedItem[] {
  return items.flatMap((i) => [i, ...i.children]);
}

/** County elections fall on the first Thursday of May every four years (2025, 2029 …). */
function electionDay(year: number): IsoDate {
  return nthWeekdayOfMonth(year, 5, 4, 1);
}

function currentTerm(today: IsoDate): { electionYear: number; start: IsoDate; end: IsoDate; annualMeeting: IsoDate } {
  let year = Number(today.slice(0, 4));
  year -= (((year - 2025) % 4) + 4) % 4;
  if (electionDay(year) > today) year -= 4;
  const start = electionDay(year);
  // The annual meeting is on the second Tuesday after polling day.
  return { electionYear: year, start, end: addDays(electionDay(year + 4), -1), annualMeeting: addDays(start, 12) };
}

async function insertOrganisations(trx: Tx, bodyId: number, today: IsoDate, now: Date): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const pass of [false, true]) {
    const batch = organisationsData.filter((o) => Boolean(o.parent) === pass);
    const rows = written(
      await saveOrganisations(
        trx,
        demoActor,
        fresh(
          batch.map((o) => ({
            bodyId,
            parentId: o.parent ? ids.get(o.parent)! : null,
            name: o.name,
            slug: o.slug,
            kind: o.kind,
            purpose: o.purpose,
            ...organisationDates(o, today),
            rules: o.publicQuestions ? { publicQuestions: o.publicQuestions } : {},
          })),
        ),
        { now },
      ),
      'organisation',
    );
    rows.forEach((id, i) => ids.set(batch[i]!.slug, id));
  }
  return ids;
}

async function insertPeople(trx: Tx, bodyId: number, now: Date): Promise<Map<string, number>> {
  const domain = 'wessex-county.example';
  const rows = [
    ...councillors.map((c) => ({
      bodyId,
      slug: personSlug(c.given, c.family),
      kind: 'councillor' as const,
      printedName: printedName(c, true),
      honorific: 'Cllr',
      givenName: c.given,
      familyName: c.family,
      email: `cllr.${slugify(c.given)}.${slugify(c.family)}@${domain}`,
      division: c.division,
      party: c.party,
    })),
    ...[...officers, ...coOptees].map((p) => ({
      bodyId,
      slug: personSlug(p.given, p.family),
      kind: p.kind,
      printedName: printedName(p, false),
      honorific: p.honorific ?? null,
      givenName: p.given,
      familyName: p.family,
      jobTitle: p.jobTitle,
      email: p.kind === 'officer' ? `${slugify(p.given)}.${slugify(p.family)}@${domain}` : null,
      phone: p.kind === 'officer' ? `01632 960${String(phoneSuffix(p.given, p.family)).padStart(3, '0')}` : null,
    })),
  ];
  const inserted = written(await savePeople(trx, demoActor, fresh(rows), { now }), 'person');
  return new Map(inserted.map((id, i) => [rows[i]!.slug, id]));
}

// 01632 960000–960999 is Ofcom's range reserved for drama; a stable number per officer from their name.
function phoneSuffix(given: string, family: string): number {
  let n = 0;
  for (const ch of `${given}${family}`) n = (n * 31 + ch.charCodeAt(0)) % 1000;
  return n;
}

type MembershipRow = typeof memberships.$inferInsert;

function buildMemberships(orgIds: Map<string, number>, personIds: Map<string, number>, since: IsoDate, today: IsoDate): MembershipRow[] {
  const rows: MembershipRow[] = [];
  const person = (slug: string) => {
    const id = personIds.get(slug);
    if (!id) throw new Error(`demo seed: no person ${slug}`);
    return id;
  };
  const all = councillors.map((c) => personSlug(c.given, c.family));
  const add = (org: string, slug: string, role: MembershipRow['role'], roleLabel: string | null, extra: Partial<MembershipRow> = {}) =>
    rows.push({ organisationId: orgIds.get(org)!, personId: person(slug), role, roleLabel, votingRight: true, startDate: since, ...extra });

  for (const slug of all) {
    if (slug === 'malcolm-drewe') add('full-council', slug, 'chair', 'Chairman');
    else if (slug === 'janet-kellow') add('full-council', slug, 'vice-chair', 'Vice-Chairman');
    else add('full-council', slug, 'member', null);
  }
  cabinetSlugs.forEach((slug, i) =>
    add('cabinet', slug, i === 0 ? 'chair' : i === 1 ? 'vice-chair' : 'member', i === 0 ? 'Leader of the Council (Chairman)' : i === 1 ? 'Deputy Leader' : 'Cabinet Member'),
  );

  // Remaining seats rotate through each party's backbenchers so that places are shared out.
  const cabinet = new Set<string>(cabinetSlugs);
  const queues = new Map<Party, string[]>();
  for (const c of councillors) {
    const slug = personSlug(c.given, c.family);
    if (!cabinet.has(slug)) queues.set(c.party, [...(queues.get(c.party) ?? []), slug]);
  }
  const cursors = new Map<Party, number>();
  const partyOf = new Map(councillors.map((c) => [personSlug(c.given, c.family), c.party]));
  const draw = (party: Party, taken: Set<string>): string | undefined => {
    const queue = queues.get(party) ?? [];
    for (let tries = 0; tries < queue.length; tries++) {
      const at = cursors.get(party) ?? 0;
      cursors.set(party, (at + 1) % queue.length);
      const slug = queue[at]!;
      if (!taken.has(slug)) return slug;
    }
    return undefined;
  };
  const others = new Map([...coOptees, ...officers].map((p) => [personSlug(p.given, p.family), p]));

  for (const [org, c] of Object.entries(compositions)) {
    const taken = new Set<string>();
    const seats = new Map(Object.entries(c.seats) as [Party, number][]);
    const seat = (slug: string, role: MembershipRow['role'], label: string | null) => {
      taken.add(slug);
      const party = partyOf.get(slug);
      if (party) {
        seats.set(party, (seats.get(party) ?? 0) - 1);
        add(org, slug, role, label);
      } else {
        const p = others.get(slug);
        add(org, slug, role, label, { onBehalfOf: p?.onBehalfOf ?? null });
      }
    };
    seat(c.chair, 'chair', c.chairLabel);
    if (c.viceChair) seat(c.viceChair, 'vice-chair', c.viceChairLabel ?? null);
    for (const slug of c.include ?? []) seat(slug, 'member', null);
    for (const [party, n] of seats) {
      for (let i = 0; i < n; i++) {
        const slug = draw(party, taken);
        if (slug) seat(slug, 'member', null);
      }
    }
    for (const [party, n] of Object.entries(c.substitutes) as [Party, number][]) {
      for (let i = 0; i < n; i++) {
        const slug = draw(party, taken);
        if (!slug) continue;
        taken.add(slug);
        add(org, slug, 'substitute', 'Substitute');
      }
    }
    for (const o of c.others ?? []) {
      taken.add(o.slug);
      add(org, o.slug, o.role, o.label ?? null, { votingRight: o.voting, onBehalfOf: others.get(o.slug)?.onBehalfOf ?? null });
    }
    if (org === 'planning-and-regulatory-committee') {
      // A past seat, so membership history has something to show.
      const leaver = (queues.get('Conservative') ?? []).find((s) => !taken.has(s));
      const left = addMonths(today, -6);
      if (leaver && left > since) add(org, leaver, 'member', null, { endDate: left });
    }
  }
  return rows;
}

async function insertPosts(trx: Tx, bodyId: number, personIds: Map<string, number>, since: IsoDate, now: Date): Promise<void> {
  const ids = written(await savePosts(trx, demoActor, fresh(postsData.map((p) => ({ bodyId, title: p.title, slug: slugify(p.title), kind: p.kind }))), { now }), 'post');
  written(
    await savePostHolders(
      trx,
      demoActor,
      fresh(
        postsData.map((p, i) => ({
          postId: ids[i]!,
          personId: personIds.get(p.holder)!,
          // Officers were appointed before this council term; members took their posts at the annual meeting.
          startDate: p.kind === 'officer' ? addMonths(since, -(14 + i * 5)) : since,
        })),
      ),
      { now },
    ),
    'post holder',
  );
}
