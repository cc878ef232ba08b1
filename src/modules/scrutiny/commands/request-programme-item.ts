import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { saveWorkProgrammeItems } from './save-work-programme-items.ts';
import { programmeRequestInput } from '../work-programme.schema.ts';
import { committeeOrNotFound, plannedMeeting, isError } from '../work-programme.repo.ts';

/**
 * A councillor's request for an item on a committee's work programme: kept as a draft request, which
 * nobody outside the officer area sees, until the scrutiny manager accepts or declines it. Audited as
 * `work-programme-item.request`.
 * @example await requestProgrammeItem(db, actor, committeeId, { item: 'Bus shelters', kind: 'report', requestReason: 'Residents report damage' }, 'Cllr Ada Brook')
 */
export async function requestProgrammeItem(
  ex: Executor,
  actor: Actor,
  organisationId: number,
  raw: Record<string, unknown>,
  requestedBy: string,
  now = new Date(),
): Promise<Result<{ id: number }>> {
  const org = await committeeOrNotFound(ex, organisationId);
  const parsed = programmeRequestInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const when = await plannedMeeting(ex, org.id, parsed.data.meetingId, now);
  if (isError(when)) return invalid([when]);
  const r = single(
    await saveWorkProgrammeItems(
      ex,
      actor,
      [
        {
          values: {
            bodyId: org.bodyId,
            organisationId: org.id,
            item: parsed.data.item,
            kind: parsed.data.kind,
            ...when,
            requestState: 'requested',
            requestReason: parsed.data.requestReason,
            requestedBy,
            requestedByUserId: actor.userId,
            access: 'public',
          },
        },
      ],
      { now, verb: 'request' },
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
