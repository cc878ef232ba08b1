import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { responseInput } from '../participation.schema.ts';
import { publicSubmissions } from '../participation.table.ts';

/** The clerk accepts, rejects or answers a submission, and chooses whether it is published; audited. */
export async function respondToSubmission(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  const parsed = responseInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  return ex.transaction(async (trx) => {
    const [before] = await trx.select().from(publicSubmissions).where(eq(publicSubmissions.id, id));
    if (!before || before.deletedAt) throw new AppError('not_found', 'Submission not found');
    const [after] = await trx
      .update(publicSubmissions)
      .set({ status: v.status, response: v.response ?? null, isPublished: v.isPublished, updatedAt: new Date() })
      .where(eq(publicSubmissions.id, id))
      .returning();
    await audit(trx, actor, 'submission.respond', 'public_submission', id, before, after);
    return ok({ id, meetingId: before.meetingId });
  });
}
