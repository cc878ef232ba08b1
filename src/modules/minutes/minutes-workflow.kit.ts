import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { idOf } from '../../web/route-helpers.ts';
import type { FieldError, Result } from '../../lib/result.ts';
import { formatDayDate } from '../../web/format.ts';
import { LOCKED_MESSAGE, notStartedError } from './minutes-workflow.guard.ts';
import { findMinuteItem, findMinutes, meetingHeading } from './minutes-workflow.repo.ts';

const FORM = 'web/views/form.njk';

/**
 * What every page of the minutes workflow shares: the permissions, the meeting heading and
 * breadcrumbs, the refusal page, the form renderer, and the lookups that 404 as a missing record.
 */
export function workflowKit(app: FastifyInstance) {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };
  const heading = async (meetingId: number) => {
    const h = await meetingHeading(db, meetingId);
    if (!h) throw notFound('Meeting');
    return { ...h, caption: `${h.organisationName}, ${formatDayDate(h.meeting.startAt)}` };
  };
  const crumbs = (meetingId: number, last: string) => [
    { text: 'Officer area', href: '/officer' },
    { text: 'Meeting', href: `/officer/meetings/${meetingId}` },
    { text: 'Minutes', href: `/officer/meetings/${meetingId}/minutes` },
    { text: last },
  ];
  const refuse = (reply: FastifyReply, meetingId: number, message = LOCKED_MESSAGE) =>
    reply.code(409).render('web/views/refused.njk', {
      title: 'These minutes cannot be changed',
      message,
      back: `/officer/meetings/${meetingId}/minutes`,
      breadcrumbs: crumbs(meetingId, 'Cannot be changed'),
    });
  /** Renders a form built from fields, or re-renders it with errors (status 400). */
  const form = (reply: FastifyReply, ctx: Record<string, unknown>, errors?: FieldError[]) => (errors ? reply.code(400).render(FORM, { ...ctx, errors }) : reply.render(FORM, ctx));
  const after = async <T>(reply: FastifyReply, r: Result<T>, ctx: () => Promise<Record<string, unknown>>, to: string) =>
    r.ok ? reply.redirect(to, 303) : form(reply, await ctx(), r.errors);

  /** Refuses a form for a meeting that has not started (or was cancelled): nothing can be recorded yet. */
  const notYet = async (reply: FastifyReply, id: number) => {
    const e = notStartedError((await heading(id)).meeting, 'form');
    return e ? refuse(reply, id, e.message) : null;
  };
  const draftItem = async (request: FastifyRequest) => {
    const found = await findMinuteItem(db, idOf(request, 'Minute'));
    if (!found) throw notFound('Minute');
    return found;
  };
  const minutesOf = async (request: FastifyRequest) => {
    const m = await findMinutes(db, idOf(request, 'Minutes'));
    if (!m) throw notFound('Minutes');
    return m;
  };

  return { db, view, edit, editForm, heading, crumbs, refuse, form, after, notYet, draftItem, minutesOf };
}

/** A kind or status word as a sentence ("disclosable-pecuniary" → "Disclosable pecuniary"). */
export const sentence = (s: string) => (s.charAt(0).toUpperCase() + s.slice(1)).replace(/-/g, ' ');

/** Points a date error at the day field of a GOV.UK date input. */
export const dateError = (name: string) => (e: FieldError) => (e.field === name ? { ...e, field: `${name}-day` } : e);
