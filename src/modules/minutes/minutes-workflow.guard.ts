import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { AppError } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { minutes } from './minutes.table.ts';
import { sameValue, changesRecord, rowErrors, type RowCheck, type RowError } from '../records/index.ts';
import { meetings } from '../../db/schema.ts';

/** The message every refused change to approved minutes carries. */
export const LOCKED_MESSAGE = 'These minutes have been approved and are a legal record. They cannot be changed: make a correction, which creates a new version with a reason.';

/** Throws a conflict unless the minutes are a draft: approved and signed minutes are never edited in place. */
export function assertDraft(row: { status: string }): void {
  if (row.status !== 'draft') throw new AppError('conflict', LOCKED_MESSAGE);
}

/** Whether any version of a meeting's minutes has been approved, which freezes its attendance and declarations. */
export async function meetingRecordLocked(ex: Executor, meetingId: number): Promise<boolean> {
  const rows = await ex
    .select({ id: minutes.id })
    .from(minutes)
    .where(and(eq(minutes.meetingId, meetingId), inArray(minutes.status, ['approved', 'signed']), isNull(minutes.deletedAt)))
    .limit(1);
  return rows.length > 0;
}

/** Throws a conflict once a meeting's minutes have been approved. */
export async function assertMeetingRecordOpen(ex: Executor, meetingId: number): Promise<void> {
  if (await meetingRecordLocked(ex, meetingId)) {
    throw new AppError('conflict', 'The minutes of this meeting have been approved, so its attendance and declarations cannot be changed.');
  }
}

/**
 * Attendance, declarations and minutes exist only for a meeting that has started: an error for the
 * form's `field` if it has not (or is cancelled), else null.
 * @example const e = notStartedError(meeting, 'title'); if (e) return invalid([e]);
 */
export function notStartedError(meeting: { startAt: Date; status: string }, field: string, now: Date = new Date()): FieldError | null {
  if (meeting.status === 'cancelled') return { field, message: 'This meeting was cancelled, so it has no attendance, declarations or minutes' };
  if (meeting.startAt.getTime() > now.getTime()) {
    return { field, message: `This meeting has not started yet. You can record its attendance, declarations and minutes from ${formatDateTime(meeting.startAt)}` };
  }
  return null;
}

const signing = new Set(['status', 'signedBy', 'signedAt', 'updatedAt']);

/**
 * Whether a change to a set of minutes is allowed: draft minutes change freely (and may be
 * approved); approved minutes may only be signed; anything else is a change to a legal record and
 * refused with the locked message.
 * @example minutesChangeErrors(approved, { ...approved, approvalNote: 'Changed' }) // [{ field: 'form', message: LOCKED_MESSAGE }]
 */
export function minutesChangeErrors(before: Record<string, unknown> | undefined, next: Record<string, unknown>): FieldError[] {
  if (!before || before.status === 'draft') return [];
  const changed = Object.keys(next).filter((k) => k !== 'updatedAt' && !sameValue(before[k], next[k]));
  if (changed.length === 0) return [];
  if (before.status === 'approved' && next.status === 'signed' && changed.every((k) => signing.has(k))) return [];
  return [{ field: 'form', message: LOCKED_MESSAGE }];
}

/** The message when the attendance or declarations of a meeting with approved minutes would change. */
export const RECORD_LOCKED_MESSAGE = 'The minutes of this meeting have been approved, so its attendance and declarations cannot be changed.';

/**
 * A check of rows about meetings among `ids`: attendance and declarations exist only for a meeting
 * that has started, and are frozen with its approved minutes (a row that changes nothing passes).
 */
async function meetingRecordState(ex: Executor, ids: number[], now: Date) {
  const unique = [...new Set(ids)];
  const found = unique.length ? await ex.select({ id: meetings.id, startAt: meetings.startAt, status: meetings.status }).from(meetings).where(inArray(meetings.id, unique)) : [];
  const locked = unique.length
    ? await ex
        .select({ meetingId: minutes.meetingId })
        .from(minutes)
        .where(and(inArray(minutes.meetingId, unique), inArray(minutes.status, ['approved', 'signed']), isNull(minutes.deletedAt)))
    : [];
  const lockedIds = new Set(locked.map((l) => l.meetingId));
  const byId = new Map(found.map((m) => [m.id, m]));
  return (check: RowCheck, field: string): RowError[] => {
    if (!changesRecord(check)) return [];
    const meetingId = check.next.meetingId as number;
    const row = check.index;
    const m = byId.get(meetingId);
    if (!m) return [{ row, field: 'meetingId', message: 'Select a meeting that exists' }];
    const notStarted = notStartedError(m, field, now);
    if (notStarted) return rowErrors(row, [notStarted]);
    if (lockedIds.has(meetingId)) return [{ row, field: 'form', message: RECORD_LOCKED_MESSAGE, code: 'locked' }];
    return [];
  };
}

/**
 * The rules of rows about what happened at a meeting (attendance, declarations): the meeting's check first, then the row's own rule.
 * @example rules: meetingRecordRules(now, 'personId', (c) => (String(c.next.interest ?? '').trim() ? [] : [{ row: c.index, field: 'interest', message: 'Enter the nature of the interest' }]))
 */
export function meetingRecordRules(now: Date, field: string, own: (check: RowCheck) => RowError[]) {
  return async (ex: Executor, checks: RowCheck[]): Promise<RowError[]> => {
    const state = await meetingRecordState(
      ex,
      checks.map((c) => c.next.meetingId as number),
      now,
    );
    return checks.flatMap((c) => {
      const errors = state(c, field);
      return errors.length ? errors : own(c);
    });
  };
}
