import { and, asc, eq, ilike, inArray, isNotNull, isNull, min, or } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { agendaItems, bodies, documents, forwardPlanEntries, minutes, organisations, reports, type meetings } from '../../db/schema.ts';
import type { MeetingFacts } from './meeting-deadlines.ts';

type Meeting = typeof meetings.$inferSelect;

/** The rules of the meeting's council and committee, and the council's nation. */
export async function meetingRules(db: Executor, meeting: Pick<Meeting, 'bodyId' | 'organisationId'>) {
  const [body] = await db.select({ rules: bodies.rules, nation: bodies.nation }).from(bodies).where(eq(bodies.id, meeting.bodyId));
  const [org] = await db.select({ rules: organisations.rules }).from(organisations).where(eq(organisations.id, meeting.organisationId));
  return { bodyRules: body?.rules ?? {}, organisationRules: org?.rules ?? {}, nation: body?.nation ?? 'england-and-wales' };
}

/** Reads what the deadlines check from the database: publication, exempt items, key decisions, notices, minutes. */
export async function loadMeetingFacts(db: Executor, meeting: Meeting): Promise<MeetingFacts> {
  const [exempt] = await db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.access, 'exempt'), isNull(agendaItems.deletedAt)))
    .limit(1);
  const keyReports = await db
    .select({ ref: reports.forwardPlanRef, title: reports.title })
    .from(reports)
    .where(and(eq(reports.meetingId, meeting.id), isNull(reports.deletedAt), or(isNotNull(reports.forwardPlanRef), ilike(reports.kind, '%key decision%'))))
    .orderBy(asc(reports.id));
  const refs = [...new Set(keyReports.map((r) => r.ref).filter((r): r is string => !!r))];
  const entries = refs.length
    ? await db
        .select({ ref: forwardPlanEntries.ref, firstPublished: forwardPlanEntries.firstPublished })
        .from(forwardPlanEntries)
        .where(and(inArray(forwardPlanEntries.ref, refs), isNull(forwardPlanEntries.deletedAt)))
    : [];
  const published = new Map(entries.filter((e) => e.firstPublished).map((e) => [e.ref, e.firstPublished!]));
  const keyDecisions = keyReports.map((r) => {
    const first = r.ref ? published.get(r.ref) : undefined;
    return { reference: r.ref ?? r.title, firstPublished: first ? `${first}T00:00` : null };
  });
  const [notice] = await db
    .select({ at: min(documents.publishedAt) })
    .from(documents)
    .where(
      and(eq(documents.meetingId, meeting.id), eq(documents.kind, 'notice'), eq(documents.access, 'public'), eq(documents.publication, 'published'), isNull(documents.deletedAt)),
    );
  const [minutesRow] = await db
    .select({ at: min(minutes.createdAt) })
    .from(minutes)
    .where(and(eq(minutes.meetingId, meeting.id), isNull(minutes.deletedAt)));
  const [minutesDoc] = await db
    .select({ at: min(documents.publishedAt) })
    .from(documents)
    .where(
      and(eq(documents.meetingId, meeting.id), eq(documents.kind, 'minutes'), eq(documents.access, 'public'), eq(documents.publication, 'published'), isNull(documents.deletedAt)),
    );
  const minutesAt = [minutesRow?.at, minutesDoc?.at].filter((d): d is Date => !!d).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  return {
    startAt: meeting.startAt,
    agendaPublishedAt: meeting.agendaPublishedAt,
    hasExemptItems: !!exempt,
    keyDecisions,
    privateNoticeAt: notice?.at ? new Date(notice.at) : null,
    minutesPublishedAt: minutesAt ? new Date(minutesAt) : null,
    cancelled: meeting.status === 'cancelled' || meeting.status === 'postponed',
  };
}
