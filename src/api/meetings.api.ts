import type { FastifyRequest } from 'fastify';
import { toLondonLocal } from '../lib/dates.ts';
import { notFound } from '../lib/errors.ts';
import { createMeeting, deleteMeeting, updateMeeting } from '../modules/meetings/index.ts';
import type { meetings } from '../db/schema.ts';
import { actorOf, defineRoute, patchOver, unwrap, type ApiRoute } from './api-route.ts';
import { findMeetingRow, listDocuments, listItemsOfMeeting, pageMeetings } from './api.repo.ts';
import { linksFor, presentAgendaItem, presentDocument, presentMeeting } from './api.presenter.ts';
import { idParams } from './common.schema.ts';
import { deletedMeetingSchema, meetingBody, meetingDetailSchema, meetingListQuery, meetingListSchema, meetingSchema } from './meetings.schema.ts';
import { pageOf, pageRequest } from './pagination.ts';

/** A meeting row as the input its commands take (London local date and times), for PATCH. */
function asInput(m: typeof meetings.$inferSelect): Record<string, unknown> {
  const start = toLondonLocal(m.startAt);
  return {
    organisationId: m.organisationId,
    date: start.slice(0, 10),
    startTime: start.slice(11, 16),
    endTime: m.endAt ? toLondonLocal(m.endAt).slice(11, 16) : null,
    locationId: m.locationId,
    title: m.title,
    status: m.status,
    statusNote: m.statusNote,
    issuedBy: m.issuedBy,
    contactPersonId: m.contactPersonId,
  };
}

/** A meeting with its agenda and documents, exempt content as the caller may see it; undefined if there is none. */
async function meetingDetail(request: FastifyRequest, id: number) {
  const { db } = request.server.services;
  const row = await findMeetingRow(db, id);
  if (!row) return undefined;
  const [items, docs] = await Promise.all([listItemsOfMeeting(db, request.viewer, id), listDocuments(db, request.viewer, { meetingId: id })]);
  const L = linksFor(request);
  return {
    ...presentMeeting(row, L),
    issuedBy: row.meeting.issuedBy,
    issuedOn: row.meeting.issuedOn,
    contact: row.contact ? { id: row.contact.id, name: row.contact.name, url: L.api(`/people/${row.contact.id}`) } : null,
    agendaItems: items.map((item) => presentAgendaItem(item, docs, L)),
    documents: docs.filter((d) => d.agendaItemId === null).map((d) => presentDocument(d, L)),
  };
}

/** Meetings: list with filters, one with its agenda, schedule, change. */
export function meetingRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/meetings',
      operationId: 'listMeetings',
      summary: 'List meetings',
      description: 'Meetings in start order. `from` and `to` take a date (a whole day in London) or a date-time with an offset.',
      tag: 'Meetings',
      query: meetingListQuery,
      response: meetingListSchema,
      handler: async ({ request, query }) => {
        const page = pageRequest(query);
        const filter = { organisationId: query.organisation, from: query.from, to: query.to };
        const { rows, total } = await pageMeetings(request.server.services.db, filter, page);
        const L = linksFor(request);
        return pageOf(
          request,
          rows.map((m) => presentMeeting(m, L)),
          total,
          page,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/meetings/:id',
      operationId: 'getMeeting',
      summary: 'One meeting, with its agenda',
      description:
        'Before the agenda is published the meeting has no items. Exempt agenda items appear with `withheld: true`, their number, title and Schedule 12A paragraph only, unless the caller is entitled to them.',
      tag: 'Meetings',
      resource: 'Meeting',
      params: idParams,
      response: meetingDetailSchema,
      handler: async ({ request, params }) => {
        const detail = await meetingDetail(request, params.id);
        if (!detail) throw notFound('Meeting');
        return detail;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/meetings',
      operationId: 'createMeeting',
      summary: 'Schedule a meeting',
      description: '`date`, `startTime` and `endTime` are London local time (YYYY-MM-DD, HH:MM).',
      tag: 'Meetings',
      permission: 'records:edit',
      body: meetingBody,
      status: 201,
      response: meetingSchema,
      handler: async ({ request, reply, body, user }) => {
        const { db } = request.server.services;
        const { id } = unwrap(await createMeeting(db, actorOf(user, request.viaToken), body));
        const created = presentMeeting((await findMeetingRow(db, id))!, linksFor(request));
        reply.header('location', created.url);
        return created;
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/meetings/:id',
      operationId: 'updateMeeting',
      summary: 'Change a meeting',
      description: 'Send only the fields to change; `null` clears an optional field. Cancelling or postponing needs a `statusNote`.',
      tag: 'Meetings',
      resource: 'Meeting',
      permission: 'records:edit',
      params: idParams,
      body: meetingBody,
      partialBody: true,
      response: meetingSchema,
      handler: async ({ request, params, body, user }) => {
        const { db } = request.server.services;
        const current = await findMeetingRow(db, params.id);
        if (!current) throw notFound('Meeting');
        unwrap(await updateMeeting(db, actorOf(user, request.viaToken), params.id, patchOver(asInput(current.meeting), body)));
        return presentMeeting((await findMeetingRow(db, params.id))!, linksFor(request));
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/meetings/:id',
      operationId: 'deleteMeeting',
      summary: 'Delete a meeting created in error',
      description:
        'A soft delete, audited: the meeting, its agenda and papers leave every page, search and feed, and the OParl API lists it with `deleted: true` under `modified_since` and at its own URL. A meeting with approved minutes or a published decision is a legal record and answers 409.',
      tag: 'Meetings',
      resource: 'Meeting',
      permission: 'records:edit',
      params: idParams,
      response: deletedMeetingSchema,
      handler: async ({ request, params, user }) => {
        const { deletedAt } = await deleteMeeting(request.server.services.db, actorOf(user, request.viaToken), params.id);
        return { id: params.id, url: linksFor(request).api(`/meetings/${params.id}`), deleted: true as const, deletedAt: deletedAt.toISOString() };
      },
    }),
  ];
}
