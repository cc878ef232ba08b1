import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { meetings, minutes } from '../../../db/schema.ts';
import { saveMeetings } from '../../meetings/index.ts';
import { expectWritten } from '../../records/index.ts';
import { notStartedError } from '../minutes-workflow.guard.ts';
import { saveMinutes } from './save-minutes.ts';

/**
 * The draft minutes of a meeting inside a transaction, creating version 1 (and marking the meeting
 * held) if there are none. A meeting that has not started has no minutes: a conflict.
 */
export async function ensureDraftMinutes(trx: Executor, actor: Actor, meetingId: number) {
  const [meeting] = await trx
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!meeting) throw new AppError('not_found', 'Meeting not found');
  const notStarted = notStartedError(meeting, 'minutes');
  if (notStarted) throw new AppError('conflict', notStarted.message);
  const [current] = await trx
    .select()
    .from(minutes)
    .where(and(eq(minutes.meetingId, meetingId), isNull(minutes.deletedAt)))
    .orderBy(minutes.version)
    .then((rows) => rows.slice(-1));
  if (current) {
    if (current.status !== 'draft') throw new AppError('conflict', 'These minutes have been approved. Make a correction to change them.');
    return { minutes: current, meeting };
  }
  const r = await saveMinutes(trx, actor, [{ values: { meetingId, version: 1, status: 'draft' } }], { verb: 'start' });
  if (!r.ok) throw new AppError('conflict', r.errors[0]!.message);
  const [row] = await trx.select().from(minutes).where(eq(minutes.id, r.value.ids[0]!));
  // The meeting has been held; it shows "draft minutes" only once they are published.
  if (['scheduled', 'agenda-published'].includes(meeting.status)) expectWritten(await saveMeetings(trx, actor, [{ id: meetingId, values: { status: 'held' } }]), 'meeting');
  return { minutes: row!, meeting };
}
