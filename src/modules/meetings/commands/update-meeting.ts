import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { meetings } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { meetingInput } from '../meetings.schema.ts';
import { saveMeetings } from './save-meetings.ts';
import { meetingColumns } from '../meetings.form.ts';

/** The status of a meeting going ahead: what has been done to it, never a typed value. */
function lifecycleStatus(before: typeof meetings.$inferSelect): (typeof meetings.$inferSelect)['status'] {
  if (before.status !== 'cancelled' && before.status !== 'postponed') return before.status;
  return before.agendaPublishedAt ? 'agenda-published' : 'scheduled';
}

/**
 * Changes a meeting (time, place, contact; cancelling or postponing with a public notice, or
 * reinstating it). Publication and minutes move its status on; a clerk cannot type them. Audited.
 */
export async function updateMeeting(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = meetingInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const c = await meetingColumns(ex, parsed.data);
  if (c.errors) return invalid(c.errors);
  const [before] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), isNull(meetings.deletedAt)));
  if (!before) throw new AppError('not_found', 'Meeting not found');
  const status = c.values.status !== 'scheduled' ? c.values.status : lifecycleStatus(before);
  const r = single(await saveMeetings(ex, actor, [{ id, values: { ...c.values, status } }]));
  return r.ok ? ok({ id }) : r;
}
