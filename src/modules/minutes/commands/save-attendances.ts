import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { attendances } from '../../../db/schema.ts';
import { writeRows, type RowError, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';
import { meetingRecordRules } from '../minutes-workflow.guard.ts';

/** The columns of an attendance record. */
export type AttendanceValues = Partial<typeof attendances.$inferInsert>;

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
      rules: meetingRecordRules(now, 'personId', (c): RowError[] => {
        if (!String(c.next.printedName ?? '').trim()) return [{ row: c.index, field: 'personId', message: 'Select a person or enter their name' }];
        if (c.next.kind === 'substitute' && !String(c.next.substituteFor ?? '').trim())
          return [{ row: c.index, field: 'substituteFor', message: 'Select the member they are substituting for' }];
        return [];
      }),
    },
    rows,
    { ...opts, now },
  );
}
