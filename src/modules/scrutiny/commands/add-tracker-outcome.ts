import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { meetings, minuteItems, minutes, organisations } from '../../../db/schema.ts';
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
