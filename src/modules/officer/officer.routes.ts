import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../db/audit.ts';
import { notFound } from '../../lib/errors.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import { toLondonLocal } from '../../lib/dates.ts';
import type { FieldError, Result } from '../../lib/result.ts';
import { organisationKinds } from '../organisations/organisations.table.ts';
import { membershipRoles, personKinds } from '../people/people.table.ts';
import { meetingStatuses } from '../meetings/meetings.table.ts';
import { documentKinds } from '../documents/documents.table.ts';
import { createOrganisation, findOrganisation, listMembers, listOrganisations, updateOrganisation } from '../organisations/index.ts';
import { organisationKindLabel } from '../organisations/organisations.presenter.ts';
import { createMembership, createPerson, findPerson, listPeople, updatePerson } from '../people/index.ts';
import {
  createAgendaItem,
  createMeeting,
  findAgendaItem,
  findMeeting,
  listAgendaItems,
  listLocations,
  listMeetingDocuments,
  listMeetings,
  presentMeeting,
  updateAgendaItem,
  updateMeeting,
} from '../meetings/index.ts';
import { meetingStatus } from '../meetings/meetings.presenter.ts';
import { uploadDocument } from '../documents/index.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { desc } from 'drizzle-orm';
import { meetingPanels } from './meeting-panels.ts';

const idParam = z.object({ id: z.coerce.number().int().positive().max(2147483647) });
const T = 'modules/officer/views/';

function actorOf(request: FastifyRequest): Actor {
  const u = request.user!;
  return { userId: u.id, label: u.email, role: u.role };
}

function idOf(request: FastifyRequest, what: string): number {
  const p = idParam.safeParse(request.params);
  if (!p.success) throw notFound(what);
  return p.data.id;
}

const body = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;

/** Sends the form again with the GOV.UK error summary, status 400, nothing saved. */
function invalidForm(reply: FastifyReply, template: string, context: Record<string, unknown>, errors: FieldError[]) {
  return reply.code(400).render(template, { ...context, errors });
}

const options = (list: readonly string[], label: (v: string) => string, selected?: unknown) =>
  list.map((v) => ({ value: v, text: label(v), selected: v === selected }));

const sentence = (s: string) => (s.charAt(0).toUpperCase() + s.slice(1)).replace(/-/g, ' ');

/** The officer area: signed-in staff maintain organisations, people, memberships, meetings, agendas and documents. */
export async function officerRoutes(app: FastifyInstance): Promise<void> {
  const { db, storage } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');
  const upload = app.requireCan('documents:upload');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  app.get('/officer', { preHandler: view }, async (request, reply) => {
    const upcoming = await listMeetings(db, { from: new Date(), limit: 10 });
    const recentAudit = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(8);
    return reply.render(`${T}dashboard.njk`, {
      title: 'Officer area',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Officer area' }],
      upcoming: upcoming.map((r) => presentMeeting(r.meeting, r.organisation, r.location)),
      recentAudit: request.user!.role === 'admin' || request.user!.role === 'democratic-services' ? recentAudit : [],
    });
  });

  // Organisations
  const orgContext = async (values: Record<string, unknown>, id?: number) => ({
    title: id ? 'Edit organisation' : 'Add an organisation',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Organisations', href: '/officer/organisations' }, { text: id ? 'Edit' : 'Add' }],
    action: id ? `/officer/organisations/${id}` : '/officer/organisations',
    values,
    kinds: options(organisationKinds, organisationKindLabel, values.kind),
    parents: [{ value: '', text: 'None' }, ...(await listOrganisations(db)).filter((o) => o.id !== id).map((o) => ({ value: String(o.id), text: o.name, selected: String(o.id) === String(values.parentId ?? '') }))],
  });

  app.get('/officer/organisations', { preHandler: view }, async (_request, reply) =>
    reply.render(`${T}organisations.njk`, {
      title: 'Organisations',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Organisations' }],
      organisations: (await listOrganisations(db)).map((o) => ({ ...o, kindLabel: organisationKindLabel(o.kind) })),
    }),
  );
  app.get('/officer/organisations/new', { preHandler: edit }, async (_request, reply) => reply.render(`${T}organisation-form.njk`, await orgContext({})));
  app.post('/officer/organisations', editForm, async (request, reply) => {
    const r = await createOrganisation(db, actorOf(request), body(request));
    if (!r.ok) return invalidForm(reply, `${T}organisation-form.njk`, await orgContext(body(request)), r.errors);
    return reply.redirect(`/committees/${r.value.slug}`, 303);
  });
  app.get('/officer/organisations/:id/edit', { preHandler: edit }, async (request, reply) => {
    const org = await findOrganisation(db, idOf(request, 'Organisation'));
    if (!org) throw notFound('Organisation');
    const values = { ...org, publicQuestionRule: org.rules.publicQuestions ?? '' };
    return reply.render(`${T}organisation-form.njk`, { ...(await orgContext(values, org.id)), members: await listMembers(db, org.id) });
  });
  app.post('/officer/organisations/:id', editForm, async (request, reply) => {
    const id = idOf(request, 'Organisation');
    const r = await updateOrganisation(db, actorOf(request), id, body(request));
    if (!r.ok) return invalidForm(reply, `${T}organisation-form.njk`, await orgContext(body(request), id), r.errors);
    return reply.redirect(`/committees/${r.value.slug}`, 303);
  });

  // People
  const personContext = (values: Record<string, unknown>, id?: number) => ({
    title: id ? 'Edit person' : 'Add a person',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'People', href: '/officer/people' }, { text: id ? 'Edit' : 'Add' }],
    action: id ? `/officer/people/${id}` : '/officer/people',
    values,
    kinds: options(personKinds, sentence, values.kind),
  });
  app.get('/officer/people', { preHandler: view }, async (_request, reply) =>
    reply.render(`${T}people.njk`, {
      title: 'People',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'People' }],
      people: await listPeople(db),
    }),
  );
  app.get('/officer/people/new', { preHandler: edit }, async (_request, reply) => reply.render(`${T}person-form.njk`, personContext({})));
  app.post('/officer/people', editForm, async (request, reply) => {
    const r = await createPerson(db, actorOf(request), body(request));
    if (!r.ok) return invalidForm(reply, `${T}person-form.njk`, personContext(body(request)), r.errors);
    return reply.redirect(`/people/${r.value.slug}`, 303);
  });
  app.get('/officer/people/:id/edit', { preHandler: edit }, async (request, reply) => {
    const p = await findPerson(db, idOf(request, 'Person'));
    if (!p) throw notFound('Person');
    return reply.render(`${T}person-form.njk`, personContext(p as unknown as Record<string, unknown>, p.id));
  });
  app.post('/officer/people/:id', editForm, async (request, reply) => {
    const id = idOf(request, 'Person');
    const r = await updatePerson(db, actorOf(request), id, body(request));
    if (!r.ok) return invalidForm(reply, `${T}person-form.njk`, personContext(body(request), id), r.errors);
    return reply.redirect(`/people/${r.value.slug}`, 303);
  });

  // Memberships
  const membershipContext = async (values: Record<string, unknown>) => ({
    title: 'Add a member to a committee',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Add a member' }],
    values: { ...values, start: dateParts(joinDateParts(values, 'startDate')) },
    organisations: [{ value: '', text: 'Select a committee' }, ...(await listOrganisations(db)).map((o) => ({ value: String(o.id), text: o.name, selected: String(o.id) === String(values.organisationId ?? '') }))],
    people: [{ value: '', text: 'Select a person' }, ...(await listPeople(db)).map((p) => ({ value: String(p.id), text: p.printedName + (p.jobTitle ? `, ${p.jobTitle}` : ''), selected: String(p.id) === String(values.personId ?? '') }))],
    roles: options(membershipRoles, sentence, values.role ?? 'member'),
  });
  app.get('/officer/memberships/new', { preHandler: edit }, async (request, reply) =>
    reply.render(`${T}membership-form.njk`, await membershipContext({ organisationId: (request.query as { organisation?: string }).organisation, votingRight: 'yes' })),
  );
  app.post('/officer/memberships', editForm, async (request, reply) => {
    const b = body(request);
    const input = { ...b, startDate: joinDateParts(b, 'startDate') };
    const r = await createMembership(db, actorOf(request), input);
    if (!r.ok) return invalidForm(reply, `${T}membership-form.njk`, await membershipContext(b), r.errors.map(dateField('startDate')));
    const org = await findOrganisation(db, Number(b.organisationId));
    return reply.redirect(`/committees/${org?.slug ?? ''}`, 303);
  });

  // Meetings
  const meetingContext = async (values: Record<string, unknown>, id?: number) => {
    const [orgs, locs, people] = await Promise.all([listOrganisations(db), listLocations(db), listPeople(db, 'officer')]);
    return {
      title: id ? 'Edit meeting' : 'Schedule a meeting',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, ...(id ? [{ text: 'Meeting', href: `/officer/meetings/${id}` }] : []), { text: id ? 'Edit' : 'Schedule a meeting' }],
      action: id ? `/officer/meetings/${id}` : '/officer/meetings',
      values: { ...values, dateParts: dateParts(joinDateParts(values, 'date')) },
      organisations: [{ value: '', text: 'Select a committee' }, ...orgs.map((o) => ({ value: String(o.id), text: o.name, selected: String(o.id) === String(values.organisationId ?? '') }))],
      locations: [{ value: '', text: 'To be confirmed' }, ...locs.map((l) => ({ value: String(l.id), text: [l.room, l.description].filter(Boolean).join(', '), selected: String(l.id) === String(values.locationId ?? '') }))],
      contacts: [{ value: '', text: 'None' }, ...people.map((p) => ({ value: String(p.id), text: p.printedName, selected: String(p.id) === String(values.contactPersonId ?? '') }))],
      statuses: options(meetingStatuses, (s) => meetingStatus(s).text, values.status ?? 'scheduled'),
    };
  };
  app.get('/officer/meetings', { preHandler: view }, async (_request, reply) => {
    const rows = await listMeetings(db, { from: new Date(Date.now() - 60 * 86400_000), limit: 100 });
    return reply.render(`${T}meetings.njk`, {
      title: 'Meetings',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meetings' }],
      meetings: rows.map((r) => presentMeeting(r.meeting, r.organisation, r.location)),
    });
  });
  app.get('/officer/meetings/new', { preHandler: edit }, async (request, reply) =>
    reply.render(`${T}meeting-form.njk`, await meetingContext({ organisationId: (request.query as { organisation?: string }).organisation, status: 'scheduled' })),
  );
  app.post('/officer/meetings', editForm, async (request, reply) => {
    const b = body(request);
    const r = await createMeeting(db, actorOf(request), { ...b, date: joinDateParts(b, 'date') });
    if (!r.ok) return invalidForm(reply, `${T}meeting-form.njk`, await meetingContext(b), r.errors.map(dateField('date')));
    return reply.redirect(`/officer/meetings/${r.value.id}`, 303);
  });
  app.get('/officer/meetings/:id', { preHandler: view }, async (request, reply) => {
    const row = await findMeeting(db, idOf(request, 'Meeting'));
    if (!row) throw notFound('Meeting');
    const [items, docs] = await Promise.all([listAgendaItems(db, row.meeting.id), listMeetingDocuments(db, row.meeting.id, true)]);
    const meeting = presentMeeting(row.meeting, row.organisation, row.location);
    const panelData: Record<string, Record<string, unknown>> = {};
    for (const panel of meetingPanels) panelData[panel.key] = await panel.load(db, row.meeting, request.user!);
    return reply.render(`${T}meeting.njk`, {
      panels: meetingPanels.map((p) => p.template),
      panelData,
      title: `Manage meeting: ${meeting.organisationName}`,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meetings', href: '/officer/meetings' }, { text: 'Meeting' }],
      meeting,
      items,
      docs,
      flash: (request.query as { saved?: string }).saved ? 'Your changes have been saved' : undefined,
    });
  });
  app.get('/officer/meetings/:id/edit', { preHandler: edit }, async (request, reply) => {
    const row = await findMeeting(db, idOf(request, 'Meeting'));
    if (!row) throw notFound('Meeting');
    const m = row.meeting;
    const start = toLondonLocal(m.startAt);
    const values = {
      ...m,
      date: start.slice(0, 10),
      startTime: start.slice(11, 16),
      endTime: m.endAt ? toLondonLocal(m.endAt).slice(11, 16) : '',
    };
    return reply.render(`${T}meeting-form.njk`, await meetingContext(values, m.id));
  });
  app.post('/officer/meetings/:id', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const b = body(request);
    const r = await updateMeeting(db, actorOf(request), id, { ...b, date: joinDateParts(b, 'date') });
    if (!r.ok) return invalidForm(reply, `${T}meeting-form.njk`, await meetingContext(b, id), r.errors.map(dateField('date')));
    return reply.redirect(`/officer/meetings/${id}?saved=1`, 303);
  });

  // Agenda items
  const itemContext = (meetingId: number, values: Record<string, unknown>, id?: number) => ({
    title: id ? 'Edit agenda item' : 'Add an agenda item',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meeting', href: `/officer/meetings/${meetingId}` }, { text: id ? 'Edit item' : 'Add item' }],
    action: id ? `/officer/agenda-items/${id}` : `/officer/meetings/${meetingId}/items`,
    values: { ...values, exempt: values.exempt === true || values.exempt === 'yes' || values.isPublic === false ? 'yes' : 'no' },
    paragraphs: [
      { value: '', text: 'Select a paragraph' },
      ...schedule12a.map((t, i) => ({ value: String(i + 1), text: `Paragraph ${i + 1}: ${t}`, selected: String(i + 1) === String(values.exemptParagraph ?? '') })),
    ],
  });
  app.get('/officer/meetings/:id/items/new', { preHandler: edit }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    if (!(await findMeeting(db, id))) throw notFound('Meeting');
    return reply.render(`${T}agenda-item-form.njk`, itemContext(id, {}));
  });
  app.post('/officer/meetings/:id/items', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const r = await createAgendaItem(db, actorOf(request), id, body(request));
    if (!r.ok) return invalidForm(reply, `${T}agenda-item-form.njk`, itemContext(id, body(request)), r.errors);
    return reply.redirect(`/officer/meetings/${id}?saved=1`, 303);
  });
  app.get('/officer/agenda-items/:id/edit', { preHandler: edit }, async (request, reply) => {
    const item = await findAgendaItem(db, idOf(request, 'Agenda item'));
    if (!item) throw notFound('Agenda item');
    return reply.render(`${T}agenda-item-form.njk`, itemContext(item.meetingId, item as unknown as Record<string, unknown>, item.id));
  });
  app.post('/officer/agenda-items/:id', editForm, async (request, reply) => {
    const id = idOf(request, 'Agenda item');
    const r: Result<{ id: number; meetingId: number }> = await updateAgendaItem(db, actorOf(request), id, body(request));
    if (!r.ok) {
      const item = await findAgendaItem(db, id);
      return invalidForm(reply, `${T}agenda-item-form.njk`, itemContext(item?.meetingId ?? 0, body(request), id), r.errors);
    }
    return reply.redirect(`/officer/meetings/${r.value.meetingId}?saved=1`, 303);
  });

  // Documents (multipart: the CSRF token travels in the query string)
  const documentContext = async (meetingId: number, values: Record<string, unknown>, csrfToken?: string) => ({
    title: 'Upload a document',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meeting', href: `/officer/meetings/${meetingId}` }, { text: 'Upload a document' }],
    meetingId,
    csrfQuery: csrfToken,
    values: { ...values, exempt: values.exempt === 'yes' ? 'yes' : 'no' },
    items: [{ value: '', text: 'The whole meeting' }, ...(await listAgendaItems(db, meetingId)).map((i) => ({ value: String(i.id), text: `${i.number ?? ''} ${i.title}`.trim(), selected: String(i.id) === String(values.agendaItemId ?? '') }))],
    kinds: options(documentKinds, sentence, values.kind ?? 'report'),
    paragraphs: [{ value: '', text: 'Select a paragraph' }, ...schedule12a.map((t, i) => ({ value: String(i + 1), text: `Paragraph ${i + 1}: ${t}`, selected: String(i + 1) === String(values.exemptParagraph ?? '') }))],
  });
  app.get('/officer/meetings/:id/documents/new', { preHandler: upload }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    if (!(await findMeeting(db, id))) throw notFound('Meeting');
    return reply.render(`${T}document-form.njk`, await documentContext(id, { agendaItemId: (request.query as { item?: string }).item }));
  });
  app.post('/officer/meetings/:id/documents', { preHandler: [upload, app.csrfProtection] }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const fields: Record<string, unknown> = {};
    let file: { fileName: string; bytes: Buffer } | null = null;
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.filename) file = { fileName: part.filename, bytes };
      } else {
        fields[part.fieldname] = part.value;
      }
    }
    const r = await uploadDocument(db, storage, actorOf(request), { ...fields, meetingId: id }, file);
    if (!r.ok) return invalidForm(reply, `${T}document-form.njk`, await documentContext(id, fields), r.errors);
    return reply.redirect(`/officer/meetings/${id}?saved=1`, 303);
  });
}

/** Points a date error at the day field of a GOV.UK date input, where the error summary link lands. */
const dateField = (name: string) => (e: FieldError) => (e.field === name ? { ...e, field: `${name}-day` } : e);

/** Short descriptions of the exempt-information categories in Schedule 12A to the Local Government Act 1972. */
export const schedule12a = [
  'information relating to any individual',
  'information likely to reveal the identity of an individual',
  'financial or business affairs of any particular person',
  'labour relations consultations or negotiations',
  'legal professional privilege',
  'notices, orders or directions under an enactment',
  'prevention, investigation or prosecution of crime',
] as const;
