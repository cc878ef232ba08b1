import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, asc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { notFound } from '../../lib/errors.ts';
import { formatDate, fromLondonLocal, toLondonDate } from '../../lib/dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { meetings, workProgrammeItems, workProgrammeKinds } from '../../db/schema.ts';
import { actorOf, flashFor, formBody, idOf } from '../../web/route-helpers.ts';
import { can } from '../accounts/index.ts';
import { findOrganisation } from '../organisations/index.ts';
import { publishRecords, visible } from '../visibility/index.ts';
import { addProgrammeItem } from './commands/add-programme-item.ts';
import { addProgrammeItemToAgenda } from './commands/add-programme-item-to-agenda.ts';
import { decideRequest } from './commands/decide-request.ts';
import { requestProgrammeItem } from './commands/request-programme-item.ts';

const T = 'modules/scrutiny/views/';
const FORM = 'web/views/form.njk';

/** Labels of the kinds of work programme item. */
export const kindLabels: Record<(typeof workProgrammeKinds)[number], string> = { report: 'Report', update: 'Update', 'development-session': 'Development session' };

/** The officer screens of scrutiny work programmes: the scrutiny manager's programme, councillors' requests and the answers to them. */
export async function workProgrammeRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('scrutiny:manage');
  const editForm = { preHandler: [edit, app.csrfProtection] };
  // Any councillor may ask for an item; the scrutiny manager and the clerks may too.
  const requester = app.requireCan('work-programme:request');
  const committeeOr404 = async (request: FastifyRequest) => {
    const org = await findOrganisation(db, idOf(request, 'Committee'));
    if (!org) throw notFound('Committee');
    return org;
  };
  const itemOr404 = async (request: FastifyRequest) => {
    const [w] = await db
      .select()
      .from(workProgrammeItems)
      .where(and(eq(workProgrammeItems.id, idOf(request, 'Work programme item')), visible(request.viewer, 'work_programme_item')));
    if (!w || w.organisationId === null) throw notFound('Work programme item');
    return w;
  };
  const futureMeetings = async (organisationId: number) =>
    db
      .select({ id: meetings.id, startAt: meetings.startAt })
      .from(meetings)
      .where(
        and(
          eq(meetings.organisationId, organisationId),
          isNull(meetings.deletedAt),
          inArray(meetings.status, ['scheduled', 'agenda-published']),
          gte(meetings.startAt, fromLondonLocal(`${toLondonDate(new Date())}T00:00`)),
        ),
      )
      .orderBy(asc(meetings.startAt));
  const meetingItems = async (organisationId: number, values: Record<string, unknown>, none: string) => [
    { value: '', text: none },
    ...(await futureMeetings(organisationId)).map((m) => ({ value: String(m.id), text: formatDate(m.startAt), selected: String(values.meetingId ?? '') === String(m.id) })),
  ];
  const kindItems = (values: Record<string, unknown>) => workProgrammeKinds.map((k) => ({ value: k, text: kindLabels[k], checked: values.kind === k }));
  const crumbs = (orgId: number, last: string) => [
    { text: 'Officer area', href: '/officer' },
    { text: 'Scrutiny', href: '/officer/scrutiny' },
    { text: 'Work programme', href: `/officer/organisations/${orgId}/work-programme` },
    { text: last },
  ];

  app.get('/officer/organisations/:id/work-programme', { preHandler: view }, async (request, reply) => {
    const org = await committeeOr404(request);
    const rows = await db
      .select()
      .from(workProgrammeItems)
      .where(and(eq(workProgrammeItems.organisationId, org.id), visible(request.viewer, 'work_programme_item')))
      .orderBy(asc(workProgrammeItems.meetingDate), asc(workProgrammeItems.id));
    const present = (w: (typeof rows)[number]) => ({ ...w, kindLabel: w.kind ? kindLabels[w.kind] : null });
    const accepted = rows.filter((w) => w.requestState === 'accepted').map(present);
    const groups: { date: string | null; items: ReturnType<typeof present>[] }[] = [];
    for (const w of accepted) {
      const last = groups.at(-1);
      if (last && last.date === w.meetingDate) last.items.push(w);
      else groups.push({ date: w.meetingDate, items: [w] });
    }
    const q = request.query as { saved?: string };
    const flashes: Record<string, string> = {
      added: 'The item has been added as a draft',
      requested: 'Your request has been sent to the scrutiny manager',
      accept: 'The request has been accepted',
      decline: 'The request has been declined',
      published: 'The item has been published',
      agenda: 'The item has been added to the meeting’s draft agenda',
    };
    return reply.render(`${T}officer-work-programme.njk`, {
      title: `${org.name}: work programme`,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Scrutiny', href: '/officer/scrutiny' }, { text: 'Work programme' }],
      org,
      groups,
      requests: rows.filter((w) => w.requestState === 'requested').map(present),
      declined: rows.filter((w) => w.requestState === 'declined').map(present),
      canEdit: can(request.user, 'scrutiny:manage'),
      canRequest: can(request.user, 'work-programme:request'),
      flash: flashFor(flashes, q.saved),
    });
  });

  const itemForm = async (orgId: number, orgName: string, values: Record<string, unknown>, errors: FieldError[] = []) => ({
    title: 'Add an item to the work programme',
    caption: orgName,
    intro: 'The item stays a draft until you publish it.',
    breadcrumbs: crumbs(orgId, 'Add an item'),
    action: `/officer/organisations/${orgId}/work-programme`,
    back: `/officer/organisations/${orgId}/work-programme`,
    values,
    errors,
    submitText: 'Add the item',
    fields: [
      { type: 'input', name: 'item', label: 'Title' },
      { type: 'radios', name: 'kind', label: 'Kind of item', items: kindItems(values) },
      {
        type: 'select',
        name: 'meetingId',
        label: 'Meeting',
        hint: 'Leave as “Not yet planned” if the date is not known',
        items: await meetingItems(orgId, values, 'Not yet planned'),
      },
      { type: 'input', name: 'leadMember', label: 'Lead member (optional)', hint: 'For example, the Cabinet Member who will present it' },
      { type: 'input', name: 'leadOfficer', label: 'Lead officer (optional)' },
      { type: 'input', name: 'planLink', label: 'Link to plan (optional)', hint: 'The plan priority it serves' },
    ],
  });

  app.get('/officer/organisations/:id/work-programme/new', { preHandler: edit }, async (request, reply) => {
    const org = await committeeOr404(request);
    return reply.render(FORM, await itemForm(org.id, org.name, {}));
  });
  app.post('/officer/organisations/:id/work-programme', editForm, async (request, reply) => {
    const org = await committeeOr404(request);
    const r = await db.transaction((trx) => addProgrammeItem(trx, actorOf(request), org.id, formBody(request)));
    if (!r.ok) return reply.code(400).render(FORM, await itemForm(org.id, org.name, formBody(request), r.errors));
    return reply.redirect(`/officer/organisations/${org.id}/work-programme?saved=added`, 303);
  });

  const requestForm = async (orgId: number, orgName: string, values: Record<string, unknown>, errors: FieldError[] = []) => ({
    title: 'Request an item for the work programme',
    caption: orgName,
    intro: 'The scrutiny manager will accept or decline your request, and say why if it is declined.',
    breadcrumbs: crumbs(orgId, 'Request an item'),
    action: `/officer/organisations/${orgId}/work-programme/requests`,
    back: `/officer/organisations/${orgId}/work-programme`,
    values,
    errors,
    submitText: 'Send the request',
    fields: [
      { type: 'input', name: 'item', label: 'What should the committee look at?' },
      { type: 'radios', name: 'kind', label: 'Kind of item', items: kindItems(values) },
      { type: 'select', name: 'meetingId', label: 'Preferred meeting (optional)', items: await meetingItems(orgId, values, 'No preference') },
      { type: 'textarea', name: 'requestReason', label: 'Why should the committee look at it?', rows: 4 },
    ],
  });

  app.get('/officer/organisations/:id/work-programme/requests/new', { preHandler: requester }, async (request, reply) => {
    const org = await committeeOr404(request);
    return reply.render(FORM, await requestForm(org.id, org.name, {}));
  });
  app.post('/officer/organisations/:id/work-programme/requests', { preHandler: [requester, app.csrfProtection] }, async (request, reply) => {
    const org = await committeeOr404(request);
    const actor = actorOf(request);
    const r = await db.transaction((trx) => requestProgrammeItem(trx, actor, org.id, formBody(request), actor.displayName));
    if (!r.ok) return reply.code(400).render(FORM, await requestForm(org.id, org.name, formBody(request), r.errors));
    return reply.redirect(`/officer/organisations/${org.id}/work-programme?saved=requested`, 303);
  });

  const decisionForm = async (w: typeof workProgrammeItems.$inferSelect, values: Record<string, unknown>, errors: FieldError[] = []) => ({
    title: 'Answer the request',
    caption: w.item,
    summary: [
      { key: { text: 'Requested by' }, value: { text: w.requestedBy ?? '–' } },
      { key: { text: 'Kind' }, value: { text: w.kind ? kindLabels[w.kind] : '–' } },
      { key: { text: 'Preferred meeting' }, value: { text: w.meetingDate ? formatDate(w.meetingDate) : 'No preference' } },
      { key: { text: 'Reason' }, value: { text: w.requestReason ?? '–' } },
    ],
    breadcrumbs: crumbs(w.organisationId!, 'Answer a request'),
    action: `/officer/work-programme-items/${w.id}/decision`,
    back: `/officer/organisations/${w.organisationId}/work-programme`,
    values,
    errors,
    submitText: 'Save the answer',
    fields: [
      {
        type: 'radios',
        name: 'decision',
        label: 'Accept or decline the request?',
        items: [
          { value: 'accept', text: 'Accept it onto the work programme', checked: values.decision === 'accept' },
          { value: 'decline', text: 'Decline it', checked: values.decision === 'decline' },
        ],
      },
      {
        type: 'select',
        name: 'meetingId',
        label: 'Meeting, if accepted (optional)',
        items: await meetingItems(w.organisationId!, { meetingId: values.meetingId ?? w.meetingId }, 'Not yet planned'),
      },
      { type: 'input', name: 'leadMember', label: 'Lead member, if accepted (optional)' },
      { type: 'input', name: 'leadOfficer', label: 'Lead officer, if accepted (optional)' },
      { type: 'input', name: 'planLink', label: 'Link to plan, if accepted (optional)' },
      { type: 'textarea', name: 'decisionReason', label: 'Reason, if declined', hint: 'The councillor who asked will see this', rows: 3 },
    ],
  });

  app.get('/officer/work-programme-items/:id/decision', { preHandler: edit }, async (request, reply) => {
    const w = await itemOr404(request);
    if (w.requestState !== 'requested') throw notFound('Request');
    return reply.render(FORM, await decisionForm(w, {}));
  });
  app.post('/officer/work-programme-items/:id/decision', editForm, async (request, reply) => {
    const w = await itemOr404(request);
    const r = await db.transaction((trx) => decideRequest(trx, actorOf(request), w.id, formBody(request)));
    if (!r.ok) return reply.code(400).render(FORM, await decisionForm(w, formBody(request), r.errors));
    return reply.redirect(`/officer/organisations/${w.organisationId}/work-programme?saved=${r.value.decision}`, 303);
  });

  app.post('/officer/work-programme-items/:id/publish', editForm, async (request, reply) => {
    const w = await itemOr404(request);
    if (w.requestState !== 'accepted') throw notFound('Work programme item');
    await db.transaction((trx) => publishRecords(trx, actorOf(request), 'work_programme_item', [w.id]));
    return reply.redirect(`/officer/organisations/${w.organisationId}/work-programme?saved=published`, 303);
  });

  app.post('/officer/work-programme-items/:id/agenda', editForm, async (request, reply) => {
    const w = await itemOr404(request);
    const r = await db.transaction((trx) => addProgrammeItemToAgenda(trx, actorOf(request), w.id));
    if (!r.ok) {
      return reply
        .code(400)
        .render(`${T}refused.njk`, { title: 'The item cannot go on the agenda', message: r.errors[0]?.message, back: `/officer/organisations/${w.organisationId}/work-programme` });
    }
    return reply.redirect(`/officer/organisations/${w.organisationId}/work-programme?saved=agenda`, 303);
  });
}
