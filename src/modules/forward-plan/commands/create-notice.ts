import { and, eq, isNull } from 'drizzle-orm';
import { audit, type Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import type { FieldError } from '../../../lib/result.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { joinDateParts } from '../../../lib/form-dates.ts';
import { forwardPlanEntries, notices } from '../../../db/schema.ts';
import { noticeInput } from '../forward-plan.schema.ts';

/**
 * Writes a draft notice about a Forward Plan entry's decision: a general exception (the scrutiny chair
 * informed in writing on a date), a special urgency notice (the chair's agreement, by name and date) or
 * a private meeting notice (28 or 5 clear days, with reasons and representations). Dates in the
 * future for something that has happened, or a decision already past, are refused.
 * Audited as `notice.create`.
 * @example await createNotice(db, actor, { kind: 'general-exception', forwardPlanEntryId: 3, decisionMaker: 'Cabinet', decisionDate: '2030-02-10', reasons: '…', scrutinyChair: 'Cllr Ann Example', chairInformedOn: '2030-01-30' })
 */
export async function createNotice(ex: Executor, actor: Actor, raw: Record<string, unknown>, now: Date = new Date()): Promise<Result<{ id: number }>> {
  const body = { ...raw };
  for (const name of ['decisionDate', 'chairInformedOn', 'chairAgreedOn']) body[name] = joinDateParts(raw, name);
  const parsed = noticeInput.safeParse(blankToUndefined(body));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const today = toLondonDate(now);
  const errors: FieldError[] = [];
  if (v.decisionDate < today) errors.push({ field: 'decisionDate', message: 'The decision date must be today or in the future' });
  if (v.kind === 'general-exception' && v.chairInformedOn! > today)
    errors.push({ field: 'chairInformedOn', message: 'The date the scrutiny chair was informed must be today or in the past' });
  if (v.kind === 'special-urgency' && v.chairAgreedOn! > today) errors.push({ field: 'chairAgreedOn', message: 'The date the scrutiny chair agreed must be today or in the past' });
  if (errors.length) return invalid(errors);
  return ex.transaction(async (trx) => {
    const [entry] = await trx
      .select()
      .from(forwardPlanEntries)
      .where(and(eq(forwardPlanEntries.id, v.forwardPlanEntryId), isNull(forwardPlanEntries.deletedAt)));
    if (!entry) return invalid([{ field: 'forwardPlanEntryId', message: 'Select the Forward Plan entry' }]);
    const [row] = await trx
      .insert(notices)
      .values({
        bodyId: entry.bodyId,
        kind: v.kind,
        forwardPlanEntryId: entry.id,
        title: entry.issue ?? entry.ref ?? 'Key decision',
        decisionMaker: v.decisionMaker,
        decisionDate: v.decisionDate,
        reasons: v.reasons,
        scrutinyChair: v.scrutinyChair ?? null,
        chairInformedOn: v.kind === 'general-exception' ? v.chairInformedOn! : null,
        chairAgreedOn: v.kind === 'special-urgency' ? v.chairAgreedOn! : null,
        privateStage: v.kind === 'private-meeting' ? v.privateStage! : null,
        representations: v.kind === 'private-meeting' ? (v.representations ?? null) : null,
        access: 'public',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await audit(trx, actor, 'notice.create', 'notice', row!.id, null, row);
    return ok({ id: row!.id });
  });
}
