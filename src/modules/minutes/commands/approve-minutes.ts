import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { meetings, minuteItems, minutes } from '../../../db/schema.ts';
import { publishRecords } from '../../visibility/index.ts';
import { approvalInput } from '../minutes-workflow.schema.ts';
import { assertDraft } from '../minutes-workflow.guard.ts';

/**
 * Records that a later meeting of the same organisation approved draft minutes as a correct record,
 * with the note of the resolution or vote. Approved minutes are published (if they were not already
 * as a draft) and from then on never edited in place.
 * @example await approveMinutes(db, actor, minutesId, { approvedAtMeetingId: nextMeetingId, approvalNote: 'Approved as a correct record, unanimously' })
 */
export async function approveMinutes(db: Db, actor: Actor, minutesId: number, raw: Record<string, unknown>, now: Date = new Date()): Promise<Result<{ id: number; meetingId: number }>> {
  const parsed = approvalInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  return db.transaction(async (trx) => {
    const [before] = await trx.select().from(minutes).where(and(eq(minutes.id, minutesId), isNull(minutes.deletedAt)));
    if (!before) throw new AppError('not_found', 'Minutes not found');
    assertDraft(before);
    const [meeting] = await trx.select().from(meetings).where(eq(meetings.id, before.meetingId));
    const [approving] = await trx.select().from(meetings).where(and(eq(meetings.id, v.approvedAtMeetingId), isNull(meetings.deletedAt)));
    if (!approving || approving.organisationId !== meeting!.organisationId || approving.startAt <= meeting!.startAt) {
      return invalid([{ field: 'approvedAtMeetingId', message: 'Select a later meeting of the same committee' }]);
    }
    await publishRecords(trx, actor, 'minutes', [minutesId], { now });
    const items = await trx.select({ id: minuteItems.id }).from(minuteItems).where(and(eq(minuteItems.minutesId, minutesId), isNull(minuteItems.deletedAt)));
    await publishRecords(trx, actor, 'minute_item', items.map((i) => i.id), { now });
    const [after] = await trx
      .update(minutes)
      .set({ status: 'approved', approvedAt: now, approvedAtMeetingId: approving.id, approvalNote: v.approvalNote, updatedAt: now })
      .where(eq(minutes.id, minutesId))
      .returning();
    await audit(trx, actor, 'minutes.approve', 'minutes', minutesId, before, after);
    if (meeting!.status !== 'minutes-approved') {
      const [m] = await trx.update(meetings).set({ status: 'minutes-approved', updatedAt: now }).where(eq(meetings.id, meeting!.id)).returning();
      await audit(trx, actor, 'meeting.update', 'meeting', meeting!.id, meeting, m);
    }
    return ok({ id: minutesId, meetingId: before.meetingId });
  });
}
