import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { pageQuery, slot } from '../../db/page-query.ts';
import { agendaItems, documents, locations, meetings, memberships, organisations, people, reports } from '../../db/schema.ts';
import { readable, visible, type Viewer } from '../visibility/index.ts';

const meetingColumns = {
  meeting: meetings,
  organisation: { id: organisations.id, name: organisations.name, slug: organisations.slug, kind: organisations.kind },
  location: locations,
};

/** Meetings in a time window, optionally for one organisation, in date order. Meetings themselves are always public. */
export function listMeetings(ex: Executor, opts: { from?: Date; to?: Date; organisationId?: number; order?: 'asc' | 'desc'; limit?: number; excludeCancelled?: boolean }) {
  const where = [isNull(meetings.deletedAt)];
  if (opts.from) where.push(gte(meetings.startAt, opts.from));
  if (opts.to) where.push(lt(meetings.startAt, opts.to));
  if (opts.organisationId) where.push(eq(meetings.organisationId, opts.organisationId));
  if (opts.excludeCancelled) where.push(ne(meetings.status, 'cancelled'));
  const q = ex
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .leftJoin(locations, eq(locations.id, meetings.locationId))
    .where(and(...where))
    .orderBy(opts.order === 'desc' ? desc(meetings.startAt) : asc(meetings.startAt), asc(meetings.id));
  return opts.limit ? q.limit(opts.limit) : q;
}

/** One meeting with organisation, location and contact, or undefined. */
export async function findMeeting(ex: Executor, id: number) {
  const [row] = await ex
    .select({ ...meetingColumns, contact: { id: people.id, printedName: people.printedName, slug: people.slug, email: people.email, phone: people.phone } })
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .leftJoin(locations, eq(locations.id, meetings.locationId))
    .leftJoin(people, eq(people.id, meetings.contactPersonId))
    .where(and(eq(meetings.id, id), isNull(meetings.deletedAt)));
  return row;
}

/** An agenda item row with whether the viewer may read more than its title. */
export type AgendaItemRow = typeof agendaItems.$inferSelect & { readable: boolean };

/** A meeting's agenda items the viewer may see, in order, each with `readable`. */
export async function listAgendaItems(ex: Executor, v: Viewer, meetingId: number): Promise<AgendaItemRow[]> {
  const rows = await ex
    .select({ item: agendaItems, readable: readable(v, 'agenda_item') })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), visible(v, 'agenda_item')))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
  return rows.map((r) => ({ ...r.item, readable: r.readable }));
}

/**
 * A report not replaced on its agenda item by a published newer version: the meeting shows the
 * version in force (earlier versions stay at their own pages, linked from the newest).
 */
export const notReplacedOnItem = sql`not exists (select 1 from reports newer_version where newer_version.previous_version_id = ${reports.id}
  and newer_version.agenda_item_id = ${reports.agendaItemId} and newer_version.publication = 'published' and newer_version.deleted_at is null)`;

/** The reports attached to a meeting's agenda items that the viewer may see: an item's printed pages link to them. */
export function listItemReports(ex: Executor, v: Viewer, meetingId: number) {
  return ex
    .select({ id: reports.id, title: reports.title, agendaItemId: reports.agendaItemId, access: reports.access, exemptParagraph: reports.exemptParagraph })
    .from(reports)
    .where(and(eq(reports.meetingId, meetingId), sql`${reports.agendaItemId} is not null`, visible(v, 'report'), notReplacedOnItem))
    .orderBy(asc(reports.id));
}

/** One agenda item the viewer may see (with `readable`), or undefined. */
export async function findAgendaItem(ex: Executor, v: Viewer, id: number): Promise<AgendaItemRow | undefined> {
  const [row] = await ex
    .select({ item: agendaItems, readable: readable(v, 'agenda_item') })
    .from(agendaItems)
    .where(and(eq(agendaItems.id, id), visible(v, 'agenda_item')));
  return row ? { ...row.item, readable: row.readable } : undefined;
}

/** The fields of a document as meeting pages list it. */
export const documentSummary = {
  id: documents.id,
  agendaItemId: documents.agendaItemId,
  title: documents.title,
  kind: documents.kind,
  fileName: documents.fileName,
  mimeType: documents.mimeType,
  byteSize: documents.byteSize,
  access: documents.access,
  exemptParagraph: documents.exemptParagraph,
  accessInherited: documents.accessInherited,
  accessReason: documents.accessReason,
  publication: documents.publication,
  publishedAt: documents.publishedAt,
  publicationNote: documents.publicationNote,
};

/** A document as meeting pages list it. */
export type DocumentSummary = { [K in keyof typeof documentSummary]: (typeof documents.$inferSelect)[K] };

/** The documents of a meeting (not its packs) the viewer may see, in upload order. */
export function listMeetingDocuments(ex: Executor, v: Viewer, meetingId: number): Promise<DocumentSummary[]> {
  return ex
    .select(documentSummary)
    .from(documents)
    .where(and(eq(documents.meetingId, meetingId), ne(documents.kind, 'pack'), visible(v, 'document')))
    .orderBy(asc(documents.id));
}

/** Recently published documents the viewer may see, with their meetings. */
export function listRecentDocuments(ex: Executor, v: Viewer, limit: number) {
  return ex
    .select({
      id: documents.id,
      title: documents.title,
      kind: documents.kind,
      publishedAt: documents.publishedAt,
      meetingId: meetings.id,
      meetingStart: meetings.startAt,
      organisationName: organisations.name,
    })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .where(and(visible(v, 'document'), eq(documents.publication, 'published'), ne(documents.kind, 'pack'), sql`${documents.publishedAt} <= now()`))
    .orderBy(desc(documents.publishedAt), desc(documents.id))
    .limit(limit);
}

/** Meetings (with organisation) of these organisations from a date, soonest first. */
export function listMeetingsForOrganisations(ex: Executor, organisationIds: number[], from: Date, limit: number) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return ex
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .leftJoin(locations, eq(locations.id, meetings.locationId))
    .where(and(inArray(meetings.organisationId, organisationIds), gte(meetings.startAt, from), isNull(meetings.deletedAt)))
    .orderBy(asc(meetings.startAt))
    .limit(limit);
}

/**
 * A councillor's meetings from `from` on: those of the committees they are a member of on the meeting's
 * date (London time), the same membership that entitles them to the meeting's exempt papers.
 */
export function listMeetingsOfMember(ex: Executor, personId: number, from: Date, limit: number) {
  const meetingDay = sql`(${meetings.startAt} at time zone 'Europe/London')::date`;
  const member = sql`exists (select 1 from ${memberships} where ${memberships.organisationId} = ${meetings.organisationId}
    and ${memberships.personId} = ${personId} and ${memberships.deletedAt} is null
    and (${memberships.startDate} is null or ${memberships.startDate} <= ${meetingDay})
    and (${memberships.endDate} is null or ${memberships.endDate} >= ${meetingDay}))`;
  return ex
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .leftJoin(locations, eq(locations.id, meetings.locationId))
    .where(and(gte(meetings.startAt, from), isNull(meetings.deletedAt), member))
    .orderBy(asc(meetings.startAt), asc(meetings.id))
    .limit(limit);
}

/** Every location, by description. */
export function listLocations(ex: Executor) {
  return ex.select().from(locations).where(isNull(locations.deletedAt)).orderBy(asc(locations.description));
}

/** A meeting as lists show it (calendar, committee page): its committee and venue, no search vector or audit columns. */
const listedMeeting = {
  id: meetings.id,
  title: meetings.title,
  startAt: meetings.startAt,
  endAt: meetings.endAt,
  status: meetings.status,
  statusNote: meetings.statusNote,
  issuedBy: meetings.issuedBy,
  issuedOn: meetings.issuedOn,
  organisationName: organisations.name,
  organisationSlug: organisations.slug,
  room: locations.room,
  description: locations.description,
  streetAddress: locations.streetAddress,
  postcode: locations.postcode,
};

/**
 * Meetings (not deleted) matching `where`, in date order, as a JSON column of a page's one query;
 * `presentMeeting(r, { name: r.organisationName, slug: r.organisationSlug }, r)` shows one.
 * @example ex.select({ upcoming: listedMeetingRows(gte(meetings.startAt, now), 'asc', 10) }).from(organisations)
 */
export function listedMeetingRows(where: SQL | undefined, order: 'asc' | 'desc', limit?: number) {
  return jsonRows(listedMeeting, (q) => {
    const rows = q
      .from(meetings)
      .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
      .leftJoin(locations, eq(locations.id, meetings.locationId))
      .where(and(isNull(meetings.deletedAt), where))
      .orderBy(order === 'desc' ? desc(meetings.startAt) : asc(meetings.startAt), asc(meetings.id));
    return limit ? rows.limit(limit) : rows;
  });
}

/**
 * Everything the public calendar shows, in one SQL statement: the committees (for the filter) and the
 * meetings in a time window, of one committee when `committeeSlug` names one (all when it names none).
 */
export async function findCalendarPage(ex: Executor, window: { from: Date; to: Date }, committeeSlug?: string) {
  const committee = committeeSlug === undefined ? undefined : sql`(select o.id from organisations o where o.slug = ${slot('committee')} and o.deleted_at is null)`;
  const [row] = await pageQuery(
    ex,
    `calendar-page:${committee ? 'committee' : 'all'}`,
    (ex) =>
      ex
        .select({
          committees: jsonRows({ id: organisations.id, name: organisations.name, slug: organisations.slug }, (q) =>
            q.from(organisations).where(isNull(organisations.deletedAt)).orderBy(asc(organisations.name)),
          ),
          meetings: listedMeetingRows(
            and(
              gte(meetings.startAt, slot('from')),
              lt(meetings.startAt, slot('to')),
              committee ? sql`(${committee} is null or ${meetings.organisationId} = ${committee})` : undefined,
            ),
            'asc',
          ),
        })
        .from(sql`(select 1) as page`),
    { from: window.from.toISOString(), to: window.to.toISOString(), committee: committeeSlug ?? null },
  );
  return row!;
}
