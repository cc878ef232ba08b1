import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { agendaItems, meetings, minuteItems, resolutions } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { notStartedError } from '../minutes-workflow.guard.ts';
import { exclusionInput } from '../minutes-workflow.schema.ts';
import { minuteNumberTaken, nextMinuteNumber } from '../minutes-workflow.repo.ts';
import { ensureDraftMinutes } from './ensure-draft-minutes.ts';
import { exclusionResolutionText } from '../minutes-workflow.rules.ts';

/**
 * Records the exclusion of the press and public for exempt items as a public minute with a numbered
 * resolution naming each item's Schedule 12A paragraph, in the draft minutes (started if needed); audited.
 */
export async function excludePressAndPublic(ex: Executor, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<Result<{ minuteItemId: number }>> {
  const parsed = exclusionInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const [meeting0] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!meeting0) throw new AppError('not_found', 'Meeting not found');
  const notStarted = notStartedError(meeting0, 'agendaItemIds');
  if (notStarted) return invalid([notStarted]);
  const items = await ex
    .select()
    .from(agendaItems)
    .where(and(inArray(agendaItems.id, v.agendaItemIds), eq(agendaItems.meetingId, meetingId), eq(agendaItems.access, 'exempt'), isNull(agendaItems.deletedAt)))
    .orderBy(agendaItems.position);
  if (items.length !== v.agendaItemIds.length) return invalid([{ field: 'agendaItemIds', message: 'Select exempt items of this meeting' }]);
  return ex.transaction(async (trx) => {
    const { minutes, meeting } = await ensureDraftMinutes(trx, actor, meetingId);
    const number = await nextMinuteNumber(trx, meeting.organisationId);
    if (await minuteNumberTaken(trx, meeting.organisationId, number, meetingId, minutes.id))
      return invalid([{ field: 'agendaItemIds', message: 'The next minute number is already used' }]);
    const [{ last } = { last: 0 }] = await trx
      .select({ last: max(minuteItems.position) })
      .from(minuteItems)
      .where(eq(minuteItems.minutesId, minutes.id));
    const [item] = await trx
      .insert(minuteItems)
      .values({
        minutesId: minutes.id,
        organisationId: meeting.organisationId,
        position: Number(last ?? 0) + 1,
        number,
        title: 'Exclusion of the press and public',
        narrative: v.note ?? null,
        access: 'public',
        accessInherited: false,
        ...(minutes.publication === 'published' ? { publication: 'published' as const, publishedAt: new Date(), publishedBy: actor.label } : {}),
      })
      .returning();
    const [res] = await trx
      .insert(resolutions)
      .values({ minuteItemId: item!.id, position: 1, number: '1', text: exclusionResolutionText(items) })
      .returning();
    await audit(trx, actor, 'minute.exclude-public', 'minute_item', item!.id, null, { item, resolution: res, agendaItemIds: v.agendaItemIds });
    return ok({ minuteItemId: item!.id });
  });
}
