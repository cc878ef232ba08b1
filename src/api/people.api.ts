import { notFound } from '../lib/errors.ts';
import { createPerson, findPerson, updatePerson } from '../modules/people/index.ts';
import type { people } from '../db/schema.ts';
import { actorOf, defineRoute, patchOver, unwrap, type ApiRoute } from './api-route.ts';
import { listMembershipsOfPerson, pagePeople } from './api.repo.ts';
import { linksFor, presentMembership, presentPerson } from './api.presenter.ts';
import { idParams } from './common.schema.ts';
import { pageOf, pageRequest } from './pagination.ts';
import { personBody, personDetailSchema, personListQuery, personListSchema, personSchema } from './people.schema.ts';

/** A person row as the input its commands take, for PATCH. */
function asInput(p: typeof people.$inferSelect): Record<string, unknown> {
  return {
    kind: p.kind,
    honorific: p.honorific,
    givenName: p.givenName,
    familyName: p.familyName,
    printedName: p.printedName,
    jobTitle: p.jobTitle,
    email: p.email,
    phone: p.phone,
    division: p.division,
    party: p.party,
  };
}

/** People: list, one with memberships, create, change. */
export function peopleRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/people',
      operationId: 'listPeople',
      summary: 'List people',
      description: 'Councillors, officers, co-opted and partner members, by family name.',
      tag: 'People',
      query: personListQuery,
      response: personListSchema,
      handler: async ({ request, query }) => {
        const page = pageRequest(query);
        const { rows, total } = await pagePeople(request.server.services.db, { kind: query.kind }, page);
        const L = linksFor(request);
        return pageOf(
          request,
          rows.map((p) => presentPerson(p, L)),
          total,
          page,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/people/:id',
      operationId: 'getPerson',
      summary: 'One person, with memberships',
      tag: 'People',
      resource: 'Person',
      params: idParams,
      response: personDetailSchema,
      handler: async ({ request, params }) => {
        const { db } = request.server.services;
        const p = await findPerson(db, params.id);
        if (!p) throw notFound('Person');
        const L = linksFor(request);
        const memberships = await listMembershipsOfPerson(db, p.id);
        return { ...presentPerson(p, L), memberships: memberships.map((m) => presentMembership(m, L)) };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/people',
      operationId: 'createPerson',
      summary: 'Add a person',
      description: 'Each call creates a distinct person: people are never merged on name.',
      tag: 'People',
      permission: 'records:edit',
      body: personBody,
      status: 201,
      response: personSchema,
      handler: async ({ request, reply, body, user }) => {
        const { db } = request.server.services;
        const { id } = unwrap(await createPerson(db, actorOf(user, request.viaToken), body));
        const created = presentPerson((await findPerson(db, id))!, linksFor(request));
        reply.header('location', created.url);
        return created;
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/people/:id',
      operationId: 'updatePerson',
      summary: 'Change a person',
      description: 'Send only the fields to change; `null` clears an optional field.',
      tag: 'People',
      resource: 'Person',
      permission: 'records:edit',
      params: idParams,
      body: personBody,
      partialBody: true,
      response: personSchema,
      handler: async ({ request, params, body, user }) => {
        const { db } = request.server.services;
        const current = await findPerson(db, params.id);
        if (!current) throw notFound('Person');
        unwrap(await updatePerson(db, actorOf(user, request.viaToken), params.id, patchOver(asInput(current), body)));
        return presentPerson((await findPerson(db, params.id))!, linksFor(request));
      },
    }),
  ];
}
