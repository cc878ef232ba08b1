import { and, eq, isNull, max } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { planActions } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { isoDate } from '../../../lib/form-dates.ts';
import type { FieldError } from '../../../lib/result.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { dueOn, ONGOING } from '../action-due.ts';
import { savePlanActions } from './save-plan-actions.ts';

const actionInput = z.object({
  number: z
    .string({ error: 'Enter the number of the action' })
    .trim()
    .min(1, { error: 'Enter the number of the action' })
    .regex(/^\d+(\.\d+)*$/, { error: 'Enter the number as digits and dots, like 6 or 6.1' }),
  parentId: z.coerce.number().int().positive().optional(),
  action: z.string({ error: 'Enter the action' }).trim().min(1, { error: 'Enter the action' }).max(4000, { error: 'The action must be 4000 characters or fewer' }),
  success: z.string().trim().max(4000, { error: 'What success looks like must be 4000 characters or fewer' }).optional(),
  owners: z.string().optional(),
});
const dueInput = z.discriminatedUnion('due', [z.object({ due: z.literal('date'), dueOn: isoDate('due date') }), z.object({ due: z.literal('ongoing') })], {
  error: 'Select when the action is due',
});

/** The owners typed one per line, blanks dropped: "to identify" is kept as written. */
const ownersOf = (s: string | undefined) =>
  (s ?? '')
    .split(/\r?\n/)
    .map((o) => o.trim())
    .filter(Boolean);

/** An action's id and those of the actions above it, nearest first (a loop, which the rules prevent, stops the walk). */
function ancestorsOf(id: number, actions: { id: number; parentId: number | null }[]): number[] {
  const byId = new Map(actions.map((a) => [a.id, a.parentId]));
  const seen: number[] = [];
  for (let at: number | null | undefined = id; at != null && !seen.includes(at); at = byId.get(at)) seen.push(at);
  return seen;
}

/**
 * Adds an action to a plan (`actionPlanId` given) or changes one (`id` given), as an officer types it:
 * its number (unique in the plan; a child's number starts with its parent's, 6.1 under 6), parent,
 * action, what success looks like, owners one per line ("to identify" allowed) and when it is due (a
 * day or "Ongoing"). A new action is a draft until the plan is published. Audited as
 * `plan-action.create` / `.update`.
 * @example await savePlanAction(trx, actor, { actionPlanId: 3 }, { number: '6.1', parentId: '41', action: 'Map services', owners: 'Carers lead', due: 'ongoing' })
 */
export async function savePlanAction(
  ex: Executor,
  actor: Actor,
  target: { actionPlanId: number } | { id: number },
  raw: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: number; actionPlanId: number }>> {
  const input = blankToUndefined(raw);
  const a = actionInput.safeParse(input);
  const b = dueInput.safeParse(input);
  const errors: FieldError[] = [...(a.success ? [] : fieldErrors(a.error)), ...(b.success ? [] : fieldErrors(b.error))];
  let existing: typeof planActions.$inferSelect | undefined;
  if ('id' in target) {
    [existing] = await ex
      .select()
      .from(planActions)
      .where(and(eq(planActions.id, target.id), isNull(planActions.deletedAt)));
    if (!existing) throw new AppError('not_found', 'Action not found');
  }
  const actionPlanId = existing?.actionPlanId ?? ('actionPlanId' in target ? target.actionPlanId : 0);
  const siblings = await ex
    .select({ id: planActions.id, number: planActions.number, parentId: planActions.parentId })
    .from(planActions)
    .where(and(eq(planActions.actionPlanId, actionPlanId), isNull(planActions.deletedAt)));
  if (a.success) {
    const number = a.data.number;
    if (siblings.some((s) => s.number === number && s.id !== existing?.id))
      errors.push({ field: 'number', message: `Action ${number} is already in this plan: enter another number` });
    const parent = a.data.parentId === undefined ? undefined : siblings.find((s) => s.id === a.data.parentId);
    if (a.data.parentId !== undefined && !parent) errors.push({ field: 'parentId', message: 'Select a parent action in the same plan' });
    else if (parent && existing && ancestorsOf(parent.id, siblings).includes(existing.id))
      errors.push({ field: 'parentId', message: 'An action cannot be under itself or under an action below it' });
    else if (parent && !number.startsWith(`${parent.number}.`))
      errors.push({ field: 'number', message: `The number of an action under action ${parent.number} must start with ${parent.number}., like ${parent.number}.1` });
  }
  const order = ['number', 'parentId', 'action', 'success', 'owners', 'due', 'dueOn'];
  if (!a.success || !b.success || errors.length) return invalid(errors.sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field)));
  const values = {
    number: a.data.number,
    parentId: a.data.parentId ?? null,
    action: a.data.action,
    success: a.data.success ?? null,
    owners: ownersOf(a.data.owners),
    ...(b.data.due === 'date' ? dueOn(b.data.dueOn) : ONGOING),
  };
  if (existing) {
    const r = single(await savePlanActions(ex, actor, [{ id: existing.id, values: { ...values, actionPlanId } }], { now }));
    return r.ok ? ok({ id: existing.id, actionPlanId }) : r;
  }
  const [last] = await ex
    .select({ n: max(planActions.position) })
    .from(planActions)
    .where(eq(planActions.actionPlanId, actionPlanId));
  const r = single(await savePlanActions(ex, actor, [{ values: { ...values, actionPlanId, position: (last?.n ?? 0) + 1, access: 'public' } }], { now }));
  return r.ok ? ok({ id: r.value.id, actionPlanId }) : r;
}
