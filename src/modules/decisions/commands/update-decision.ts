import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { AppError } from '../../../lib/errors.ts';
import { decisions } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { DECISION_LOCKED_MESSAGE, saveDecisions } from './save-decisions.ts';
import { decisionInput } from '../decisions.schema.ts';
import { choiceOf, decisionColumns, keyDecisionProblems, withoutAccess } from '../decision-columns.ts';

/** Changes a draft decision; a published decision is a legal record and throws a conflict (correct it instead). */
export async function updateDecision(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  return ex.transaction(async (trx) => {
    const [before] = await trx
      .select()
      .from(decisions)
      .where(and(eq(decisions.id, id), isNull(decisions.deletedAt)));
    if (!before) throw new AppError('not_found', 'Decision not found');
    if (before.publication !== 'draft') throw new AppError('conflict', DECISION_LOCKED_MESSAGE);
    const parsed = decisionInput.safeParse(blankToUndefined(raw));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const c = await decisionColumns(trx, parsed.data);
    if ('errors' in c) return invalid(c.errors);
    const problems = await keyDecisionProblems(trx, parsed.data, c.values);
    if (problems.length) return invalid(problems);
    const r = single(await saveDecisions(trx, actor, [{ id, values: withoutAccess(c.values), access: choiceOf(parsed.data) }]));
    return r.ok ? ok({ id }) : r;
  });
}
