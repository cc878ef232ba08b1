import { and, eq, isNull, max } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { agendaItems, meetings, minuteActions, minuteItems, resolutions } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { minuteActionInput, minuteItemInput, resolutionInput } from '../minutes-workflow.schema.ts';
import { assertDraft, notStartedError } from '../minutes-workflow.guard.ts';
import { findMinuteItem, minuteNumberTaken, nextMinuteNumber } from '../minutes-workflow.repo.ts';
import { draftMinutesFor } from './start-minutes.ts';
import { saveMinuteItems } from './save-minute-items.ts';
import { saveResolutions } from './save-resolutions.ts';

async function agendaItemFor(trx: Executor, meetingId: number, agendaItemId: number | undefined) {
  if (!agendaItemId) return { item: null };
  const [item] = await trx
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.meetingId, meetingId), isNull(agendaItems.deletedAt)));
  return item ? { item } : { error: { field: 'agendaItemId', message: 'Select an agenda item of this meeting' } };
}

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
    const { minutes, meeting } = await draftMinutesFor(trx, actor, meetingId);
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

/**
 * The columns a minute takes from the form and from the agenda item it minutes (whose access class it
 * inherits, in saveMinuteItems): a title left blank is the item's (the schema allows that only with an item).
 */
function minuteColumns(
  v: { title?: string; narrative?: string; presenters?: string; alternativesConsidered?: string; reasons?: string },
  item: { id: number; number: string | null; title: string } | null | undefined,
) {
  return {
    agendaItemId: item?.id ?? null,
    agendaNumber: item?.number ?? null,
    title: v.title ?? item?.title ?? '',
    narrative: v.narrative ?? null,
    presenters: v.presenters ?? null,
    alternativesConsidered: v.alternativesConsidered ?? null,
    reasons: v.reasons ?? null,
  };
}

/** Changes a minute of draft minutes; throws a conflict once the minutes are approved. */
export async function updateMinute(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  return ex.transaction(async (trx) => {
    const found = await findMinuteItem(trx, id);
    if (!found) throw new AppError('not_found', 'Minute not found');
    assertDraft(found.minutes);
    const parsed = minuteItemInput.safeParse(blankToUndefined(raw));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const v = parsed.data;
    const meetingId = found.minutes.meetingId;
    const a = await agendaItemFor(trx, meetingId, v.agendaItemId);
    if (a.error) return invalid([a.error]);
    const number = v.number ?? found.item.number;
    if (found.item.organisationId && (await minuteNumberTaken(trx, found.item.organisationId, number, meetingId, found.minutes.id, id))) {
      return invalid([{ field: 'number', message: `Minute ${number} is already used by this committee. Enter another number` }]);
    }
    const r = single(await saveMinuteItems(trx, actor, [{ id, values: { number, ...minuteColumns(v, a.item) }, access: {} }]));
    return r.ok ? ok({ id, meetingId }) : r;
  });
}

/** Adds the next numbered resolution to a minute of draft minutes; throws a conflict once approved. */
export async function addResolution(ex: Executor, actor: Actor, minuteItemId: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  return ex.transaction(async (trx) => {
    const found = await findMinuteItem(trx, minuteItemId);
    if (!found) throw new AppError('not_found', 'Minute not found');
    assertDraft(found.minutes);
    const parsed = resolutionInput.safeParse(blankToUndefined(raw));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const [{ last } = { last: 0 }] = await trx
      .select({ last: max(resolutions.position) })
      .from(resolutions)
      .where(and(eq(resolutions.minuteItemId, minuteItemId), isNull(resolutions.deletedAt)));
    const position = Number(last ?? 0) + 1;
    const r = single(
      await saveResolutions(trx, actor, [{ values: { minuteItemId, position, number: String(position), text: parsed.data.text, delegation: parsed.data.delegation ?? null } }]),
    );
    return r.ok ? ok({ id: r.value.id, meetingId: found.minutes.meetingId }) : r;
  });
}

/** Adds a follow-up action (owner, due date) to a minute of draft minutes; throws a conflict once approved. */
export async function addMinuteAction(ex: Executor, actor: Actor, minuteItemId: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  return ex.transaction(async (trx) => {
    const found = await findMinuteItem(trx, minuteItemId);
    if (!found) throw new AppError('not_found', 'Minute not found');
    assertDraft(found.minutes);
    const parsed = minuteActionInput.safeParse(blankToUndefined(raw));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const [row] = await trx
      .insert(minuteActions)
      .values({ minuteItemId, action: parsed.data.action, owner: parsed.data.owner ?? null, dueDate: parsed.data.dueDate ?? null })
      .returning();
    await audit(trx, actor, 'minute-action.create', 'minute_action', row!.id, null, row);
    return ok({ id: row!.id, meetingId: found.minutes.meetingId });
  });
}
