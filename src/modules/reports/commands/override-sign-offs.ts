import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { audit, type Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { reports } from '../../../db/schema.ts';
import { roleMay } from '../../accounts/index.ts';

const overrideInput = z.object({
  reason: z
    .string({ error: 'Enter why the report can be published without all its sign-offs' })
    .trim()
    .min(1, { error: 'Enter why the report can be published without all its sign-offs' })
    .max(2000, { error: 'The reason must be 2,000 characters or fewer' }),
});

/**
 * Lets a report go on an agenda before every required sign-off is in: only democratic services or an
 * administrator may, and only with a reason, which is kept on the report and in the audit log as
 * `report.override-sign-offs`.
 * @example await overrideSignOffs(trx, { userId: 2, label: 'clerk@example', role: 'democratic-services' }, 12, { reason: 'Finance away; Section 151 officer agreed by phone' })
 */
export async function overrideSignOffs(ex: Executor, actor: Actor, reportId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  if (!roleMay(actor.role, 'records:edit')) throw new AppError('forbidden', 'Only democratic services can override sign-offs');
  const [before] = await ex
    .select()
    .from(reports)
    .where(and(eq(reports.id, reportId), isNull(reports.deletedAt)));
  if (!before) throw new AppError('not_found', 'Report not found');
  const parsed = overrideInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return ex.transaction(async (trx) => {
    const [after] = await trx
      .update(reports)
      .set({ signOffOverrideReason: parsed.data.reason, signOffOverriddenBy: actor.userId, signOffOverriddenAt: now, updatedAt: now })
      .where(eq(reports.id, reportId))
      .returning();
    await audit(
      trx,
      actor,
      'report.override-sign-offs',
      'report',
      reportId,
      { signOffOverrideReason: before.signOffOverrideReason },
      { signOffOverrideReason: after!.signOffOverrideReason, signOffOverriddenAt: now },
    );
    return ok({ id: reportId });
  });
}
