import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { meetings } from '../../../db/schema.ts';
import { people } from '../../../db/schema.ts';
import { attendances } from '../minutes.table.ts';
import { attendeeInput, rollCallKinds } from '../minutes-workflow.schema.ts';
import { assertMeetingRecordOpen, notStartedError } from '../minutes-workflow.guard.ts';
import { currentMembers } from '../minutes-workflow.repo.ts';
import { single } from '../../records/index.ts';
import { saveAttendances } from './save-attendances.ts';

async function meetingOf(ex: Executor, meetingId: number) {
  const [meeting] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!meeting) throw new AppError('not_found', 'Meeting not found');
  return meeting;
}

/**
 * Records the roll call: present, apologies or absent for each current member of the organisation
 * (fields "person-ID"). Every member needs an answer. Replaces the earlier roll call; audited.
 * @example await recordRollCall(db, actor, meetingId, { 'person-12': 'present', 'person-13': 'apologies' })
 */
export async function recordRollCall(ex: Executor, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<Result<{ count: number }>> {
  const meeting = await meetingOf(ex, meetingId);
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

/** Adds a substitute (and for whom), another member present or an officer to the meeting's attendance; audited. */
export async function addAttendee(ex: Executor, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = attendeeInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const notStarted = notStartedError(await meetingOf(ex, meetingId), 'personId');
  if (notStarted) return invalid([notStarted]);
  let printedName = v.printedName;
  if (v.personId) {
    const [p] = await ex
      .select()
      .from(people)
      .where(and(eq(people.id, v.personId), isNull(people.deletedAt)));
    if (!p) return invalid([{ field: 'personId', message: 'Select a person who exists' }]);
    printedName = p.printedName;
  }
  const r = await saveAttendances(
    ex,
    actor,
    [
      {
        values: {
          meetingId,
          personId: v.personId ?? null,
          printedName: printedName!,
          kind: v.kind,
          substituteFor: v.kind === 'substitute' ? v.substituteFor! : null,
          note: v.note ?? null,
        },
      },
    ],
    { verb: 'add' },
  );
  if (!r.ok && r.errors[0]?.code === 'locked') throw new AppError('conflict', r.errors[0].message);
  const one = single(r);
  return one.ok ? ok({ id: one.value.id }) : one;
}
