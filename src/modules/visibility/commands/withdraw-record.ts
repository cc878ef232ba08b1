import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { PublishableKind } from '../visibility.rules.ts';
import { publishableTables } from '../publishable-tables.ts';
import { agendaItems, documents, reports } from '../../../db/schema.ts';
import { withdrawMeetingPacks } from './withdraw-meeting-packs.ts';

/** The meeting whose packs print a record of this kind, or null (a pack file itself, a record outside packs). */
async function packedIn(ex: Executor, kind: PublishableKind, id: number): Promise<number | null> {
  if (kind === 'agenda_item') return (await ex.select({ m: agendaItems.meetingId }).from(agendaItems).where(eq(agendaItems.id, id)))[0]?.m ?? null;
  if (kind === 'report') return (await ex.select({ m: reports.meetingId }).from(reports).where(eq(reports.id, id)))[0]?.m ?? null;
  if (kind !== 'document') return null;
  const [doc] = await ex.select({ m: documents.meetingId, kind: documents.kind }).from(documents).where(eq(documents.id, id));
  return doc && doc.kind !== 'pack' ? doc.m : null;
}

/**
 * Withdraws one published record with a reason: from then on it answers as missing to everyone not
 * entitled to drafts. Audited as `<kind>.withdraw`; the reason stays on the record for its history.
 * A paper, report or agenda item printed in its meeting's published packs withdraws those packs too
 * (they are copies of it), for the clerk to publish a corrected one.
 * @example await withdrawRecord(db, actor, 'document', 12, 'Published by mistake: contains personal data')
 */
export async function withdrawRecord(ex: Executor, actor: Actor, kind: PublishableKind, id: number, reason: string, now: Date = new Date()): Promise<void> {
  const table = publishableTables[kind];
  const text = reason.trim();
  if (!text) throw new AppError('validation_failed', 'Enter the reason for withdrawing it', [{ field: 'reason', message: 'Enter the reason for withdrawing it' }]);
  const [before] = (await ex
    .select({ publication: table.publication })
    .from(table)
    .where(and(eq(table.id, id), isNull(table.deletedAt)))) as { publication: string }[];
  if (!before) throw new AppError('not_found', 'Record not found');
  if (before.publication !== 'published') throw new AppError('conflict', 'Only a published record can be withdrawn');
  await ex.update(table).set({ publication: 'withdrawn', withdrawnAt: now, withdrawnReason: text, updatedAt: now }).where(eq(table.id, id));
  await audit(ex, actor, `${kind.replace(/_/g, '-')}.withdraw`, kind, id, { publication: 'published' }, { publication: 'withdrawn', withdrawnAt: now, reason: text });
  const meetingId = await packedIn(ex, kind, id);
  if (meetingId !== null) await withdrawMeetingPacks(ex, actor, meetingId, `It contained a ${kind === 'agenda_item' ? 'agenda item' : 'paper'} that was withdrawn: ${text}`, now);
}
