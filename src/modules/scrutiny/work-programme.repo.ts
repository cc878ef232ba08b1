import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { AppError } from '../../lib/errors.ts';
import { toLondonDate } from '../../lib/dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { meetings, organisations } from '../../db/schema.ts';

/** The committee, or a 404. */
export async function committeeOrNotFound(ex: Executor, organisationId: number) {
  const [org] = await ex
    .select({ id: organisations.id, bodyId: organisations.bodyId })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), isNull(organisations.deletedAt)));
  if (!org) throw new AppError('not_found', 'Committee not found');
  return org;
}

/** The meeting's date when it is a meeting of this committee still to be held, or the error to show. */
export async function plannedMeeting(
  ex: Executor,
  organisationId: number,
  id: number | undefined,
  now: Date,
): Promise<{ meetingId: number | null; meetingDate: string | null } | FieldError> {
  if (id === undefined) return { meetingId: null, meetingDate: null };
  const [m] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), eq(meetings.organisationId, organisationId), isNull(meetings.deletedAt)));
  if (!m) return { field: 'meetingId', message: 'Select a meeting of this committee' };
  const date = toLondonDate(m.startAt);
  if (date < toLondonDate(now) || (m.status !== 'scheduled' && m.status !== 'agenda-published')) return { field: 'meetingId', message: 'Select a meeting still to be held' };
  return { meetingId: m.id, meetingDate: date };
}

/** Whether a lookup answered with the error to show rather than a value. */
export const isError = (x: unknown): x is FieldError => typeof x === 'object' && x !== null && 'message' in x;

/** A meeting whose agenda may still take items: not yet held, cancelled or postponed. */
export async function openMeeting(ex: Executor, meetingId: number) {
  const [m] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!m) throw new AppError('not_found', 'Meeting not found');
  return { meeting: m, open: m.status === 'scheduled' || m.status === 'agenda-published' };
}
