import { and, eq, inArray } from 'drizzle-orm';
import { audit, type Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { personMerges, type MovedLinks } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { expectWritten } from '../../records/index.ts';
import { savePeople } from './save-people.ts';
import { personLinks } from './merge-people.ts';

/**
 * Undoes an officer's merge of two people: the person merged away comes back, and exactly the links
 * the merge moved (and that still point at the merged person) move back. Audited as `person.unmerge`.
 * @example await undoPersonMerge(db, actor, mergeId)
 */
export async function undoPersonMerge(ex: Executor, actor: Actor, mergeId: number, now: Date = new Date()): Promise<{ personId: number }> {
  return ex.transaction(async (trx) => {
    const [merge] = await trx.select().from(personMerges).where(eq(personMerges.id, mergeId));
    if (!merge) throw new AppError('not_found', 'Merge not found');
    if (merge.undoneAt) throw new AppError('conflict', 'This merge has already been undone');
    expectWritten(await savePeople(trx, actor, [{ id: merge.fromPersonId, values: { deletedAt: null } }], { now, verb: 'restored' }), 'person');
    const back = {} as MovedLinks;
    for (const [name, link] of Object.entries(personLinks) as [keyof MovedLinks, (typeof personLinks)[keyof MovedLinks]][]) {
      const ids = merge.moved[name] ?? [];
      const rows = ids.length
        ? ((await trx
            .update(link.table)
            .set({ [link.key]: merge.fromPersonId })
            .where(and(inArray(link.id, ids), eq(link.person, merge.intoPersonId)))
            .returning({ id: link.id })) as { id: number }[])
        : [];
      back[name] = rows.map((r) => r.id);
    }
    await trx.update(personMerges).set({ undoneAt: now, undoneBy: actor.label, updatedAt: now }).where(eq(personMerges.id, mergeId));
    await audit(trx, actor, 'person.unmerge', 'person', merge.fromPersonId, { into: merge.intoPersonId }, { restored: merge.fromPersonId, moved: back, merge: mergeId });
    return { personId: merge.fromPersonId };
  });
}
