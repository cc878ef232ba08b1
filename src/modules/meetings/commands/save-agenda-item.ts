import { and, eq, isNull, max } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { agendaItems, meetings } from '../../../db/schema.ts';
import { cascadeItemAccess, ownAccess } from '../../visibility/index.ts';
import { agendaItemInput, type AgendaItemInput } from '../meetings.schema.ts';

const columns = (v: AgendaItemInput) => ({
  number: v.number ?? null,
  title: v.title,
  instruction: v.instruction ?? null,
  pageFrom: v.pageFrom ?? null,
  pageTo: v.pageTo ?? null,
  ...ownAccess(v),
  publicInterestReason: v.exempt ? (v.publicInterestReason ?? null) : null,
});

/** Adds an item to a meeting's agenda as a draft (public when the agenda or a supplement is published), at the end unless a position is given; audited. */
export async function createAgendaItem(db: Db, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = agendaItemInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return db.transaction(async (trx) => {
    const [meeting] = await trx.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
    if (!meeting) throw new AppError('not_found', 'Meeting not found');
    const [last] = await trx.select({ n: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
    const position = parsed.data.position ?? (last?.n ?? 0) + 1;
    const [row] = await trx.insert(agendaItems).values({ ...columns(parsed.data), meetingId, position }).returning();
    await audit(trx, actor, 'agenda-item.create', 'agenda-item', row!.id, null, row);
    return ok({ id: row!.id });
  });
}

/**
 * Changes an agenda item, including marking it exempt with a paragraph; papers, reports and minutes
 * that follow the item take its new access class in the same transaction. Audited.
 */
export async function updateAgendaItem(db: Db, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  const parsed = agendaItemInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return db.transaction(async (trx) => {
    const [before] = await trx.select().from(agendaItems).where(and(eq(agendaItems.id, id), isNull(agendaItems.deletedAt)));
    if (!before) throw new AppError('not_found', 'Agenda item not found');
    const [after] = await trx
      .update(agendaItems)
      .set({ ...columns(parsed.data), position: parsed.data.position ?? before.position, updatedAt: new Date() })
      .where(eq(agendaItems.id, id))
      .returning();
    await audit(trx, actor, 'agenda-item.update', 'agenda-item', id, before, after);
    if (before.access !== after!.access || before.exemptParagraph !== after!.exemptParagraph) await cascadeItemAccess(trx, actor, id);
    return ok({ id, meetingId: before.meetingId });
  });
}
