import { and, eq, isNull, max } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { resolutions } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { resolutionInput } from '../minutes-workflow.schema.ts';
import { assertDraft } from '../minutes-workflow.guard.ts';
import { findMinuteItem } from '../minutes-workflow.repo.ts';
import { saveResolutions } from './save-resolutions.ts';

/** Adds the next numbered resolution to a minute of draft minutes; throws a conflict once approved. */
export async function addResolution(ex: Executor, actor: Actor, minuteItemId: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  return ex.transaction(async (trx) => {
    const found = await findMinuteItem(trx, minuteItemId);
    if (!found) throw new AppError('not_found', 'Minute not found');
    assertDraft(found.minutes);
    const parsed = resolutionInput.safeParse(blankToUndefined(raw));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const [{ last } = { last: 0 }] = await trx
      .select({ last: max(resolutions.position) })
      .from(resolutions)
      .where(and(eq(resolutions.minuteItemId, minuteItemId), isNull(resolutions.deletedAt)));
    const position = Number(last ?? 0) + 1;
    const r = single(
      await saveResolutions(trx, actor, [{ values: { minuteItemId, position, number: String(position), text: parsed.data.text, delegation: parsed.data.delegation ?? null } }]),
    );
    return r.ok ? ok({ id: r.value.id, meetingId: found.minutes.meetingId }) : r;
  });
}
