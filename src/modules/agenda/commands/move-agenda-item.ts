import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { agendaItems } from '../../../db/schema.ts';
import { moveItem, orderSnapshot } from '../agenda-order.ts';
import { applyOrder } from './apply-order.ts';
import { itemsForOrdering } from '../agenda.repo.ts';

/** Moves an agenda item one place up or down among its siblings and renumbers the agenda; audited. */
export async function moveAgendaItem(ex: Executor, actor: Actor, itemId: number, direction: unknown): Promise<Result<{ meetingId: number }>> {
  if (direction !== 'up' && direction !== 'down') return invalid([{ field: 'direction', message: 'Select whether to move the item up or down' }]);
  return ex.transaction(async (trx) => {
    const [item] = await trx
      .select({ meetingId: agendaItems.meetingId, number: agendaItems.number })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, itemId), isNull(agendaItems.deletedAt)));
    if (!item) throw new AppError('not_found', 'Agenda item not found');
    const before = await itemsForOrdering(trx, item.meetingId);
    const placed = moveItem(before, itemId, direction);
    if (!placed) {
      return invalid<{ meetingId: number }>([
        { field: `move-${itemId}`, message: `Item ${item.number ?? ''} is already the ${direction === 'up' ? 'first' : 'last'} at its level`.replace('  ', ' ') },
      ]);
    }
    await applyOrder(trx, before, placed);
    await audit(trx, actor, 'agenda.move-item', 'meeting', item.meetingId, orderSnapshot(before), { moved: itemId, direction, order: orderSnapshot(placed) });
    return ok({ meetingId: item.meetingId });
  });
}
