import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { agendaItems, documents, reports, users } from '../../../db/schema.ts';
import { accessGrants, grantSubjects } from '../visibility.table.ts';

const grantInput = z.object({
  subjectType: z.enum(grantSubjects, { error: 'Select what to grant access to' }),
  subjectId: z.coerce.number({ error: 'Select a paper' }).int().positive({ error: 'Select a paper' }),
  userId: z.coerce.number({ error: 'Select a councillor' }).int().positive({ error: 'Select a councillor' }),
  reason: z.string({ error: 'Enter why they need to read it' }).trim().min(1, { error: 'Enter why they need to read it' }).max(1000),
});

/**
 * A clerk grants a councillor (or report author) who is not otherwise entitled access to one exempt
 * paper, or to every paper of an exempt agenda item; audited as `access.grant` with the reason.
 * @example await grantAccess(db, actor, { subjectType: 'document', subjectId: 12, userId: 7, reason: 'Local member for the site' })
 */
export async function grantAccess(db: Db, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = grantInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  return db.transaction(async (trx) => {
    const [user] = await trx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(and(eq(users.id, v.userId), isNull(users.disabledAt)));
    if (!user || (user.role !== 'councillor' && user.role !== 'report-author')) return invalid([{ field: 'userId', message: 'Select a councillor or report author' }]);
    const table = v.subjectType === 'agenda_item' ? agendaItems : v.subjectType === 'document' ? documents : reports;
    const [subject] = await trx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, v.subjectId), isNull(table.deletedAt)));
    if (!subject) throw new AppError('not_found', 'Paper not found');
    const [row] = await trx
      .insert(accessGrants)
      .values({ ...v, grantedBy: actor.label })
      .returning();
    await audit(trx, actor, 'access.grant', v.subjectType, v.subjectId, null, row);
    return ok({ id: row!.id });
  });
}
