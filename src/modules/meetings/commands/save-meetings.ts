import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { meetings } from '../meetings.table.ts';
import { meetingErrors } from '../meetings.rules.ts';
import { rowErrors, writeRows, type WriteOpts, type RowWrite, type RowsResult, type WritableTable, type RowCheck } from '../../records/index.ts';

/** The columns of a meeting. */
export type MeetingValues = Partial<typeof meetings.$inferInsert>;

/** Whether a row sets or moves the agenda's publication time: only then is it checked against the clock. */
function publishes(c: RowCheck): boolean {
  if (!('agendaPublishedAt' in c.values)) return false;
  const at = (v: unknown) => (v instanceof Date ? v.getTime() : null);
  return at(c.values.agendaPublishedAt) !== at(c.before?.agendaPublishedAt);
}

/**
 * Creates or changes meetings in one go (the form, the importer and the demo council all come here):
 * every row keeps the meeting rules. Audited as `meeting.create` / `meeting.update`.
 * @example await saveMeetings(trx, actor, [{ values: { bodyId, organisationId, startAt: new Date('2026-05-12T09:00:00Z') } }])
 */
export async function saveMeetings(ex: Executor, actor: Actor, rows: RowWrite<MeetingValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  const now = opts.now ?? new Date();
  return writeRows(
    ex,
    actor,
    {
      table: meetings as unknown as WritableTable,
      kind: 'meeting',
      action: 'meeting',
      rules: (_ex, checks) => checks.flatMap((c) => rowErrors(c.index, meetingErrors(c.next, publishes(c) ? now : undefined))),
    },
    rows,
    { ...opts, now },
  );
}
