import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit, type Actor } from '../../../db/audit.ts';
import type { Db } from '../../../db/connect.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { subjects, type SubjectType } from '../../../import/load/subjects.ts';
import { importCorrections } from '../imports.table.ts';

/** What an officer types to correct one field of an imported record. */
export const correctionInput = z.object({
  field: z.string().trim().min(1, 'Select the field to correct'),
  value: z.string().trim().min(1, 'Enter the corrected text').max(5000, 'The corrected text must be 5,000 characters or fewer'),
  reason: z.string().trim().max(500, 'The reason must be 500 characters or fewer').optional(),
});

/**
 * Corrects a field of an imported record: saves the correction (re-applied after every re-import),
 * updates the record and writes the audit row, in one transaction.
 * @example await correctField(db, actor, 'agenda_item', 12, { field: 'title', value: 'Bridges' })
 */
export async function correctField(db: Db, actor: Actor, subjectType: SubjectType, subjectId: number, input: unknown): Promise<Result<{ field: string }>> {
  const parsed = correctionInput.safeParse(input);
  const spec = subjects[subjectType];
  const errors = parsed.success ? [] : parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'value'), message: i.message }));
  if (parsed.success && !Object.hasOwn(spec.correctable, parsed.data.field)) errors.push({ field: 'field', message: 'Select the field to correct' });
  if (!parsed.success || errors.length) return invalid(errors);
  const { field, value, reason } = parsed.data;
  return db.transaction(async (trx) => {
    const [row] = (await trx.select().from(spec.table).where(eq(spec.table.id, subjectId))) as Record<string, unknown>[];
    if (!row) return invalid([{ field: 'field', message: 'The record no longer exists' }]);
    await trx
      .insert(importCorrections)
      .values({ subjectType, subjectId, field, value, reason: reason || null, correctedBy: actor.label })
      .onConflictDoUpdate({ target: [importCorrections.subjectType, importCorrections.subjectId, importCorrections.field], set: { value, reason: reason || null, correctedBy: actor.label, updatedAt: new Date(), deletedAt: null } });
    await trx.update(spec.table).set({ [field]: value, updatedAt: new Date() }).where(eq(spec.table.id, subjectId));
    await audit(trx, actor, 'import.correct', subjectType, subjectId, { [field]: row[field] ?? null }, { [field]: value, reason: reason || null });
    return ok({ field });
  });
}
