import { and, desc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { audit, type Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { bodies, forwardPlanEntries, forwardPlanVersions, type ForwardPlanSnapshotEntry } from '../../../db/schema.ts';
import { publishRecords } from '../../visibility/index.ts';
import { forwardPlanRef } from '../forward-plan.rules.ts';
import { saveForwardPlanEntries } from './save-forward-plan-entries.ts';
import { publicEntryFields } from '../forward-plan.presenter.ts';

/**
 * Publishes the next numbered version of a body's Forward Plan: every entry written in Shirehall whose
 * decision is still to come. An entry published for the first time gets its reference FP/YY/MM/NN
 * (year and month of first publication, next in the month) and its first published date. The version
 * keeps the entries as the public sees them (never the private details) and is never changed.
 * Audited as `forward-plan-version.publish`.
 * @example await publishForwardPlanVersion(db, actor, { note: 'Weekly update' })
 */
export async function publishForwardPlanVersion(
  ex: Executor,
  actor: Actor,
  raw: { bodyId?: number; note?: string },
  now: Date = new Date(),
): Promise<Result<{ id: number; number: number }>> {
  const note = typeof raw.note === 'string' ? raw.note.trim() : '';
  if (note.length > 500) return invalid([{ field: 'note', message: 'The note must be 500 characters or fewer' }]);
  return ex.transaction(async (trx) => {
    const [body] = raw.bodyId ? await trx.select().from(bodies).where(eq(bodies.id, raw.bodyId)) : await trx.select().from(bodies).orderBy(bodies.id).limit(1);
    if (!body) return invalid([{ field: 'bodyId', message: 'Select the council' }]);
    // One publisher at a time per body: numbers and references are taken in order.
    await trx.execute(sql`select pg_advisory_xact_lock(${7_270_001}, ${body.id})`);
    const today = toLondonDate(now);
    const entries = await trx
      .select()
      .from(forwardPlanEntries)
      .where(
        and(
          eq(forwardPlanEntries.bodyId, body.id),
          eq(forwardPlanEntries.managed, true),
          isNull(forwardPlanEntries.deletedAt),
          inArray(forwardPlanEntries.publication, ['draft', 'published']),
          or(isNull(forwardPlanEntries.decisionDate), sql`${forwardPlanEntries.decisionDate} >= ${today}`),
        ),
      )
      .orderBy(forwardPlanEntries.decisionDate, forwardPlanEntries.id);
    if (entries.length === 0) return invalid([{ field: 'form', message: 'There are no entries with a decision still to come. Add an entry before publishing the Forward Plan' }]);
    const prefix = forwardPlanRef(today, 0).slice(0, 9);
    const taken = await trx
      .select({ ref: forwardPlanEntries.ref })
      .from(forwardPlanEntries)
      .where(and(eq(forwardPlanEntries.bodyId, body.id), like(forwardPlanEntries.ref, `${prefix}%`)));
    let sequence = Math.max(0, ...taken.map((t) => Number(t.ref!.slice(9)) || 0));
    const fresh = entries.filter((e) => !e.ref).sort((a, b) => a.id - b.id);
    const writes = fresh.map((e) => ({ id: e.id, values: { ref: forwardPlanRef(today, ++sequence), firstPublished: today } }));
    const stamped = await saveForwardPlanEntries(trx, actor, writes, { now, verb: 'number' });
    if (!stamped.ok) return invalid(stamped.errors.map(({ field, message }) => ({ field, message })));
    const refs = new Map(writes.map((w) => [w.id, w.values]));
    await publishRecords(
      trx,
      actor,
      'forward_plan_entry',
      fresh.map((e) => e.id),
      { now },
    );
    const snapshot: ForwardPlanSnapshotEntry[] = entries.map((e) => ({
      ...publicEntryFields(e),
      ref: e.ref ?? refs.get(e.id)!.ref,
      firstPublished: e.firstPublished ?? refs.get(e.id)!.firstPublished,
    }));

    const [last] = await trx
      .select({ number: forwardPlanVersions.number })
      .from(forwardPlanVersions)
      .where(eq(forwardPlanVersions.bodyId, body.id))
      .orderBy(desc(forwardPlanVersions.number))
      .limit(1);
    const number = (last?.number ?? 0) + 1;
    const [version] = await trx
      .insert(forwardPlanVersions)
      .values({
        bodyId: body.id,
        number,
        publishedOn: today,
        note: note || null,
        entries: snapshot,
        publication: 'published',
        publishedAt: now,
        publishedBy: actor.label,
        access: 'public',
      })
      .returning();
    await audit(trx, actor, 'forward-plan-version.publish', 'forward_plan_version', version!.id, null, { number, publishedOn: today, entries: snapshot.map((s) => s.ref) });
    return ok({ id: version!.id, number });
  });
}
