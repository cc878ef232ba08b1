import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { people } from '../../../db/schema.ts';
import { attendeeInput } from '../minutes-workflow.schema.ts';
import { notStartedError } from '../minutes-workflow.guard.ts';
import { single } from '../../records/index.ts';
import { saveAttendances } from './save-attendances.ts';
import { meetingOrNotFound } from '../minutes-workflow.repo.ts';

/** Adds a substitute (and for whom), another member present or an officer to the meeting's attendance; audited. */
export async function addAttendee(ex: Executor, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = attendeeInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const v = parsed.data;
  const notStarted = notStartedError(await meetingOrNotFound(ex, meetingId), 'personId');
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
