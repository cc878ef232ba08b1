import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from './session-cookie.ts';
import { deleteSession, SESSION_HOURS } from './accounts.repo.ts';
import { signInSchema } from './accounts.schema.ts';
import { dummyPasswordHash } from './passwords.ts';
import { signIn } from './commands/sign-in.ts';
import { formatTime } from '../../web/format.ts';

/** The cookie holding the CSRF secret (set by @fastify/csrf-protection in app.ts). */
const CSRF_COOKIE = 'shirehall_csrf';

/**
 * A `next` address to go to after signing in, accepted only as a path on this site; anything else
 * (another host, `//host`, `/\host`, a scheme, control characters) gives the officer area.
 * @example localPath('/officer/meetings?x=1') // '/officer/meetings?x=1'
 */
export function localPath(next: unknown, fallback = '/officer'): string {
  if (typeof next !== 'string' || next.length > 2000 || !/^\/(?![/\\])/.test(next)) return fallback;
  // Browsers drop tabs and newlines and read a backslash as a slash: `/\t/host` and `/\\host` are other sites.
  if ([...next].some((ch) => ch < ' ' || ch === '\u007f' || ch === '\\')) return fallback;
  const base = 'http://shirehall.invalid';
  try {
    const url = new URL(next, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

/** "Try again in 8 minutes (after 10:42am)" for a wait that ends at `until`. */
function whenToTryAgain(until: Date, now = new Date()): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const wait = seconds < 60 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? '' : 's'}`;
  return `You have tried to sign in too many times. Try again in ${wait} (after ${formatTime(until)}).`;
}

/** Sign-in and sign-out pages. */
export async function accountsRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.services;
  // Made now, so the first sign-in with an unknown email takes no longer than any other.
  void dummyPasswordHash();

  app.get('/sign-in', async (request, reply) => {
    const next = (request.query as { next?: string }).next;
    return reply.render('modules/accounts/views/sign-in.njk', { title: 'Sign in', csrf: true, next: localPath(next), values: {} });
  });

  app.post('/sign-in', { preHandler: app.csrfProtection }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const next = localPath(body.next);
    const parsed = signInSchema.safeParse(body);
    const values = { email: typeof body.email === 'string' ? body.email : '' };
    const page = (status: number, errors: { field: string; message: string }[]) =>
      reply.code(status).render('modules/accounts/views/sign-in.njk', { title: 'Sign in', csrf: true, errors, values, next });
    if (!parsed.success)
      return page(
        400,
        parsed.error.issues.map((i) => ({ field: String(i.path[0]), message: i.message })),
      );
    const result = await signIn(db, parsed.data, request.ip);
    if (!result.ok && result.reason === 'throttled') {
      reply.header('retry-after', String(Math.max(1, Math.ceil((result.retryAt.getTime() - Date.now()) / 1000))));
      return page(429, [{ field: 'email', message: whenToTryAgain(result.retryAt) }]);
    }
    if (!result.ok) return page(401, [{ field: 'email', message: 'Enter a correct email address and password' }]);
    // A new session and a new CSRF secret: nothing a visitor held before signing in is still good after.
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) await deleteSession(db, previous);
    reply.setCookie(SESSION_COOKIE, result.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      maxAge: SESSION_HOURS * 3600,
    });
    delete request.cookies[CSRF_COOKIE];
    reply.generateCsrf();
    return reply.redirect(next, 303);
  });

  app.get('/sign-out', async (request, reply) => {
    if (!request.user) return reply.redirect('/', 303);
    return reply.render('modules/accounts/views/sign-out.njk', { title: 'Sign out' });
  });

  app.post('/sign-out', { preHandler: app.csrfProtection }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await deleteSession(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/', 303);
  });
}
