import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { isoDate } from '../../../lib/form-dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { meetings, minuteItems, minutes, organisations, trackerOutcomes } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { saveTrackerOutcomes } from './save-tracker-outcomes.ts';

const outcomeInput = z.object({
  minuteItemId: z.coerce.number({ error: 'Select the minute that agreed the outcome' }).int().positive({ error: 'Select the minute that agreed the outcome' }).max(2147483647),
  outcome: z
    .string({ error: 'Enter the agreed outcome' })
    .trim()
    .min(1, { error: 'Enter the agreed outcome' })
    .max(4000, { error: 'The agreed outcome must be 4000 characters or fewer' }),
  owner: z
    .string({ error: 'Enter who owns the action' })
    .trim()
    .min(1, { error: 'Enter who owns the action' })
    .max(200, { error: 'The action owner must be 200 characters or fewer' }),
  link: z.string().trim().max(300, { error: 'The link to the plan must be 300 characters or fewer' }).optional(),
});

/**
 * Puts an outcome a committee agreed in one of its minutes on its outcome tracker, as a draft: the
 * meeting date and agenda item come from the minute, and an exempt minute makes an exempt outcome.
 * Audited as `tracker-outcome.create`.
 * @example await addTrackerOutcome(db, actor, committeeId, { minuteItemId: 12, outcome: 'Report back on bridge repairs in June', owner: 'Head of Highways' })
 */
export async function addTrackerOutcome(ex: Executor, actor: Actor, organisationId: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = outcomeInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const [org] = await ex
    .select({ id: organisations.id, bodyId: organisations.bodyId })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), isNull(organisations.deletedAt)));
  if (!org) throw new AppError('not_found', 'Committee not found');
  const [minute] = await ex
    .select({ item: minuteItems, startAt: meetings.startAt })
    .from(minuteItems)
    .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .where(
      and(
        eq(minuteItems.id, parsed.data.minuteItemId),
        eq(meetings.organisationId, organisationId),
        isNull(minuteItems.deletedAt),
        isNull(minutes.deletedAt),
        isNull(meetings.deletedAt),
      ),
    );
  if (!minute) return invalid([{ field: 'minuteItemId', message: 'Select a minute of this committee' }]);
  const m = minute.item;
  const r = single(
    await saveTrackerOutcomes(ex, actor, [
      {
        values: {
          bodyId: org.bodyId,
          organisationId,
          minuteItemId: m.id,
          meetingDate: toLondonDate(minute.startAt),
          item: m.agendaNumber ? `${m.agendaNumber}. ${m.title}` : m.title,
          outcome: parsed.data.outcome,
          owner: parsed.data.owner,
          link: parsed.data.link ?? null,
          access: m.access,
          exemptParagraph: m.access === 'exempt' ? m.exemptParagraph : null,
        },
      },
    ]),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}

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
