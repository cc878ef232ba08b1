import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { agendaItems } from '../../../db/schema.ts';
import { isLateFor } from '../participation.deadline.ts';
import { nextReference } from '../participation.repo.ts';
import { submissionInput } from '../participation.schema.ts';
import { publicSubmissions } from '../participation.table.ts';
import { submissionContext } from '../participation.repo.ts';

/** The public, as an audit actor. */
export const publicActor: Actor = { userId: null, label: 'public' };

/** What the submitter is told: the reference, and whether it arrived after the deadline. */
export type SubmissionReceipt = { id: number; reference: string; meetingId: number; isLate: boolean; deadlineAt: Date; receivedAt: Date };

/**
 * Records a question, statement or petition for an upcoming meeting in one transaction, with an
 * audit row. It is never refused for being late: it is kept and marked late against the organisation's rule.
 * @example await submitQuestion(db, 12, { kind: 'question', name: 'A Resident', email: 'a@example.com', text: 'Why?' })
 */
export async function submitQuestion(ex: Executor, meetingId: number, raw: Record<string, unknown>, now: Date = new Date()): Promise<Result<SubmissionReceipt>> {
  const parsed = submissionInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const ctx = await submissionContext(ex, meetingId, now);
  if (!ctx.open) throw new AppError('conflict', 'This meeting is not taking submissions: it has taken place, or it was cancelled or postponed');
  if (v.agendaItemId) {
    const [item] = await ex
      .select({ id: agendaItems.id, access: agendaItems.access, publication: agendaItems.publication })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, v.agendaItemId), eq(agendaItems.meetingId, meetingId), isNull(agendaItems.deletedAt)));
    if (item?.access !== 'public' || item.publication !== 'published') return invalid([{ field: 'agendaItemId', message: 'Select an agenda item of this meeting' }]);
  }
  const isLate = isLateFor(ctx.deadline, ctx.meeting.startAt, now, ctx.nation);
  const year = Number(toLondonDate(now).slice(0, 4));
  // Two submissions at once may compute the same reference; the unique index refuses one, which retries.
  for (let attempt = 0; ; attempt++) {
    try {
      return await ex.transaction(async (trx) => {
        const reference = await nextReference(trx, v.kind, year);
        const [row] = await trx
          .insert(publicSubmissions)
          .values({
            reference,
            meetingId,
            agendaItemId: v.agendaItemId ?? null,
            kind: v.kind,
            name: v.name,
            email: v.email ?? null,
            phone: v.phone ?? null,
            text: v.text,
            receivedAt: now,
            deadlineAt: ctx.deadline.dueAt,
            isLate,
          })
          .returning();
        await audit(trx, publicActor, 'submission.receive', 'public_submission', row!.id, null, row);
        return ok({ id: row!.id, reference, meetingId, isLate, deadlineAt: ctx.deadline.dueAt, receivedAt: now });
      });
    } catch (err) {
      const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
      if (code !== '23505' || attempt >= 4) throw err;
    }
  }
}
