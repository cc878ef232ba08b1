import { and, eq, isNull, max } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { agendaItems, meetings } from '../../../db/schema.ts';
import { ownAccess } from '../../visibility/index.ts';
import { single } from '../../records/index.ts';
import { placeNewAgendaItem } from '../../agenda/index.ts';
import { agendaItemInput, type AgendaItemInput } from '../meetings.schema.ts';
import { saveAgendaItems } from './save-agenda-items.ts';

const columns = (v: AgendaItemInput) => ({
  number: v.number ?? null,
  title: v.title,
  instruction: v.instruction ?? null,
  // Page ranges come from the pack; a form that does not send them leaves them as they are.
  ...(v.pageFrom !== undefined || v.pageTo !== undefined ? { pageFrom: v.pageFrom ?? null, pageTo: v.pageTo ?? null } : {}),
  ...ownAccess(v),
  publicInterestReason: v.exempt ? (v.publicInterestReason ?? null) : null,
});

/**
 * Adds an item to a meeting's agenda as a draft (public when the agenda or a supplement is published).
 * Without a position or a typed number it is placed before the closing items (urgent business, the
 * exclusion of the public and exempt items; an exempt item at the end) and the agenda is numbered at
 * once; otherwise it goes at the end (or the given position) as typed. One transaction, audited.
 */
export async function createAgendaItem(ex: Executor, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = agendaItemInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return ex.transaction(async (trx) => {
    const [meeting] = await trx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
    if (!meeting) throw new AppError('not_found', 'Meeting not found');
    const [last] = await trx
      .select({ n: max(agendaItems.position) })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId));
    const position = parsed.data.position ?? (last?.n ?? 0) + 1;
    const r = single(await saveAgendaItems(trx, actor, [{ values: { ...columns(parsed.data), meetingId, position } }]));
    if (!r.ok) return r;
    if (parsed.data.position === undefined && parsed.data.number === undefined) await placeNewAgendaItem(trx, actor, meetingId, r.value.id);
    return ok({ id: r.value.id });
  });
}

/**
 * Changes an agenda item, including marking it exempt with a paragraph; papers, reports and minutes
 * that follow the item take its new access class in the same transaction. Audited.
 */
export async function updateAgendaItem(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  const parsed = agendaItemInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const [before] = await ex
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, id), isNull(agendaItems.deletedAt)));
  if (!before) throw new AppError('not_found', 'Agenda item not found');
  const r = single(await saveAgendaItems(ex, actor, [{ id, values: { ...columns(parsed.data), position: parsed.data.position ?? before.position } }]));
  return r.ok ? ok({ id, meetingId: before.meetingId }) : r;
}
