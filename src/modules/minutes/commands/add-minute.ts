import { and, eq, isNull, max } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { meetings, minuteItems } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { minuteItemInput } from '../minutes-workflow.schema.ts';
import { notStartedError } from '../minutes-workflow.guard.ts';
import { minuteNumberTaken, nextMinuteNumber, agendaItemFor } from '../minutes-workflow.repo.ts';
import { saveMinuteItems } from './save-minute-items.ts';
import { ensureDraftMinutes } from './ensure-draft-minutes.ts';
import { minuteColumns } from '../minutes-workflow.rules.ts';

/**
 * Adds a minute to a meeting's draft minutes (starting them if needed). Its number is the next in the
 * organisation's run unless the clerk gives one; exempt agenda items give exempt minutes.
 * @example await addMinute(db, actor, meetingId, { title: 'Bridge maintenance programme', narrative: '…' })
 */
export async function addMinute(ex: Executor, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<Result<{ id: number; minutesId: number }>> {
  const parsed = minuteItemInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const [held] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!held) throw new AppError('not_found', 'Meeting not found');
  const notStarted = notStartedError(held, 'title');
  if (notStarted) return invalid([notStarted]);
  return ex.transaction(async (trx) => {
    const { minutes, meeting } = await ensureDraftMinutes(trx, actor, meetingId);
    const a = await agendaItemFor(trx, meetingId, v.agendaItemId);
    if (a.error) return invalid([a.error]);
    const number = v.number ?? (await nextMinuteNumber(trx, meeting.organisationId));
    if (await minuteNumberTaken(trx, meeting.organisationId, number, meetingId, minutes.id))
      return invalid([{ field: 'number', message: `Minute ${number} is already used by this committee. Enter another number` }]);
    const [{ last } = { last: 0 }] = await trx
      .select({ last: max(minuteItems.position) })
      .from(minuteItems)
      .where(eq(minuteItems.minutesId, minutes.id));
    const r = single(
      await saveMinuteItems(trx, actor, [
        {
          values: {
            minutesId: minutes.id,
            organisationId: meeting.organisationId,
            position: Number(last ?? 0) + 1,
            number,
            ...minuteColumns(v, a.item),
            // A minute added to minutes already published as a draft is public with them.
            ...(minutes.publication === 'published' ? { publication: 'published' as const, publishedAt: new Date(), publishedBy: actor.label } : {}),
          },
          access: {},
        },
      ]),
    );
    return r.ok ? ok({ id: r.value.id, minutesId: minutes.id }) : r;
  });
}
