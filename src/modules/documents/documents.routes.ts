import type { FastifyInstance } from 'fastify';
import { idOf } from '../../web/route-helpers.ts';
import { notFound } from '../../lib/errors.ts';
import { findDocument } from './documents.repo.ts';
import { fileHeaders } from '../../lib/file-types.ts';

/** Document downloads. A draft or exempt document answers "not found" to anyone not entitled, exactly as a missing id does. */
export async function documentsRoutes(app: FastifyInstance): Promise<void> {
  const { db, storage } = app.services;
  app.get('/documents/:id', async (request, reply) => {
    const doc = await findDocument(db, request.viewer, idOf(request, 'Document'));
    if (!doc) throw notFound('Document');
    const bytes = await storage.get(doc.storageKey);
    if (!bytes) throw notFound('Document');
    const open = doc.access === 'public' && doc.publication === 'published';
    return reply
      .headers(fileHeaders(doc.mimeType, doc.fileName))
      .header('cache-control', open ? 'public, max-age=300' : 'private, no-store')
      .header('etag', `"${doc.sha256}"`)
      .send(Buffer.from(bytes));
  });
}
