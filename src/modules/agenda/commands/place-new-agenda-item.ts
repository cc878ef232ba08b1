import type { Tx } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { closingBlockStart, renumber, orderSnapshot } from '../agenda-order.ts';
import { applyOrder } from './apply-order.ts';
import { itemsForOrdering } from '../agenda.repo.ts';

/**
 * Places a newly added main item where a clerk wants it and numbers the agenda at once: a public item
 * goes before the closing items ("Urgent business", the exclusion of the press and public and the exempt
 * items that follow it); an exempt item goes at the end. Inside the caller's transaction; audited.
 */
export async function placeNewAgendaItem(trx: Tx, actor: Actor, meetingId: number, itemId: number): Promise<void> {
  const before = await itemsForOrdering(trx, meetingId);
  const item = before.find((i) => i.id === itemId);
  if (!item) return;
  const others = before.filter((i) => i.id !== itemId);
  const at = item.access === 'exempt' ? others.length : closingBlockStart(others);
  const ordered = [...others.slice(0, at), item, ...others.slice(at)].map((i, n) => ({ ...i, position: n + 1 }));
  const placed = renumber(ordered);
  await applyOrder(trx, before, placed);
  await audit(trx, actor, 'agenda.place-item', 'meeting', meetingId, orderSnapshot(before), { placed: itemId, order: orderSnapshot(placed) });
}
