import { and, asc, desc, eq, isNull, like, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { agendaItems, bodies, meetings, organisations } from '../../db/schema.ts';
import { publicSubmissions } from './participation.table.ts';
import { AppError } from '../../lib/errors.ts';
import { submissionDeadline, takesSubmissions } from './participation.deadline.ts';

const prefixes = { question: 'Q', statement: 'S', petition: 'P' } as const;

/**
 * The next free reference for a kind of submission in a year: Q-2026-0042, S-2026-0003, P-2026-0001.
 * @example await nextReference(trx, 'question', 2026) // 'Q-2026-0001' when none yet
 */
export async function nextReference(ex: Executor, kind: keyof typeof prefixes, year: number): Promise<string> {
  const stem = `${prefixes[kind]}-${year}-`;
  const [last] = await ex
    .select({ reference: publicSubmissions.reference })
    .from(publicSubmissions)
    .where(like(publicSubmissions.reference, `${stem}%`))
    .orderBy(desc(publicSubmissions.reference))
    .limit(1);
  const n = last ? Number(last.reference.slice(stem.length)) + 1 : 1;
  return `${stem}${String(n).padStart(4, '0')}`;
}

/** Every submission for a meeting, oldest first, with its agenda item, for the clerk. */
export function listSubmissions(ex: Executor, meetingId: number) {
  return ex
    .select({ submission: publicSubmissions, item: { id: agendaItems.id, number: agendaItems.number, title: agendaItems.title } })
    .from(publicSubmissions)
    .leftJoin(agendaItems, eq(agendaItems.id, publicSubmissions.agendaItemId))
    .where(and(eq(publicSubmissions.meetingId, meetingId), isNull(publicSubmissions.deletedAt)))
    .orderBy(asc(publicSubmissions.receivedAt), asc(publicSubmissions.id));
}

/** The submissions the clerk has published for a meeting, oldest first, as a column of the meeting page's query: only what the public may see (no contact details). */
export function publishedSubmissionRows(meetingId: number | SQLWrapper) {
  return jsonRows(
    {
      reference: publicSubmissions.reference,
      kind: publicSubmissions.kind,
      name: publicSubmissions.name,
      text: publicSubmissions.text,
      response: publicSubmissions.response,
      itemNumber: agendaItems.number,
    },
    (q) =>
      q
        .from(publicSubmissions)
        .leftJoin(agendaItems, eq(agendaItems.id, publicSubmissions.agendaItemId))
        .where(and(eq(publicSubmissions.meetingId, meetingId), eq(publicSubmissions.isPublished, true), isNull(publicSubmissions.deletedAt)))
        .orderBy(asc(publicSubmissions.receivedAt), asc(publicSubmissions.id)),
  );
}

/** One submission, or undefined. */
export async function findSubmission(ex: Executor, id: number) {
  const [row] = await ex
    .select()
    .from(publicSubmissions)
    .where(and(eq(publicSubmissions.id, id), isNull(publicSubmissions.deletedAt)));
  return row;
}

/** One submission by its reference, or undefined. */
export async function findSubmissionByReference(ex: Executor, reference: string) {
  const [row] = await ex
    .select()
    .from(publicSubmissions)
    .where(and(eq(publicSubmissions.reference, reference), isNull(publicSubmissions.deletedAt)));
  return row;
}

/** The meeting, its organisation's rules and the council's nation, for a submission; throws not_found for a missing or past meeting. */
export async function submissionContext(ex: Executor, meetingId: number, now: Date) {
  const [row] = await ex
    .select({ meeting: meetings, rules: organisations.rules, organisationName: organisations.name, nation: bodies.nation })
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!row) throw new AppError('not_found', 'Meeting not found');
  return { ...row, open: takesSubmissions(row.meeting, now), deadline: submissionDeadline(row.rules, row.meeting.startAt, row.nation) };
}
