import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { fromLondonLocal } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { locations, meetings, organisations, people } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { meetingInput, type MeetingInput } from '../meetings.schema.ts';
import { saveMeetings } from './save-meetings.ts';

async function columns(ex: Executor, v: MeetingInput) {
  const [org] = await ex
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, v.organisationId), isNull(organisations.deletedAt)));
  if (!org) return { errors: [{ field: 'organisationId', message: 'Select a committee that exists' }] };
  if (v.locationId) {
    const [loc] = await ex.select({ id: locations.id }).from(locations).where(eq(locations.id, v.locationId));
    if (!loc) return { errors: [{ field: 'locationId', message: 'Select a venue that exists' }] };
  }
  if (v.contactPersonId) {
    const [contact] = await ex
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.id, v.contactPersonId), isNull(people.deletedAt)));
    if (!contact) return { errors: [{ field: 'contactPersonId', message: 'Select a contact who exists' }] };
  }
  return {
    values: {
      bodyId: org.bodyId,
      organisationId: org.id,
      title: v.title ?? null,
      startAt: fromLondonLocal(`${v.date}T${v.startTime}`),
      endAt: v.endTime ? fromLondonLocal(`${v.date}T${v.endTime}`) : null,
      locationId: v.locationId ?? null,
      status: v.status,
      statusNote: v.statusNote ?? null,
      issuedBy: v.issuedBy ?? null,
      contactPersonId: v.contactPersonId ?? null,
    },
  };
}

/** Schedules a meeting of an organisation; audited. */
export async function createMeeting(ex: Executor, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = meetingInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const c = await columns(ex, parsed.data);
  if (c.errors) return invalid(c.errors);
  const r = single(await saveMeetings(ex, actor, [{ values: c.values }]));
  return r.ok ? ok({ id: r.value.id }) : r;
}

/** The status of a meeting going ahead: what has been done to it, never a typed value. */
function lifecycleStatus(before: typeof meetings.$inferSelect): (typeof meetings.$inferSelect)['status'] {
  if (before.status !== 'cancelled' && before.status !== 'postponed') return before.status;
  return before.agendaPublishedAt ? 'agenda-published' : 'scheduled';
}

/**
 * Changes a meeting (time, place, contact; cancelling or postponing with a public notice, or
 * reinstating it). Publication and minutes move its status on; a clerk cannot type them. Audited.
 */
export async function updateMeeting(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = meetingInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const c = await columns(ex, parsed.data);
  if (c.errors) return invalid(c.errors);
  const [before] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), isNull(meetings.deletedAt)));
  if (!before) throw new AppError('not_found', 'Meeting not found');
  const status = c.values.status !== 'scheduled' ? c.values.status : lifecycleStatus(before);
  const r = single(await saveMeetings(ex, actor, [{ id, values: { ...c.values, status } }]));
  return r.ok ? ok({ id }) : r;
}
