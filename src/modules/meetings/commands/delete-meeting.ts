import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { decisions, meetings, minutes } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { expectWritten } from '../../records/index.ts';
import { saveMeetings } from './save-meetings.ts';

/**
 * Deletes a meeting created in error: a soft delete, audited as `meeting.delete`. Its agenda, papers
 * and pack leave every page, search and feed with it, and the OParl API lists it as deleted to
 * syncing clients. A meeting with approved minutes or a published decision is a legal record and
 * is never deleted (conflict).
 * @example await deleteMeeting(db, actor, 12) // { id: 12, deletedAt }
 */
export async function deleteMeeting(ex: Executor, actor: Actor, id: number): Promise<{ id: number; deletedAt: Date }> {
  return ex.transaction(async (trx) => {
    const [meeting] = await trx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.id, id), isNull(meetings.deletedAt)))
      .for('update');
    if (!meeting) throw new AppError('not_found', 'Meeting not found');
    const [approved] = await trx
      .select({ id: minutes.id })
      .from(minutes)
      .where(and(eq(minutes.meetingId, id), isNull(minutes.deletedAt), inArray(minutes.status, ['approved', 'signed'])))
      .limit(1);
    if (approved) throw new AppError('conflict', 'This meeting has approved minutes, a legal record: it cannot be deleted');
    const [decided] = await trx
      .select({ id: decisions.id })
      .from(decisions)
      .where(and(eq(decisions.meetingId, id), isNull(decisions.deletedAt), isNotNull(decisions.publishedAt)))
      .limit(1);
    if (decided) throw new AppError('conflict', 'This meeting has a published decision, a legal record: it cannot be deleted');
    const deletedAt = new Date();
    expectWritten(await saveMeetings(trx, actor, [{ id, values: { deletedAt } }], { now: deletedAt }), 'meeting');
    return { id, deletedAt };
  });
}
