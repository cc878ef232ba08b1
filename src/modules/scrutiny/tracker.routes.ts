import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import { formatDate, toLondonDate } from '../../lib/dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, dateField, formBody, idOf } from '../../web/route-helpers.ts';
import { can } from '../accounts/index.ts';
import { findOrganisation, findOrganisationBySlug, listOrganisations } from '../organisations/index.ts';
import { findMeeting } from '../meetings/index.ts';
import { publishRecords } from '../visibility/index.ts';
import { addTrackerOutcome } from './commands/add-tracker-outcome.ts';
import { recordTrackerProgress } from './commands/record-tracker-progress.ts';
import { addTrackerToAgenda } from './commands/add-tracker-to-agenda.ts';
import { importTrackerOutcomes } from './commands/import-tracker-outcomes.ts';
import { trackerToCsv } from './tracker-csv.ts';
import { allCommitteeOutcomes, committeeMinuteItems, findTrackerOutcome, meetingsOf, previousMeetingDate, trackerRows } from './tracker.repo.ts';

const T = 'modules/scrutiny/views/';
const FORM = 'web/views/form.njk';
const slugParam = z.object({ slug: z.string().min(1).max(200) });

/** Reads a multipart form's one file as text (null when no file was chosen). */
async function readCsvUpload(request: FastifyRequest): Promise<string | null> {
  let text: string | null = null;
  for await (const part of request.parts()) {
    if (part.type !== 'file') continue;
    const bytes = await part.toBuffer();
    if (part.filename && bytes.length) text = bytes.toString('utf8');
  }
  return text;
}

/** Outcome trackers: the public tracker of each committee and of each meeting, and the officer screens that keep them. */
export async function trackerRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('scrutiny:manage');
  const editForm = { preHandler: [edit, app.csrfProtection] };
  const today = () => toLondonDate(new Date());
  const meetingOr404 = async (request: Parameters<typeof idOf>[0]) => {
    const row = await findMeeting(db, idOf(request, 'Meeting'));
    if (!row) throw notFound('Meeting');
    return { id: row.meeting.id, organisationId: row.meeting.organisationId, startAt: row.meeting.startAt, organisationName: row.organisation.name };
  };

  app.get('/committees/:slug/outcome-tracker', async (request, reply) => {
    const p = slugParam.safeParse(request.params);
    const org = p.success ? await findOrganisationBySlug(db, p.data.slug) : undefined;
    if (!org) throw notFound('Committee');
    return reply.render(`${T}outcome-tracker.njk`, {
      title: `${org.name}: outcome tracker`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Committees', href: '/committees' }, { text: org.name, href: `/committees/${org.slug}` }, { text: 'Outcome tracker' }],
      committee: org,
      rows: await trackerRows(db, request.viewer, { organisationId: org.id, asOf: today() }),
    });
  });

  app.get('/meetings/:id/outcome-tracker', async (request, reply) => {
    const meeting = await meetingOr404(request);
    const date = toLondonDate(meeting.startAt);
    const previous = await previousMeetingDate(db, meeting.organisationId, date);
    return reply.render(`${T}meeting-tracker.njk`, {
      title: `${meeting.organisationName}, ${formatDate(date)}: outcome tracker`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Meetings', href: '/meetings' },
        { text: `${meeting.organisationName}, ${formatDate(date)}`, href: `/meetings/${meeting.id}` },
        { text: 'Outcome tracker' },
      ],
      meeting,
      meetingDate: date,
      previous,
      rows: await trackerRows(db, request.viewer, { organisationId: meeting.organisationId, meetingDate: date }),
    });
  });

  // Officer screens: the scrutiny manager (or democratic services) keeps the trackers.
  app.get('/officer/organisations/:id/outcome-tracker', { preHandler: view }, async (request, reply) => {
    const org = await findOrganisation(db, idOf(request, 'Committee'));
    if (!org) throw notFound('Committee');
    const asOf = today();
    const q = request.query as { saved?: string; changed?: string };
    return reply.render(`${T}officer-tracker.njk`, {
      title: `${org.name}: outcome tracker`,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Scrutiny', href: '/officer/scrutiny' }, { text: 'Outcome tracker' }],
      org,
      rows: await allCommitteeOutcomes(db, request.viewer, org.id, asOf),
      meetings: (await meetingsOf(db, [org.id])).filter((m) => toLondonDate(m.startAt) >= asOf && (m.status === 'scheduled' || m.status === 'agenda-published')),
      canEdit: can(request.user, 'scrutiny:manage'),
      flash:
        q.saved === 'added'
          ? 'The outcome has been added as a draft'
          : q.saved === 'progress'
            ? 'The action has been recorded'
            : q.saved === 'published'
              ? 'The outcome has been published'
              : q.saved === 'agenda'
                ? 'The outcome tracker has been added to the draft agenda'
                : q.saved === 'import'
                  ? `The file has been uploaded: ${Number(q.changed) || 0} ${Number(q.changed) === 1 ? 'outcome' : 'outcomes'} changed`
                  : undefined,
    });
  });

  app.get('/officer/organisations/:id/outcome-tracker.csv', { preHandler: view }, async (request, reply) => {
    const org = await findOrganisation(db, idOf(request, 'Committee'));
    if (!org) throw notFound('Committee');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${org.slug}-outcome-tracker.csv"`)
      .send(trackerToCsv(await allCommitteeOutcomes(db, request.viewer, org.id, today())));
  });

  const importContext = (org: { id: number; name: string }, errors: FieldError[] = []) => ({
    title: 'Upload a CSV file of the outcome tracker',
    breadcrumbs: [
      { text: 'Officer area', href: '/officer' },
      { text: 'Scrutiny', href: '/officer/scrutiny' },
      { text: 'Outcome tracker', href: `/officer/organisations/${org.id}/outcome-tracker` },
      { text: 'Upload' },
    ],
    org,
    errors: errors.map((e) => ({ ...e, field: 'file' })),
  });
  app.get('/officer/organisations/:id/outcome-tracker/import', { preHandler: edit }, async (request, reply) => {
    const org = await findOrganisation(db, idOf(request, 'Committee'));
    if (!org) throw notFound('Committee');
    return reply.render(`${T}import-tracker.njk`, importContext(org));
  });
  app.post('/officer/organisations/:id/outcome-tracker/import', editForm, async (request, reply) => {
    const org = await findOrganisation(db, idOf(request, 'Committee'));
    if (!org) throw notFound('Committee');
    const text = await readCsvUpload(request);
    if (text === null) return reply.code(400).render(`${T}import-tracker.njk`, importContext(org, [{ field: 'file', message: 'Select a CSV file' }]));
    const r = await db.transaction((trx) => importTrackerOutcomes(trx, actorOf(request), request.viewer, org.id, text));
    if (!r.ok) return reply.code(400).render(`${T}import-tracker.njk`, importContext(org, r.errors));
    return reply.redirect(`/officer/organisations/${org.id}/outcome-tracker?saved=import&changed=${r.value.changed}`, 303);
  });

  const outcomeForm = async (orgId: number, values: Record<string, unknown>) => {
    const org = await findOrganisation(db, orgId);
    if (!org) throw notFound('Committee');
    const items = await committeeMinuteItems(db, org.id);
    return {
      title: 'Add an agreed outcome',
      caption: org.name,
      intro: items.length
        ? 'Add an outcome the committee agreed in one of its minutes. It stays a draft until you publish it.'
        : 'This committee has no minutes yet: outcomes come from the minutes of its meetings.',
      breadcrumbs: [
        { text: 'Officer area', href: '/officer' },
        { text: 'Scrutiny', href: '/officer/scrutiny' },
        { text: 'Outcome tracker', href: `/officer/organisations/${org.id}/outcome-tracker` },
        { text: 'Add' },
      ],
      action: `/officer/organisations/${org.id}/outcome-tracker`,
      back: `/officer/organisations/${org.id}/outcome-tracker`,
      values,
      submitText: 'Add to the tracker',
      fields: [
        {
          type: 'select',
          name: 'minuteItemId',
          label: 'Minute',
          hint: 'The minute that agreed the outcome',
          items: [
            { value: '', text: 'Select a minute' },
            ...items.map((m) => ({
              value: String(m.id),
              text: `${formatDate(toLondonDate(m.startAt))}, minute ${m.number}: ${m.title}`,
              selected: String(values.minuteItemId ?? '') === String(m.id),
            })),
          ],
        },
        { type: 'textarea', name: 'outcome', label: 'Agreed outcome', rows: 3 },
        { type: 'input', name: 'owner', label: 'Action owner', hint: 'A person, post or team' },
        { type: 'input', name: 'link', label: 'Link to plan (optional)', hint: 'The plan priority or programme it serves, for example “Priority 2: safer roads”' },
      ],
    };
  };

  app.get('/officer/organisations/:id/outcome-tracker/new', { preHandler: edit }, async (request, reply) => reply.render(FORM, await outcomeForm(idOf(request, 'Committee'), {})));
  app.post('/officer/organisations/:id/outcome-tracker', editForm, async (request, reply) => {
    const orgId = idOf(request, 'Committee');
    if (!(await findOrganisation(db, orgId))) throw notFound('Committee');
    const r = await db.transaction((trx) => addTrackerOutcome(trx, actorOf(request), orgId, formBody(request)));
    if (!r.ok) return reply.code(400).render(FORM, { ...(await outcomeForm(orgId, formBody(request))), errors: r.errors });
    return reply.redirect(`/officer/organisations/${orgId}/outcome-tracker?saved=added`, 303);
  });

  const progressForm = (o: NonNullable<Awaited<ReturnType<typeof findTrackerOutcome>>>, values: Record<string, unknown>, errors: FieldError[] = []) => ({
    title: 'Record an action',
    caption: o.item,
    intro: o.outcome ?? undefined,
    breadcrumbs: [
      { text: 'Officer area', href: '/officer' },
      { text: 'Outcome tracker', href: `/officer/organisations/${o.organisationId}/outcome-tracker` },
      { text: 'Record an action' },
    ],
    action: `/officer/tracker-outcomes/${o.id}/progress`,
    back: `/officer/organisations/${o.organisationId}/outcome-tracker`,
    values,
    errors: errors.map(dateField('actionOn')),
    submitText: 'Record the action',
    fields: [
      { type: 'textarea', name: 'progress', label: 'Action taken', rows: 3 },
      {
        type: 'date',
        name: 'actionOn',
        errorField: 'actionOn-day',
        label: 'Date of the action',
        hint: 'For example, 27 3 2027',
        parts: dateParts(joinDateParts(values, 'actionOn')),
      },
      {
        type: 'radios',
        name: 'completed',
        label: 'Is the outcome completed?',
        items: [
          { value: 'no', text: 'No, it is on-going', checked: values.completed === 'no' },
          { value: 'yes', text: 'Yes, it is completed', checked: values.completed === 'yes' },
        ],
      },
    ],
  });

  const outcomeOr404 = async (request: Parameters<typeof idOf>[0]) => {
    const o = await findTrackerOutcome(db, request.viewer, idOf(request, 'Outcome'));
    if (!o || o.organisationId === null) throw notFound('Outcome');
    return o;
  };

  app.get('/officer/tracker-outcomes/:id/progress', { preHandler: edit }, async (request, reply) => reply.render(FORM, progressForm(await outcomeOr404(request), {})));
  app.post('/officer/tracker-outcomes/:id/progress', editForm, async (request, reply: FastifyReply) => {
    const o = await outcomeOr404(request);
    const b = formBody(request);
    const r = await db.transaction((trx) => recordTrackerProgress(trx, actorOf(request), o.id, { ...b, actionOn: joinDateParts(b, 'actionOn') }));
    if (!r.ok) return reply.code(400).render(FORM, progressForm(o, b, r.errors));
    return reply.redirect(`/officer/organisations/${o.organisationId}/outcome-tracker?saved=progress`, 303);
  });

  app.post('/officer/tracker-outcomes/:id/publish', editForm, async (request, reply) => {
    const o = await outcomeOr404(request);
    await db.transaction((trx) => publishRecords(trx, actorOf(request), 'tracker_outcome', [o.id]));
    return reply.redirect(`/officer/organisations/${o.organisationId}/outcome-tracker?saved=published`, 303);
  });

  app.post('/officer/meetings/:id/outcome-tracker', editForm, async (request, reply) => {
    const meeting = await meetingOr404(request);
    const r = await db.transaction((trx) => addTrackerToAgenda(trx, actorOf(request), meeting.id));
    if (!r.ok) {
      const org = await findOrganisation(db, meeting.organisationId);
      return reply.code(400).render(`${T}officer-tracker.njk`, {
        title: `${org!.name}: outcome tracker`,
        breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Scrutiny', href: '/officer/scrutiny' }, { text: 'Outcome tracker' }],
        org,
        rows: await allCommitteeOutcomes(db, request.viewer, meeting.organisationId, today()),
        meetings: [],
        canEdit: true,
        errors: r.errors.map((e) => ({ ...e, field: 'meetings' })),
      });
    }
    return reply.redirect(`/officer/organisations/${meeting.organisationId}/outcome-tracker?saved=agenda`, 303);
  });

  app.get('/officer/scrutiny', { preHandler: view }, async (_request, reply) =>
    reply.render(`${T}officer-scrutiny.njk`, {
      title: 'Scrutiny',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Scrutiny' }],
      committees: (await listOrganisations(db)).filter((o) => !o.deletedAt),
    }),
  );
}
