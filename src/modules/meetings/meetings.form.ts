import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { fromLondonLocal } from '../../lib/dates.ts';
import { locations, organisations, people } from '../../db/schema.ts';
import type { MeetingInput, AgendaItemInput } from './meetings.schema.ts';
import { ownAccess } from '../visibility/index.ts';

/** A meeting form's input as table columns, or the messages for links (committee, venue, contact) that do not exist. */
export async function meetingColumns(ex: Executor, v: MeetingInput) {
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

/** An agenda item form's input as table columns (its access class its own; page ranges only when sent). */
export const agendaItemColumns = (v: AgendaItemInput) => ({
  number: v.number ?? null,
  title: v.title,
  instruction: v.instruction ?? null,
  // Page ranges come from the pack; a form that does not send them leaves them as they are.
  ...(v.pageFrom !== undefined || v.pageTo !== undefined ? { pageFrom: v.pageFrom ?? null, pageTo: v.pageTo ?? null } : {}),
  ...ownAccess(v),
  publicInterestReason: v.exempt ? (v.publicInterestReason ?? null) : null,
});
