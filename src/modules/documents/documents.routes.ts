import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { can } from '../accounts/accounts.policy.ts';
import { findDocument } from './documents.repo.ts';
import { fileHeaders } from '../../lib/file-types.ts';

const idParam = z.object({ id: z.coerce.number().int().positive().max(2147483647) });

/** Document downloads. An exempt document is "not found" to anyone not entitled, so not even its title leaks. */
export async function documentsRoutes(app: FastifyInstance): Promise<void> {
  const { db, storage } = app.services;
  app.get('/documents/:id', async (request, reply) => {
    const parsed = idParam.safeParse(request.params);
    if (!parsed.success) throw notFound('Document');
    const doc = await findDocument(db, parsed.data.id);
    if (!doc || (!doc.isPublic && !can(request.user, 'exempt:read'))) throw notFound('Document');
    const bytes = await storage.get(doc.storageKey);
    if (!bytes) throw notFound('Document');
    return reply
      .headers(fileHeaders(doc.mimeType, doc.fileName))
      .header('cache-control', doc.isPublic ? 'public, max-age=300' : 'private, no-store')
      .header('etag', `"${doc.sha256}"`)
      .send(Buffer.from(bytes));
  });
}
