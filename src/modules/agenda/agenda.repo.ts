import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/connect.ts';
import { agendaItems } from '../../db/schema.ts';

/** A meeting's live items in agenda order, for ordering commands (inside their transaction). */
export function itemsForOrdering(trx: Tx, meetingId: number) {
  return trx
    .select({
      id: agendaItems.id,
      parentId: agendaItems.parentId,
      position: agendaItems.position,
      number: agendaItems.number,
      title: agendaItems.title,
      isStanding: agendaItems.isStanding,
      access: agendaItems.access,
      exemptParagraph: agendaItems.exemptParagraph,
    })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), isNull(agendaItems.deletedAt)))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
}
