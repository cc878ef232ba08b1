import type { FastifyInstance } from 'fastify';
import { toLondonDate } from '../../lib/dates.ts';
import { actorOf, formBody } from '../../web/route-helpers.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import { formatDayDate } from '../../web/format.ts';
import { approveMinutes } from './commands/approve-minutes.ts';
import { correctMinutes } from './commands/correct-minutes.ts';
import { signMinutes } from './commands/sign-minutes.ts';
import { currentMembers, laterMeetings } from './minutes-workflow.repo.ts';
import { dateError, workflowKit } from './minutes-workflow.kit.ts';

const body = formBody;

/** Approval of the minutes at a later meeting, the chair's signature, and corrections as new versions. */
export async function approvalRoutes(app: FastifyInstance): Promise<void> {
  const { db, edit, editForm, heading, crumbs, refuse, form, after, minutesOf } = workflowKit(app);
  // Approval, signature and correction
  const approvalContext = async (m: { id: number; meetingId: number; version: number }, values: Record<string, unknown>) => {
    const h = await heading(m.meetingId);
    const later = await laterMeetings(db, h.meeting);
    const chosen = values.approvedAtMeetingId ?? later[0]?.id;
    return {
      title: 'Record approval of the minutes',
      caption: h.caption,
      intro: `Record that a later meeting approved version ${m.version} of these minutes as a correct record, under its "minutes of the last meeting" item. After this the minutes cannot be edited: changes need a correction.`,
      breadcrumbs: crumbs(m.meetingId, 'Approval'),
      action: `/officer/minutes/${m.id}/approve`,
      back: `/officer/meetings/${m.meetingId}/minutes`,
      values: { approvalNote: 'Resolved that the minutes of the last meeting be approved as a correct record and signed by the chair.', ...values },
      fields: [
        {
          type: 'select',
          name: 'approvedAtMeetingId',
          label: 'Meeting that approved the minutes',
          items: [
            { value: '', text: 'Select a meeting' },
            ...later.map((l) => ({ value: String(l.id), text: formatDayDate(l.startAt), selected: String(l.id) === String(chosen ?? '') })),
          ],
        },
        {
          type: 'textarea',
          name: 'approvalNote',
          label: 'Resolution and vote',
          hint: 'For example, approved as a correct record, proposed by Cllr Brook, seconded by Cllr Hale, agreed unanimously',
          rows: 3,
        },
      ],
      submitText: 'Record approval',
    };
  };
  app.get('/officer/minutes/:id/approve', { preHandler: edit }, async (request, reply) => {
    const m = await minutesOf(request);
    if (m.status !== 'draft') return refuse(reply, m.meetingId, 'These minutes have already been approved.');
    return form(reply, await approvalContext(m, {}));
  });
  app.post('/officer/minutes/:id/approve', editForm, async (request, reply) => {
    const m = await minutesOf(request);
    return after(
      reply,
      await approveMinutes(db, actorOf(request), m.id, body(request)),
      () => approvalContext(m, body(request)),
      `/officer/meetings/${m.meetingId}/minutes?saved=1`,
    );
  });
  const signingContext = async (m: { id: number; meetingId: number }, values: Record<string, unknown>) => {
    const h = await heading(m.meetingId);
    const chair = (await currentMembers(db, h.meeting.organisationId, toLondonDate(new Date()))).find((x) => x.role === 'chair');
    return {
      title: "Record the chair's signature",
      caption: h.caption,
      breadcrumbs: crumbs(m.meetingId, 'Signature'),
      action: `/officer/minutes/${m.id}/sign`,
      back: `/officer/meetings/${m.meetingId}/minutes`,
      values: { signedBy: chair?.printedName, ...values },
      fields: [
        { type: 'input', name: 'signedBy', label: 'Signed by (the chair)' },
        {
          type: 'date',
          name: 'signedOn',
          errorField: 'signedOn-day',
          label: 'Date signed',
          hint: 'For example, 27 3 2027',
          parts: dateParts(joinDateParts(values, 'signedOn') ?? toLondonDate(new Date())),
        },
      ],
      submitText: 'Record signature',
    };
  };
  app.get('/officer/minutes/:id/sign', { preHandler: edit }, async (request, reply) => {
    const m = await minutesOf(request);
    if (m.status !== 'approved')
      return refuse(reply, m.meetingId, m.status === 'draft' ? 'Draft minutes cannot be signed. Record their approval first.' : 'These minutes have already been signed.');
    return form(reply, await signingContext(m, {}));
  });
  app.post('/officer/minutes/:id/sign', editForm, async (request, reply) => {
    const m = await minutesOf(request);
    const b = body(request);
    const r = await signMinutes(db, actorOf(request), m.id, { ...b, signedOn: joinDateParts(b, 'signedOn') });
    if (!r.ok) return form(reply, await signingContext(m, b), r.errors.map(dateError('signedOn')));
    return reply.redirect(`/officer/meetings/${m.meetingId}/minutes?saved=1`, 303);
  });
  const correctionContext = async (m: { id: number; meetingId: number; version: number }, values: Record<string, unknown>) => {
    const h = await heading(m.meetingId);
    return {
      title: 'Make a correction to approved minutes',
      caption: h.caption,
      intro: `Approved minutes are never changed. A correction creates version ${m.version + 1} as a draft copy for you to correct and approve; version ${m.version} stays published with the reason for the correction.`,
      breadcrumbs: crumbs(m.meetingId, 'Correction'),
      action: `/officer/minutes/${m.id}/correct`,
      back: `/officer/meetings/${m.meetingId}/minutes`,
      values,
      fields: [{ type: 'textarea', name: 'correctionReason', label: 'Reason for the correction', hint: 'This is published with both versions', rows: 3 }],
      submitText: 'Create the corrected version',
    };
  };
  app.get('/officer/minutes/:id/correct', { preHandler: edit }, async (request, reply) => {
    const m = await minutesOf(request);
    if (m.status === 'draft') return reply.redirect(`/officer/meetings/${m.meetingId}/minutes`, 303);
    return form(reply, await correctionContext(m, {}));
  });
  app.post('/officer/minutes/:id/correct', editForm, async (request, reply) => {
    const m = await minutesOf(request);
    return after(
      reply,
      await correctMinutes(db, actorOf(request), m.id, body(request)),
      () => correctionContext(m, body(request)),
      `/officer/meetings/${m.meetingId}/minutes?saved=1`,
    );
  });
}
