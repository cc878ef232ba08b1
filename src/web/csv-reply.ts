import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends a CSV download named `fileName`. What a signed-in user downloads may hold more than the public
 * may see, so only anonymous downloads may be kept by a shared cache.
 * @example return sendCsv(request, reply, 'decisions-2026-12-03.csv', toCsv(columns, rows));
 */
export function sendCsv(request: FastifyRequest, reply: FastifyReply, fileName: string, csv: string) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`)
    .header('cache-control', request.user ? 'private, no-store' : 'public, max-age=300')
    .header('x-content-type-options', 'nosniff')
    .send(csv);
}
