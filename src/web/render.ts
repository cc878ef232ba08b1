import type { FastifyReply, FastifyRequest } from 'fastify';
import type nunjucks from 'nunjucks';
import type { CurrentUser } from '../modules/accounts/index.ts';
import { can } from '../modules/accounts/index.ts';

/** Builds the service navigation, marking the current section. */
export function navigationFor(url: string, user: CurrentUser | null) {
  const items = [
    { href: '/committees', text: 'Committees' },
    { href: '/meetings', text: 'Meetings' },
    { href: '/decisions', text: 'Decisions' },
    { href: '/forward-plan', text: 'Forward Plan' },
    { href: '/people', text: 'Councillors and officers' },
    { href: '/search', text: 'Search' },
  ];
  if (can(user, 'meetings:mine')) items.push({ href: '/my-meetings', text: 'My meetings' });
  if (can(user, 'officer-area:view')) items.push({ href: '/officer', text: 'Officer area' });
  if (user) items.push({ href: '/sign-out', text: 'Sign out' });
  const path = url.split('?')[0] ?? '/';
  return items.map((i) => ({ ...i, active: path === i.href || path.startsWith(`${i.href}/`) }));
}

/** Renders a page template with the site context, the user and a CSRF token. */
export async function renderPage(
  env: nunjucks.Environment,
  site: { bodyName: string; cssHash: string },
  request: FastifyRequest,
  reply: FastifyReply,
  template: string,
  context: Record<string, unknown>,
): Promise<string> {
  const user = request.user ?? null;
  const csrfToken = user || context.csrf ? reply.generateCsrf() : undefined;
  // A page with a form token or a signed-in user's content is never stored by any cache.
  if (csrfToken) reply.header('cache-control', 'private, no-store');
  const nonce = (reply as unknown as { cspNonce?: { script: string } }).cspNonce?.script;
  return new Promise((resolve, reject) => {
    env.render(
      template,
      {
        ...context,
        site: { ...site, navigation: navigationFor(request.url, user) },
        user,
        csrfToken,
        cspNonce: nonce,
      },
      (err, html) => (err ? reject(err) : resolve(html ?? '')),
    );
  });
}
