import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/connect.ts';
import { createLogger } from '../src/lib/logger.ts';
import { createServices } from '../src/services.ts';
import { createTestDatabase } from './db.ts';

/** A test app over a fresh database; call close() in afterAll. */
export type TestApp = { app: FastifyInstance; database: Database; close: () => Promise<void> };

/**
 * Builds the app over a fresh migrated database, for `app.inject()`.
 * @example const t = await createTestApp(); const res = await t.app.inject('/');
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: 'off', ...env });
  const app = await buildApp(createServices(config, database, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent')));
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Reads the CSRF token and cookies from a page, for posting a form in a test. */
export function formState(res: { body: string; cookies: { name: string; value: string }[] }, jar: Record<string, string> = {}) {
  for (const c of res.cookies) jar[c.name] = c.value;
  const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1] ?? '';
  return {
    token,
    jar,
    cookie: Object.entries(jar)
      .map(([k, v]) => `${k}=${v}`)
      .join('; '),
  };
}

/**
 * Signs in through the form and returns the cookie header for later requests.
 * @example const cookie = await signIn(app, 'clerk@x.test', 'password123');
 */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<string> {
  const page = await app.inject({ url: '/sign-in' });
  const { token, jar, cookie } = formState(page);
  const res = await app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, email, password }).toString(),
  });
  if (res.statusCode !== 303) throw new Error(`sign-in failed for ${email}: ${res.statusCode}`);
  for (const c of res.cookies) jar[c.name] = c.value;
  return Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}
