import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { meetingInput } from '../meetings.schema.ts';
import { saveMeetings } from './save-meetings.ts';
import { meetingColumns } from '../meetings.form.ts';

/** Schedules a meeting of an organisation; audited. */
export async function createMeeting(ex: Executor, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = meetingInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const c = await meetingColumns(ex, parsed.data);
  if (c.errors) return invalid(c.errors);
  const r = single(await saveMeetings(ex, actor, [{ values: c.values }]));
  return r.ok ? ok({ id: r.value.id }) : r;
}
