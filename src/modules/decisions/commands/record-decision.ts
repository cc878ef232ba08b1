import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { saveDecisions } from './save-decisions.ts';
import { decisionInput } from '../decisions.schema.ts';
import { choiceOf, decisionColumns, keyDecisionProblems, withoutAccess } from '../decision-columns.ts';
import { decisionOfResolution } from '../decisions.repo.ts';

/**
 * Records a draft decision (from a minute's resolution or standalone); audited. It is not public until published.
 * @example await recordDecision(db, actor, { makerKind: 'cabinet', makerOrganisationId: 3, title: '…', decisionText: '…', decidedOn: '2026-11-11', reasons: '…' })
 */
export async function recordDecision(ex: Executor, actor: Actor, raw: Record<string, unknown>, now: Date = new Date()): Promise<Result<{ id: number }>> {
  const parsed = decisionInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return ex.transaction(async (trx) => {
    const c = await decisionColumns(trx, parsed.data, now);
    if ('errors' in c) return invalid(c.errors);
    const problems = await keyDecisionProblems(trx, parsed.data, c.values);
    if (problems.length) return invalid(problems);
    // One resolution, one decision: a second record would be a second legal record of the same decision.
    if (c.values.resolutionId && (await decisionOfResolution(trx, c.values.resolutionId)))
      return invalid([{ field: 'form', message: 'This resolution is already recorded as a decision' }]);
    const r = single(await saveDecisions(trx, actor, [{ values: withoutAccess(c.values), access: choiceOf(parsed.data) }], { now }));
    return r.ok ? ok({ id: r.value.id }) : r;
  });
}
