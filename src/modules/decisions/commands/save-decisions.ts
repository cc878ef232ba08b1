import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { decisions, meetings, minuteItems } from '../../../db/schema.ts';
import type { AccessChoice } from '../../visibility/index.ts';
import { inheritedAccess, rowErrors, sameValue, writeRows, type RowError, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';
import { callInErrors, decisionDateErrors } from '../decisions.rules.ts';

/** The columns of a decision (its access class comes from `access`, inherited from its minute). */
export type DecisionValues = Partial<Omit<typeof decisions.$inferInsert, 'access' | 'exemptParagraph' | 'accessInherited' | 'accessReason'>>;

/** A decision to write: its columns, and (on a new decision, or to change it) how its access follows its minute. */
export type DecisionWrite = RowWrite<DecisionValues> & { access?: AccessChoice };

/** Published decisions are legal records: a correction is a new version. */
export const DECISION_LOCKED_MESSAGE = 'This decision has been published and cannot be changed. Make a correction, which creates a new version with a reason.';

/**
 * Records decisions in one go (the demo council's register comes here; the forms use the same date
 * rules): each is dated neither in the future nor before its meeting, which has taken place; its
 * call-in window never ends before publication and it takes effect after call-in; its access class
 * follows the minute it came from; a published decision never changes in place (`locked`).
 * Audited as `decision.create` / `decision.update`.
 * @example await saveDecisions(trx, actor, [{ values: { bodyId, meetingId, minuteItemId, makerText: 'Cabinet', title: '…', decisionText: '…', decidedOn: '2026-01-14' } }], { now })
 */
export async function saveDecisions(ex: Executor, actor: Actor, rows: DecisionWrite[], opts: WriteOpts = {}): Promise<RowsResult> {
  const now = opts.now ?? new Date();
  return writeRows(
    ex,
    actor,
    {
      table: decisions as unknown as WritableTable,
      kind: 'decision',
      action: 'decision',
      rules: async (tx, checks) => {
        const meetingIds = [...new Set(checks.map((c) => c.next.meetingId).filter((x): x is number => typeof x === 'number'))];
        const held = new Map(
          (meetingIds.length
            ? await tx.select({ id: meetings.id, startAt: meetings.startAt, status: meetings.status }).from(meetings).where(inArray(meetings.id, meetingIds))
            : []
          ).map((m) => [m.id, m]),
        );
        const minuteIds = [...new Set(checks.map((c) => c.next.minuteItemId).filter((x): x is number => typeof x === 'number'))];
        const minutesOf = new Map(
          (minuteIds.length
            ? await tx
                .select({ id: minuteItems.id, access: minuteItems.access, exemptParagraph: minuteItems.exemptParagraph })
                .from(minuteItems)
                .where(inArray(minuteItems.id, minuteIds))
            : []
          ).map((m) => [m.id, m]),
        );
        const errors: RowError[] = [];
        for (const c of checks) {
          if (c.before?.publication === 'published' && Object.keys(c.values).some((k) => !sameValue(c.before![k], c.values[k]))) {
            errors.push({ row: c.index, field: 'form', message: DECISION_LOCKED_MESSAGE, code: 'locked' });
            continue;
          }
          for (const [field, message] of [
            ['title', 'Enter the title of the decision'],
            ['decisionText', 'Enter the decision'],
            ['makerText', 'Select who made the decision'],
          ] as const) {
            if (!String(c.next[field] ?? '').trim()) errors.push({ row: c.index, field, message });
          }
          const meeting = typeof c.next.meetingId === 'number' ? (held.get(c.next.meetingId) ?? null) : null;
          errors.push(...rowErrors(c.index, [...decisionDateErrors(String(c.next.decidedOn ?? ''), meeting, now), ...callInErrors(c.next)]));
        }
        const access = inheritedAccess(
          checks.map((c) => ({ parent: minutesOf.get(c.next.minuteItemId as number) ?? null, choice: rows[c.index]!.access ?? (c.before ? undefined : {}) })),
        );
        errors.push(...access.errors);
        checks.forEach((c, i) => {
          if (access.columns[i]) Object.assign(c.values, access.columns[i]);
        });
        return errors;
      },
    },
    rows,
    { ...opts, now },
  );
}
