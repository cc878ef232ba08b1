import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { seedDemoIfEmpty, demoUsers } from '../src/db/seed/demo.ts';
import { users } from '../src/db/schema.ts';
import { createSession, SESSION_COOKIE, type Role } from '../src/modules/accounts/index.ts';
import { createTestApp, type TestApp } from './build-app.ts';

/** Who makes a request in the security suite: the public, or a user of one role. */
export type Who = 'anonymous' | Role;

/** Every kind of caller, the public first. */
export const everyone: readonly Who[] = ['anonymous', 'viewer', 'councillor', 'report-author', 'scrutiny-manager', 'democratic-services', 'admin'];

/** A test app over the demo council, with a CSRF token and one user id per role. */
export type SecurityApp = TestApp & {
  /** A CSRF token and the cookie holding its secret; valid with any session. */
  csrf: { token: string; cookie: string };
  userIds: Record<Role, number>;
  /** Fresh cookie headers for every caller (new sessions, so a sign-out in one request spoils nothing else). */
  cookies(): Promise<Record<Who, string>>;
};

/**
 * The demo council in a fresh database, served by a test app, for the route × role matrix and the fuzz test.
 * @example const s = await createSecurityApp(); const cookies = await s.cookies();
 */
export async function createSecurityApp(env: Record<string, string> = {}): Promise<SecurityApp> {
  const t = await createTestApp(env);
  const { db } = t.database;
  await seedDemoIfEmpty(db, { now: new Date('2030-03-20T12:00:00Z') });
  const userIds = {} as Record<Role, number>;
  for (const u of demoUsers) {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, u.email));
    userIds[u.role] = row!.id;
  }
  const page = await t.app.inject({ url: '/sign-in' });
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  const secret = page.cookies.find((c) => c.name === 'shirehall_csrf');
  if (!token || !secret) throw new Error('no CSRF token on /sign-in');
  const csrf = { token, cookie: `shirehall_csrf=${secret.value}` };
  return {
    ...t,
    csrf,
    userIds,
    async cookies() {
      const out = { anonymous: csrf.cookie } as Record<Who, string>;
      for (const role of everyone) {
        if (role === 'anonymous') continue;
        out[role] = `${csrf.cookie}; ${SESSION_COOKIE}=${await createSession(db, userIds[role])}`;
      }
      return out;
    },
  };
}

/**
 * A route pattern with its parameters filled in (`/meetings/:id` → `/meetings/1`).
 * @example fillPath('/officer/imports/:importId/correct/:type/:id', () => '1')
 */
export function fillPath(url: string, value: (name: string) => string): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => value(name)).replace(/\*$/, value('*'));
}

/** Whether an HTML body is a GOV.UK page that explains itself: a heading, or a form re-shown with an error summary (no stack, no JSON). */
export function isGovukErrorPage(body: string): boolean {
  return /govuk-template/.test(body) && (/class="govuk-error-summary"/.test(body) || /<h1 class="govuk-heading-[lx]l?">[^<]+<\/h1>/.test(body));
}

/** Whether a JSON body is the API's error shape `{ error: { code, message } }`. */
export function isJsonError(body: string): boolean {
  try {
    const json = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    return typeof json.error?.code === 'string' && typeof json.error?.message === 'string';
  } catch {
    return false;
  }
}

/** The app's route table as `METHOD /url` strings. */
export const routeKeys = (app: FastifyInstance) => app.routeTable.map((r) => `${r.method} ${r.url}`);
