import { notFound } from '../lib/errors.ts';
import { defineRoute, type ApiRoute } from './api-route.ts';
import { findLocation, pageLocations } from './api.repo.ts';
import { linksFor, presentLocation } from './api.presenter.ts';
import { idParams } from './common.schema.ts';
import { locationListQuery, locationListSchema, locationSchema } from './locations.schema.ts';
import { pageOf, pageRequest } from './pagination.ts';

/** Locations: list and one. */
export function locationRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/locations',
      operationId: 'listLocations',
      summary: 'List meeting places',
      tag: 'Locations',
      query: locationListQuery,
      response: locationListSchema,
      handler: async ({ request, query }) => {
        const page = pageRequest(query);
        const { rows, total } = await pageLocations(request.server.services.db, page);
        const L = linksFor(request);
        return pageOf(
          request,
          rows.map((l) => presentLocation(l, L)),
          total,
          page,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/locations/:id',
      operationId: 'getLocation',
      summary: 'One meeting place',
      tag: 'Locations',
      resource: 'Location',
      params: idParams,
      response: locationSchema,
      handler: async ({ request, params }) => {
        const l = await findLocation(request.server.services.db, params.id);
        if (!l) throw notFound('Location');
        return presentLocation(l, linksFor(request));
      },
    }),
  ];
}
