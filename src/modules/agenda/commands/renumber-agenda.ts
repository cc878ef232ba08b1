import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { ok, type Result } from '../../../lib/result.ts';
import { meetings } from '../../../db/schema.ts';
import { renumber, orderSnapshot } from '../agenda-order.ts';
import { applyOrder } from './apply-order.ts';
import { itemsForOrdering } from '../agenda.repo.ts';

/** Renumbers a meeting's agenda 1, 2, 3 … with sub-items under their parents; audited. */
export async function renumberAgenda(ex: Executor, actor: Actor, meetingId: number): Promise<Result<{ meetingId: number }>> {
  return ex.transaction(async (trx) => {
    const [meeting] = await trx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
    if (!meeting) throw new AppError('not_found', 'Meeting not found');
    const before = await itemsForOrdering(trx, meetingId);
    const placed = renumber(before);
    await applyOrder(trx, before, placed);
    await audit(trx, actor, 'agenda.renumber', 'meeting', meetingId, orderSnapshot(before), orderSnapshot(placed));
    return ok({ meetingId });
  });
}
