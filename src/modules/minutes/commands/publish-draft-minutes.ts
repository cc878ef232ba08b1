import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { meetings, minuteItems, minutes } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { publishRecords } from '../../visibility/index.ts';
import { notStartedError } from '../minutes-workflow.guard.ts';

/**
 * Publishes a meeting's draft minutes as a draft, before their approval: the clerk's act that makes
 * them public, only once the meeting has taken place. Exempt minutes stay exempt. Audited.
 * @example await publishDraftMinutes(db, actor, minutesId)
 */
export async function publishDraftMinutes(ex: Executor, actor: Actor, minutesId: number, now: Date = new Date()): Promise<Result<{ id: number; meetingId: number }>> {
  return ex.transaction(async (trx) => {
    const [m] = await trx
      .select()
      .from(minutes)
      .where(and(eq(minutes.id, minutesId), isNull(minutes.deletedAt)));
    if (!m) throw new AppError('not_found', 'Minutes not found');
    if (m.status !== 'draft') throw new AppError('conflict', 'These minutes have been approved, so they are already published');
    if (m.publication === 'published') throw new AppError('conflict', 'These draft minutes have already been published');
    const [meeting] = await trx.select().from(meetings).where(eq(meetings.id, m.meetingId));
    const notStarted = notStartedError(meeting!, 'publish', now);
    if (notStarted) return invalid([notStarted]);
    await publishRecords(trx, actor, 'minutes', [m.id], { now, note: 'Draft: not yet approved' });
    const items = await trx
      .select({ id: minuteItems.id })
      .from(minuteItems)
      .where(and(eq(minuteItems.minutesId, m.id), isNull(minuteItems.deletedAt)));
    await publishRecords(
      trx,
      actor,
      'minute_item',
      items.map((i) => i.id),
      { now },
    );
    if (['scheduled', 'agenda-published', 'held'].includes(meeting!.status)) {
      const [after] = await trx.update(meetings).set({ status: 'minutes-draft', updatedAt: now }).where(eq(meetings.id, meeting!.id)).returning();
      await audit(trx, actor, 'meeting.update', 'meeting', meeting!.id, meeting, after);
    }
    return ok({ id: m.id, meetingId: m.meetingId });
  });
}
