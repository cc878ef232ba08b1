import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { isoDate } from '../../../lib/form-dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { trackerOutcomes } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { saveTrackerOutcomes } from './save-tracker-outcomes.ts';

const progressInput = z.object({
  progress: z
    .string({ error: 'Enter the action taken' })
    .trim()
    .min(1, { error: 'Enter the action taken' })
    .max(4000, { error: 'The action taken must be 4000 characters or fewer' }),
  actionOn: isoDate('date of the action'),
  completed: z.enum(['yes', 'no'], { error: 'Select whether the outcome is completed' }),
});

/**
 * Records an action taken on a tracker outcome: what was done and when (not in the future, not before
 * the outcome was agreed), and whether that completes it. A completed outcome takes no more actions.
 * Audited as `tracker-outcome.progress`.
 * @example await recordTrackerProgress(db, actor, 7, { progress: 'Survey commissioned', actionOn: '2030-02-01', completed: 'no' })
 */
export async function recordTrackerProgress(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const [before] = await ex
    .select()
    .from(trackerOutcomes)
    .where(and(eq(trackerOutcomes.id, id), isNull(trackerOutcomes.deletedAt)));
  if (!before) throw new AppError('not_found', 'Outcome not found');
  if (before.completedOn) return invalid([{ field: 'progress', message: 'This outcome is already completed' }]);
  const parsed = progressInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const on = parsed.data.actionOn;
  if (on > toLondonDate(now)) return invalid([{ field: 'actionOn', message: 'The date of the action must be today or in the past' }]);
  if (before.meetingDate && on < before.meetingDate)
    return invalid([{ field: 'actionOn', message: 'The date of the action must be on or after the meeting that agreed the outcome' }]);
  const r = single(
    await saveTrackerOutcomes(ex, actor, [{ id, values: { progress: parsed.data.progress, progressOn: on, completedOn: parsed.data.completed === 'yes' ? on : null } }], {
      now,
      verb: 'progress',
    }),
  );
  return r.ok ? ok({ id }) : r;
}
