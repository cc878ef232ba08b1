import type { FastifyInstance } from 'fastify';
import { notFound, AppError } from '../../lib/errors.ts';
import type { FieldError } from '../../lib/result.ts';
import { formatDateTime } from '../../web/format.ts';
import { hitRateLimit } from '../accounts/index.ts';
import { audit } from '../../db/audit.ts';
import { findMeeting, listAgendaItems, presentMeeting } from '../meetings/index.ts';
import { registerMeetingPanel, registerPublicMeetingSection } from '../meetings/index.ts';
import { publicViewer } from '../visibility/index.ts';
import { publicActor, submitQuestion } from './commands/submit-question.ts';
import { submissionContext } from './participation.repo.ts';
import { takesSubmissions } from './participation.deadline.ts';
import { respondToSubmission } from './commands/respond-to-submission.ts';
import { findSubmission, findSubmissionByReference, publishedSubmissionRows, listSubmissions } from './participation.repo.ts';
import { kindLabels, statusTag } from './participation.presenter.ts';
import { submissionStatuses } from './participation.table.ts';
import { formBody, idOf } from '../../web/route-helpers.ts';

const T = 'modules/participation/views/';
/** Signed cookie carrying the last reference to the confirmation page, so references are not guessable URLs. */
const RECEIPT_COOKIE = 'shirehall_submission';
/** The honeypot field: people never see it; bots that fill every field are refused. */
export const HONEYPOT_FIELD = 'office_use_only';
/** Public submissions allowed per address per hour. */
export const SUBMISSIONS_PER_HOUR = 10;

const body = formBody;

/** Public questions, statements and petitions: the form, the confirmation, and the clerk's list and response form. */
export async function participationRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');

  registerMeetingPanel({
    template: `${T}panel.njk`,
    key: 'participation',
    load: async (ex, meeting) => {
      const rows = await listSubmissions(ex, meeting.id);
      return { total: rows.length, late: rows.filter((r) => r.submission.isLate).length, waiting: rows.filter((r) => r.submission.status === 'received').length };
    },
  });

  registerPublicMeetingSection({
    template: `${T}public-section.njk`,
    key: 'participation',
    select: (meetingId) => ({ submissions: publishedSubmissionRows(meetingId) }),
    present: (data, meeting, _viewer, now) => ({
      open: takesSubmissions(meeting, now),
      submissions: data.submissions.map((r) => ({ ...r, kindLabel: kindLabels[r.kind] })),
    }),
  });

  const formContext = async (meetingId: number, values: Record<string, unknown>, errors?: FieldError[]) => {
    const row = await findMeeting(db, meetingId);
    if (!row) throw notFound('Meeting');
    const ctx = await submissionContext(db, meetingId, new Date());
    const meeting = presentMeeting(row.meeting, row.organisation, row.location);
    // A question is about a public item of the published agenda: what the public can see.
    const items = (await listAgendaItems(db, publicViewer, meetingId)).filter((i) => i.access === 'public');
    return {
      title: 'Ask a question, make a statement or present a petition',
      csrf: true,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: meeting.organisationName, href: `/committees/${meeting.organisationSlug}` },
        { text: 'Meeting', href: `/meetings/${meetingId}` },
        { text: 'Submit a question' },
      ],
      meeting,
      open: ctx.open,
      deadlineAt: ctx.deadline.dueAt,
      deadlinePassed: Date.now() > ctx.deadline.dueAt.getTime() + 60_000,
      rulePhrase: ctx.deadline.phrase,
      honeypot: HONEYPOT_FIELD,
      values,
      errors,
      items: [
        { value: '', text: 'Not about a particular item' },
        ...items.map((i) => ({ value: String(i.id), text: `${i.number ? `${i.number}. ` : ''}${i.title}`, selected: String(i.id) === String(values.agendaItemId ?? '') })),
      ],
    };
  };

  app.get('/meetings/:id/questions/new', async (request, reply) => {
    const context = await formContext(idOf(request, 'Meeting'), { kind: 'question' });
    if (!context.open) return reply.code(410).render(`${T}closed.njk`, context);
    return reply.render(`${T}form.njk`, context);
  });

  app.post('/meetings/:id/questions', { preHandler: app.csrfProtection }, async (request, reply) => {
    const meetingId = idOf(request, 'Meeting');
    if (!(await hitRateLimit(db, `public-submission:${request.ip}`, SUBMISSIONS_PER_HOUR, 3600))) {
      throw new AppError('rate_limited', 'You have sent too many submissions. Wait an hour and try again, or contact democratic services.');
    }
    const b = body(request);
    if (typeof b[HONEYPOT_FIELD] === 'string' && b[HONEYPOT_FIELD].trim() !== '') {
      await audit(db, publicActor, 'submission.refuse-honeypot', 'meeting', meetingId, null, { ip: request.ip });
      return reply.code(400).render('web/views/error.njk', {
        title: 'Your submission could not be accepted',
        heading: 'Your submission could not be accepted',
        paragraphs: ['Contact democratic services by email or telephone to submit your question, statement or petition.'],
      });
    }
    const context = await formContext(meetingId, b);
    if (!context.open) return reply.code(410).render(`${T}closed.njk`, context);
    const r = await submitQuestion(db, meetingId, b);
    if (!r.ok) return reply.code(400).render(`${T}form.njk`, { ...context, errors: r.errors });
    reply.setCookie(RECEIPT_COOKIE, r.value.reference, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, signed: true, maxAge: 3600 });
    return reply.redirect(`/meetings/${meetingId}/questions/confirmation`, 303);
  });

  app.get('/meetings/:id/questions/confirmation', async (request, reply) => {
    const meetingId = idOf(request, 'Meeting');
    const raw = request.cookies[RECEIPT_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : null;
    const submission = unsigned?.valid && unsigned.value ? await findSubmissionByReference(db, unsigned.value) : undefined;
    if (!submission || submission.meetingId !== meetingId) return reply.redirect(`/meetings/${meetingId}`, 303);
    const row = await findMeeting(db, meetingId);
    if (!row) throw notFound('Meeting');
    return reply.render(`${T}confirmation.njk`, {
      title: submission.isLate ? 'Your submission arrived after the deadline' : 'Submission received',
      meeting: presentMeeting(row.meeting, row.organisation, row.location),
      submission: {
        reference: submission.reference,
        kind: kindLabels[submission.kind]!.toLowerCase(),
        isLate: submission.isLate,
        deadline: formatDateTime(submission.deadlineAt),
        received: formatDateTime(submission.receivedAt),
      },
    });
  });

  app.get('/officer/meetings/:id/questions', { preHandler: view }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const row = await findMeeting(db, id);
    if (!row) throw notFound('Meeting');
    const meeting = presentMeeting(row.meeting, row.organisation, row.location);
    const ctx = await submissionContext(db, id, new Date());
    const rows = await listSubmissions(db, id);
    return reply.render(`${T}officer-list.njk`, {
      title: 'Public questions, statements and petitions',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meeting', href: `/officer/meetings/${id}` }, { text: 'Public questions' }],
      meeting,
      deadlineAt: ctx.deadline.dueAt,
      rulePhrase: ctx.deadline.phrase,
      submissions: rows.map((r) => ({ ...r.submission, kindLabel: kindLabels[r.submission.kind], tag: statusTag(r.submission.status), item: r.item })),
      flash: (request.query as { saved?: string }).saved ? 'The response has been saved' : undefined,
    });
  });

  const responseContext = async (id: number, values?: Record<string, unknown>, errors?: FieldError[]) => {
    const s = await findSubmission(db, id);
    if (!s) throw notFound('Submission');
    const v = values ?? { status: s.status, response: s.response, isPublished: s.isPublished ? 'yes' : 'no' };
    return {
      title: `Respond to ${s.reference}`,
      breadcrumbs: [
        { text: 'Officer area', href: '/officer' },
        { text: 'Meeting', href: `/officer/meetings/${s.meetingId}` },
        { text: 'Public questions', href: `/officer/meetings/${s.meetingId}/questions` },
        { text: s.reference },
      ],
      submission: { ...s, kindLabel: kindLabels[s.kind], tag: statusTag(s.status) },
      values: v,
      statuses: submissionStatuses.map((st) => ({ value: st, text: statusTag(st).text, checked: st === v.status })),
      errors,
    };
  };

  app.get('/officer/questions/:id', { preHandler: edit }, async (request, reply) => reply.render(`${T}respond.njk`, await responseContext(idOf(request, 'Submission'))));

  app.post('/officer/questions/:id', { preHandler: [edit, app.csrfProtection] }, async (request, reply) => {
    const id = idOf(request, 'Submission');
    const r = await respondToSubmission(db, { userId: request.user!.id, label: request.user!.email, role: request.user!.role }, id, body(request));
    if (!r.ok) return reply.code(400).render(`${T}respond.njk`, await responseContext(id, body(request), r.errors));
    return reply.redirect(`/officer/meetings/${r.value.meetingId}/questions?saved=1`, 303);
  });
}
