import { z } from 'zod';
import type { ApiRoute } from './api-route.ts';
import { apiSchemas } from './common.schema.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from './pagination.ts';

type JsonSchema = Record<string, unknown>;

const errorRef = { $ref: '#/components/schemas/Error' };

const errorResponses: Record<number, string> = {
  400: 'Invalid input: `bad_request` (such as malformed JSON) or `validation_failed` with field `details`',
  401: '`unauthenticated`: sign in or send a bearer token',
  403: '`forbidden`: your role may not do this, or the CSRF token is missing',
  404: '`not_found`',
  409: '`conflict`: the change clashes with existing records',
  415: '`unsupported_media_type`: the body is not of the type the operation reads',
  422: '`unprocessable`: rows of the file have problems, each named with its line in `details`; nothing was changed',
};

function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** A JSON Schema for a request part (what clients send, before coercion and defaults). */
function inputSchema(schema: z.ZodType): JsonSchema {
  return clean(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

function responseSchema(schema: z.ZodType): JsonSchema {
  const id = apiSchemas.get(schema)?.id;
  return id ? { $ref: `#/components/schemas/${id}` } : clean(z.toJSONSchema(schema, { unrepresentable: 'any' }) as JsonSchema);
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

function operation(route: ApiRoute) {
  const codes = new Set<number>();
  if (route.query || route.body) codes.add(400);
  if (route.permission) [401, 403, 409].forEach((c) => codes.add(c));
  if (route.params) codes.add(404);
  if (route.path === '/body') codes.add(404);
  if (route.csvBody) [415, 422].forEach((c) => codes.add(c));
  const responses: Record<string, unknown> = {
    [String(route.status ?? 200)]: {
      description: route.summary,
      content: route.csvResponse ? { 'text/csv': { schema: { type: 'string' } } } : { 'application/json': { schema: responseSchema(route.response) } },
    },
  };
  for (const code of [...codes].sort()) responses[String(code)] = { description: errorResponses[code], content: { 'application/json': { schema: errorRef } } };
  let requestBody: unknown;
  if (route.csvBody) requestBody = { required: true, content: { 'text/csv': { schema: { type: 'string' } } } };
  else if (route.body) {
    const schema = inputSchema(route.body);
    if (route.partialBody) delete schema.required;
    if (route.multipart) {
      const props = (schema.properties ?? {}) as Record<string, unknown>;
      requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              ...schema,
              properties: { ...props, file: { type: 'string', format: 'binary', description: 'The file' } },
              required: [...((schema.required as string[] | undefined) ?? []), 'file'],
            },
          },
        },
      };
    } else requestBody = { required: true, content: { 'application/json': { schema } } };
  }
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(requestBody ? { requestBody } : {}),
    responses,
    security: route.permission ? [{ bearerAuth: [] }, { sessionCookie: [], csrfToken: [] }] : [{}, { bearerAuth: [] }, { sessionCookie: [] }],
    ...(route.permission ? { 'x-permission': route.permission } : {}),
  };
}

/** `/meetings/:id` as OpenAPI writes it: `/meetings/{id}`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/**
 * The OpenAPI 3.1 document of the API, built from the route specs and their zod schemas.
 * @example buildOpenApi(apiRoutes()).paths['/meetings/{id}'].get.operationId // 'getMeeting'
 */
export function buildOpenApi(routes: ApiRoute[]) {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' }) as { schemas: Record<string, JsonSchema> };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shirehall API',
      version: '1.0.0',
      description: [
        'Open data about the council’s committees, people, meetings, agendas and documents, in the spirit of OParl 1.1.',
        'Reading is public and needs no key; exempt information (Schedule 12A) is left out unless the caller may read it.',
        `Lists take \`page\` and \`limit\` (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}) and \`modified_since\` for incremental sync.`,
        'Writes need a role that may edit records: send `Authorization: Bearer <token>` (create one with `shirehall token create EMAIL`),',
        'or a session cookie with the `x-csrf-token` header. Every error is `{ "error": { "code", "message", "details"? } }`.',
      ].join(' '),
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, clean(v)])),
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token from `shirehall token create EMAIL`' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'shirehall_session' },
        csrfToken: { type: 'apiKey', in: 'header', name: 'x-csrf-token', description: 'From GET /csrf-token; needed with a session cookie only' },
      },
    },
  };
}
