import { like } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { actionPlans } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors, slugify } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { saveActionPlans } from './save-action-plans.ts';

const planInput = z.object({
  title: z
    .string({ error: 'Enter the title of the plan' })
    .trim()
    .min(1, { error: 'Enter the title of the plan' })
    .max(200, { error: 'The title must be 200 characters or fewer' }),
});

/**
 * Creates an action plan of a council as a draft (nothing is public until it is published), at a web
 * address made from its title (numbered when another plan has it). Audited as `action-plan.create`.
 * @example await createActionPlan(db, actor, bodyId, { title: 'Young Carers Action Plan' })
 */
export async function createActionPlan(ex: Executor, actor: Actor, bodyId: number, raw: Record<string, unknown>): Promise<Result<{ id: number; slug: string }>> {
  const parsed = planInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const base = slugify(parsed.data.title);
  const taken = new Set(
    (
      await ex
        .select({ slug: actionPlans.slug })
        .from(actionPlans)
        .where(like(actionPlans.slug, `${base}%`))
    ).map((p) => p.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const r = single(await saveActionPlans(ex, actor, [{ values: { bodyId, title: parsed.data.title, slug, access: 'public' } }]));
  return r.ok ? ok({ id: r.value.id, slug }) : r;
}
