import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { invalid, type Result } from '../../../lib/result.ts';
import { agendaItems } from '../../../db/schema.ts';
import { createAgendaItem } from '../../meetings/index.ts';
import { openMeeting } from '../work-programme.repo.ts';

/** The title of the agenda item that carries a committee's outcome tracker. */
export const TRACKER_ITEM_TITLE = 'Outcome tracker';

/**
 * Adds the outcome tracker to a meeting's agenda as a draft item (published with the agenda, like
 * any other), once per meeting, through the agenda commands. The item carries the tracker for the
 * meeting as a generated paper, printed into the pack as it stands when the pack is built. Audited as `agenda-item.create`.
 * @example await addTrackerToAgenda(trx, actor, meetingId)
 */
export async function addTrackerToAgenda(ex: Executor, actor: Actor, meetingId: number): Promise<Result<{ id: number }>> {
  const { meeting, open } = await openMeeting(ex, meetingId);
  if (!open) return invalid([{ field: 'meeting', message: 'The outcome tracker can only be added to the agenda of a meeting still to be held' }]);
  const [already] = await ex
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.title, TRACKER_ITEM_TITLE), isNull(agendaItems.deletedAt)));
  if (already) return invalid([{ field: 'meeting', message: 'The outcome tracker is already on this meeting’s agenda' }]);
  return createAgendaItem(
    ex,
    actor,
    meeting.id,
    { title: TRACKER_ITEM_TITLE, instruction: 'To note the outcomes the committee agreed and where each has got to' },
    { paperSource: { kind: 'outcome-tracker' } },
  );
}
