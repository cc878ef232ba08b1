import type { FastifyReply, FastifyRequest } from 'fastify';
import { cacheControlFor } from '../modules/visibility/index.ts';

/**
 * Sends a CSV download named `fileName`, read through the viewer's visibility by the caller. What a
 * signed-in user downloads may hold more than the public may see: the visibility module's cache rule
 * lets a shared cache keep only anonymous downloads.
 * @example return sendCsv(request, reply, 'decisions-2026-12-03.csv', toCsv(columns, rows));
 */
export function sendCsv(request: FastifyRequest, reply: FastifyReply, fileName: string, csv: string) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`)
    .header('cache-control', cacheControlFor(request.viewer, { open: true }))
    .header('x-content-type-options', 'nosniff')
    .send(csv);
}
