import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { people } from '../people/people.table.ts';
import { documents } from '../documents/documents.table.ts';
import { agendaItems, locations, meetings } from './meetings.table.ts';

/** A meeting row joined with its organisation and location. */
export type MeetingRow = Awaited<ReturnType<typeof listMeetings>>[number];

const meetingColumns = {
  meeting: meetings,
  organisation: { id: organisations.id, name: organisations.name, slug: organisations.slug, kind: organisations.kind },
  location: locations,
};

/** Meetings in a time window, optionally for one organisation, in date order. */
export function listMeetings(
  ex: Executor,
  opts: { from?: Date; to?: Date; organisationId?: number; order?: 'asc' | 'desc'; limit?: number; excludeCancelled?: boolean },
) {
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

/** A meeting's agenda items in order. */
export function listAgendaItems(ex: Executor, meetingId: number) {
  return ex
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), isNull(agendaItems.deletedAt)))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
}

/** One agenda item, or undefined. */
export async function findAgendaItem(ex: Executor, id: number) {
  const [row] = await ex.select().from(agendaItems).where(and(eq(agendaItems.id, id), isNull(agendaItems.deletedAt)));
  return row;
}

/** Documents of a meeting; exempt ones only when the caller may read them. */
export function listMeetingDocuments(ex: Executor, meetingId: number, includeExempt: boolean) {
  const where = [eq(documents.meetingId, meetingId), isNull(documents.deletedAt)];
  if (!includeExempt) where.push(eq(documents.isPublic, true));
  return ex
    .select({
      id: documents.id,
      agendaItemId: documents.agendaItemId,
      title: documents.title,
      kind: documents.kind,
      fileName: documents.fileName,
      mimeType: documents.mimeType,
      byteSize: documents.byteSize,
      isPublic: documents.isPublic,
      exemptParagraph: documents.exemptParagraph,
      publishedAt: documents.publishedAt,
    })
    .from(documents)
    .where(and(...where))
    .orderBy(asc(documents.id));
}

/** Recently published public documents with their meetings. */
export function listRecentDocuments(ex: Executor, limit: number) {
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
    .where(and(eq(documents.isPublic, true), isNull(documents.deletedAt), sql`${documents.publishedAt} is not null`, sql`${documents.publishedAt} <= now()`))
    .orderBy(desc(documents.publishedAt), desc(documents.id))
    .limit(limit);
}

/** Meetings (with organisation) a person attends as a member of the organisation, in a window. */
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

/** Every location, by description. */
export function listLocations(ex: Executor) {
  return ex.select().from(locations).where(isNull(locations.deletedAt)).orderBy(asc(locations.description));
}
