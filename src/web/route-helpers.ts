// Helpers every route module shares: ids from the path, the acting user for the audit log, form bodies.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../db/audit.ts';
import { AppError, notFound } from '../lib/errors.ts';
import type { FieldError } from '../lib/result.ts';

/** A positive database id from the path (`:id`), within PostgreSQL's integer range. */
export const idParam = z.object({ id: z.coerce.number().int().positive().max(2147483647) });

/**
 * The `:id` of the path, or a 404 naming the kind of thing (so a malformed id answers as a missing one).
 * @example const id = idOf(request, 'Meeting');
 */
export function idOf(request: FastifyRequest, what: string, param = 'id'): number {
  const p = idParam.safeParse({ id: (request.params as Record<string, unknown>)[param] });
  if (!p.success) throw notFound(what);
  return p.data.id;
}

/** The signed-in user as the audit log's actor; a 401 if nobody is signed in. */
export function actorOf(request: FastifyRequest): Actor & { displayName: string } {
  const u = request.user;
  if (!u) throw new AppError('unauthenticated', 'Sign in to do this');
  return { userId: u.id, label: u.email, role: u.role, displayName: u.displayName };
}

/** A form body as a plain record (empty when there is none). */
export const formBody = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;

/** Sends a form again with the GOV.UK error summary, status 400, nothing saved. */
export function invalidForm(reply: FastifyReply, template: string, context: Record<string, unknown>, errors: FieldError[]) {
  return reply.code(400).render(template, { ...context, errors });
}

/** Points a date error at the day field of a GOV.UK date input, where the error summary link lands. */
export const dateField = (name: string) => (e: FieldError) => (e.field === name ? { ...e, field: `${name}-day` } : e);

/**
 * The message a page shows after a change (`?saved=…`), from its own table only: a key such as
 * `constructor` or `__proto__` is not a message, whatever the query says.
 * @example flashFor({ entry: 'The entry has been saved' }, request.query.saved)
 */
export function flashFor(messages: Record<string, string>, key: unknown): string | undefined {
  return typeof key === 'string' && Object.hasOwn(messages, key) ? messages[key] : undefined;
}
