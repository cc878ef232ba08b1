import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { saveWorkProgrammeItems } from './save-work-programme-items.ts';
import { programmeItemInput } from '../work-programme.schema.ts';
import { committeeOrNotFound, plannedMeeting, isError } from '../work-programme.repo.ts';

/**
 * Adds an item to a committee's work programme (the scrutiny manager's own, so accepted), as a draft
 * until published. Audited as `work-programme-item.create`.
 * @example await addProgrammeItem(db, actor, committeeId, { item: 'Winter gritting', kind: 'report', meetingId: 12 })
 */
export async function addProgrammeItem(ex: Executor, actor: Actor, organisationId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const org = await committeeOrNotFound(ex, organisationId);
  const parsed = programmeItemInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const when = await plannedMeeting(ex, org.id, parsed.data.meetingId, now);
  if (isError(when)) return invalid([when]);
  const v = parsed.data;
  const leads = [v.leadMember, v.leadOfficer].filter((x): x is string => !!x);
  const r = single(
    await saveWorkProgrammeItems(
      ex,
      actor,
      [
        {
          values: {
            bodyId: org.bodyId,
            organisationId: org.id,
            item: v.item,
            kind: v.kind,
            ...when,
            leadMember: v.leadMember ?? null,
            leadOfficer: v.leadOfficer ?? null,
            leads,
            planLink: v.planLink ?? null,
            requestState: 'accepted',
            access: 'public',
          },
        },
      ],
      { now },
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
