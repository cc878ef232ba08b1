import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { agendaItems } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { agendaItemInput } from '../meetings.schema.ts';
import { saveAgendaItems } from './save-agenda-items.ts';
import { agendaItemColumns } from '../meetings.form.ts';

/**
 * Changes an agenda item, including marking it exempt with a paragraph; papers, reports and minutes
 * that follow the item take its new access class in the same transaction. Audited.
 */
export async function updateAgendaItem(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; meetingId: number }>> {
  const parsed = agendaItemInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const [before] = await ex
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, id), isNull(agendaItems.deletedAt)));
  if (!before) throw new AppError('not_found', 'Agenda item not found');
  const r = single(await saveAgendaItems(ex, actor, [{ id, values: { ...agendaItemColumns(parsed.data), position: parsed.data.position ?? before.position } }]));
  return r.ok ? ok({ id, meetingId: before.meetingId }) : r;
}
