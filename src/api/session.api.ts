import { AppError } from '../lib/errors.ts';
import { defineRoute, type ApiRoute } from './api-route.ts';
import { csrfTokenSchema } from './session.schema.ts';

/** GET /csrf-token: for clients writing with a session cookie (a bearer token needs none). */
export function sessionRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/csrf-token',
      operationId: 'getCsrfToken',
      summary: 'A CSRF token for session writes',
      description: 'A signed-in browser session must send this token in `x-csrf-token` on every POST and PATCH. Bearer-token clients need none.',
      tag: 'Session',
      response: csrfTokenSchema,
      handler: async ({ reply, user }) => {
        if (!user) throw new AppError('unauthenticated', 'Sign in or send a bearer token to do this');
        return { token: reply.generateCsrf() };
      },
    }),
  ];
}
