import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { fromLondonLocal, toLondonDate } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { minutes } from '../minutes.table.ts';
import { signingInput } from '../minutes-workflow.schema.ts';
import { saveMinutes } from './save-minutes.ts';

/** Records the chair's signature (name and date) on approved minutes; audited. Only approved, unsigned minutes can be signed. */
export async function signMinutes(ex: Executor, actor: Actor, minutesId: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  const parsed = signingInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const [before] = await ex
    .select()
    .from(minutes)
    .where(and(eq(minutes.id, minutesId), isNull(minutes.deletedAt)));
  if (!before) throw new AppError('not_found', 'Minutes not found');
  if (before.status === 'draft') throw new AppError('conflict', 'Draft minutes cannot be signed. Record their approval first.');
  if (before.status === 'signed') throw new AppError('conflict', 'These minutes have already been signed.');
  if (before.approvedAt && v.signedOn < toLondonDate(before.approvedAt)) {
    return invalid([{ field: 'signedOn', message: 'The date the minutes were signed must be the same as or after the date they were approved' }]);
  }
  if (v.signedOn > toLondonDate(new Date())) return invalid([{ field: 'signedOn', message: 'The date the minutes were signed must be today or in the past' }]);
  const r = single(
    await saveMinutes(ex, actor, [{ id: minutesId, values: { status: 'signed', signedBy: v.signedBy, signedAt: fromLondonLocal(`${v.signedOn}T12:00`) } }], { verb: 'sign' }),
  );
  return r.ok ? ok({ id: minutesId, meetingId: before.meetingId }) : r;
}
