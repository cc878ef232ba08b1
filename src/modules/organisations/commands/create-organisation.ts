import { isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { uniqueSlug } from '../../../db/slug.ts';
import { AppError } from '../../../lib/errors.ts';
import { bodies } from '../../../db/schema.ts';
import { organisations } from '../organisations.table.ts';
import { organisationInput } from '../organisations.schema.ts';
import { single } from '../../records/index.ts';
import { saveOrganisations } from './save-organisations.ts';
import { parentErrors } from '../organisations.form.ts';

/** Creates an organisation (committee, board…) in the council; audited. */
export async function createOrganisation(ex: Executor, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number; slug: string }>> {
  const parsed = organisationInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const parentProblems = await parentErrors(ex, v.parentId);
  if (parentProblems.length) return invalid(parentProblems);
  const [body] = await ex.select({ id: bodies.id }).from(bodies).where(isNull(bodies.deletedAt)).limit(1);
  if (!body) throw new AppError('conflict', 'Set up the council before adding organisations');
  const slug = await uniqueSlug(ex, organisations, organisations.slug, organisations.id, v.name);
  const r = single(
    await saveOrganisations(ex, actor, [
      {
        values: {
          bodyId: body.id,
          name: v.name,
          slug,
          kind: v.kind,
          purpose: v.purpose ?? null,
          parentId: v.parentId ?? null,
          rules: v.publicQuestionRule ? { publicQuestions: v.publicQuestionRule } : {},
        },
      },
    ]),
  );
  return r.ok ? ok({ id: r.value.id, slug }) : r;
}
