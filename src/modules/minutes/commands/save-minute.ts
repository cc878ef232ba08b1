import { and, eq, isNull, max } from 'drizzle-orm';
import type { Db, Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { agendaItems, meetings, minuteActions, minuteItems, resolutions } from '../../../db/schema.ts';
import { resolveAccess } from '../../visibility/index.ts';
import { minuteActionInput, minuteItemInput, resolutionInput } from '../minutes-workflow.schema.ts';
import { assertDraft, notStartedError } from '../minutes-workflow.guard.ts';
import { findMinuteItem, minuteNumberTaken, nextMinuteNumber } from '../minutes-workflow.repo.ts';
import { draftMinutesFor } from './start-minutes.ts';

async function agendaItemFor(trx: Executor, meetingId: number, agendaItemId: number | undefined) {
  if (!agendaItemId) return { item: null };
  const [item] = await trx.select().from(agendaItems).where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.meetingId, meetingId), isNull(agendaItems.deletedAt)));
  return item ? { item } : { error: { field: 'agendaItemId', message: 'Select an agenda item of this meeting' } };
}

/**
 * Adds a minute to a meeting's draft minutes (starting them if needed). Its number is the next in the
 * organisation's run unless the clerk gives one; exempt agenda items give exempt minutes.
 * @example await addMinute(db, actor, meetingId, { title: 'Bridge maintenance programme', narrative: '…' })
 */
export async function addMinute(db: Db, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<Result<{ id: number; minutesId: number }>> {
  const parsed = minuteItemInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const [held] = await db.select().from(meetings).where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!held) throw new AppError('not_found', 'Meeting not found');
  const notStarted = notStartedError(held, 'title');
  if (notStarted) return invalid([notStarted]);
  return db.transaction(async (trx) => {
    const { minutes, meeting } = await draftMinutesFor(trx, actor, meetingId);
    const a = await agendaItemFor(trx, meetingId, v.agendaItemId);
    if (a.error) return invalid([a.error]);
    const number = v.number ?? (await nextMinuteNumber(trx, meeting.organisationId));
    if (await minuteNumberTaken(trx, meeting.organisationId, number, meetingId, minutes.id)) return invalid([{ field: 'number', message: `Minute ${number} is already used by this committee. Enter another number` }]);
    const [{ last } = { last: 0 }] = await trx.select({ last: max(minuteItems.position) }).from(minuteItems).where(eq(minuteItems.minutesId, minutes.id));
    const [row] = await trx
      .insert(minuteItems)
      .values({
        minutesId: minutes.id,
        organisationId: meeting.organisationId,
        position: Number(last ?? 0) + 1,
        number,
        ...minuteColumns(v, a.item),
        // A minute added to minutes already published as a draft is public with them.
        ...(minutes.publication === 'published' ? { publication: 'published' as const, publishedAt: new Date(), publishedBy: actor.label } : {}),
      })
      .returning();
    await audit(trx, actor, 'minute.create', 'minute_item', row!.id, null, row);
    return ok({ id: row!.id, minutesId: minutes.id });
  });
}

/** The columns a minute takes from the form and from the agenda item it minutes, whose access class it inherits. */
function minuteColumns(
  v: { title: string; narrative?: string; presenters?: string; alternativesConsidered?: string; reasons?: string },
  item: { id: number; number: string | null; access: 'public' | 'exempt'; exemptParagraph: number | null } | null | undefined,
) {
  const access = resolveAccess(item ?? null, {});
  if (!access.ok) throw new AppError('internal', 'A minute always inherits its item’s access');
  return {
    agendaItemId: item?.id ?? null,
    agendaNumber: item?.number ?? null,
    title: v.title,
    narrative: v.narrative ?? null,
    presenters: v.presenters ?? null,
    alternativesConsidered: v.alternativesConsidered ?? null,
    reasons: v.reasons ?? null,
    access: access.value.access,
    exemptParagraph: access.value.exemptParagraph,
    accessInherited: access.value.accessInherited,
  };
}

/** Changes a minute of draft minutes; throws a conflict once the minutes are approved. */
export async function updateMinute(db: Db, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  return db.transaction(async (trx) => {
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
    const [after] = await trx
      .update(minuteItems)
      .set({
        number,
        ...minuteColumns(v, a.item),
        updatedAt: new Date(),
      })
      .where(eq(minuteItems.id, id))
      .returning();
    await audit(trx, actor, 'minute.update', 'minute_item', id, found.item, after);
    return ok({ id, meetingId });
  });
}

/** Adds the next numbered resolution to a minute of draft minutes; throws a conflict once approved. */
export async function addResolution(db: Db, actor: Actor, minuteItemId: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  return db.transaction(async (trx) => {
    const found = await findMinuteItem(trx, minuteItemId);
    if (!found) throw new AppError('not_found', 'Minute not found');
    assertDraft(found.minutes);
    const parsed = resolutionInput.safeParse(blankToUndefined(raw));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const [{ last } = { last: 0 }] = await trx.select({ last: max(resolutions.position) }).from(resolutions).where(and(eq(resolutions.minuteItemId, minuteItemId), isNull(resolutions.deletedAt)));
    const position = Number(last ?? 0) + 1;
    const [row] = await trx
      .insert(resolutions)
      .values({ minuteItemId, position, number: String(position), text: parsed.data.text, delegation: parsed.data.delegation ?? null })
      .returning();
    await audit(trx, actor, 'resolution.create', 'resolution', row!.id, null, row);
    return ok({ id: row!.id, meetingId: found.minutes.meetingId });
  });
}

/** Adds a follow-up action (owner, due date) to a minute of draft minutes; throws a conflict once approved. */
export async function addMinuteAction(db: Db, actor: Actor, minuteItemId: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  return db.transaction(async (trx) => {
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
