import { notFound } from '../lib/errors.ts';
import { defineRoute, type ApiRoute } from './api-route.ts';
import { findBody } from './api.repo.ts';
import { linksFor, presentBody } from './api.presenter.ts';
import { bodySchema } from './body.schema.ts';

/** GET /body: the council this Shirehall serves, with links to its lists. */
export function bodyRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/body',
      operationId: 'getBody',
      summary: 'The council',
      description: 'The council (OParl Body) and the URLs of its lists. Start here.',
      tag: 'Body',
      resource: 'Council',
      response: bodySchema,
      handler: async ({ request }) => {
        const body = await findBody(request.server.services.db);
        if (!body) throw notFound('Council');
        return presentBody(body, linksFor(request));
      },
    }),
  ];
}
