import { notFound } from '../lib/errors.ts';
import { createOrganisation, findOrganisation, updateOrganisation } from '../modules/organisations/index.ts';
import type { organisations } from '../db/schema.ts';
import { actorOf, defineRoute, patchOver, unwrap, type ApiRoute } from './api-route.ts';
import { pageOrganisations } from './api.repo.ts';
import { linksFor, presentOrganisation } from './api.presenter.ts';
import { idParams } from './common.schema.ts';
import { organisationBody, organisationListQuery, organisationListSchema, organisationSchema } from './organisations.schema.ts';
import { pageOf, pageRequest } from './pagination.ts';

/** An organisation row as the input its commands take, for PATCH. */
function asInput(o: typeof organisations.$inferSelect): Record<string, unknown> {
  const rule = o.rules.publicQuestions;
  return { name: o.name, kind: o.kind, purpose: o.purpose, parentId: o.parentId, publicQuestionRule: typeof rule === 'string' ? rule : null };
}

/** Organisations: list, one, create, change. */
export function organisationRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/organisations',
      operationId: 'listOrganisations',
      summary: 'List organisations',
      description: 'Full Council, Cabinet, committees, boards and outside bodies, by name.',
      tag: 'Organisations',
      query: organisationListQuery,
      response: organisationListSchema,
      handler: async ({ request, query }) => {
        const page = pageRequest(query);
        const { rows, total } = await pageOrganisations(request.server.services.db, { kind: query.kind }, page);
        const L = linksFor(request);
        return pageOf(
          request,
          rows.map((o) => presentOrganisation(o, L)),
          total,
          page,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/organisations/:id',
      operationId: 'getOrganisation',
      summary: 'One organisation',
      tag: 'Organisations',
      resource: 'Organisation',
      params: idParams,
      response: organisationSchema,
      handler: async ({ request, params }) => {
        const o = await findOrganisation(request.server.services.db, params.id);
        if (!o) throw notFound('Organisation');
        return presentOrganisation(o, linksFor(request));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/organisations',
      operationId: 'createOrganisation',
      summary: 'Create an organisation',
      tag: 'Organisations',
      permission: 'records:edit',
      body: organisationBody,
      status: 201,
      response: organisationSchema,
      handler: async ({ request, reply, body, user }) => {
        const { db } = request.server.services;
        const { id } = unwrap(await createOrganisation(db, actorOf(user, request.viaToken), body));
        const created = presentOrganisation((await findOrganisation(db, id))!, linksFor(request));
        reply.header('location', created.url);
        return created;
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/organisations/:id',
      operationId: 'updateOrganisation',
      summary: 'Change an organisation',
      description: 'Send only the fields to change; `null` clears an optional field.',
      tag: 'Organisations',
      resource: 'Organisation',
      permission: 'records:edit',
      params: idParams,
      body: organisationBody,
      partialBody: true,
      response: organisationSchema,
      handler: async ({ request, params, body, user }) => {
        const { db } = request.server.services;
        const current = await findOrganisation(db, params.id);
        if (!current) throw notFound('Organisation');
        unwrap(await updateOrganisation(db, actorOf(user, request.viaToken), params.id, patchOver(asInput(current), body)));
        return presentOrganisation((await findOrganisation(db, params.id))!, linksFor(request));
      },
    }),
  ];
}
