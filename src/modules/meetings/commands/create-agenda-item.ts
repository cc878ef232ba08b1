import { and, eq, isNull, max } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { agendaItems, meetings } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { placeNewAgendaItem } from '../../agenda/index.ts';
import { agendaItemInput } from '../meetings.schema.ts';
import { saveAgendaItems } from './save-agenda-items.ts';
import type { PaperSource } from '../../../lib/generated-paper.ts';
import { agendaItemColumns } from '../meetings.form.ts';

/**
 * Adds an item to a meeting's agenda as a draft (public when the agenda or a supplement is published).
 * Without a position or a typed number it is placed before the closing items (urgent business, the
 * exclusion of the public and exempt items; an exempt item at the end) and the agenda is numbered at
 * once; otherwise it goes at the end (or the given position) as typed. `paperSource` is set by the
 * commands that add a paper Shirehall generates (the outcome tracker), never from a form. One transaction, audited.
 */
export async function createAgendaItem(
  ex: Executor,
  actor: Actor,
  meetingId: number,
  raw: Record<string, unknown>,
  opts: { paperSource?: PaperSource } = {},
): Promise<Result<{ id: number }>> {
  const parsed = agendaItemInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return ex.transaction(async (trx) => {
    const [meeting] = await trx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
    if (!meeting) throw new AppError('not_found', 'Meeting not found');
    const [last] = await trx
      .select({ n: max(agendaItems.position) })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId));
    const position = parsed.data.position ?? (last?.n ?? 0) + 1;
    const r = single(await saveAgendaItems(trx, actor, [{ values: { ...agendaItemColumns(parsed.data), meetingId, position, paperSource: opts.paperSource ?? null } }]));
    if (!r.ok) return r;
    if (parsed.data.position === undefined && parsed.data.number === undefined) await placeNewAgendaItem(trx, actor, meetingId, r.value.id);
    return ok({ id: r.value.id });
  });
}
