import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { auditEvents } from '../../db/schema.ts';
import { readable, visible, type Viewer } from '../visibility/index.ts';
import { interestEntries } from './interests.table.ts';

/** A member's register entries the viewer may see, each with whether its details may be read (a sensitive one's may not). */
export function listInterests(ex: Executor, v: Viewer, personId: number) {
  return ex
    .select({ entry: interestEntries, readable: readable(v, 'interest') })
    .from(interestEntries)
    .where(and(eq(interestEntries.personId, personId), visible(v, 'interest')))
    .orderBy(asc(interestEntries.category), desc(interestEntries.arose), asc(interestEntries.id));
}

/** One register entry the viewer may see, or undefined (a draft answers as missing to the public). */
export async function findInterest(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select()
    .from(interestEntries)
    .where(and(eq(interestEntries.id, id), visible(v, 'interest')));
  return row;
}

/** The publication and change events of these register entries, newest first. */
export function listInterestEvents(ex: Executor, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return ex
    .select({ at: auditEvents.at, action: auditEvents.action, subjectId: auditEvents.subjectId, before: auditEvents.before, after: auditEvents.after })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.subjectType, 'interest'),
        inArray(auditEvents.subjectId, ids.map(String)),
        inArray(auditEvents.action, ['interest.publish', 'interest.update', 'interest.withdraw']),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(200);
}

/** The ids of a member's draft register entries the viewer may see: what "Publish the register" publishes. */
export function listDraftInterests(ex: Executor, v: Viewer, personId: number) {
  return ex
    .select({ id: interestEntries.id })
    .from(interestEntries)
    .where(and(eq(interestEntries.personId, personId), eq(interestEntries.publication, 'draft'), visible(v, 'interest')));
}
