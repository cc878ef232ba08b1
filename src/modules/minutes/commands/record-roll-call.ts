import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { attendances } from '../minutes.table.ts';
import { rollCallKinds } from '../minutes-workflow.schema.ts';
import { assertMeetingRecordOpen, notStartedError } from '../minutes-workflow.guard.ts';
import { currentMembers, meetingOrNotFound } from '../minutes-workflow.repo.ts';

/**
 * Records the roll call: present, apologies or absent for each current member of the organisation
 * (fields "person-ID"). Every member needs an answer. Replaces the earlier roll call; audited.
 * @example await recordRollCall(db, actor, meetingId, { 'person-12': 'present', 'person-13': 'apologies' })
 */
export async function recordRollCall(ex: Executor, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<Result<{ count: number }>> {
  const meeting = await meetingOrNotFound(ex, meetingId);
  const notStarted = notStartedError(meeting, 'form');
  if (notStarted) return invalid([notStarted]);
  const members = await currentMembers(ex, meeting.organisationId, toLondonDate(meeting.startAt));
  const errors = members
    .filter((m) => !rollCallKinds.includes(raw[`person-${m.personId}`] as (typeof rollCallKinds)[number]))
    .map((m) => ({ field: `person-${m.personId}`, message: `Select whether ${m.printedName} was present, sent apologies or was absent` }));
  if (errors.length) return invalid(errors);
  return ex.transaction(async (trx) => {
    await assertMeetingRecordOpen(trx, meetingId);
    const ids = members.map((m) => m.personId);
    const before = ids.length
      ? await trx
          .select()
          .from(attendances)
          .where(and(eq(attendances.meetingId, meetingId), inArray(attendances.personId, ids), inArray(attendances.kind, [...rollCallKinds]), isNull(attendances.deletedAt)))
      : [];
    const now = new Date();
    if (before.length)
      await trx
        .update(attendances)
        .set({ deletedAt: now, updatedAt: now })
        .where(
          inArray(
            attendances.id,
            before.map((b) => b.id),
          ),
        );
    const after = members.length
      ? await trx
          .insert(attendances)
          .values(members.map((m) => ({ meetingId, personId: m.personId, printedName: m.printedName, kind: raw[`person-${m.personId}`] as (typeof rollCallKinds)[number] })))
          .returning()
      : [];
    await audit(trx, actor, 'attendance.roll-call', 'meeting', meetingId, before, after);
    return ok({ count: after.length });
  });
}
