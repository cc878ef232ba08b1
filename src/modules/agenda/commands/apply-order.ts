import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../../db/connect.ts';
import { agendaItems } from '../../../db/schema.ts';
import type { Placed } from '../agenda-order.ts';

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

/** Writes new positions, numbers and parents, touching only the rows that changed. */
export async function applyOrder(trx: Tx, before: { id: number; parentId: number | null; position: number; number: string | null }[], placed: Placed[]): Promise<void> {
  const old = new Map(before.map((b) => [b.id, b]));
  const now = new Date();
  for (const p of placed) {
    const b = old.get(p.id);
    if (b && b.position === p.position && b.number === p.number && b.parentId === p.parentId) continue;
    await trx.update(agendaItems).set({ position: p.position, number: p.number, parentId: p.parentId, updatedAt: now }).where(eq(agendaItems.id, p.id));
  }
}

/** The audit view of an agenda's order. */
export const orderSnapshot = (rows: { id: number; number: string | null; position: number }[]) => rows.map((r) => ({ id: r.id, number: r.number, position: r.position }));
