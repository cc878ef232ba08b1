import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { bodies, organisations, planParts, plans } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type FieldError, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors, slugify } from '../../../lib/validation.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { planFields, planInput } from '../plans.schema.ts';

/**
 * Creates a plan (id null) as a public draft, or changes one: title, web address (from the title when
 * blank), period (the end after the start), owning organisation (one of the council's), description
 * and the names of its hierarchy's levels, top first. A level in use by a part cannot be removed.
 * Audited as `plan.create` or `plan.update`.
 * @example await savePlan(trx, actor, null, { title: 'Council Plan 2025–2028', startDate: '2025-04-01', endDate: '2028-03-31', levels: 'Vision\nPriority\nProgramme' })
 */
export async function savePlan(ex: Executor, actor: Actor, id: number | null, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const parsed = planInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error).sort((a, b) => planFields.indexOf(a.field) - planFields.indexOf(b.field)));
  const d = parsed.data;
  const errors: FieldError[] = [];
  if (d.endDate <= d.startDate) errors.push({ field: 'endDate', message: 'The end date must be after the start date' });
  let bodyId: number;
  if (id !== null) {
    const [before] = await ex
      .select({ bodyId: plans.bodyId })
      .from(plans)
      .where(and(eq(plans.id, id), isNull(plans.deletedAt)));
    if (!before) throw new AppError('not_found', 'Plan not found');
    bodyId = before.bodyId;
    const [deepest] = await ex
      .select({ level: planParts.level })
      .from(planParts)
      .where(and(eq(planParts.planId, id), isNull(planParts.deletedAt)))
      .orderBy(planParts.level)
      .then((rows) => rows.slice(-1));
    if (deepest && deepest.level >= d.levels.length)
      errors.push({ field: 'levels', message: `The plan has parts at level ${deepest.level + 1}: keep at least ${deepest.level + 1} levels` });
  } else {
    const [body] = await ex.select({ id: bodies.id }).from(bodies).where(isNull(bodies.deletedAt)).limit(1);
    if (!body) throw new AppError('not_found', 'There is no council to add the plan to');
    bodyId = body.id;
  }
  if (d.organisationId !== undefined) {
    const [org] = await ex
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, d.organisationId), eq(organisations.bodyId, bodyId), isNull(organisations.deletedAt)));
    if (!org) errors.push({ field: 'organisationId', message: 'Select the owning organisation from the list' });
  }
  const slug = d.slug ?? slugify(d.title);
  const [taken] = await ex
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.slug, slug), id !== null ? ne(plans.id, id) : undefined));
  if (taken) errors.push({ field: d.slug ? 'slug' : 'title', message: `Another plan already has the web address ${slug}: choose another` });
  if (errors.length) return invalid(errors.sort((a, b) => planFields.indexOf(a.field) - planFields.indexOf(b.field)));
  const values = {
    title: d.title,
    slug,
    startDate: d.startDate,
    endDate: d.endDate,
    organisationId: d.organisationId ?? null,
    description: d.description ?? null,
    levels: d.levels,
  };
  const r = single(
    await writeRows(
      ex,
      actor,
      { table: plans as unknown as WritableTable, kind: 'plan', action: 'plan' },
      [id === null ? { values: { ...values, bodyId, access: 'public' } } : { id, values }],
      { now },
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
