import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { minuteItemInput } from '../minutes-workflow.schema.ts';
import { assertDraft } from '../minutes-workflow.guard.ts';
import { findMinuteItem, minuteNumberTaken, agendaItemFor } from '../minutes-workflow.repo.ts';
import { saveMinuteItems } from './save-minute-items.ts';
import { minuteColumns } from '../minutes-workflow.rules.ts';

/** Changes a minute of draft minutes; throws a conflict once the minutes are approved. */
export async function updateMinute(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  return ex.transaction(async (trx) => {
    const found = await findMinuteItem(trx, id);
    if (!found) throw new AppError('not_found', 'Minute not found');
    assertDraft(found.minutes);
    const parsed = minuteItemInput.safeParse(blankToUndefined(raw));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const v = parsed.data;
    const meetingId = found.minutes.meetingId;
    const a = await agendaItemFor(trx, meetingId, v.agendaItemId);
    if (a.error) return invalid([a.error]);
    const number = v.number ?? found.item.number;
    if (found.item.organisationId && (await minuteNumberTaken(trx, found.item.organisationId, number, meetingId, found.minutes.id, id))) {
      return invalid([{ field: 'number', message: `Minute ${number} is already used by this committee. Enter another number` }]);
    }
    const r = single(await saveMinuteItems(trx, actor, [{ id, values: { number, ...minuteColumns(v, a.item) }, access: {} }]));
    return r.ok ? ok({ id, meetingId }) : r;
  });
}
