import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { subjects, type SubjectType } from '../../../import/load/subjects.ts';
import { publishRecords } from '../../visibility/index.ts';
import { provenance } from '../imports.table.ts';
import { publishableKindOf } from '../imports.repo.ts';

/**
 * Publishes a record an import kept back for review (a report whose title differs from the agenda
 * item it was matched to): the clerk's act, through the visibility module's publish command, with a
 * note; audited as `<kind>.publish`. Only a draft record of this import can be published here; an
 * exempt one stays exempt (public only to those entitled).
 * @example await publishKeptBack(db, actor, importId, 'report', 7)
 */
export async function publishKeptBack(ex: Executor, actor: Actor, importId: number, type: SubjectType, id: number, now: Date = new Date()): Promise<void> {
  const kind = publishableKindOf(type);
  if (!kind) throw new AppError('not_found', 'Record not found in this import');
  await ex.transaction(async (trx) => {
    const [fromImport] = await trx
      .select({ id: provenance.id })
      .from(provenance)
      .where(and(eq(provenance.importId, importId), eq(provenance.subjectType, type), eq(provenance.subjectId, id)))
      .limit(1);
    if (!fromImport) throw new AppError('not_found', 'Record not found in this import');
    const { table } = subjects[type];
    const [row] = (await trx.select().from(table).where(eq(table.id, id))) as { publication?: string; deletedAt?: Date | null }[];
    if (!row || row.deletedAt) throw new AppError('not_found', 'Record not found in this import');
    if (row.publication === 'published') throw new AppError('conflict', 'This record has already been published');
    await publishRecords(trx, actor, kind, [id], { now, note: 'Reviewed and published after import' });
  });
}
