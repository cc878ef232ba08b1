import { notFound } from '../lib/errors.ts';
import { createMembership, updateMembership } from '../modules/people/index.ts';
import { actorOf, defineRoute, patchOver, unwrap, type ApiRoute } from './api-route.ts';
import { findMembershipRow, pageMemberships, type MembershipRow } from './api.repo.ts';
import { linksFor, presentMembership } from './api.presenter.ts';
import { idParams } from './common.schema.ts';
import { membershipBody, membershipListQuery, membershipListSchema, membershipSchema } from './memberships.schema.ts';
import { pageOf, pageRequest } from './pagination.ts';

/** A membership row as the input its commands take, for PATCH. */
function asInput({ membership: m }: MembershipRow): Record<string, unknown> {
  return {
    organisationId: m.organisationId,
    personId: m.personId,
    role: m.role,
    roleLabel: m.roleLabel,
    votingRight: m.votingRight,
    startDate: m.startDate,
    endDate: m.endDate,
    onBehalfOf: m.onBehalfOf,
  };
}

/** Memberships: list by organisation or person, one, create, change. */
export function membershipRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/memberships',
      operationId: 'listMemberships',
      summary: 'List memberships',
      description: 'Seats on organisations, past and present; filter with `organisation` or `person`.',
      tag: 'Memberships',
      query: membershipListQuery,
      response: membershipListSchema,
      handler: async ({ request, query }) => {
        const page = pageRequest(query);
        const { rows, total } = await pageMemberships(request.server.services.db, { organisationId: query.organisation, personId: query.person }, page);
        const L = linksFor(request);
        return pageOf(
          request,
          rows.map((m) => presentMembership(m, L)),
          total,
          page,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/memberships/:id',
      operationId: 'getMembership',
      summary: 'One membership',
      tag: 'Memberships',
      resource: 'Membership',
      params: idParams,
      response: membershipSchema,
      handler: async ({ request, params }) => {
        const m = await findMembershipRow(request.server.services.db, params.id);
        if (!m) throw notFound('Membership');
        return presentMembership(m, linksFor(request));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/memberships',
      operationId: 'createMembership',
      summary: 'Add a person to an organisation',
      tag: 'Memberships',
      permission: 'records:edit',
      body: membershipBody,
      status: 201,
      response: membershipSchema,
      handler: async ({ request, reply, body, user }) => {
        const { db } = request.server.services;
        const { id } = unwrap(await createMembership(db, actorOf(user, request.viaToken), body));
        const created = presentMembership((await findMembershipRow(db, id))!, linksFor(request));
        reply.header('location', created.url);
        return created;
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/memberships/:id',
      operationId: 'updateMembership',
      summary: 'Change a membership',
      description: 'Send only the fields to change (role, dates, voting right); `null` clears an optional field.',
      tag: 'Memberships',
      resource: 'Membership',
      permission: 'records:edit',
      params: idParams,
      body: membershipBody,
      partialBody: true,
      response: membershipSchema,
      handler: async ({ request, params, body, user }) => {
        const { db } = request.server.services;
        const current = await findMembershipRow(db, params.id);
        if (!current) throw notFound('Membership');
        unwrap(await updateMembership(db, actorOf(user, request.viaToken), params.id, patchOver(asInput(current), body)));
        return presentMembership((await findMembershipRow(db, params.id))!, linksFor(request));
      },
    }),
  ];
}
