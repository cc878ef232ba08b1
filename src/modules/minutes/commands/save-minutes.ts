import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { meetings, minutes } from '../../../db/schema.ts';
import { minutesChangeErrors, notStartedError } from '../minutes-workflow.guard.ts';
import { rowErrors, writeRows, type RowError, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of a version of a meeting's minutes. */
export type MinutesValues = Partial<typeof minutes.$inferInsert>;

/**
 * Starts, approves or signs versions of minutes in one go (the workflow forms, the importer and
 * the demo council all come here). A meeting that has not started has no minutes; approval names
 * a later meeting of the same organisation; approved minutes are a legal record, so any change
 * other than the chair's signature is refused (`locked`). Audited as `minutes.create` / `minutes.update`.
 * @example await saveMinutes(trx, actor, [{ values: { meetingId, version: 1, status: 'draft' } }], { now })
 */
export async function saveMinutes(ex: Executor, actor: Actor, rows: RowWrite<MinutesValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  const now = opts.now ?? new Date();
  return writeRows(
    ex,
    actor,
    {
      table: minutes as unknown as WritableTable,
      kind: 'minutes',
      action: 'minutes',
      rules: async (tx, checks) => {
        const ids = [...new Set(checks.flatMap((c) => [c.next.meetingId, c.next.approvedAtMeetingId]).filter((x): x is number => typeof x === 'number'))];
        const found = ids.length
          ? await tx
              .select({ id: meetings.id, organisationId: meetings.organisationId, startAt: meetings.startAt, status: meetings.status })
              .from(meetings)
              .where(inArray(meetings.id, ids))
          : [];
        const meeting = new Map(found.map((m) => [m.id, m]));
        return checks.flatMap((c): RowError[] => {
          const m = meeting.get(c.next.meetingId as number);
          if (!m) return [{ row: c.index, field: 'meetingId', message: 'Select a meeting that exists' }];
          if (!c.before) {
            const notStarted = notStartedError(m, 'meetingId', now);
            if (notStarted) return rowErrors(c.index, [notStarted]);
          }
          const locked = minutesChangeErrors(c.before, c.next);
          if (locked.length) return rowErrors(c.index, locked, 'locked');
          if (c.next.status !== 'draft' && (c.before?.status ?? 'draft') === 'draft') {
            const approving = meeting.get(c.next.approvedAtMeetingId as number);
            if (!approving || approving.organisationId !== m.organisationId || approving.startAt <= m.startAt) {
              return [{ row: c.index, field: 'approvedAtMeetingId', message: 'Select a later meeting of the same committee' }];
            }
          }
          return [];
        });
      },
    },
    rows,
    { ...opts, now },
  );
}
