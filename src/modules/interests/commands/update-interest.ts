import { and, eq, isNull } from 'drizzle-orm';
import { audit, type Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { interestEntries } from '../interests.table.ts';
import { interestInput, interestValues } from '../interests.schema.ts';
import { futureDateErrors } from '../interests.rules.ts';

/**
 * Changes an entry of a register of interests, or records that it ended (it then leaves the current
 * register; the change history keeps it). A published entry stays published. Audited as `interest.update`
 * with the entry before and after.
 * @example await updateInterest(db, actor, id, { ...values, ended: '2031-01-31' })
 */
export async function updateInterest(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const [before] = await ex
    .select()
    .from(interestEntries)
    .where(and(eq(interestEntries.id, id), isNull(interestEntries.deletedAt)));
  if (!before) throw new AppError('not_found', 'Interest not found');
  const parsed = interestInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const future = futureDateErrors(parsed.data, toLondonDate(now));
  if (future.length) return invalid(future);
  const [after] = await ex
    .update(interestEntries)
    .set({ ...interestValues(parsed.data), updatedAt: now })
    .where(eq(interestEntries.id, id))
    .returning();
  await audit(ex, actor, 'interest.update', 'interest', id, before, after);
  return ok({ id });
}
