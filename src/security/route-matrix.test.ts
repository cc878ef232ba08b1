import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecurityApp, everyone, fillPath, isGovukErrorPage, isJsonError, routeKeys, type SecurityApp } from '../../test/security.ts';
import { routeMatrix } from './route-matrix.ts';

// Every route × every role: those the matrix allows get an answer (not 401, 403 or a sign-in
// redirect, and no server error); anyone else signed out is sent to sign in (401 in the API), and
// signed in is refused with 403.

let s: SecurityApp;
beforeAll(async () => {
  process.env.CHROMIUM_PATH = '/nonexistent/chromium';
  s = await createSecurityApp();
}, 120_000);
afterAll(async () => {
  await s?.close();
});

describe('the route × role matrix', () => {
  it('has a row for every route in the route table', () => {
    const missing = routeKeys(s.app).filter((k) => !(k in routeMatrix));
    expect(missing, `routes without a row in src/security/route-matrix.ts: decide who may use them\n${missing.join('\n')}`).toEqual([]);
  });

  it('has no row for a route that does not exist', () => {
    const routes = new Set(routeKeys(s.app));
    expect(Object.keys(routeMatrix).filter((k) => !routes.has(k))).toEqual([]);
  });

  it.each(Object.entries(routeMatrix))('%s', async (key, allowed) => {
    const [method, url] = key.split(' ') as [string, string];
    const path = fillPath(url, () => '1');
    const api = path.startsWith('/api/');
    const cookies = await s.cookies();
    for (const who of everyone) {
      const res = await s.app.inject({
        method: method as 'GET',
        url: path,
        headers: {
          cookie: cookies[who],
          'x-csrf-token': s.csrf.token,
          ...(method === 'GET' ? {} : { 'content-type': api ? 'application/json' : 'application/x-www-form-urlencoded' }),
        },
        ...(method === 'GET' ? {} : { payload: api ? '{}' : `_csrf=${encodeURIComponent(s.csrf.token)}` }),
      });
      const where = `${key} as ${who}: ${res.statusCode} ${String(res.headers.location ?? '')}`;
      const location = String(res.headers.location ?? '');
      expect(res.statusCode, where).toBeLessThan(500);
      if (allowed.includes(who)) {
        expect([401, 403], where).not.toContain(res.statusCode);
        expect(location, where).not.toMatch(/^\/sign-in/);
      } else if (who === 'anonymous') {
        if (api) {
          expect(res.statusCode, where).toBe(401);
          expect(isJsonError(res.body) && res.json().error.code === 'unauthenticated', where).toBe(true);
        } else {
          expect(res.statusCode, where).toBe(303);
          expect(location, where).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
        }
      } else {
        expect(res.statusCode, where).toBe(403);
        expect(api ? isJsonError(res.body) : isGovukErrorPage(res.body), where).toBe(true);
      }
    }
  });
});
