import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { fromLondonLocal } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { bodies, decisions, organisations, people } from '../../../db/schema.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { callInRule, callInWindow, isSubjectToCallIn } from '../call-in.ts';

/**
 * Publishes a draft decision at `now`. An executive decision gets its call-in deadline (the body's
 * or organisation's rule, else 5 working days after publication), status open, and takes effect
 * when the window closes; any other decision takes effect from the day it was made. The window is
 * counted from publication, so it never ends before the decision; a decision dated in the future
 * cannot be published.
 * @example await publishDecision(db, actor, id, new Date('2026-11-02T10:00:00Z'))
 */
export async function publishDecision(ex: Executor, actor: Actor, id: number, now: Date = new Date()): Promise<{ id: number }> {
  return ex.transaction(async (trx) => {
    const [before] = await trx
      .select()
      .from(decisions)
      .where(and(eq(decisions.id, id), isNull(decisions.deletedAt)));
    if (!before) throw new AppError('not_found', 'Decision not found');
    if (before.publication === 'published') throw new AppError('conflict', 'This decision has already been published.');
    if (before.decidedOn > toLondonDate(now)) throw new AppError('conflict', 'A decision cannot be published before the day it is made.');
    const [body] = await trx.select().from(bodies).where(eq(bodies.id, before.bodyId));
    const [org] = before.makerOrganisationId ? await trx.select().from(organisations).where(eq(organisations.id, before.makerOrganisationId)) : [];
    const [person] = before.makerPersonId ? await trx.select().from(people).where(eq(people.id, before.makerPersonId)) : [];
    const executive = isSubjectToCallIn({ organisationKind: org?.kind ?? null, personKind: person?.kind ?? null }, before.isKey);
    const window = executive ? callInWindow(now, callInRule(org?.rules ?? {}, body?.rules ?? {}), body?.nation ?? 'england-and-wales') : null;
    const [after] = await trx
      .update(decisions)
      .set({
        publication: 'published',
        publishedAt: now,
        publishedBy: actor.label,
        withdrawnAt: null,
        withdrawnReason: null,
        callInStatus: window ? 'open' : 'not-applicable',
        callInDeadline: window?.deadline ?? null,
        effectiveFrom: window?.effectiveFrom ?? fromLondonLocal(`${before.decidedOn}T00:00`),
        updatedAt: now,
      })
      .where(eq(decisions.id, id))
      .returning();
    await audit(trx, actor, 'decision.publish', 'decision', id, before, after);
    return { id };
  });
}
