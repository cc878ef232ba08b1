import type { Executor } from './connect.ts';
import { auditEvents } from './schema.ts';

/** Who is acting: a signed-in user, the CLI, the importer or the system. */
export type Actor = { userId: number | null; label: string; role?: string };

/** The system actor, for seeding and migrations. */
export const systemActor: Actor = { userId: null, label: 'system' };

/**
 * Appends one audit event in the caller's transaction.
 * @example await audit(trx, actor, 'meeting.create', 'meeting', row.id, null, row)
 */
export async function audit(
  ex: Executor,
  actor: Actor,
  action: string,
  subjectType: string,
  subjectId: string | number | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  await ex.insert(auditEvents).values({
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action,
    subjectType,
    subjectId: subjectId === null ? null : String(subjectId),
    before: before ?? null,
    after: after ?? null,
  });
}
