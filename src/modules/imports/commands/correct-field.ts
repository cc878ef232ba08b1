import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { subjects, type SubjectType } from '../../../import/load/subjects.ts';
import { importCorrections, provenance } from '../imports.table.ts';

/** What an officer types to correct one field of an imported record. */
export const correctionInput = z.object({
  field: z.string().trim().min(1, 'Select the field to correct'),
  value: z.string().trim().min(1, 'Enter the corrected text').max(5000, 'The corrected text must be 5,000 characters or fewer'),
  reason: z.string().trim().max(500, 'The reason must be 500 characters or fewer').optional(),
});

/** The message when a correction would change a legal record in place. */
export const LEGAL_RECORD_MESSAGE =
  'This is part of approved minutes or a published decision, a legal record, so it cannot be corrected in place. Correct the minutes (or the decision), which makes a new version with a reason.';

/**
 * Corrects a field of a record an import produced: the change goes through the record's domain
 * command (so its rules apply), the correction is kept (re-applied after every re-import), in one
 * transaction; audited as `<kind>.correct`. A record that is not from this import is not found; a
 * legal record (approved or signed minutes and their minutes, resolutions, attendance and
 * declarations, their approval note, a published decision) is refused: it is never edited in place.
 * @example await correctField(db, actor, importId, 'agenda_item', 12, { field: 'title', value: 'Bridges' })
 */
export async function correctField(ex: Executor, actor: Actor, importId: number, subjectType: SubjectType, subjectId: number, input: unknown): Promise<Result<{ field: string }>> {
  const parsed = correctionInput.safeParse(input);
  const spec = subjects[subjectType];
  const errors = parsed.success ? [] : parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'value'), message: i.message }));
  if (parsed.success && !Object.hasOwn(spec.correctable, parsed.data.field)) errors.push({ field: 'field', message: 'Select the field to correct' });
  if (!parsed.success || errors.length) return invalid(errors);
  const { field, value, reason } = parsed.data;
  const [fromImport] = await ex
    .select({ id: provenance.id })
    .from(provenance)
    .where(and(eq(provenance.importId, importId), eq(provenance.subjectType, subjectType), eq(provenance.subjectId, subjectId)))
    .limit(1);
  if (!fromImport) throw new AppError('not_found', 'Record not found in this import');
  return ex.transaction(async (trx) => {
    const r = await spec.save(trx, actor, [{ id: subjectId, values: { [field]: value } }], { verb: 'correct', allowUnstated: true });
    if (!r.ok) {
      if (r.errors.some((e) => e.code === 'locked')) return invalid([{ field: 'field', message: LEGAL_RECORD_MESSAGE }]);
      return invalid(r.errors.map((e) => ({ field: e.field in spec.correctable ? 'value' : 'field', message: e.message })));
    }
    await trx
      .insert(importCorrections)
      .values({ subjectType, subjectId, field, value, reason: reason || null, correctedBy: actor.label })
      .onConflictDoUpdate({
        target: [importCorrections.subjectType, importCorrections.subjectId, importCorrections.field],
        set: { value, reason: reason || null, correctedBy: actor.label, updatedAt: new Date(), deletedAt: null },
      });
    return ok({ field });
  });
}
