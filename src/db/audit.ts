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
export async function audit(ex: Executor, actor: Actor, action: string, subjectType: string, subjectId: string | number | null, before: unknown, after: unknown): Promise<void> {
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

/** One audit event to write with `auditMany`. */
export type AuditEntry = { action: string; subjectType: string; subjectId: string | number | null; before?: unknown; after?: unknown };

/**
 * Appends many audit events in the caller's transaction, 500 to a statement: the same rows as
 * `audit()` writes one by one, for commands that write many records at once.
 * @example await auditMany(trx, actor, rows.map((r) => ({ action: 'meeting.create', subjectType: 'meeting', subjectId: r.id, after: r })))
 */
export async function auditMany(ex: Executor, actor: Actor, entries: AuditEntry[]): Promise<void> {
  const rows = entries.map((e) => ({
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId === null ? null : String(e.subjectId),
    before: e.before ?? null,
    after: e.after ?? null,
  }));
  for (let i = 0; i < rows.length; i += 500) await ex.insert(auditEvents).values(rows.slice(i, i + 500));
}
