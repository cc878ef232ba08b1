import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { AppError } from '../../../lib/errors.ts';
import { decisions } from '../../../db/schema.ts';
import { decisionCorrectionReason, decisionInput } from '../decisions.schema.ts';
import { decisionColumns } from '../decision-columns.ts';

/**
 * Corrects a published decision without touching it: a new published version (version + 1) that
 * supersedes it, with the reason; the call-in window and effective date carry over. Only the newest version can be corrected.
 */
export async function correctDecision(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const reason = decisionCorrectionReason.safeParse(typeof raw.correctionReason === 'string' ? raw.correctionReason : undefined);
  const parsed = decisionInput.safeParse(blankToUndefined(raw));
  const errors = [...(parsed.success ? [] : fieldErrors(parsed.error)), ...(reason.success ? [] : [{ field: 'correctionReason', message: reason.error.issues[0]!.message }])];
  if (errors.length || !parsed.success || !reason.success) return invalid(errors);
  return ex.transaction(async (trx) => {
    const [old] = await trx
      .select()
      .from(decisions)
      .where(and(eq(decisions.id, id), isNull(decisions.deletedAt)));
    if (!old) throw new AppError('not_found', 'Decision not found');
    if (old.publication !== 'published') throw new AppError('conflict', 'A draft decision can be edited directly; only published decisions need a correction.');
    const [newer] = await trx
      .select({ id: decisions.id })
      .from(decisions)
      .where(and(eq(decisions.supersedesId, id), isNull(decisions.deletedAt)));
    if (newer) throw new AppError('conflict', 'This decision already has a newer version. Correct the newest version.');
    const c = await decisionColumns(trx, parsed.data);
    if ('errors' in c) return invalid(c.errors);
    const [row] = await trx
      .insert(decisions)
      .values({
        ...c.values,
        version: old.version + 1,
        supersedesId: old.id,
        correctionReason: reason.data,
        publication: 'published',
        publishedAt: new Date(),
        publishedBy: actor.label,
        callInDeadline: old.callInDeadline,
        callInStatus: old.callInStatus,
        effectiveFrom: old.effectiveFrom,
      })
      .returning();
    await audit(trx, actor, 'decision.correct', 'decision', row!.id, old, row);
    return ok({ id: row!.id });
  });
}
