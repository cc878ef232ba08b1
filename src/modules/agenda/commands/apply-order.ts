import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/connect.ts';
import { agendaItems } from '../../../db/schema.ts';
import type { Placed } from '../agenda-order.ts';

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
