import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { clearDaysBetween, toLondonDate } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { notices } from '../../../db/schema.ts';
import { publishRecords } from '../../visibility/index.ts';

/**
 * Publishes a notice. A private meeting notice must leave its clear days before the meeting (28 for
 * the first notice, 5 for the second, SI 2012/2089 reg 5); a notice about a decision already taken is
 * refused. Audited as `notice.publish`.
 * @example await publishNotice(db, actor, 7)
 */
export async function publishNotice(ex: Executor, actor: Actor, id: number, now: Date = new Date()): Promise<Result<{ id: number }>> {
  return ex.transaction(async (trx) => {
    const [n] = await trx
      .select()
      .from(notices)
      .where(and(eq(notices.id, id), isNull(notices.deletedAt)));
    if (!n) throw new AppError('not_found', 'Notice not found');
    if (n.publication === 'published') return ok({ id });
    const today = toLondonDate(now);
    if (n.decisionDate < today) return invalid([{ field: 'form', message: 'The decision date has passed, so the notice can no longer be published' }]);
    if (n.kind === 'private-meeting') {
      const needed = n.privateStage === '28-day' ? 28 : 5;
      if (clearDaysBetween(today, n.decisionDate) < needed || today === n.decisionDate)
        return invalid([{ field: 'form', message: `A ${needed}-day private meeting notice must be published at least ${needed} clear days before the meeting` }]);
    }
    await publishRecords(trx, actor, 'notice', [id], { now });
    return ok({ id });
  });
}
