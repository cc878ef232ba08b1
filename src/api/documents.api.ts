import { notFound } from '../lib/errors.ts';
import { can } from '../modules/accounts/accounts.policy.ts';
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
      description: 'The bytes are at `accessUrl`. Exempt documents are 404 unless the caller may read exempt information.',
      tag: 'Documents',
      resource: 'Document',
      params: idParams,
      response: documentDetailSchema,
      handler: async ({ request, params }) => {
        const doc = await findDocumentMeta(request.server.services.db, params.id, can(request.user, 'exempt:read'));
        if (!doc) throw notFound('Document');
        return { ...presentDocument(doc, linksFor(request)), text: doc.textContent };
      },
    }),
  ];
}
