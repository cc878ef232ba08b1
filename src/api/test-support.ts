import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/connect.ts';
import { createApiToken, type Role } from '../modules/accounts/index.ts';
import { makeUser } from '../../test/factories.ts';

/**
 * A user of a role with a bearer token, for API tests.
 * @example const { authorization } = await tokenUser(db, 'democratic-services');
 */
export async function tokenUser(db: Db, role: Role, email = `${role}-api@test.example`, personId: number | null = null) {
  const user = await makeUser(db, role, email, personId);
  const token = await createApiToken(db, user.id, 'test');
  return { ...user, token, authorization: `Bearer ${token}` };
}

/**
 * Every GET-able API URL reachable from the entry points by following the `url`-like links in
 * each response (same origin, /api/v1 only), with each response body.
 */
export async function crawlApi(app: FastifyInstance, entries: string[], headers: Record<string, string> = {}, max = 500) {
  const seen = new Map<string, { status: number; body: string }>();
  const queue = [...entries];
  while (queue.length && seen.size < max) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const res = await app.inject({ url, headers });
    seen.set(url, { status: res.statusCode, body: res.body });
    for (const m of res.body.matchAll(/"http:\/\/localhost(\/api\/v1\/[^"]*)"/g)) {
      const next = m[1]!.replace(/\\u0026/g, '&');
      if (!seen.has(next)) queue.push(next);
    }
  }
  return seen;
}
