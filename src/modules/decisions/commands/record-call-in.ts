import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { callInActionInput } from '../decisions.schema.ts';
import { decisions } from '../../../db/schema.ts';

/**
 * Records a call-in and its outcome. "Called in" is only possible while the window is open, and
 * suspends the decision; "no further action" lets it take effect now; "referred back" sends it to
 * the decision maker, and it does not take effect. Audited with the note.
 */
export async function recordCallIn(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>, now: Date = new Date()): Promise<Result<{ id: number }>> {
  const parsed = callInActionInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { outcome, note } = parsed.data;
  return ex.transaction(async (trx) => {
    const [before] = await trx
      .select()
      .from(decisions)
      .where(and(eq(decisions.id, id), isNull(decisions.deletedAt)));
    if (!before || before.publication !== 'published') throw new AppError('not_found', 'Published decision not found');
    if (outcome === 'called-in') {
      if (before.callInStatus !== 'open') return invalid([{ field: 'outcome', message: 'Only a decision open for call-in can be called in' }]);
      if (before.callInDeadline && now.getTime() > before.callInDeadline.getTime()) return invalid([{ field: 'outcome', message: 'The call-in period has ended' }]);
    } else if (before.callInStatus !== 'called-in') {
      return invalid([{ field: 'outcome', message: 'Record the call-in before its outcome' }]);
    }
    const effectiveFrom = outcome === 'no-further-action' ? now : null;
    const [after] = await trx.update(decisions).set({ callInStatus: outcome, effectiveFrom, updatedAt: now }).where(eq(decisions.id, id)).returning();
    await audit(trx, actor, `decision.${outcome}`, 'decision', id, before, { ...after, note });
    return ok({ id });
  });
}
