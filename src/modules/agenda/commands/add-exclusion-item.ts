import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { agendaItems, meetings } from '../../../db/schema.ts';
import { agendaTree, exclusionOffer, renumber, orderSnapshot } from '../agenda-order.ts';
import { applyOrder } from './apply-order.ts';
import { itemsForOrdering } from '../agenda.repo.ts';

/**
 * Adds the exclusion of the press and public just before the agenda's first exempt item, its
 * resolution worded from the Schedule 12A paragraphs the exempt items use, and renumbers; audited.
 * Refused when the agenda has no exempt item or already has the exclusion.
 */
export async function addExclusionItem(ex: Executor, actor: Actor, meetingId: number): Promise<Result<{ meetingId: number; id: number }>> {
  return ex.transaction(async (trx) => {
    const [meeting] = await trx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
    if (!meeting) throw new AppError('not_found', 'Meeting not found');
    const before = await itemsForOrdering(trx, meetingId);
    const offer = exclusionOffer(before);
    if (!offer)
      return invalid<{ meetingId: number; id: number }>([
        { field: 'exclusion', message: 'The agenda has no exempt item that needs the exclusion of the press and public, or already has it' },
      ]);
    const [inserted] = await trx
      .insert(agendaItems)
      .values({ meetingId, position: before.length + 1, title: offer.title, instruction: offer.instruction, isStanding: true, access: 'public' })
      .returning({
        id: agendaItems.id,
        parentId: agendaItems.parentId,
        position: agendaItems.position,
        number: agendaItems.number,
        title: agendaItems.title,
        isStanding: agendaItems.isStanding,
        access: agendaItems.access,
        exemptParagraph: agendaItems.exemptParagraph,
      });
    // Just before the first exempt main item, with its sub-items.
    const roots = agendaTree(before);
    const firstExempt = roots.findIndex((n) => n.item.id === offer.beforeItemId);
    const ordered = roots.flatMap((n, i) => [...(i === firstExempt ? [inserted!] : []), n.item, ...n.children]).map((i, n) => ({ ...i, position: n + 1 }));
    const all = [...before, inserted!];
    const placed = renumber(ordered);
    await applyOrder(trx, all, placed);
    await audit(trx, actor, 'agenda.add-exclusion', 'meeting', meetingId, orderSnapshot(before), {
      added: inserted!.id,
      instruction: offer.instruction,
      order: orderSnapshot(placed),
    });
    return ok({ meetingId, id: inserted!.id });
  });
}
