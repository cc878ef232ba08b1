import type { FastifyRequest } from 'fastify';
import { notFound } from '../lib/errors.ts';
import { createAgendaItem, deleteAgendaItem, updateAgendaItem } from '../modules/meetings/index.ts';
import type { agendaItems } from '../db/schema.ts';
import { agendaItemBody, anyAgendaItemSchema, deletedAgendaItemSchema } from './agenda-items.schema.ts';
import { actorOf, defineRoute, patchOver, unwrap, type ApiRoute } from './api-route.ts';
import { findAgendaItemRow, findMeetingRow, listDocuments } from './api.repo.ts';
import { linksFor, presentAgendaItem } from './api.presenter.ts';
import { idParams } from './common.schema.ts';

/** An agenda item row as the input its commands take, for PATCH. */
function asInput(i: typeof agendaItems.$inferSelect): Record<string, unknown> {
  return {
    number: i.number,
    title: i.title,
    instruction: i.instruction,
    pageFrom: i.pageFrom,
    pageTo: i.pageTo,
    exempt: i.access === 'exempt',
    exemptParagraph: i.exemptParagraph,
    publicInterestReason: i.publicInterestReason,
    position: i.position,
  };
}

/** One agenda item as the caller may see it, or undefined. */
async function itemFor(request: FastifyRequest, id: number) {
  const { db } = request.server.services;
  const item = await findAgendaItemRow(db, request.viewer, id);
  if (!item) return undefined;
  const docs = await listDocuments(db, request.viewer, { agendaItemId: item.id });
  return presentAgendaItem(item, docs, linksFor(request));
}

/** Agenda items: one, add to a meeting, change. */
export function agendaItemRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/agenda-items/:id',
      operationId: 'getAgendaItem',
      summary: 'One agenda item',
      description:
        'An exempt item shows `withheld: true` with its number, title and Schedule 12A paragraph only, unless the caller is entitled to it. A draft item answers 404 to all but clerks.',
      tag: 'Agenda items',
      resource: 'Agenda item',
      params: idParams,
      response: anyAgendaItemSchema,
      handler: async ({ request, params }) => {
        const item = await itemFor(request, params.id);
        if (!item) throw notFound('Agenda item');
        return item;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/meetings/:id/agenda-items',
      operationId: 'createAgendaItem',
      summary: 'Add an item to a meeting’s agenda',
      description: 'Added at the end unless `position` is given. An exempt item (`exempt: true`) needs its `exemptParagraph` (1 to 7).',
      tag: 'Agenda items',
      resource: 'Meeting',
      permission: 'records:edit',
      params: idParams,
      body: agendaItemBody,
      status: 201,
      response: anyAgendaItemSchema,
      handler: async ({ request, reply, params, body, user }) => {
        const { db } = request.server.services;
        if (!(await findMeetingRow(db, params.id))) throw notFound('Meeting');
        const { id } = unwrap(await createAgendaItem(db, actorOf(user, request.viaToken), params.id, body));
        const created = (await itemFor(request, id))!;
        reply.header('location', created.url);
        return created;
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/agenda-items/:id',
      operationId: 'updateAgendaItem',
      summary: 'Change an agenda item',
      description: 'Send only the fields to change; `null` clears an optional field. Marking an item exempt needs its `exemptParagraph`.',
      tag: 'Agenda items',
      resource: 'Agenda item',
      permission: 'records:edit',
      params: idParams,
      body: agendaItemBody,
      partialBody: true,
      response: anyAgendaItemSchema,
      handler: async ({ request, params, body, user }) => {
        const { db } = request.server.services;
        const current = await findAgendaItemRow(db, request.viewer, params.id);
        if (!current) throw notFound('Agenda item');
        unwrap(await updateAgendaItem(db, actorOf(user, request.viaToken), params.id, patchOver(asInput(current), body)));
        return (await itemFor(request, params.id))!;
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/agenda-items/:id',
      operationId: 'deleteAgendaItem',
      summary: 'Delete an agenda item created in error',
      description:
        'A soft delete, audited: the item and its papers leave every page and search, and the OParl API lists it with `deleted: true` under `modified_since` and at its own URL. The agenda of a meeting with approved minutes answers 409.',
      tag: 'Agenda items',
      resource: 'Agenda item',
      permission: 'records:edit',
      params: idParams,
      response: deletedAgendaItemSchema,
      handler: async ({ request, params, user }) => {
        const { deletedAt } = await deleteAgendaItem(request.server.services.db, actorOf(user, request.viaToken), params.id);
        return { id: params.id, url: linksFor(request).api(`/agenda-items/${params.id}`), deleted: true as const, deletedAt: deletedAt.toISOString() };
      },
    }),
  ];
}
