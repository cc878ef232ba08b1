import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { agendaItems, meetings } from '../../../db/schema.ts';
import { renumber, standingItems, orderSnapshot } from '../agenda-order.ts';
import { applyOrder } from './apply-order.ts';
import { itemsForOrdering } from '../agenda.repo.ts';

/**
 * Adds the standing items (apologies, declarations, minutes, public question time at the start;
 * urgent business at the end) and renumbers; audited. Refused when the agenda already has them.
 */
export async function addStandingItems(ex: Executor, actor: Actor, meetingId: number): Promise<Result<{ meetingId: number; added: number }>> {
  return ex.transaction(async (trx) => {
    const [meeting] = await trx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
    if (!meeting) throw new AppError('not_found', 'Meeting not found');
    const existing = await itemsForOrdering(trx, meetingId);
    if (existing.some((i) => i.isStanding)) {
      return invalid<{ meetingId: number; added: number }>([{ field: 'standing', message: 'The standing items are already on this agenda' }]);
    }
    const last = existing.length ? Math.max(...existing.map((i) => i.position)) : 0;
    const first = Math.min(0, ...existing.map((i) => i.position));
    const opening = standingItems.slice(0, -1);
    const rows = [...opening.map((s, i) => ({ ...s, position: first - opening.length + i })), { ...standingItems[standingItems.length - 1]!, position: last + 1 }];
    const inserted = await trx
      .insert(agendaItems)
      .values(rows.map((r) => ({ meetingId, position: r.position, title: r.title, instruction: r.instruction, isStanding: true, access: 'public' as const })))
      .returning({ id: agendaItems.id, parentId: agendaItems.parentId, position: agendaItems.position, number: agendaItems.number });
    const all = await itemsForOrdering(trx, meetingId);
    const placed = renumber(all);
    await applyOrder(trx, all, placed);
    await audit(trx, actor, 'agenda.add-standing-items', 'meeting', meetingId, orderSnapshot(existing), { added: inserted.map((i) => i.id), order: orderSnapshot(placed) });
    return ok({ meetingId, added: inserted.length });
  });
}
