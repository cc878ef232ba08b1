import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { agendaItems, documents, meetings } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { publishRecords } from '../../visibility/index.ts';

const publishInput = z.object({
  reason: z
    .string({ error: 'Enter why this paper is published after the agenda' })
    .trim()
    .min(1, { error: 'Enter why this paper is published after the agenda' })
    .max(1000, { error: 'The reason must be 1,000 characters or fewer' }),
});

/**
 * Publishes a paper added after its meeting's agenda was published (a late paper), with the reason,
 * which the meeting page shows beside it. A draft agenda item it belongs to is published with it.
 * Before the agenda is published, papers are published with the agenda instead.
 * @example await publishDocument(db, actor, 12, { reason: 'The valuation was received on 3 March' })
 */
export async function publishDocument(
  ex: Executor,
  actor: Actor,
  id: number,
  raw: Record<string, unknown>,
  now: Date = new Date(),
): Promise<Result<{ id: number; meetingId: number | null }>> {
  return ex.transaction(async (trx) => {
    const [doc] = await trx
      .select()
      .from(documents)
      .where(and(eq(documents.id, id), isNull(documents.deletedAt)));
    if (!doc) throw new AppError('not_found', 'Document not found');
    if (doc.publication === 'published') throw new AppError('conflict', 'This document has already been published');
    if (doc.meetingId) {
      const [m] = await trx.select({ agendaPublishedAt: meetings.agendaPublishedAt }).from(meetings).where(eq(meetings.id, doc.meetingId));
      if (!m?.agendaPublishedAt) return invalid([{ field: 'reason', message: 'This paper will be published with the agenda. Publish the agenda first' }]);
    }
    const parsed = publishInput.safeParse(blankToUndefined(raw));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    if (doc.agendaItemId) {
      const [item] = await trx.select({ publication: agendaItems.publication }).from(agendaItems).where(eq(agendaItems.id, doc.agendaItemId));
      if (item && item.publication !== 'published') await publishRecords(trx, actor, 'agenda_item', [doc.agendaItemId], { now, note: parsed.data.reason });
    }
    await publishRecords(trx, actor, 'document', [id], { now, note: parsed.data.reason });
    return ok({ id, meetingId: doc.meetingId });
  });
}
