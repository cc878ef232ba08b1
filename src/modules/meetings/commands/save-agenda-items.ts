import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { agendaItems } from '../meetings.table.ts';
import { agendaItemErrors } from '../meetings.rules.ts';
import { cascadeItemAccess } from '../../visibility/index.ts';
import { rowErrors, writeRows, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of an agenda item. */
export type AgendaItemValues = Partial<typeof agendaItems.$inferInsert>;

/**
 * Creates or changes agenda items in one go (the form, the importer and the demo council all come
 * here). Every row keeps the agenda item rules: an exempt item names its paragraph, except that an
 * import may keep one "paragraph not stated" (`allowUnstated`). When an item's access class
 * changes, the papers, reports and minutes that follow it take the new class in the same
 * transaction. Audited as `agenda-item.create` / `agenda-item.update`.
 * @example await saveAgendaItems(trx, actor, [{ values: { meetingId, position: 1, number: '1', title: 'Apologies', access: 'public' } }])
 */
export async function saveAgendaItems(ex: Executor, actor: Actor, rows: RowWrite<AgendaItemValues>[], opts: WriteOpts & { allowUnstated?: boolean } = {}): Promise<RowsResult> {
  return ex.transaction(async (tx) => {
    const changing = rows.filter((r) => r.id !== undefined && ('access' in r.values || 'exemptParagraph' in r.values)).map((r) => r.id!);
    const before = new Map<number, { access: string; exemptParagraph: number | null }>();
    if (changing.length) {
      const found = await tx
        .select({ id: agendaItems.id, access: agendaItems.access, exemptParagraph: agendaItems.exemptParagraph })
        .from(agendaItems)
        .where(inArray(agendaItems.id, changing));
      for (const b of found) before.set(b.id, b);
    }
    const r = await writeRows(
      tx,
      actor,
      {
        table: agendaItems as unknown as WritableTable,
        kind: 'agenda_item',
        action: 'agenda-item',
        rules: (_ex, checks) => checks.flatMap((c) => rowErrors(c.index, agendaItemErrors(c.next, { allowUnstated: opts.allowUnstated }))),
      },
      rows,
      opts,
    );
    if (!r.ok) return r;
    for (const [i, row] of rows.entries()) {
      const was = row.id !== undefined ? before.get(row.id) : undefined;
      if (!was || r.value.outcomes[i] !== 'updated') continue;
      const access = row.values.access ?? was.access;
      const paragraph = 'exemptParagraph' in row.values ? (row.values.exemptParagraph ?? null) : was.exemptParagraph;
      if (access !== was.access || paragraph !== was.exemptParagraph) await cascadeItemAccess(tx, actor, row.id!);
    }
    return r;
  });
}
