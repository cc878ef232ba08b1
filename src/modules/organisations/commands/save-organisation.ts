import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { uniqueSlug } from '../../../db/slug.ts';
import { AppError } from '../../../lib/errors.ts';
import { bodies } from '../../../db/schema.ts';
import { organisations } from '../organisations.table.ts';
import { organisationInput } from '../organisations.schema.ts';

/** Creates an organisation (committee, board…) in the council; audited. */
export async function createOrganisation(db: Db, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number; slug: string }>> {
  const parsed = organisationInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const [body] = await db.select({ id: bodies.id }).from(bodies).where(isNull(bodies.deletedAt)).limit(1);
  if (!body) throw new AppError('conflict', 'Set up the council before adding organisations');
  const slug = await uniqueSlug(db, organisations, organisations.slug, organisations.id, v.name);
  return db.transaction(async (trx) => {
    const [row] = await trx
      .insert(organisations)
      .values({
        bodyId: body.id,
        name: v.name,
        slug,
        kind: v.kind,
        purpose: v.purpose ?? null,
        parentId: v.parentId ?? null,
        rules: v.publicQuestionRule ? { publicQuestions: v.publicQuestionRule } : {},
      })
      .returning();
    await audit(trx, actor, 'organisation.create', 'organisation', row!.id, null, row);
    return ok({ id: row!.id, slug: row!.slug });
  });
}

/** Updates an organisation's details; audited with before and after. */
export async function updateOrganisation(db: Db, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; slug: string }>> {
  const parsed = organisationInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  if (v.parentId === id) return invalid([{ field: 'parentId', message: 'An organisation cannot be its own parent' }]);
  return db.transaction(async (trx) => {
    const [before] = await trx.select().from(organisations).where(and(eq(organisations.id, id), isNull(organisations.deletedAt)));
    if (!before) throw new AppError('not_found', 'Organisation not found');
    const rules = { ...before.rules };
    if (v.publicQuestionRule) rules.publicQuestions = v.publicQuestionRule;
    else delete rules.publicQuestions;
    const [after] = await trx
      .update(organisations)
      .set({ name: v.name, kind: v.kind, purpose: v.purpose ?? null, parentId: v.parentId ?? null, rules, updatedAt: new Date() })
      .where(eq(organisations.id, id))
      .returning();
    await audit(trx, actor, 'organisation.update', 'organisation', id, before, after);
    return ok({ id, slug: after!.slug });
  });
}
