import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { joinDateParts } from '../../../lib/form-dates.ts';
import { forwardPlanEntries } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { entryColumns } from '../forward-plan.columns.ts';
import { entryInput } from '../forward-plan.schema.ts';
import { saveForwardPlanEntries } from './save-forward-plan-entries.ts';

/**
 * Changes a Forward Plan entry written in Shirehall. Its reference and first published date never
 * change; a published entry's changes reach the public with the next published version. Imported
 * entries are historical and cannot be changed here. Audited as `forward-plan-entry.update`.
 * @example await updateForwardPlanEntry(db, actor, 4, { ...fields, decisionDate: '2030-04-01' })
 */
export async function updateForwardPlanEntry(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>, now: Date = new Date()): Promise<Result<{ id: number }>> {
  return ex.transaction(async (trx) => {
    const [before] = await trx
      .select()
      .from(forwardPlanEntries)
      .where(and(eq(forwardPlanEntries.id, id), isNull(forwardPlanEntries.deletedAt)));
    if (!before) throw new AppError('not_found', 'Forward Plan entry not found');
    if (!before.managed) throw new AppError('conflict', 'This entry was imported from a published Forward Plan and is kept as it was printed.');
    const parsed = entryInput.safeParse(blankToUndefined({ ...raw, decisionDate: joinDateParts(raw, 'decisionDate') }));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const c = await entryColumns(trx, parsed.data, before, now);
    if ('errors' in c) return invalid(c.errors);
    const { bodyId: _b, ...values } = c.values;
    const r = single(await saveForwardPlanEntries(trx, actor, [{ id, values }], { now }));
    return r.ok ? ok({ id }) : r;
  });
}
