import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agendaItemRoutes } from './agenda-items.api.ts';
import { defineRoute, registerRoute, type ApiRoute } from './api-route.ts';
import { actionPlanRoutes } from './action-plans.api.ts';
import { outcomeTrackerRoutes } from './outcome-tracker.api.ts';
import { bodyRoutes } from './body.api.ts';
import { documentRoutes } from './documents.api.ts';
import { forwardPlanApiRoutes } from './forward-plan.api.ts';
import { issueRoutes } from './issues.api.ts';
import { decisionRoutes } from './decisions.api.ts';
import { locationRoutes } from './locations.api.ts';
import { measureRoutes } from './measures.api.ts';
import { meetingRoutes } from './meetings.api.ts';
import { membershipRoutes } from './memberships.api.ts';
import { buildOpenApi } from './openapi.ts';
import { organisationRoutes } from './organisations.api.ts';
import { peopleRoutes } from './people.api.ts';
import { publishingRoutes } from './publishing.api.ts';
import { reportRoutes } from './reports.api.ts';
import { riskRoutes } from './risks.api.ts';
import { sessionRoutes } from './session.api.ts';

/** Where the API lives. */
export const API_PREFIX = '/api/v1';

/** Every operation of the API, in documentation order (the OpenAPI route itself last). */
export function apiRoutes(): ApiRoute[] {
  const routes = [
    ...bodyRoutes(),
    ...organisationRoutes(),
    ...peopleRoutes(),
    ...membershipRoutes(),
    ...meetingRoutes(),
    ...agendaItemRoutes(),
    ...documentRoutes(),
    ...publishingRoutes(),
    ...actionPlanRoutes(),
    ...outcomeTrackerRoutes(),
    ...measureRoutes(),
    ...forwardPlanApiRoutes(),
    ...issueRoutes(),
    ...decisionRoutes(),
    ...reportRoutes(),
    ...riskRoutes(),
    ...locationRoutes(),
    ...sessionRoutes(),
  ];
  let doc: ReturnType<typeof buildOpenApi> | undefined;
  const openApiRoute: ApiRoute = defineRoute({
    method: 'GET',
    path: '/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This API described in OpenAPI 3.1',
    tag: 'Meta',
    response: z.record(z.string(), z.unknown()),
    handler: async (): Promise<unknown> => (doc ??= buildOpenApi([...routes, openApiRoute])),
  });
  return [...routes, openApiRoute];
}

/** The JSON API: public reads, role-checked writes, one error shape; register with `prefix: API_PREFIX`. */
export async function apiPlugin(app: FastifyInstance): Promise<void> {
  // CSV files of records (an action plan's actions, the risk register) come as text; the command parses them.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.addHook('onSend', async (request, reply) => {
    // Signed-in answers may hold exempt information: never let a shared cache keep them.
    const shared = !request.user && request.method === 'GET' && reply.statusCode === 200;
    reply.header('cache-control', shared ? 'public, max-age=60' : 'private, no-store');
    reply.header('vary', 'Authorization, Cookie');
    if (request.method === 'GET') reply.header('access-control-allow-origin', '*');
  });
  for (const route of apiRoutes()) registerRoute(app, route);
}

/** The module entry: mounts the API under /api/v1. */
export async function apiModule(app: FastifyInstance): Promise<void> {
  await app.register(apiPlugin, { prefix: API_PREFIX });
}
