import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { AppError } from '../../../lib/errors.ts';
import { organisations } from '../organisations.table.ts';
import { organisationInput } from '../organisations.schema.ts';
import { single } from '../../records/index.ts';
import { saveOrganisations } from './save-organisations.ts';
import { parentErrors } from '../organisations.form.ts';

/** Updates an organisation's details; audited with before and after. */
export async function updateOrganisation(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; slug: string }>> {
  const parsed = organisationInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const [before] = await ex
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, id), isNull(organisations.deletedAt)));
  if (!before) throw new AppError('not_found', 'Organisation not found');
  const parentProblems = await parentErrors(ex, v.parentId);
  if (parentProblems.length) return invalid(parentProblems);
  const rules = { ...before.rules };
  if (v.publicQuestionRule) rules.publicQuestions = v.publicQuestionRule;
  else delete rules.publicQuestions;
  const r = single(await saveOrganisations(ex, actor, [{ id, values: { name: v.name, kind: v.kind, purpose: v.purpose ?? null, parentId: v.parentId ?? null, rules } }]));
  return r.ok ? ok({ id, slug: before.slug }) : r;
}
