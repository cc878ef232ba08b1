import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { agendaItems, decisions, documents, minuteItems, reports } from '../../../db/schema.ts';
import { withdrawMeetingPacks } from './withdraw-meeting-packs.ts';

/**
 * After an agenda item's access class changes, every paper, report, minute and decision that follows
 * it (access inherited) takes the new class, in the caller's transaction; each change is audited.
 * A record made public under an exempt item keeps its recorded reason and is not changed; approved
 * minutes and published decisions are legal records and are never changed in place. The meeting's
 * published packs printed the item with its old class, so they are withdrawn (and audited) too.
 * @example await cascadeItemAccess(trx, actor, itemId)
 */
export async function cascadeItemAccess(ex: Executor, actor: Actor, itemId: number): Promise<number> {
  const [item] = await ex
    .select({ access: agendaItems.access, exemptParagraph: agendaItems.exemptParagraph, meetingId: agendaItems.meetingId, title: agendaItems.title })
    .from(agendaItems)
    .where(eq(agendaItems.id, itemId));
  if (!item) return 0;
  const now = new Date();
  await withdrawMeetingPacks(ex, actor, item.meetingId, `The access of agenda item “${item.title}” changed after the pack was published`, now);
  let changed = 0;
  const set = { access: item.access, exemptParagraph: item.exemptParagraph, updatedAt: now };
  for (const [kind, table] of [
    ['document', documents],
    ['report', reports],
    ['minute_item', minuteItems],
  ] as const) {
    const rows = await ex
      .update(table)
      .set(set)
      .where(
        and(
          eq(table.agendaItemId, itemId),
          eq(table.accessInherited, true),
          isNull(table.deletedAt),
          kind === 'minute_item' ? sql`exists (select 1 from minutes m where m.id = ${minuteItems.minutesId} and m.status = 'draft')` : undefined,
        ),
      )
      .returning({ id: table.id });
    for (const r of rows)
      await audit(ex, actor, `${kind.replace(/_/g, '-')}.access-inherited`, kind, r.id, null, {
        access: item.access,
        exemptParagraph: item.exemptParagraph,
        fromAgendaItem: itemId,
      });
    changed += rows.length;
    if (kind === 'minute_item') {
      for (const m of rows) {
        const ds = await ex
          .update(decisions)
          .set(set)
          .where(and(eq(decisions.minuteItemId, m.id), eq(decisions.accessInherited, true), eq(decisions.publication, 'draft'), isNull(decisions.deletedAt)))
          .returning({ id: decisions.id });
        for (const d of ds)
          await audit(ex, actor, 'decision.access-inherited', 'decision', d.id, null, { access: item.access, exemptParagraph: item.exemptParagraph, fromMinute: m.id });
        changed += ds.length;
      }
    }
  }
  return changed;
}
