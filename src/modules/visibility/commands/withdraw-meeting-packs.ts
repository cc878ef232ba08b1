import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { documents } from '../../../db/schema.ts';

/**
 * Withdraws the published pack files (web page, PDF, restricted PDF) of a meeting, in the caller's
 * transaction: a pack is a copy of its papers and agenda as they were, so once one of them is
 * withdrawn or changes access class the copy must stop being served. Each file keeps the reason and
 * is audited as `document.withdraw`; the clerk publishes a corrected pack. Returns the ids withdrawn.
 * @example await withdrawMeetingPacks(trx, actor, meetingId, 'It contained a paper that was withdrawn: published by mistake')
 */
export async function withdrawMeetingPacks(ex: Executor, actor: Actor, meetingId: number, reason: string, now: Date = new Date()): Promise<number[]> {
  const rows = await ex
    .update(documents)
    .set({ publication: 'withdrawn', withdrawnAt: now, withdrawnReason: reason, updatedAt: now })
    .where(and(eq(documents.meetingId, meetingId), eq(documents.kind, 'pack'), ne(documents.publication, 'withdrawn'), isNull(documents.deletedAt)))
    .returning({ id: documents.id });
  for (const r of rows) await audit(ex, actor, 'document.withdraw', 'document', r.id, { publication: 'published' }, { publication: 'withdrawn', withdrawnAt: now, reason });
  return rows.map((r) => r.id);
}
