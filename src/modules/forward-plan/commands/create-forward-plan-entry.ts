import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { joinDateParts } from '../../../lib/form-dates.ts';
import { single } from '../../records/index.ts';
import { entryColumns } from '../forward-plan.columns.ts';
import { entryInput } from '../forward-plan.schema.ts';
import { saveForwardPlanEntries } from './save-forward-plan-entries.ts';

/**
 * Adds a draft entry to the Forward Plan. It has no reference until the plan is first published with
 * it in; the entry itself is public once published, an exempt matter's private details never are.
 * Audited as `forward-plan-entry.create`.
 * @example await createForwardPlanEntry(db, actor, { issue: 'Library service review', decision: 'To approve …', decisionDateQualifier: 'not-before', decisionDate: '2030-03-01', decisionMakers: 'Cabinet', contacts: 'Ann Clerk', keySpend: '600000' })
 */
export async function createForwardPlanEntry(ex: Executor, actor: Actor, raw: Record<string, unknown>, now: Date = new Date()): Promise<Result<{ id: number }>> {
  const parsed = entryInput.safeParse(blankToUndefined({ ...raw, decisionDate: joinDateParts(raw, 'decisionDate') }));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return ex.transaction(async (trx) => {
    const c = await entryColumns(trx, parsed.data, null, now);
    if ('errors' in c) return invalid(c.errors);
    const r = single(await saveForwardPlanEntries(trx, actor, [{ values: { ...c.values, managed: true, access: 'public' } }], { now }));
    return r.ok ? ok({ id: r.value.id }) : r;
  });
}
