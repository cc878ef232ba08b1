import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { planParts, plans } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type FieldError, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { partFields, partInput } from '../plans.schema.ts';

/**
 * Adds a part to a plan's tree (id null), or changes one: its parent, level, number (like 2 or 2.3,
 * once per plan), title and description. A part at the top level has no parent; any other's level
 * is its parent's level + 1, and the level must be one the plan names. Audited as `plan-part.create`
 * or `plan-part.update`.
 * @example await savePlanPart(trx, actor, planId, null, { parentId: String(priorityId), level: '2', number: '2.3', title: 'Warm homes' })
 */
export async function savePlanPart(ex: Executor, actor: Actor, planId: number, id: number | null, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const [plan] = await ex
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), isNull(plans.deletedAt)));
  if (!plan) throw new AppError('not_found', 'Plan not found');
  const parsed = partInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error).sort((a, b) => partFields.indexOf(a.field) - partFields.indexOf(b.field)));
  const d = parsed.data;
  if (id !== null) {
    const [before] = await ex
      .select({ planId: planParts.planId })
      .from(planParts)
      .where(and(eq(planParts.id, id), isNull(planParts.deletedAt)));
    if (!before || before.planId !== planId) throw new AppError('not_found', 'Part of the plan not found');
  }
  const errors: FieldError[] = [];
  if (d.level >= plan.levels.length) errors.push({ field: 'level', message: `Select one of the plan’s ${plan.levels.length} levels` });
  if (d.parentId === undefined) {
    if (d.level !== 0) errors.push({ field: 'parentId', message: `Select the ${plan.levels[d.level - 1] ?? 'part'} this ${plan.levels[d.level] ?? 'part'} comes under` });
  } else {
    // Shared lock: a parent being removed (removePlanPart locks it) is waited for, then seen as gone.
    const [parent] = await ex
      .select()
      .from(planParts)
      .where(and(eq(planParts.id, d.parentId), isNull(planParts.deletedAt)))
      .for('share');
    if (!parent || parent.planId !== planId || parent.id === id) errors.push({ field: 'parentId', message: 'Select the part this one comes under from the list' });
    else if (d.level !== parent.level + 1)
      errors.push({ field: 'level', message: `A part under a ${plan.levels[parent.level] ?? 'part'} must be a ${plan.levels[parent.level + 1] ?? 'level below it'}` });
  }
  const [taken] = await ex
    .select({ id: planParts.id })
    .from(planParts)
    .where(and(eq(planParts.planId, planId), eq(planParts.number, d.number), isNull(planParts.deletedAt), id !== null ? ne(planParts.id, id) : undefined));
  if (taken) errors.push({ field: 'number', message: `The plan already has a part numbered ${d.number}` });
  if (errors.length) return invalid(errors.sort((a, b) => partFields.indexOf(a.field) - partFields.indexOf(b.field)));
  const values = { parentId: d.parentId ?? null, level: d.level, number: d.number, title: d.title, description: d.description ?? null };
  const r = single(
    await writeRows(
      ex,
      actor,
      { table: planParts as unknown as WritableTable, kind: 'plan_part', action: 'plan-part' },
      [id === null ? { values: { ...values, planId } } : { id, values }],
      {
        now,
      },
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
