import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.ts';

/** The largest id a PostgreSQL `integer` column holds. */
export const MAX_ID = 2_147_483_647;

/** Whether a parsed value (string, array or object, as query strings, forms and JSON give them) holds a NUL character. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return false;
  if (Array.isArray(value)) return value.some((v) => holdsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || holdsNul(v, depth + 1));
}

/**
 * preValidation hook for every route: input no page or API operation can take is refused here, in one
 * place, before any handler or query sees it. A NUL character (which PostgreSQL text cannot hold) in
 * a path, query string or body is a 400; a numeric path parameter too large for an id is a 404.
 */
export async function rejectUnusableInput(request: FastifyRequest): Promise<void> {
  const params = (request.params ?? {}) as Record<string, unknown>;
  // The path and query string are checked as sent (a NUL can only arrive as %00), not through the parsed
  // query, which the page cache watches to learn what each page reads.
  if (/%00/i.test(request.url) || request.url.includes('\u0000') || holdsNul(request.body)) {
    throw new AppError('bad_request', 'The request contains a character that is not allowed (a null character). Remove it and try again.');
  }
  for (const value of Object.values(params)) {
    if (typeof value === 'string' && /^\d{10,}$/.test(value) && Number(value) > MAX_ID) throw new AppError('not_found', 'Page not found');
  }
}
