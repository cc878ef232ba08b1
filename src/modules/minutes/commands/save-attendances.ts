import { and, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { attendances, meetings, minutes } from '../../../db/schema.ts';
import { notStartedError } from '../minutes-workflow.guard.ts';
import { changesRecord, rowErrors, writeRows, type RowCheck, type RowError, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of an attendance record. */
export type AttendanceValues = Partial<typeof attendances.$inferInsert>;

/** The message when the attendance or declarations of a meeting with approved minutes would change. */
export const RECORD_LOCKED_MESSAGE = 'The minutes of this meeting have been approved, so its attendance and declarations cannot be changed.';

/**
 * A check of rows about meetings among `ids`: attendance and declarations exist only for a meeting
 * that has started, and are frozen with its approved minutes (a row that changes nothing passes).
 */
export async function meetingRecordState(ex: Executor, ids: number[], now: Date) {
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
 * Records who attended meetings, in one go: only for a meeting that has started, and not once its
 * minutes are approved (`locked`); each needs a name as printed. Audited as `attendance.create` / `attendance.update`.
 * @example await saveAttendances(trx, actor, [{ values: { meetingId, personId, printedName: 'Cllr A Brook', kind: 'present' } }])
 */
export async function saveAttendances(ex: Executor, actor: Actor, rows: RowWrite<AttendanceValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  const now = opts.now ?? new Date();
  return writeRows(
    ex,
    actor,
    {
      table: attendances as unknown as WritableTable,
      kind: 'attendance',
      action: 'attendance',
      rules: async (tx, checks) => {
        const state = await meetingRecordState(
          tx,
          checks.map((c) => c.next.meetingId as number),
          now,
        );
        return checks.flatMap((c): RowError[] => {
          const errors = state(c, 'personId');
          if (errors.length) return errors;
          if (!String(c.next.printedName ?? '').trim()) return [{ row: c.index, field: 'personId', message: 'Select a person or enter their name' }];
          if (c.next.kind === 'substitute' && !String(c.next.substituteFor ?? '').trim())
            return [{ row: c.index, field: 'substituteFor', message: 'Select the member they are substituting for' }];
          return [];
        });
      },
    },
    rows,
    { ...opts, now },
  );
}
