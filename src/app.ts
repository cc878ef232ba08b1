import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import helmet from '@fastify/helmet';
import csrf from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import { eq, isNull } from 'drizzle-orm';
import { ZodError } from 'zod';
import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Services } from './services.ts';
import { AppError, fromPostgresError } from './lib/errors.ts';
import { buildCss, cssCacheDir, govukDist } from './web/assets.ts';
import { createNunjucks } from './web/nunjucks.ts';
import { renderPage } from './web/render.ts';
import { createPageCache, type PageCache } from './web/page-cache.ts';
import { createCacheKeys, type QueryReads } from './web/cache-key.ts';
import { siteOrigin } from './web/site-url.ts';
import { rejectUnusableInput } from './web/request-guard.ts';
import { userForApiToken, userForSession } from './modules/accounts/index.ts';
import { SESSION_COOKIE } from './modules/accounts/index.ts';
import { can, type Action, type CurrentUser } from './modules/accounts/index.ts';
import { bodies } from './db/schema.ts';
import { modules } from './modules/index.ts';
import { viewerOf, type Viewer } from './modules/visibility/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
    /** Who is looking, for the visibility rules: the public until a user is found. */
    viewer: Viewer;
    viaToken: boolean;
    /** Set when this anonymous request may be stored in the page cache. */
    pageCacheKey: { key: string; version: number } | null;
  }
  interface FastifyReply {
    /** Renders a Nunjucks page with the layout context and sends it as HTML. */
    render(template: string, context?: Record<string, unknown>): Promise<FastifyReply>;
  }
  interface FastifyInstance {
    services: Services;
    /** Every route registered, as `{ method, url }` (HEAD twins of GET routes left out); the security suite walks it. */
    routeTable: RouteEntry[];
    /** preHandler: signed-in users allowed `action`; others are sent to sign in (HTML) or get 401/403. */
    requireCan(action: Action): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

export { SESSION_COOKIE };

/** One registered route: its method and its URL pattern (`/meetings/:id`). */
export type RouteEntry = { method: string; url: string };

// The JSON API and the OParl API (whose own error handler answers everything it routes) answer errors in JSON.
const isApi = (request: FastifyRequest) => request.url.startsWith('/api/') || /^\/oparl\/v1([/?]|$)/.test(request.url);

/** Fastify's schema compilers, refused: routes validate with zod (see `schemaController` in buildApp). */
function noSchemaCompiler(): never {
  throw new Error('Fastify route schemas are not used here: validate the request with zod in the route');
}

/**
 * Builds the Fastify app without listening; tests call `app.inject()` on it.
 * Middleware order: security headers → cookies → body parsers → CSRF → auth → static → modules → errors.
 */
export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    loggerInstance: services.logger as unknown as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    // Forwarded headers are believed only from the proxies named in TRUST_PROXY (none by default).
    trustProxy: config.trustProxy.length ? config.trustProxy : false,
    // A URL the router cannot even decode (`/meetings/%FF`) or a path parameter too long to match
    // gets the same error page as any other bad request.
    frameworkErrors: (error, request, rawReply) => {
      const reply = rawReply as unknown as FastifyReply;
      sendError(error, request, reply).catch(() => reply.code(400).type('text/plain; charset=utf-8').send('Bad request'));
    },
    // Requests are checked with zod in the routes and responses rendered by our own code, never through
    // Fastify's JSON Schemas, so its ajv validator and fast-json-stringify serializer (ajv alone is 85 modules,
    // about 2 MB of the server's memory) are never loaded: a route that asked for them fails at start.
    schemaController: { compilersFactory: { buildValidator: noSchemaCompiler, buildSerializer: noSchemaCompiler } },
  });
  app.decorate('services', services);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url });
  });
  const env = createNunjucks();
  const { hash: cssHash } = await buildCss();
  let siteCache: { bodyName: string; at: number } | null = null;
  const site = async () => {
    if (!siteCache || Date.now() - siteCache.at > 30_000) {
      const [b] = await services.db.select({ name: bodies.name }).from(bodies).where(isNull(bodies.deletedAt)).orderBy(bodies.id).limit(1);
      siteCache = { bodyName: b?.name ?? 'Shirehall', at: Date.now() };
    }
    return { bodyName: siteCache.bodyName, cssHash };
  };

  app.decorateRequest('pageCacheKey', null);
  if (config.pageCache.enabled) registerPageCache(app, createPageCache(services.db, { maxBytes: config.pageCache.maxBytes, maxAgeMs: 60_000, pollMs: 1_000 }));

  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 30 }, throwFileSizeLimit: true });
  await app.register(csrf, {
    cookieKey: 'shirehall_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, signed: true },
    // Multipart forms carry the token in the query string, since their body is read by the handler.
    getToken: (request) =>
      ((request.body as { _csrf?: string } | undefined)?._csrf ?? (request.query as { _csrf?: string } | undefined)?._csrf ?? request.headers['x-csrf-token']) as string,
  });

  app.addHook('preValidation', rejectUnusableInput);

  app.decorateRequest('user', null);
  app.decorateRequest('viewer', {
    getter(this: FastifyRequest) {
      return viewerOf(this.user);
    },
  });
  app.decorateRequest('viaToken', false);
  app.decorateReply('render', async function (this: FastifyReply, template: string, context: Record<string, unknown> = {}) {
    const html = await renderPage(env, await site(), this.request, this, template, context);
    return this.type('text/html; charset=utf-8').send(html);
  });

  app.addHook('onRequest', async (request) => {
    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      request.user = await userForApiToken(services.db, auth.slice(7).trim());
      request.viaToken = !!request.user;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = await userForSession(services.db, token);
  });

  app.decorate('requireCan', (action: Action) => async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.user) {
      if (isApi(request)) throw new AppError('unauthenticated', 'Sign in or send a bearer token to do this');
      const next = encodeURIComponent(request.url);
      await reply.redirect(`/sign-in?next=${next}`, 303);
      return reply;
    }
    if (!can(request.user, action)) throw new AppError('forbidden', 'You do not have permission to do this');
  });

  await app.register(fastifyStatic, { root: join(govukDist, 'assets'), prefix: '/assets/govuk/', maxAge: '1d' });
  await app.register(fastifyStatic, { root: cssCacheDir, prefix: '/assets/', decorateReply: false, maxAge: '365d', immutable: true });

  const frontendJs = join(govukDist, 'govuk-frontend.min.js');
  const initJs = join(dirname(fileURLToPath(import.meta.url)), 'web', 'assets', 'init.mjs');
  app.get('/assets/govuk-frontend.min.js', (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(createReadStream(frontendJs)),
  );
  app.get('/assets/init.mjs', (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(createReadStream(initJs)));

  app.get('/healthz', async (_request, reply) => {
    try {
      await services.db.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, 0));
      return { status: 'ok', database: services.database.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: services.database.kind });
    }
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (isApi(request)) return reply.code(404).send({ error: { code: 'not_found', message: 'No such resource' } });
    return reply.code(404).render('web/views/error.njk', {
      title: 'Page not found',
      heading: 'Page not found',
      paragraphs: ['If you typed the web address, check it is correct.', 'If you pasted the web address, check you copied the entire address.'],
    });
  });

  /** The one error handler: `{ error: { code, message } }` for the API, the GOV.UK error page for pages. */
  async function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    if (isApi(request) || request.headers.accept === 'application/json') {
      const body: { code: string; message: string; details?: unknown } = { code: appError.code, message: appError.message };
      if (appError.details !== undefined) body.details = appError.details;
      return reply.code(appError.status).send({ error: body });
    }
    const heading = errorHeadings[appError.status] ?? 'Sorry, there is a problem with the service';
    const context = { title: heading, heading, paragraphs: [appError.status >= 500 ? 'Try again later.' : appError.message] };
    // The router's own errors come with a bare reply, without the app's decorators.
    const html = await renderPage(env, await site(), request, reply, 'web/views/error.njk', context);
    return reply.code(appError.status).type('text/html; charset=utf-8').send(html);
  }
  app.setErrorHandler(sendError);

  for (const mod of modules) await app.register(mod);

  return app;
}

const uncachedPaths = /^\/(officer|sign-in|sign-out|healthz)(\/|\?|$)/;

/**
 * Serves anonymous GETs from the page cache before any other work, and stores fresh 200 responses
 * that set no cookie and are not marked private. Writes through this process empty it at once.
 * The key is the path with only the query parameters the page reads (learnt, see web/cache-key.ts),
 * and, when PUBLIC_URL is not set, the origin links are built from, so no header can poison an entry.
 */
function registerPageCache(app: FastifyInstance, cache: PageCache): void {
  const keys = createCacheKeys();
  const tracked = new WeakMap<FastifyRequest, { route: string; reads: QueryReads; covers: ReadonlySet<string> | null }>();
  const publicUrl = app.services.config.publicUrl;
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if (request.headers.authorization || request.cookies?.[SESSION_COOKIE] || /(^|;\s*)shirehall_session=/.test(request.headers.cookie ?? '')) return;
    const route = request.routeOptions.url;
    if (!route || uncachedPaths.test(request.url)) return;
    const path = request.url.split('?')[0]!;
    const query = (request.query ?? {}) as Record<string, unknown>;
    const { key: pathKey, covers } = keys.key(route, path, query);
    const key = publicUrl ? pathKey : `${siteOrigin(request)}${pathKey}`;
    const hit = (await cache.get(key)) ?? (await cache.join(key)) ?? undefined;
    if (hit) {
      return reply
        .code(hit.statusCode)
        .headers({ ...hit.headers, 'x-page-cache': 'hit' })
        .send(hit.body);
    }
    const t = keys.track(query);
    request.query = t.query;
    tracked.set(request, { route, reads: t.reads, covers });
    request.pageCacheKey = { key, version: await cache.currentVersion() };
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const k = request.pageCacheKey;
    const t = tracked.get(request);
    if (!k || !t) return payload;
    // Learn from every answer; store only one whose key held every parameter the page read.
    if (!keys.learn(t.route, t.reads, t.covers)) return payload;
    if (reply.statusCode !== 200 || reply.getHeader('set-cookie')) return payload;
    if (String(reply.getHeader('cache-control') ?? '').match(/private|no-store/)) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && name !== 'content-length' && name !== 'set-cookie') headers[name] = String(value);
    }
    cache.set(k.key, { version: k.version, statusCode: 200, headers, body: Buffer.from(payload) });
    return payload;
  });
  app.addHook('onRequestAbort', async (request) => {
    if (request.pageCacheKey) cache.settle(request.pageCacheKey.key);
  });
  app.addHook('onResponse', async (request, reply) => {
    if (request.pageCacheKey) cache.settle(request.pageCacheKey.key);
    // Only a write that went through empties the cache: a refused one (bad token, wrong role, bad form) changes nothing.
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS' && reply.statusCode < 400) cache.invalidate();
  });
}

/** Headings of the GOV.UK error page by status. */
export const errorHeadings: Record<number, string> = {
  400: 'There is a problem with your request',
  401: 'You need to sign in',
  403: 'You do not have permission to see this page',
  404: 'Page not found',
  413: 'The file is too large',
  429: 'Too many attempts',
};

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // A handler's zod `.parse` of its query or parameters: input the client can correct (`?q=a&q=b`).
  if (error instanceof ZodError) return new AppError('bad_request', 'The request was not valid. Check the address and try again.');
  const pg = fromPostgresError(error);
  if (pg) return pg;
  const e = error as { statusCode?: number; code?: string; message?: string };
  if (e.code === 'FST_REQ_FILE_TOO_LARGE' || e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || e.statusCode === 413) {
    return new AppError('payload_too_large', 'The file or request is too large. Choose a smaller file.');
  }
  // An upload whose body ends before its multipart form does.
  if (e.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AppError('bad_request', 'The upload was not complete. Try again.');
  // A multipart content type the form parser cannot read (no boundary, a malformed header).
  if (typeof e.message === 'string' && e.message.startsWith('Multipart: ')) return new AppError('bad_request', 'The upload was not a readable form. Try again.');
  if (e.code === 'FST_CSRF_INVALID_TOKEN' || e.code === 'FST_CSRF_MISSING_SECRET') {
    return new AppError('forbidden', 'Your form has expired. Go back, reload the page and try again.');
  }
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e.statusCode === 415) return new AppError('unsupported_media_type', 'Unsupported content type');
  if (e.statusCode === 429) return new AppError('rate_limited', 'Too many requests. Wait a few minutes and try again.');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    const message = e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e.code?.startsWith('FST_ERR_CTP') ? 'The request body is not valid JSON' : 'The request was not valid';
    return new AppError(e.statusCode === 404 ? 'not_found' : 'bad_request', message);
  }
  return new AppError('internal', 'Sorry, there is a problem with the service');
}
