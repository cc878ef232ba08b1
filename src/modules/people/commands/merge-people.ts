import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { audit, type Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import {
  attendances,
  declarations,
  decisions,
  interestEntries,
  meetings,
  memberships,
  people,
  personMerges,
  planPartChampions,
  postHolders,
  risks,
  users,
  type MovedLinks,
} from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { mayBeSamePerson } from '../../../import/load/person-match.ts';
import { orRollBack, refusedAsInvalid } from '../../records/index.ts';
import { savePeople } from './save-people.ts';

/** Every link from a record to a person, by the name a merge records it under. */
export const personLinks: Record<keyof MovedLinks, { table: PgTable; id: PgColumn; person: PgColumn; key: string }> = {
  attendances: { table: attendances, id: attendances.id, person: attendances.personId, key: 'personId' },
  declarations: { table: declarations, id: declarations.id, person: declarations.personId, key: 'personId' },
  memberships: { table: memberships, id: memberships.id, person: memberships.personId, key: 'personId' },
  postHolders: { table: postHolders, id: postHolders.id, person: postHolders.personId, key: 'personId' },
  decisions: { table: decisions, id: decisions.id, person: decisions.makerPersonId, key: 'makerPersonId' },
  meetings: { table: meetings, id: meetings.id, person: meetings.contactPersonId, key: 'contactPersonId' },
  users: { table: users, id: users.id, person: users.personId, key: 'personId' },
  interests: { table: interestEntries, id: interestEntries.id, person: interestEntries.personId, key: 'personId' },
  risks: { table: risks, id: risks.id, person: risks.ownerPersonId, key: 'ownerPersonId' },
  champions: { table: planPartChampions, id: planPartChampions.id, person: planPartChampions.personId, key: 'personId' },
};

const mergeInput = z.object({
  fromPersonId: z.coerce.number({ error: 'Select the person to merge' }).int().positive({ error: 'Select the person to merge' }),
  intoPersonId: z.coerce.number({ error: 'Select who they are' }).int().positive({ error: 'Select who they are' }),
  reason: z.string().trim().max(500, { error: 'The reason must be 500 characters or fewer' }).optional(),
});

/**
 * An officer's merge of two records of one person (an import's "Cllr Coles" into "Cllr S Coles"):
 * every attendance, declaration, membership, post, decision, meeting contact, user account, entry
 * in the register of interests, risk owned and plan championed of the first moves to the second;
 * the first is removed. The records keep the names as printed. Two
 * people whose given names differ, or a councillor and an officer, are never merged. Audited as
 * `person.merge`, and reversible with `undoPersonMerge`.
 * @example await mergePeople(db, actor, { fromPersonId: 41, intoPersonId: 9, reason: 'Same councillor, printed without initial' })
 */
export async function mergePeople(ex: Executor, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = mergeInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  if (v.fromPersonId === v.intoPersonId) return invalid([{ field: 'intoPersonId', message: 'Select another person to merge them into' }]);
  return refusedAsInvalid(
    ex.transaction(async (trx) => {
      const [from] = await trx
        .select()
        .from(people)
        .where(and(eq(people.id, v.fromPersonId), isNull(people.deletedAt)));
      const [into] = await trx
        .select()
        .from(people)
        .where(and(eq(people.id, v.intoPersonId), isNull(people.deletedAt)));
      if (!from || !into) throw new AppError('not_found', 'Person not found');
      if (from.bodyId !== into.bodyId || !mayBeSamePerson(from, into)) {
        return invalid([{ field: 'intoPersonId', message: `${from.printedName} and ${into.printedName} are different people: their names or kinds differ` }]);
      }
      const moved = {} as MovedLinks;
      for (const [name, link] of Object.entries(personLinks) as [keyof MovedLinks, (typeof personLinks)[keyof MovedLinks]][]) {
        // A merge moves links to a person, never the records' text: legal records keep the names as printed.
        const rows = (await trx
          .update(link.table)
          .set({ [link.key]: into.id })
          .where(eq(link.person, from.id))
          .returning({ id: link.id })) as { id: number }[];
        moved[name] = rows.map((r) => r.id);
      }
      orRollBack(await savePeople(trx, actor, [{ id: from.id, values: { deletedAt: new Date() } }], { verb: 'merged-away' }));
      const [merge] = await trx
        .insert(personMerges)
        .values({ fromPersonId: from.id, intoPersonId: into.id, moved, reason: v.reason ?? null, mergedBy: actor.label })
        .returning();
      await audit(
        trx,
        actor,
        'person.merge',
        'person',
        into.id,
        { person: from.id, printedName: from.printedName },
        { into: into.id, moved, reason: v.reason ?? null, merge: merge!.id },
      );
      return ok({ id: merge!.id });
    }),
  );
}
