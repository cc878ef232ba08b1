import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { minuteActions, minuteItems, minutes, resolutions } from '../../../db/schema.ts';
import { recordsViewer } from '../../visibility/index.ts';
import { correctionInput } from '../minutes-workflow.schema.ts';
import { listMinuteItems } from '../minutes-workflow.repo.ts';

/**
 * Corrects approved minutes without touching them: copies the current version, its minutes,
 * resolutions and actions into a new draft version (version + 1) that supersedes it, with the reason.
 * Both versions stay; the new one is a draft (not public) until it is published or approved in its turn.
 * @example await correctMinutes(db, actor, minutesId, { correctionReason: 'Cllr Brook was recorded as absent but gave apologies' })
 */
export async function correctMinutes(
  ex: Executor,
  actor: Actor,
  minutesId: number,
  raw: Record<string, unknown>,
): Promise<Result<{ id: number; meetingId: number; version: number }>> {
  const parsed = correctionInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return ex.transaction(async (trx) => {
    const [old] = await trx
      .select()
      .from(minutes)
      .where(and(eq(minutes.id, minutesId), isNull(minutes.deletedAt)));
    if (!old) throw new AppError('not_found', 'Minutes not found');
    if (old.status === 'draft') throw new AppError('conflict', 'Draft minutes can be edited directly; only approved minutes need a correction.');
    const [newer] = await trx
      .select({ id: minutes.id })
      .from(minutes)
      .where(and(eq(minutes.supersedesId, old.id), isNull(minutes.deletedAt)));
    if (newer) throw new AppError('conflict', 'These minutes already have a newer version. Correct the newest version.');
    const [row] = await trx
      .insert(minutes)
      .values({ meetingId: old.meetingId, version: old.version + 1, status: 'draft', supersedesId: old.id, correctionReason: parsed.data.correctionReason, endedAt: old.endedAt })
      .returning();
    for (const item of await listMinuteItems(trx, recordsViewer, old.id)) {
      const {
        id: _id,
        resolutions: res,
        actions,
        createdAt: _c,
        updatedAt: _u,
        search: _s,
        readable: _r,
        publication: _p,
        publishedAt: _pa,
        publishedBy: _pb,
        publicationNote: _pn,
        ...copy
      } = item;
      const [newItem] = await trx
        .insert(minuteItems)
        .values({ ...copy, minutesId: row!.id })
        .returning({ id: minuteItems.id });
      for (const r of res) await trx.insert(resolutions).values({ minuteItemId: newItem!.id, position: r.position, number: r.number, text: r.text, delegation: r.delegation });
      for (const a of actions) await trx.insert(minuteActions).values({ minuteItemId: newItem!.id, action: a.action, owner: a.owner, dueDate: a.dueDate });
    }
    await audit(trx, actor, 'minutes.correct', 'minutes', row!.id, old, row);
    return ok({ id: row!.id, meetingId: old.meetingId, version: row!.version });
  });
}
