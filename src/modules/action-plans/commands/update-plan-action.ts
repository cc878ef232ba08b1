import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { planActionUpdates, planActions, rags } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { isoDate } from '../../../lib/form-dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { orRollBack, refusedAsInvalid, writeRows, type WritableTable } from '../../records/index.ts';
import { dueOn, ONGOING } from '../action-due.ts';
import { savePlanActions } from './save-plan-actions.ts';

const updateInput = z.discriminatedUnion('due', [z.object({ due: z.literal('date'), dueOn: isoDate('due date') }), z.object({ due: z.literal('ongoing') })], {
  error: 'Select when the action is due',
});
const common = z.object({
  rag: z.enum(rags, { error: 'Select the RAG rating' }),
  progress: z
    .string({ error: 'Enter a progress note' })
    .trim()
    .min(1, { error: 'Enter a progress note' })
    .max(4000, { error: 'The progress note must be 4000 characters or fewer' }),
});

/**
 * An owner's update of an action: its RAG rating (Blue when complete), when it is due (a day or
 * "Ongoing") and a progress note, which joins the action's dated history. Audited as
 * `plan-action.progress` (what changed on the action) and `plan-action-update.create` (the dated entry).
 * @example await updatePlanAction(db, actor, 12, { rag: 'Amber', due: 'date', dueOn: '2027-06-30', progress: 'Two of five sites surveyed' })
 */
export async function updatePlanAction(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const input = blankToUndefined(raw);
  const a = common.safeParse(input);
  const b = updateInput.safeParse(input);
  const order = ['rag', 'due', 'dueOn', 'progress'];
  const errors = [...(a.success ? [] : fieldErrors(a.error)), ...(b.success ? [] : fieldErrors(b.error))].sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field));
  if (!a.success || !b.success) return invalid(errors);
  const [before] = await ex
    .select({ id: planActions.id })
    .from(planActions)
    .where(and(eq(planActions.id, id), isNull(planActions.deletedAt)));
  if (!before) throw new AppError('not_found', 'Action not found');
  const due = b.data.due === 'date' ? dueOn(b.data.dueOn) : ONGOING;
  const values = { rag: a.data.rag, ...due, progress: a.data.progress };
  return refusedAsInvalid(
    ex.transaction(async (trx) => {
      orRollBack(await savePlanActions(trx, actor, [{ id, values }], { now, verb: 'progress' }));
      orRollBack(
        await writeRows(
          trx,
          actor,
          { table: planActionUpdates as unknown as WritableTable, kind: 'plan_action_update', action: 'plan-action-update' },
          [{ values: { planActionId: id, updatedOn: toLondonDate(now), updatedBy: actor.label, ...values } }],
          { now },
        ),
      );
      return ok({ id });
    }),
  );
}
