import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { workProgrammeItems } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { saveWorkProgrammeItems } from './save-work-programme-items.ts';
import { programmeDecisionInput } from '../work-programme.schema.ts';
import { plannedMeeting, isError } from '../work-programme.repo.ts';

/**
 * The scrutiny manager's answer to a request: accepted (with the meeting and leads, when known) or
 * declined with a reason, recorded with who and when. Only a request still waiting can be answered.
 * Audited as `work-programme-item.accept` / `.decline`.
 * @example await decideRequest(db, actor, 5, { decision: 'decline', decisionReason: 'Covered by the audit committee in March' })
 */
export async function decideRequest(
  ex: Executor,
  actor: Actor,
  id: number,
  raw: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: number; decision: 'accept' | 'decline' }>> {
  const [before] = await ex
    .select()
    .from(workProgrammeItems)
    .where(and(eq(workProgrammeItems.id, id), isNull(workProgrammeItems.deletedAt)));
  if (!before) throw new AppError('not_found', 'Work programme item not found');
  if (before.requestState !== 'requested') return invalid([{ field: 'decision', message: 'This request has already been answered' }]);
  const parsed = programmeDecisionInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const d = parsed.data;
  const decided = { decidedBy: actor.label, decidedAt: now };
  if (d.decision === 'decline') {
    const r = single(
      await saveWorkProgrammeItems(ex, actor, [{ id, values: { requestState: 'declined', decisionReason: d.decisionReason, ...decided } }], { now, verb: 'decline' }),
    );
    return r.ok ? ok({ id, decision: 'decline' }) : r;
  }
  const when =
    d.meetingId === undefined ? { meetingId: before.meetingId, meetingDate: before.meetingDate } : await plannedMeeting(ex, before.organisationId ?? 0, d.meetingId, now);
  if (isError(when)) return invalid([when]);
  const leads = [d.leadMember, d.leadOfficer].filter((x): x is string => !!x);
  const r = single(
    await saveWorkProgrammeItems(
      ex,
      actor,
      [
        {
          id,
          values: { requestState: 'accepted', ...when, leadMember: d.leadMember ?? null, leadOfficer: d.leadOfficer ?? null, leads, planLink: d.planLink ?? null, ...decided },
        },
      ],
      { now, verb: 'accept' },
    ),
  );
  return r.ok ? ok({ id, decision: 'accept' }) : r;
}
