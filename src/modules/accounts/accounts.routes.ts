import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from './session-cookie.ts';
import { audit } from '../../db/audit.ts';
import { createSession, deleteSession, findUserByEmail, hitRateLimit, SESSION_HOURS } from './accounts.repo.ts';
import { signInSchema } from './accounts.schema.ts';
import { verifyPassword } from './passwords.ts';

const safeNext = (next: unknown) => (typeof next === 'string' && /^\/(?!\/)/.test(next) ? next : '/officer');

/** Sign-in and sign-out pages. */
export async function accountsRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.services;

  app.get('/sign-in', async (request, reply) => {
    const next = (request.query as { next?: string }).next;
    return reply.render('modules/accounts/views/sign-in.njk', { title: 'Sign in', csrf: true, next: safeNext(next), values: {} });
  });

  app.post('/sign-in', { preHandler: app.csrfProtection }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const next = safeNext(body.next);
    const parsed = signInSchema.safeParse(body);
    const values = { email: typeof body.email === 'string' ? body.email : '' };
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ field: String(i.path[0]), message: i.message }));
      return reply.code(400).render('modules/accounts/views/sign-in.njk', { title: 'Sign in', csrf: true, errors, values, next });
    }
    const withinIp = await hitRateLimit(db, `sign-in:ip:${request.ip}`, 20, 15 * 60);
    const withinAccount = await hitRateLimit(db, `sign-in:email:${parsed.data.email.toLowerCase()}`, 10, 15 * 60);
    if (!withinIp || !withinAccount) {
      const errors = [{ field: 'email', message: 'Too many sign-in attempts. Wait 15 minutes and try again.' }];
      return reply.code(429).render('modules/accounts/views/sign-in.njk', { title: 'Sign in', csrf: true, errors, values, next });
    }
    const user = await findUserByEmail(db, parsed.data.email);
    const good = user ? await verifyPassword(user.passwordHash, parsed.data.password) : false;
    if (!user || !good) {
      const errors = [{ field: 'email', message: 'Enter a correct email address and password' }];
      return reply.code(401).render('modules/accounts/views/sign-in.njk', { title: 'Sign in', csrf: true, errors, values, next });
    }
    const token = await createSession(db, user.id);
    await audit(db, { userId: user.id, label: user.email }, 'session.sign-in', 'user', user.id, null, null);
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      maxAge: SESSION_HOURS * 3600,
    });
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
