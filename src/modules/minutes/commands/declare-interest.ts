import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { agendaItems, meetings } from '../../../db/schema.ts';
import { people } from '../../../db/schema.ts';
import { declarationInput } from '../minutes-workflow.schema.ts';
import { notStartedError } from '../minutes-workflow.guard.ts';
import { single } from '../../records/index.ts';
import { saveDeclarations } from './save-declarations.ts';

/**
 * Records a member's declaration of interest at a meeting: the item, the kind (disclosable pecuniary,
 * other registrable, non-registrable), what they did and any dispensation; audited.
 * @example await declareInterest(db, actor, meetingId, { personId: 12, agendaItemId: 40, kind: 'disclosable-pecuniary', interest: 'Owns land next to the site', action: 'Left the room' })
 */
export async function declareInterest(ex: Executor, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = declarationInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const [meeting] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!meeting) throw new AppError('not_found', 'Meeting not found');
  const notStarted = notStartedError(meeting, 'personId');
  if (notStarted) return invalid([notStarted]);
  const [person] = await ex
    .select()
    .from(people)
    .where(and(eq(people.id, v.personId), isNull(people.deletedAt)));
  if (!person) return invalid([{ field: 'personId', message: 'Select the member' }]);
  if (v.agendaItemId) {
    const [item] = await ex
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, v.agendaItemId), eq(agendaItems.meetingId, meetingId)));
    if (!item) return invalid([{ field: 'agendaItemId', message: 'Select an agenda item of this meeting' }]);
  }
  const r = await saveDeclarations(ex, actor, [
    {
      values: {
        meetingId,
        agendaItemId: v.agendaItemId ?? null,
        personId: person.id,
        printedName: person.printedName,
        interest: v.interest,
        kind: v.kind,
        action: v.action ?? null,
        dispensation: v.dispensation ?? null,
      },
    },
  ]);
  if (!r.ok && r.errors[0]?.code === 'locked') throw new AppError('conflict', r.errors[0].message);
  const one = single(r);
  return one.ok ? ok({ id: one.value.id }) : one;
}
