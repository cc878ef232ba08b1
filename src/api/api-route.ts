import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../db/audit.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { keepKnownQuery } from './pagination.ts';
import type { FieldError, Result } from '../lib/result.ts';
import type { Action, CurrentUser } from '../modules/accounts/index.ts';

type Schema = z.ZodType | undefined;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler gets: parsed params and query, the raw JSON body object, and the caller. */
export type ApiContext<P, Q> = {
  params: P;
  query: Q;
  body: Record<string, unknown>;
  user: CurrentUser | null;
  request: FastifyRequest;
  reply: FastifyReply;
};

/** One API operation: its route, its documentation and its handler, kept together so the OpenAPI document cannot drift. */
export type RouteSpec<P extends Schema, Q extends Schema> = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify-style path below /api/v1, such as `/meetings/:id`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Names the thing in "… not found"; set it on every route with an id. */
  resource?: string;
  params?: P;
  query?: Q;
  /** The request body the operation reads (documentation; the command validates it). */
  body?: z.ZodType;
  /** The body is multipart/form-data (fields described by `body`, plus a `file`); the handler reads it. */
  multipart?: boolean;
  /** The body is a text/csv file (described by `description`); the handler reads `request.body` as text. */
  csvBody?: boolean;
  /** The answer is a text/csv file rather than JSON (errors stay JSON). */
  csvResponse?: boolean;
  /** Writes name the permission they need; reads without one are public. */
  permission?: Action;
  status?: 200 | 201;
  /** PATCH: every body field is optional in the documentation. */
  partialBody?: boolean;
  response: z.ZodType;
  handler: (ctx: ApiContext<Out<P>, Out<Q>>) => Promise<unknown>;
};

/** A route spec with its types erased, for lists of routes. */
export type ApiRoute = Omit<RouteSpec<Schema, Schema>, 'handler'> & { handler: (ctx: ApiContext<unknown, unknown>) => Promise<unknown> };

/**
 * Declares an API operation with typed params and query.
 * @example defineRoute({ method: 'GET', path: '/body', operationId: 'getBody', summary: 'The council', tag: 'Body', response: bodySchema, handler: async () => body })
 */
export function defineRoute<P extends Schema = undefined, Q extends Schema = undefined>(spec: RouteSpec<P, Q>): ApiRoute {
  return spec as unknown as ApiRoute;
}

/** zod issues as `{ field, message }` pairs, one per field. */
export function issuesToDetails(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : 'form';
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: issue.message });
  }
  return out;
}

/** The 400 for input a client can correct. */
export function validationFailed(details: FieldError[]): AppError {
  return new AppError('validation_failed', 'The request has invalid fields', details);
}

/**
 * The value of a command's result, or the 400 `validation_failed` error carrying its field errors.
 * @example const { id } = unwrap(await createMeeting(db, actorOf(user), body));
 */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw validationFailed(result.errors);
  return result.value;
}

/** The audit actor for a signed-in API caller. */
export function actorOf(user: CurrentUser | null, viaToken = false): Actor {
  if (!user) throw new AppError('unauthenticated', 'Sign in or send a bearer token to do this');
  return { userId: user.id, label: viaToken ? `${user.email} (API token)` : user.email, role: user.role };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A record's current input with a PATCH body laid over it; `null` in either clears a field.
 * @example patchOver({ name: 'Cabinet', purpose: null }, { purpose: 'Decides' }) // { name: 'Cabinet', purpose: 'Decides' }
 */
export function patchOver(current: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries({ ...current, ...patch })) out[k] = v === null ? undefined : v;
  return out;
}

/** Fields of a body the operation does not know; reported rather than silently dropped. */
function unknownFields(schema: z.ZodType, body: Record<string, unknown>): FieldError[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (!shape) return [];
  return Object.keys(body)
    .filter((k) => !(k in shape))
    .map((field) => ({ field, message: `${field} is not a field of this resource` }));
}

/**
 * preHandler: a write made with a session cookie must carry the CSRF token in `x-csrf-token`;
 * a bearer-token write needs none, since a browser never adds the header by itself.
 */
function csrfUnlessToken(app: FastifyInstance) {
  return (request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
    if (request.viaToken) return done();
    if (!request.headers['x-csrf-token']) {
      return done(new AppError('forbidden', 'Send the CSRF token in the x-csrf-token header (GET /api/v1/csrf-token), or use a bearer token'));
    }
    app.csrfProtection(request, reply, done);
  };
}

/** Registers one operation on the (prefixed) API instance: auth and CSRF first, then parsing, then the handler. */
export function registerRoute(app: FastifyInstance, route: ApiRoute): void {
  app.route({
    method: route.method,
    url: route.path,
    preHandler: route.permission ? [app.requireCan(route.permission), csrfUnlessToken(app)] : [],
    handler: async (request, reply) => {
      let params: unknown;
      if (route.params) {
        const parsed = route.params.safeParse(request.params);
        if (!parsed.success) throw notFound(route.resource ?? 'Resource');
        params = parsed.data;
      }
      let query: unknown;
      if (route.query) {
        const parsed = route.query.safeParse(request.query ?? {});
        if (!parsed.success) throw validationFailed(issuesToDetails(parsed.error));
        query = parsed.data;
        keepKnownQuery(request, Object.keys((route.query as { shape?: Record<string, unknown> }).shape ?? {}));
      }
      let body: Record<string, unknown> = {};
      if (route.multipart) {
        if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data with a "file" part');
      } else if (route.csvBody) {
        if (typeof request.body !== 'string') throw new AppError('unsupported_media_type', 'Send the file as text/csv');
      } else if (route.body) {
        if (!isPlainObject(request.body)) throw new AppError('bad_request', 'Send a JSON object in the request body');
        body = request.body;
        const unknown = unknownFields(route.body, body);
        if (unknown.length) throw validationFailed(unknown);
      }
      const result = await route.handler({ params, query, body, user: request.user, request, reply });
      return reply.code(route.status ?? 200).send(result);
    },
  });
}
