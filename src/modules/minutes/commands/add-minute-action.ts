import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { minuteActions } from '../../../db/schema.ts';
import { minuteActionInput } from '../minutes-workflow.schema.ts';
import { assertDraft } from '../minutes-workflow.guard.ts';
import { findMinuteItem } from '../minutes-workflow.repo.ts';

/** Adds a follow-up action (owner, due date) to a minute of draft minutes; throws a conflict once approved. */
export async function addMinuteAction(ex: Executor, actor: Actor, minuteItemId: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  return ex.transaction(async (trx) => {
    const found = await findMinuteItem(trx, minuteItemId);
    if (!found) throw new AppError('not_found', 'Minute not found');
    assertDraft(found.minutes);
    const parsed = minuteActionInput.safeParse(blankToUndefined(raw));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const [row] = await trx
      .insert(minuteActions)
      .values({ minuteItemId, action: parsed.data.action, owner: parsed.data.owner ?? null, dueDate: parsed.data.dueDate ?? null })
      .returning();
    await audit(trx, actor, 'minute-action.create', 'minute_action', row!.id, null, row);
    return ok({ id: row!.id, meetingId: found.minutes.meetingId });
  });
}
