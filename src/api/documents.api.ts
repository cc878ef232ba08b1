import { notFound } from '../lib/errors.ts';
import { defineRoute, type ApiRoute } from './api-route.ts';
import { findDocumentMeta } from './api.repo.ts';
import { linksFor, presentDocument } from './api.presenter.ts';
import { idParams } from './common.schema.ts';
import { documentDetailSchema } from './documents.schema.ts';

/** GET /documents/:id. An exempt document is "not found" to anyone not entitled, with the same message as a missing one. */
export function documentRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/documents/:id',
      operationId: 'getDocument',
      summary: 'One document’s metadata and text',
      description: 'The bytes are at `accessUrl`. A draft or exempt document answers 404, exactly as a missing one, unless the caller is entitled to it.',
      tag: 'Documents',
      resource: 'Document',
      params: idParams,
      response: documentDetailSchema,
      handler: async ({ request, params }) => {
        const doc = await findDocumentMeta(request.server.services.db, request.viewer, params.id);
        if (!doc) throw notFound('Document');
        return { ...presentDocument(doc, linksFor(request)), text: doc.textContent };
      },
    }),
  ];
}
