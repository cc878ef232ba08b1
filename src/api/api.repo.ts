import { and, asc, count, eq, gte, isNull, lt, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/connect.ts';
import { agendaItems, bodies, documents, locations, meetings, memberships, organisations, people } from '../db/schema.ts';
import { readable, visible, type Viewer } from '../modules/visibility/index.ts';
import type { PageRequest } from './pagination.ts';

/** One page of rows and the total across all pages. */
export type Page<T> = { rows: T[]; total: number };

async function paged<T>(rows: Promise<T[]>, total: Promise<{ n: number }[]>): Promise<Page<T>> {
  const [r, [t]] = await Promise.all([rows, total]);
  return { rows: r, total: t?.n ?? 0 };
}

const since = (column: AnyColumn, page: PageRequest): SQL[] => (page.modifiedSince ? [gte(column, page.modifiedSince)] : []);

/** The council this Shirehall serves (the first live body), or undefined before set-up. */
export async function findBody(ex: Executor) {
  const [row] = await ex.select().from(bodies).where(isNull(bodies.deletedAt)).orderBy(asc(bodies.id)).limit(1);
  return row;
}

/** A page of live organisations by name, optionally of one kind. */
export function pageOrganisations(ex: Executor, filter: { kind?: (typeof organisations.kind.enumValues)[number] }, page: PageRequest) {
  const where = and(isNull(organisations.deletedAt), filter.kind ? eq(organisations.kind, filter.kind) : undefined, ...since(organisations.updatedAt, page));
  return paged(
    ex.select().from(organisations).where(where).orderBy(asc(organisations.name), asc(organisations.id)).limit(page.limit).offset(page.offset),
    ex.select({ n: count() }).from(organisations).where(where),
  );
}

/** A page of live people by family name, optionally of one kind. */
export function pagePeople(ex: Executor, filter: { kind?: (typeof people.kind.enumValues)[number] }, page: PageRequest) {
  const where = and(isNull(people.deletedAt), filter.kind ? eq(people.kind, filter.kind) : undefined, ...since(people.updatedAt, page));
  return paged(
    ex.select().from(people).where(where).orderBy(asc(people.familyName), asc(people.givenName), asc(people.id)).limit(page.limit).offset(page.offset),
    ex.select({ n: count() }).from(people).where(where),
  );
}

const membershipColumns = {
  membership: memberships,
  organisation: { id: organisations.id, name: organisations.name },
  person: { id: people.id, name: people.printedName },
};

/** A membership row with the names of its organisation and person. */
export type MembershipRow = { membership: typeof memberships.$inferSelect; organisation: { id: number; name: string }; person: { id: number; name: string } };

const liveMembership = and(isNull(memberships.deletedAt), isNull(organisations.deletedAt), isNull(people.deletedAt));

/** A page of memberships, optionally of one organisation or person, by organisation then role. */
export function pageMemberships(ex: Executor, filter: { organisationId?: number; personId?: number }, page: PageRequest): Promise<Page<MembershipRow>> {
  const where = and(
    liveMembership,
    filter.organisationId ? eq(memberships.organisationId, filter.organisationId) : undefined,
    filter.personId ? eq(memberships.personId, filter.personId) : undefined,
    ...since(memberships.updatedAt, page),
  );
  return paged(
    ex
      .select(membershipColumns)
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(where)
      .orderBy(asc(organisations.name), asc(memberships.role), asc(people.familyName), asc(memberships.id))
      .limit(page.limit)
      .offset(page.offset),
    ex
      .select({ n: count() })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(where),
  );
}

/** Every live membership of a person, by organisation name. */
export function listMembershipsOfPerson(ex: Executor, personId: number): Promise<MembershipRow[]> {
  return ex
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(liveMembership, eq(memberships.personId, personId)))
    .orderBy(asc(organisations.name), asc(memberships.id));
}

/** One live membership with names, or undefined. */
export async function findMembershipRow(ex: Executor, id: number): Promise<MembershipRow | undefined> {
  const [row] = await ex
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(liveMembership, eq(memberships.id, id)));
  return row;
}

const meetingColumns = { meeting: meetings, organisation: { id: organisations.id, name: organisations.name }, location: locations };

/** A meeting row with its organisation's name and its location. */
export type MeetingRow = { meeting: typeof meetings.$inferSelect; organisation: { id: number; name: string }; location: typeof locations.$inferSelect | null };

/** A page of live meetings in start order, filtered by organisation and start window. */
export function pageMeetings(ex: Executor, filter: { organisationId?: number; from?: Date; to?: Date }, page: PageRequest): Promise<Page<MeetingRow>> {
  const where = and(
    isNull(meetings.deletedAt),
    isNull(organisations.deletedAt),
    filter.organisationId ? eq(meetings.organisationId, filter.organisationId) : undefined,
    filter.from ? gte(meetings.startAt, filter.from) : undefined,
    filter.to ? lt(meetings.startAt, filter.to) : undefined,
    ...since(meetings.updatedAt, page),
  );
  return paged(
    ex
      .select(meetingColumns)
      .from(meetings)
      .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
      .leftJoin(locations, eq(locations.id, meetings.locationId))
      .where(where)
      .orderBy(asc(meetings.startAt), asc(meetings.id))
      .limit(page.limit)
      .offset(page.offset),
    ex.select({ n: count() }).from(meetings).innerJoin(organisations, eq(organisations.id, meetings.organisationId)).where(where),
  );
}

/** One live meeting with organisation, location and contact, or undefined. */
export async function findMeetingRow(ex: Executor, id: number) {
  const [row] = await ex
    .select({ ...meetingColumns, contact: { id: people.id, name: people.printedName } })
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .leftJoin(locations, eq(locations.id, meetings.locationId))
    .leftJoin(people, eq(people.id, meetings.contactPersonId))
    .where(and(eq(meetings.id, id), isNull(meetings.deletedAt)));
  return row;
}

/** An agenda item row with whether the viewer may read more than its title. */
export type ItemRow = typeof agendaItems.$inferSelect & { readable: boolean };

/** One agenda item the viewer may see (with `readable`), or undefined. */
export async function findAgendaItemRow(ex: Executor, v: Viewer, id: number): Promise<ItemRow | undefined> {
  const [row] = await ex
    .select({ item: agendaItems, readable: readable(v, 'agenda_item') })
    .from(agendaItems)
    .where(and(eq(agendaItems.id, id), visible(v, 'agenda_item')));
  return row ? { ...row.item, readable: row.readable } : undefined;
}

/** A meeting's agenda items the viewer may see, in order, each with `readable`. */
export async function listItemsOfMeeting(ex: Executor, v: Viewer, meetingId: number): Promise<ItemRow[]> {
  const rows = await ex
    .select({ item: agendaItems, readable: readable(v, 'agenda_item') })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), visible(v, 'agenda_item')))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
  return rows.map((r) => ({ ...r.item, readable: r.readable }));
}

const documentColumns = {
  id: documents.id,
  meetingId: documents.meetingId,
  agendaItemId: documents.agendaItemId,
  title: documents.title,
  kind: documents.kind,
  fileName: documents.fileName,
  mimeType: documents.mimeType,
  byteSize: documents.byteSize,
  sha256: documents.sha256,
  access: documents.access,
  exemptParagraph: documents.exemptParagraph,
  publication: documents.publication,
  publishedAt: documents.publishedAt,
  publicationNote: documents.publicationNote,
  createdAt: documents.createdAt,
  updatedAt: documents.updatedAt,
};

/** Document metadata as the API shows it (never the storage key). */
export type DocumentMeta = { [K in keyof typeof documentColumns]: (typeof documents.$inferSelect)[K] };

/** The documents of a meeting or of one agenda item the viewer may see: the query leaves the rest out, so nothing downstream can leak them. */
export function listDocuments(ex: Executor, v: Viewer, of: { meetingId: number } | { agendaItemId: number }): Promise<DocumentMeta[]> {
  return ex
    .select(documentColumns)
    .from(documents)
    .where(and(visible(v, 'document'), 'meetingId' in of ? eq(documents.meetingId, of.meetingId) : eq(documents.agendaItemId, of.agendaItemId)))
    .orderBy(asc(documents.id));
}

/** One document's metadata and text if the viewer may see it; else undefined, exactly as for a missing id. */
export async function findDocumentMeta(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select({ ...documentColumns, textContent: documents.textContent })
    .from(documents)
    .where(and(eq(documents.id, id), visible(v, 'document')));
  return row;
}

/** A page of live locations by description. */
export function pageLocations(ex: Executor, page: PageRequest) {
  const where = and(isNull(locations.deletedAt), ...since(locations.updatedAt, page));
  return paged(
    ex.select().from(locations).where(where).orderBy(asc(locations.description), asc(locations.id)).limit(page.limit).offset(page.offset),
    ex.select({ n: count() }).from(locations).where(where),
  );
}

/** One live location, or undefined. */
export async function findLocation(ex: Executor, id: number) {
  const [row] = await ex
    .select()
    .from(locations)
    .where(and(eq(locations.id, id), isNull(locations.deletedAt)));
  return row;
}
