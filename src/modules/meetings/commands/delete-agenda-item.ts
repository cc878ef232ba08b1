import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { agendaItems, minutes } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { expectWritten } from '../../records/index.ts';
import { saveAgendaItems } from './save-agenda-items.ts';

/**
 * Deletes an agenda item created in error: a soft delete, audited as `agenda-item.delete`. Its papers
 * leave every page with it, and the OParl API lists it as deleted to syncing clients. The agenda of
 * a meeting whose minutes are approved is part of a legal record and is never changed (conflict).
 * @example await deleteAgendaItem(db, actor, 31) // { id: 31, deletedAt }
 */
export async function deleteAgendaItem(ex: Executor, actor: Actor, id: number): Promise<{ id: number; deletedAt: Date }> {
  return ex.transaction(async (trx) => {
    const [item] = await trx
      .select({ id: agendaItems.id, meetingId: agendaItems.meetingId, access: agendaItems.access })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, id), isNull(agendaItems.deletedAt)));
    if (!item) throw new AppError('not_found', 'Agenda item not found');
    const [approved] = await trx
      .select({ id: minutes.id })
      .from(minutes)
      .where(and(eq(minutes.meetingId, item.meetingId), isNull(minutes.deletedAt), inArray(minutes.status, ['approved', 'signed'])))
      .limit(1);
    if (approved) throw new AppError('conflict', 'The minutes of this meeting are approved, a legal record: its agenda cannot change');
    const deletedAt = new Date();
    // An imported exempt item may have no paragraph: deleting it is not the place to ask for one.
    expectWritten(await saveAgendaItems(trx, actor, [{ id, values: { deletedAt } }], { now: deletedAt, allowUnstated: true }), 'agenda item');
    return { id, deletedAt };
  });
}
