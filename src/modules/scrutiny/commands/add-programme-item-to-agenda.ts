import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import type { workProgrammeKinds } from '../../../db/schema.ts';
import { workProgrammeItems } from '../../../db/schema.ts';
import { createAgendaItem } from '../../meetings/index.ts';
import { single } from '../../records/index.ts';
import { saveWorkProgrammeItems } from './save-work-programme-items.ts';
import { openMeeting } from '../work-programme.repo.ts';

const instructions: Record<(typeof workProgrammeKinds)[number], string> = {
  report: 'To consider the report',
  update: 'To receive an update',
  'development-session': 'Development session',
};

/**
 * Puts an accepted work programme item on the draft agenda of the meeting it is planned for, through
 * the agenda commands, and remembers the agenda item. Audited as `agenda-item.create` and
 * `work-programme-item.add-to-agenda`.
 * @example await addProgrammeItemToAgenda(trx, actor, 5)
 */
export async function addProgrammeItemToAgenda(ex: Executor, actor: Actor, id: number): Promise<Result<{ agendaItemId: number; meetingId: number }>> {
  const [w] = await ex
    .select()
    .from(workProgrammeItems)
    .where(and(eq(workProgrammeItems.id, id), isNull(workProgrammeItems.deletedAt)));
  if (!w) throw new AppError('not_found', 'Work programme item not found');
  if (w.requestState !== 'accepted') return invalid([{ field: 'agenda', message: 'Only an accepted item can go on an agenda' }]);
  if (w.agendaItemId) return invalid([{ field: 'agenda', message: 'This item is already on its meeting’s agenda' }]);
  if (!w.meetingId) return invalid([{ field: 'agenda', message: 'Plan the item for a meeting before adding it to an agenda' }]);
  const { open } = await openMeeting(ex, w.meetingId);
  if (!open) return invalid([{ field: 'agenda', message: 'The meeting has been held, cancelled or postponed' }]);
  const created = await createAgendaItem(ex, actor, w.meetingId, { title: w.item, instruction: w.kind ? instructions[w.kind] : undefined });
  if (!created.ok) return created;
  const r = single(await saveWorkProgrammeItems(ex, actor, [{ id, values: { agendaItemId: created.value.id } }], { verb: 'add-to-agenda' }));
  return r.ok ? ok({ agendaItemId: created.value.id, meetingId: w.meetingId }) : r;
}
