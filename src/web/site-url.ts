import type { FastifyRequest } from 'fastify';

/**
 * The site's own origin, for every absolute link (API links, iCal, feeds): `PUBLIC_URL` when set
 * (required in production), otherwise the address this request came to, for development.
 * Forwarded headers count only from the proxies in `TRUST_PROXY`, which Fastify already applies.
 * @example siteOrigin(request) // 'https://democracy.example.gov.uk'
 */
export function siteOrigin(request: FastifyRequest): string {
  const configured = request.server.services.config.publicUrl;
  if (configured) return configured;
  try {
    const origin = new URL(`${request.protocol}://${request.host}`).origin;
    if (origin !== 'null') return origin;
  } catch {
    // A Host header that is no host name: fall through to a harmless default.
  }
  return 'http://localhost';
}
