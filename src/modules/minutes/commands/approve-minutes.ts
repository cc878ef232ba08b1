import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { meetings, minuteItems, minutes } from '../../../db/schema.ts';
import { saveMeetings } from '../../meetings/index.ts';
import { orRollBack, refusedAsInvalid } from '../../records/index.ts';
import { publishRecords } from '../../visibility/index.ts';
import { approvalInput } from '../minutes-workflow.schema.ts';
import { assertDraft } from '../minutes-workflow.guard.ts';
import { saveMinutes } from './save-minutes.ts';

/**
 * Records that a later meeting of the same organisation approved draft minutes as a correct record,
 * with the note of the resolution or vote. Approved minutes are published (if they were not already
 * as a draft) and from then on never edited in place.
 * @example await approveMinutes(db, actor, minutesId, { approvedAtMeetingId: nextMeetingId, approvalNote: 'Approved as a correct record, unanimously' })
 */
export async function approveMinutes(
  ex: Executor,
  actor: Actor,
  minutesId: number,
  raw: Record<string, unknown>,
  now: Date = new Date(),
): Promise<Result<{ id: number; meetingId: number }>> {
  const parsed = approvalInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  return refusedAsInvalid(
    ex.transaction(async (trx) => {
      const [before] = await trx
        .select()
        .from(minutes)
        .where(and(eq(minutes.id, minutesId), isNull(minutes.deletedAt)));
      if (!before) throw new AppError('not_found', 'Minutes not found');
      assertDraft(before);
      await publishRecords(trx, actor, 'minutes', [minutesId], { now });
      const items = await trx
        .select({ id: minuteItems.id })
        .from(minuteItems)
        .where(and(eq(minuteItems.minutesId, minutesId), isNull(minuteItems.deletedAt)));
      await publishRecords(
        trx,
        actor,
        'minute_item',
        items.map((i) => i.id),
        { now },
      );
      orRollBack(
        await saveMinutes(
          trx,
          actor,
          [{ id: minutesId, values: { status: 'approved', approvedAt: now, approvedAtMeetingId: v.approvedAtMeetingId, approvalNote: v.approvalNote } }],
          { now, verb: 'approve' },
        ),
      );
      const [meeting] = await trx.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, before.meetingId));
      if (meeting!.status !== 'minutes-approved') orRollBack(await saveMeetings(trx, actor, [{ id: before.meetingId, values: { status: 'minutes-approved' } }], { now }));
      return ok({ id: minutesId, meetingId: before.meetingId });
    }),
  );
}
