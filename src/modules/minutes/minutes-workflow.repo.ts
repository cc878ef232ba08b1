import { and, asc, desc, eq, gt, inArray, isNull, lte, ne, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { AppError } from '../../lib/errors.ts';
import { jsonRows } from '../../db/json-rows.ts';
import {
  agendaItems,
  attendances,
  auditEvents,
  decisions,
  declarations,
  meetings,
  memberships,
  minuteActions,
  minuteItems,
  minutes,
  organisations,
  people,
  resolutions,
} from '../../db/schema.ts';
import { readable, seesEverything, visible, type Viewer } from '../visibility/index.ts';

/** Every version of a meeting's minutes the viewer may see, newest first. */
export function listMinutesVersions(ex: Executor, v: Viewer, meetingId: number) {
  return ex
    .select()
    .from(minutes)
    .where(and(eq(minutes.meetingId, meetingId), visible(v, 'minutes')))
    .orderBy(desc(minutes.version), desc(minutes.id));
}

/** One version of minutes, or undefined. */
export async function findMinutes(ex: Executor, id: number) {
  const [row] = await ex
    .select()
    .from(minutes)
    .where(and(eq(minutes.id, id), isNull(minutes.deletedAt)));
  return row;
}

/** One minute with the version of the minutes it belongs to, or undefined. */
export async function findMinuteItem(ex: Executor, id: number) {
  const [row] = await ex
    .select({ item: minuteItems, minutes })
    .from(minuteItems)
    .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
    .where(and(eq(minuteItems.id, id), isNull(minuteItems.deletedAt)));
  return row;
}

/**
 * The minutes of one version the viewer may see, in order, each with `readable` and its resolutions
 * and actions (loaded only for minutes the viewer may read).
 */
export async function listMinuteItems(ex: Executor, v: Viewer, minutesId: number) {
  const rows = await ex
    .select({ item: minuteItems, readable: readable(v, 'minute_item') })
    .from(minuteItems)
    .where(and(eq(minuteItems.minutesId, minutesId), visible(v, 'minute_item')))
    .orderBy(asc(minuteItems.position), asc(minuteItems.id));
  const items = rows.map((r) => ({ ...r.item, readable: r.readable }));
  const ids = items.filter((i) => i.readable).map((i) => i.id);
  const [res, acts] = ids.length
    ? await Promise.all([
        ex
          .select()
          .from(resolutions)
          .where(and(inArray(resolutions.minuteItemId, ids), isNull(resolutions.deletedAt)))
          .orderBy(asc(resolutions.position), asc(resolutions.id)),
        ex
          .select()
          .from(minuteActions)
          .where(and(inArray(minuteActions.minuteItemId, ids), isNull(minuteActions.deletedAt)))
          .orderBy(asc(minuteActions.id)),
      ])
    : [[], []];
  return items.map((i) => ({ ...i, resolutions: res.filter((r) => r.minuteItemId === i.id), actions: acts.filter((a) => a.minuteItemId === i.id) }));
}

/**
 * The next minute number for an organisation: the highest whole number it has used, plus one, as text.
 * @example await nextMinuteNumber(db, orgId) // '194' after minutes 183–193
 */
export async function nextMinuteNumber(ex: Executor, organisationId: number): Promise<string> {
  const [row] = await ex
    .select({ max: sql<number | null>`max(case when ${minuteItems.number} ~ '^[0-9]{1,9}$' then ${minuteItems.number}::int end)` })
    .from(minuteItems)
    .where(and(eq(minuteItems.organisationId, organisationId), isNull(minuteItems.deletedAt)));
  return String(Number(row?.max ?? 0) + 1);
}

/** Whether a minute number is already used by the organisation at another meeting, or twice in one version. */
export async function minuteNumberTaken(ex: Executor, organisationId: number, number: string, meetingId: number, minutesId: number, exceptItemId?: number): Promise<boolean> {
  const rows = await ex
    .select({ id: minuteItems.id })
    .from(minuteItems)
    .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
    .where(
      and(
        eq(minuteItems.organisationId, organisationId),
        eq(minuteItems.number, number),
        isNull(minuteItems.deletedAt),
        or(ne(minutes.meetingId, meetingId), eq(minutes.id, minutesId)),
        exceptItemId ? ne(minuteItems.id, exceptItemId) : undefined,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Members of an organisation on a date (memberships current then), chair first. */
export function currentMembers(ex: Executor, organisationId: number, onDate: string) {
  return ex
    .select({ personId: people.id, printedName: people.printedName, role: memberships.role })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        isNull(memberships.deletedAt),
        isNull(people.deletedAt),
        or(isNull(memberships.startDate), lte(memberships.startDate, onDate)),
        or(isNull(memberships.endDate), sql`${memberships.endDate} >= ${onDate}`),
      ),
    )
    .orderBy(sql`case ${memberships.role} when 'chair' then 0 when 'vice-chair' then 1 else 2 end`, asc(people.familyName), asc(people.printedName));
}

/** Who attended a meeting, as recorded. */
export function listAttendances(ex: Executor, meetingId: number) {
  return ex
    .select()
    .from(attendances)
    .where(and(eq(attendances.meetingId, meetingId), isNull(attendances.deletedAt)))
    .orderBy(asc(attendances.id));
}

/**
 * Declarations of interest at a meeting, with the agenda item. A declaration on an item or minute the
 * viewer may not read is left out: its wording could disclose the exempt business.
 */
export function listDeclarations(ex: Executor, v: Viewer, meetingId: number) {
  return ex
    .select({ declaration: declarations, itemNumber: agendaItems.number, itemTitle: agendaItems.title })
    .from(declarations)
    .leftJoin(agendaItems, and(eq(agendaItems.id, declarations.agendaItemId), visible(v, 'agenda_item')))
    .where(
      and(
        eq(declarations.meetingId, meetingId),
        isNull(declarations.deletedAt),
        sql`(${declarations.agendaItemId} is null or (${agendaItems.id} is not null and ${readable(v, 'agenda_item')}))`,
        sql`(${declarations.minuteItemId} is null or exists (select 1 from minute_items where minute_items.id = ${declarations.minuteItemId} and ${visible(v, 'minute_item')} and ${readable(v, 'minute_item')}))`,
      ),
    )
    .orderBy(asc(declarations.id));
}

/** Later meetings of the same organisation, soonest first: where minutes can be approved. */
export function laterMeetings(ex: Executor, meeting: { organisationId: number; startAt: Date }) {
  return ex
    .select({ id: meetings.id, startAt: meetings.startAt, status: meetings.status })
    .from(meetings)
    .where(and(eq(meetings.organisationId, meeting.organisationId), gt(meetings.startAt, meeting.startAt), isNull(meetings.deletedAt), ne(meetings.status, 'cancelled')))
    .orderBy(asc(meetings.startAt))
    .limit(12);
}

/** A meeting with its organisation's name, for headings; undefined if missing. */
export async function meetingHeading(ex: Executor, meetingId: number) {
  const [row] = await ex
    .select({ meeting: meetings, organisationName: organisations.name, organisationSlug: organisations.slug })
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  return row;
}

/**
 * The published record of a meeting as the viewer may see it, as columns of the meeting page's query:
 * every version of the minutes (newest first) with its minutes, their resolutions and actions (only for
 * minutes the viewer may read), and the attendance and declarations, which are part of the minutes:
 * nobody but a clerk sees them before minutes are published.
 */
export function meetingRecordRows(v: Viewer, meetingId: number | SQLWrapper) {
  const minutesShown = seesEverything(v) ? sql`true` : sql`exists (select 1 from minutes where minutes.meeting_id = ${meetingId} and ${visible(v, 'minutes')})`;
  const itemReadable = readable(v, 'minute_item');
  const items = jsonRows(
    {
      id: minuteItems.id,
      number: minuteItems.number,
      agendaNumber: minuteItems.agendaNumber,
      title: minuteItems.title,
      narrative: minuteItems.narrative,
      presenters: minuteItems.presenters,
      alternativesConsidered: minuteItems.alternativesConsidered,
      reasons: minuteItems.reasons,
      access: minuteItems.access,
      exemptParagraph: minuteItems.exemptParagraph,
      accessReason: minuteItems.accessReason,
      readable: itemReadable,
      resolutions: jsonRows({ id: resolutions.id, number: resolutions.number, text: resolutions.text, delegation: resolutions.delegation }, (q) =>
        q
          .from(resolutions)
          .where(and(sql`${resolutions.minuteItemId} = ${minuteItems.id}`, isNull(resolutions.deletedAt), itemReadable))
          .orderBy(asc(resolutions.position), asc(resolutions.id)),
      ),
      // The decisions recorded from this minute that the viewer may see, oldest version first.
      decisions: jsonRows({ id: decisions.id, title: decisions.title, resolutionId: decisions.resolutionId, supersedesId: decisions.supersedesId }, (q) =>
        q
          .from(decisions)
          .where(and(sql`${decisions.minuteItemId} = ${minuteItems.id}`, visible(v, 'decision')))
          .orderBy(asc(decisions.version), asc(decisions.id)),
      ),
      actions: jsonRows({ id: minuteActions.id, action: minuteActions.action, owner: minuteActions.owner, dueDate: minuteActions.dueDate }, (q) =>
        q
          .from(minuteActions)
          .where(and(sql`${minuteActions.minuteItemId} = ${minuteItems.id}`, isNull(minuteActions.deletedAt), itemReadable))
          .orderBy(asc(minuteActions.id)),
      ),
    },
    (q) =>
      q
        .from(minuteItems)
        .where(and(sql`${minuteItems.minutesId} = ${minutes.id}`, visible(v, 'minute_item')))
        .orderBy(asc(minuteItems.position), asc(minuteItems.id)),
  );
  return {
    versions: jsonRows(
      {
        id: minutes.id,
        version: minutes.version,
        status: minutes.status,
        supersedesId: minutes.supersedesId,
        correctionReason: minutes.correctionReason,
        approvedAt: minutes.approvedAt,
        approvalNote: minutes.approvalNote,
        approvedAtMeetingStart: sql<Date | null>`(select am.start_at from meetings am where am.id = ${minutes.approvedAtMeetingId})`.mapWith(minutes.approvedAt),
        signedBy: minutes.signedBy,
        signedAt: minutes.signedAt,
        items,
      },
      (q) =>
        q
          .from(minutes)
          .where(and(eq(minutes.meetingId, meetingId), visible(v, 'minutes')))
          .orderBy(desc(minutes.version), desc(minutes.id)),
    ),
    attendance: jsonRows({ kind: attendances.kind, printedName: attendances.printedName, substituteFor: attendances.substituteFor }, (q) =>
      q
        .from(attendances)
        .where(and(eq(attendances.meetingId, meetingId), isNull(attendances.deletedAt), minutesShown))
        .orderBy(asc(attendances.id)),
    ),
    declarations: jsonRows(
      {
        id: declarations.id,
        printedName: declarations.printedName,
        interest: declarations.interest,
        kind: declarations.kind,
        action: declarations.action,
        dispensation: declarations.dispensation,
        itemNumber: agendaItems.number,
        itemTitle: agendaItems.title,
      },
      (q) =>
        q
          .from(declarations)
          .leftJoin(agendaItems, and(eq(agendaItems.id, declarations.agendaItemId), visible(v, 'agenda_item')))
          .where(
            and(
              eq(declarations.meetingId, meetingId),
              isNull(declarations.deletedAt),
              minutesShown,
              sql`(${declarations.agendaItemId} is null or (${agendaItems.id} is not null and ${readable(v, 'agenda_item')}))`,
              sql`(${declarations.minuteItemId} is null or exists (select 1 from minute_items where minute_items.id = ${declarations.minuteItemId} and ${visible(v, 'minute_item')} and ${readable(v, 'minute_item')}))`,
            ),
          )
          .orderBy(asc(declarations.id)),
    ),
  };
}

/** The decisions recorded from any of these minutes that the viewer may see, oldest version first. */
function listMinuteDecisions(ex: Executor, v: Viewer, minuteItemIds: number[]) {
  if (!minuteItemIds.length) return Promise.resolve([]);
  return ex
    .select({ id: decisions.id, title: decisions.title, minuteItemId: decisions.minuteItemId, resolutionId: decisions.resolutionId, supersedesId: decisions.supersedesId })
    .from(decisions)
    .where(and(inArray(decisions.minuteItemId, minuteItemIds), visible(v, 'decision')))
    .orderBy(asc(decisions.version), asc(decisions.id));
}

/**
 * A meeting's record as the viewer may see it, for the officer area and the printed minutes: every
 * version of the minutes (newest first) with its minutes, the decisions recorded from them and where
 * each version was approved; and the attendance and declarations, which are part of the minutes:
 * nobody but a clerk sees them before minutes are published.
 */
export async function loadMeetingRecord(ex: Executor, v: Viewer, meetingId: number) {
  const versions = await listMinutesVersions(ex, v, meetingId);
  const approvingIds = versions.map((m) => m.approvedAtMeetingId).filter((x): x is number => x !== null);
  const open = versions.length > 0 || seesEverything(v);
  const [approving, items, attendance, declarationRows] = await Promise.all([
    approvingIds.length ? ex.select({ id: meetings.id, startAt: meetings.startAt }).from(meetings).where(inArray(meetings.id, approvingIds)) : [],
    Promise.all(versions.map((m) => listMinuteItems(ex, v, m.id))),
    open ? listAttendances(ex, meetingId) : [],
    open ? listDeclarations(ex, v, meetingId) : [],
  ]);
  const decisionRows = await listMinuteDecisions(
    ex,
    v,
    items.flat().map((i) => i.id),
  );
  return { versions: versions.map((m, k) => ({ ...m, items: items[k]! })), approving, decisions: decisionRows, attendance, declarations: declarationRows };
}

/** The records that make up a meeting's record, by audit subject type, for its history. */
export type RecordSubjects = Record<'minutes' | 'minute_item' | 'resolution' | 'minute_action' | 'declaration' | 'attendance', number[]>;

/** The latest 100 audit events about a meeting's record: its roll call and every record named in `subjects`. */
export function listMeetingRecordHistory(ex: Executor, meetingId: number, subjects: RecordSubjects) {
  const clauses = [
    and(eq(auditEvents.subjectType, 'meeting'), eq(auditEvents.subjectId, String(meetingId)), inArray(auditEvents.action, ['attendance.roll-call'])),
    ...Object.entries(subjects)
      .filter(([, ids]) => ids.length > 0)
      .map(([type, ids]) => and(eq(auditEvents.subjectType, type), inArray(auditEvents.subjectId, ids.map(String)))),
  ];
  return ex
    .select({ at: auditEvents.at, actorLabel: auditEvents.actorLabel, action: auditEvents.action })
    .from(auditEvents)
    .where(or(...clauses))
    .orderBy(desc(auditEvents.id))
    .limit(100);
}

/**
 * A member's declarations of interest at meetings whose minutes the viewer may see, newest meeting
 * first, with the meeting and its committee; one on an item or minute the viewer may not read is left out.
 */
export function listDeclarationsOfPerson(ex: Executor, v: Viewer, personId: number) {
  return ex
    .select({
      id: declarations.id,
      interest: declarations.interest,
      kind: declarations.kind,
      action: declarations.action,
      dispensation: declarations.dispensation,
      meetingId: meetings.id,
      startAt: meetings.startAt,
      committee: organisations.name,
      itemNumber: agendaItems.number,
      itemTitle: agendaItems.title,
    })
    .from(declarations)
    .innerJoin(meetings, and(eq(meetings.id, declarations.meetingId), isNull(meetings.deletedAt)))
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .leftJoin(agendaItems, and(eq(agendaItems.id, declarations.agendaItemId), visible(v, 'agenda_item')))
    .where(
      and(
        eq(declarations.personId, personId),
        isNull(declarations.deletedAt),
        sql`exists (select 1 from minutes where minutes.meeting_id = ${meetings.id} and ${visible(v, 'minutes')})`,
        sql`(${declarations.agendaItemId} is null or (${agendaItems.id} is not null and ${readable(v, 'agenda_item')}))`,
        sql`(${declarations.minuteItemId} is null or exists (select 1 from minute_items where minute_items.id = ${declarations.minuteItemId} and ${visible(v, 'minute_item')} and ${readable(v, 'minute_item')}))`,
      ),
    )
    .orderBy(desc(meetings.startAt), asc(declarations.id))
    .limit(200);
}

/** A live meeting, or a not-found error. */
export async function meetingOrNotFound(ex: Executor, meetingId: number) {
  const [meeting] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!meeting) throw new AppError('not_found', 'Meeting not found');
  return meeting;
}

/** The agenda item a minute is about (none when not given), or the message when it is not an item of this meeting. */
export async function agendaItemFor(trx: Executor, meetingId: number, agendaItemId: number | undefined) {
  if (!agendaItemId) return { item: null };
  const [item] = await trx
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.meetingId, meetingId), isNull(agendaItems.deletedAt)));
  return item ? { item } : { error: { field: 'agendaItemId', message: 'Select an agenda item of this meeting' } };
}
