import { and, inArray, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import type { PublishableKind } from '../visibility.rules.ts';
import { publishableTables } from '../publishable-tables.ts';

/**
 * Publishes records of one kind inside the caller's transaction: each draft (or withdrawn) record
 * becomes published, with who, when and an optional note (such as the reason a paper is late); each
 * change is audited as `<kind>.publish`. Already published records are left as they are.
 * Returns the ids it published.
 * @example await publishRecords(trx, actor, 'document', [12, 13], { now, note: 'Late: the valuation arrived on Monday' })
 */
export async function publishRecords(ex: Executor, actor: Actor, kind: PublishableKind, ids: number[], opts: { now?: Date; note?: string | null } = {}): Promise<number[]> {
  if (ids.length === 0) return [];
  const table = publishableTables[kind];
  const now = opts.now ?? new Date();
  const rows = (await ex
    .update(table)
    .set({ publication: 'published', publishedAt: now, publishedBy: actor.label, publicationNote: opts.note ?? null, withdrawnAt: null, withdrawnReason: null, updatedAt: now })
    .where(and(inArray(table.id, ids), ne(table.publication, 'published'), isNull(table.deletedAt)))
    .returning({ id: table.id })) as { id: number }[];
  for (const r of rows) await audit(ex, actor, `${kind.replace(/_/g, '-')}.publish`, kind, r.id, null, { publication: 'published', publishedAt: now, note: opts.note ?? null });
  return rows.map((r) => r.id);
}
