import { and, asc, count, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import type { locations } from '../../db/schema.ts';
import { agendaItems, bodies, decisions, declarations, documents, legislativeTerms, meetings, memberships, minutes, organisations } from '../../db/schema.ts';
import { publicViewer, readable, visible } from '../visibility/index.ts';
import { kindSpecs, type KindSpec, type OparlKind } from './oparl.kinds.ts';

/** The filters of an OParl list (spec 2.5), as instants; `page` and `limit` choose the page. */
export type ListFilter = {
  createdSince?: Date;
  createdUntil?: Date;
  modifiedSince?: Date;
  modifiedUntil?: Date;
  page: number;
  limit: number;
};

/** One row of a kind with its OParl timestamps and whether it is live (false: a tombstone). */
export type Stamped<T> = { row: T; live: boolean; created: string; modified: string };

// OParl date-times are to the second with an offset (spec 2.4); filters compare at that precision.
const oparlTime = (expr: SQL) => sql<string>`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"')`;
const second = (expr: SQL) => sql`date_trunc('second', ${expr})`;
const instant = (d: Date) => sql`${d.toISOString()}::timestamptz`;

function conditions(spec: KindSpec, scope: SQL | undefined, f: Omit<ListFilter, 'page' | 'limit'>): SQL | undefined {
  const created = sql`${spec.table.createdAt}`;
  return and(
    scope,
    // Deleted objects only with modified_since (spec 2.5): a full sync never sees them.
    f.modifiedSince ? or(spec.live, spec.tombstone) : spec.live,
    f.createdSince ? sql`${second(created)} >= ${instant(f.createdSince)}` : undefined,
    f.createdUntil ? sql`${second(created)} <= ${instant(f.createdUntil)}` : undefined,
    f.modifiedSince ? sql`${second(spec.modified)} >= ${instant(f.modifiedSince)}` : undefined,
    f.modifiedUntil ? sql`${second(spec.modified)} <= ${instant(f.modifiedUntil)}` : undefined,
  );
}

function stampColumns(spec: KindSpec) {
  return {
    live: sql<boolean>`(${spec.live})`.mapWith(Boolean),
    created: oparlTime(sql`${spec.table.createdAt}`),
    modified: oparlTime(spec.modified),
  };
}

/**
 * One page of a kind's rows in id order (stable across pages), with the total, as the public sees them.
 * @example await pageRows(db, 'meeting', kindSpecs.meeting.inBody(1), { page: 1, limit: 20 })
 */
export async function pageRows(ex: Executor, kind: OparlKind, scope: SQL | undefined, f: ListFilter): Promise<{ rows: Stamped<Record<string, unknown>>[]; total: number }> {
  const spec = kindSpecs[kind];
  const where = conditions(spec, scope, f);
  const [rows, [total]] = await Promise.all([
    ex
      .select({ row: spec.table, ...stampColumns(spec) } as never)
      .from(spec.table)
      .where(where)
      .orderBy(asc(spec.table.id))
      .limit(f.limit)
      .offset((f.page - 1) * f.limit) as unknown as Promise<Stamped<Record<string, unknown>>[]>,
    ex.select({ n: count() }).from(spec.table).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** One row of a kind by id, live or a tombstone; undefined when the public never saw it (exactly as a missing one). */
export async function findRow(ex: Executor, kind: OparlKind, id: number): Promise<Stamped<Record<string, unknown>> | undefined> {
  const spec = kindSpecs[kind];
  const [row] = (await ex
    .select({ row: spec.table, ...stampColumns(spec) } as never)
    .from(spec.table)
    .where(and(eq(spec.table.id, id), or(spec.live, spec.tombstone)))) as unknown as Stamped<Record<string, unknown>>[];
  return row;
}

/** The first live body: the council the System serves. */
export async function firstBody(ex: Executor) {
  const [b] = await ex.select().from(bodies).where(isNull(bodies.deletedAt)).orderBy(asc(bodies.id)).limit(1);
  return b;
}

/** The rows of `table` with ids in `ids`, stamped, live only (for embedding and references). */
async function liveById(ex: Executor, kind: OparlKind, ids: number[]) {
  if (ids.length === 0) return [];
  const spec = kindSpecs[kind];
  return (await ex
    .select({ row: spec.table, ...stampColumns(spec) } as never)
    .from(spec.table)
    .where(and(inArray(spec.table.id, ids), spec.live))
    .orderBy(asc(spec.table.id))) as unknown as Stamped<Record<string, unknown>>[];
}

/** Live legislative terms of bodies, for embedding in Body. */
export async function termsOf(ex: Executor, bodyIds: number[]) {
  if (bodyIds.length === 0) return [];
  const spec = kindSpecs.legislativeTerm;
  return (await ex
    .select({ row: legislativeTerms, ...stampColumns(spec) })
    .from(legislativeTerms)
    .where(and(inArray(legislativeTerms.bodyId, bodyIds), spec.live))
    .orderBy(asc(legislativeTerms.startDate), asc(legislativeTerms.id))) as Stamped<typeof legislativeTerms.$inferSelect>[];
}

/** Live memberships of people, for embedding in Person. */
export async function membershipsOf(ex: Executor, personIds: number[]) {
  if (personIds.length === 0) return [];
  const spec = kindSpecs.membership;
  return (await ex
    .select({ row: memberships, ...stampColumns(spec) })
    .from(memberships)
    .where(and(inArray(memberships.personId, personIds), spec.live))
    .orderBy(asc(memberships.id))) as Stamped<typeof memberships.$inferSelect>[];
}

/** Live locations by id, for embedding in Meeting. */
export async function locationsById(ex: Executor, ids: number[]) {
  return (await liveById(ex, 'location', ids)) as Stamped<typeof locations.$inferSelect>[];
}

/** Organisation names by id, for meeting names. */
export async function organisationNames(ex: Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ex.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Meetings' organisations by meeting id, for Consultation.organization. */
export async function meetingOrganisations(ex: Executor, meetingIds: number[]): Promise<Map<number, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await ex.select({ id: meetings.id, organisationId: meetings.organisationId }).from(meetings).where(inArray(meetings.id, meetingIds));
  return new Map(rows.map((r) => [r.id, r.organisationId]));
}

/** An agenda item with whether the public may read more than its number, title and paragraph. */
export type ItemRow = Stamped<typeof agendaItems.$inferSelect> & { readable: boolean };

/** Agenda items the public may see of some meetings, in agenda order. */
export async function itemsOfMeetings(ex: Executor, meetingIds: number[]): Promise<ItemRow[]> {
  if (meetingIds.length === 0) return [];
  const spec = kindSpecs.agendaItem;
  return (await ex
    .select({ row: agendaItems, ...stampColumns(spec), readable: readable(publicViewer, 'agenda_item') })
    .from(agendaItems)
    .where(and(inArray(agendaItems.meetingId, meetingIds), spec.live))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id))) as ItemRow[];
}

/** Whether the public may read each agenda item beyond its title (exempt items: no). */
export async function itemReadability(ex: Executor, ids: number[]): Promise<Map<number, boolean>> {
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ id: agendaItems.id, readable: readable(publicViewer, 'agenda_item') })
    .from(agendaItems)
    .where(inArray(agendaItems.id, ids));
  return new Map(rows.map((r) => [r.id, r.readable]));
}

/** Files the public may see of some meetings or agenda items. */
export async function filesOf(ex: Executor, of: { meetingIds: number[] } | { itemIds: number[] }) {
  const ids = 'meetingIds' in of ? of.meetingIds : of.itemIds;
  if (ids.length === 0) return [];
  const spec = kindSpecs.file;
  return (await ex
    .select({ row: documents, ...stampColumns(spec) })
    .from(documents)
    .where(and('meetingIds' in of ? inArray(documents.meetingId, ids) : inArray(documents.agendaItemId, ids), spec.live))
    .orderBy(asc(documents.id))) as Stamped<typeof documents.$inferSelect>[];
}

/** Published public decisions of some meetings, for the UK extension. */
export async function decisionsOfMeetings(ex: Executor, meetingIds: number[]) {
  if (meetingIds.length === 0) return [];
  return ex
    .select()
    .from(decisions)
    .where(and(inArray(decisions.meetingId, meetingIds), visible(publicViewer, 'decision')))
    .orderBy(asc(decisions.decidedOn), asc(decisions.id));
}

/** Declarations of interest at meetings whose minutes the public may read (they are part of the minutes). */
export async function declarationsOfMeetings(ex: Executor, meetingIds: number[]) {
  if (meetingIds.length === 0) return [];
  const minutesPublic = sql`exists (select 1 from minutes where ${minutes.meetingId} = ${declarations.meetingId} and ${visible(publicViewer, 'minutes')})`;
  return ex
    .select({ d: declarations, itemNumber: agendaItems.number, itemTitle: agendaItems.title })
    .from(declarations)
    .leftJoin(agendaItems, eq(agendaItems.id, declarations.agendaItemId))
    .where(and(inArray(declarations.meetingId, meetingIds), isNull(declarations.deletedAt), minutesPublic))
    .orderBy(asc(declarations.id));
}
