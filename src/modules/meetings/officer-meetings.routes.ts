import type { FastifyInstance } from 'fastify';
import { toLondonLocal } from '../../lib/dates.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import type { Result } from '../../lib/result.ts';
import { actorOf, dateField, formBody, idOf, invalidForm } from '../../web/route-helpers.ts';
import { listOrganisations } from '../organisations/index.ts';
import { listPeople } from '../people/index.ts';
import { accessLabel, publicationLabel, schedule12a, seesEverything } from '../visibility/index.ts';
import { createAgendaItem } from './commands/create-agenda-item.ts';
import { updateAgendaItem } from './commands/update-agenda-item.ts';
import { createMeeting } from './commands/create-meeting.ts';
import { updateMeeting } from './commands/update-meeting.ts';
import { deleteMeeting } from './commands/delete-meeting.ts';
import { meetingPanels } from './meeting-panels.ts';
import { findAgendaItem, findMeeting, listAgendaItems, listLocations, listMeetingDocuments, listMeetings } from './meetings.repo.ts';
import { presentMeeting } from './meetings.presenter.ts';

const T = 'modules/meetings/views/';

/** The paragraph choices of Schedule 12A for a select, with the chosen one selected. */
export const paragraphItems = (selected: unknown) => [
  { value: '', text: 'Select a paragraph' },
  ...schedule12a.map((t, i) => ({ value: String(i + 1), text: `Paragraph ${i + 1}: ${t}`, selected: String(i + 1) === String(selected ?? '') })),
];

/** The officer screens for meetings and their agenda items. */
export async function officerMeetingsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  const meetingContext = async (values: Record<string, unknown>, id?: number) => {
    const [orgs, locs, people] = await Promise.all([listOrganisations(db), listLocations(db), listPeople(db, 'officer')]);
    const status = values.status === 'cancelled' || values.status === 'postponed' ? values.status : 'scheduled';
    return {
      title: id ? 'Edit meeting' : 'Schedule a meeting',
      breadcrumbs: [
        { text: 'Officer area', href: '/officer' },
        ...(id ? [{ text: 'Meeting', href: `/officer/meetings/${id}` }] : []),
        { text: id ? 'Edit' : 'Schedule a meeting' },
      ],
      action: id ? `/officer/meetings/${id}` : '/officer/meetings',
      editing: !!id,
      values: { ...values, dateParts: dateParts(joinDateParts(values, 'date')) },
      organisations: [
        { value: '', text: 'Select a committee' },
        ...orgs.map((o) => ({ value: String(o.id), text: o.name, selected: String(o.id) === String(values.organisationId ?? '') })),
      ],
      locations: [
        { value: '', text: 'To be confirmed' },
        ...locs.map((l) => ({ value: String(l.id), text: [l.room, l.description].filter(Boolean).join(', '), selected: String(l.id) === String(values.locationId ?? '') })),
      ],
      contacts: [
        { value: '', text: 'None' },
        ...people.map((p) => ({ value: String(p.id), text: p.printedName, selected: String(p.id) === String(values.contactPersonId ?? '') })),
      ],
      statuses: [
        { value: 'scheduled', text: 'It is going ahead', checked: status === 'scheduled' },
        { value: 'cancelled', text: 'It is cancelled', checked: status === 'cancelled' },
        { value: 'postponed', text: 'It is postponed', checked: status === 'postponed' },
      ],
    };
  };

  app.get('/officer/meetings', { preHandler: view }, async (_request, reply) => {
    const rows = await listMeetings(db, { from: new Date(Date.now() - 60 * 86400_000), limit: 100 });
    return reply.render(`${T}officer-list.njk`, {
      title: 'Meetings',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meetings' }],
      meetings: rows.map((r) => presentMeeting(r.meeting, r.organisation, r.location)),
    });
  });
  app.get('/officer/meetings/new', { preHandler: edit }, async (request, reply) =>
    reply.render(`${T}officer-form.njk`, await meetingContext({ organisationId: (request.query as { organisation?: string }).organisation })),
  );
  app.post('/officer/meetings', editForm, async (request, reply) => {
    const b = formBody(request);
    const r = await createMeeting(db, actorOf(request), { ...b, date: joinDateParts(b, 'date') });
    if (!r.ok) return invalidForm(reply, `${T}officer-form.njk`, await meetingContext(b), r.errors.map(dateField('date')));
    return reply.redirect(`/officer/meetings/${r.value.id}`, 303);
  });

  app.get('/officer/meetings/:id', { preHandler: view }, async (request, reply) => {
    const row = await findMeeting(db, idOf(request, 'Meeting'));
    if (!row) throw notFound('Meeting');
    const v = request.viewer;
    const [items, docs] = await Promise.all([listAgendaItems(db, v, row.meeting.id), listMeetingDocuments(db, v, row.meeting.id)]);
    const meeting = presentMeeting(row.meeting, row.organisation, row.location);
    const panelData: Record<string, Record<string, unknown>> = {};
    for (const panel of meetingPanels) panelData[panel.key] = await panel.load(db, row.meeting, v);
    const itemTitle = new Map(items.map((i) => [i.id, `${i.number ? `${i.number} ` : ''}${i.title}`]));
    const clerk = seesEverything(v);
    return reply.render(`${T}officer-meeting.njk`, {
      panels: meetingPanels.map((p) => p.template),
      panelData,
      title: `Manage meeting: ${meeting.organisationName}`,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meetings', href: '/officer/meetings' }, { text: 'Meeting' }],
      meeting,
      clerk,
      agendaPublished: !!row.meeting.agendaPublishedAt,
      items: items.map((i) => ({ ...i, accessText: accessLabel(i), publicationTag: publicationLabel(i.publication) })),
      docs: docs.map((d) => ({
        ...d,
        itemTitle: d.agendaItemId ? (itemTitle.get(d.agendaItemId) ?? '') : 'The whole meeting',
        accessText: accessLabel(d) + (d.accessInherited && d.agendaItemId ? ' (as its item)' : ''),
        publicationTag: publicationLabel(d.publication),
      })),
      flash: (request.query as { saved?: string }).saved ? 'Your changes have been saved' : undefined,
    });
  });
  app.get('/officer/meetings/:id/edit', { preHandler: edit }, async (request, reply) => {
    const row = await findMeeting(db, idOf(request, 'Meeting'));
    if (!row) throw notFound('Meeting');
    const m = row.meeting;
    const start = toLondonLocal(m.startAt);
    const values = { ...m, date: start.slice(0, 10), startTime: start.slice(11, 16), endTime: m.endAt ? toLondonLocal(m.endAt).slice(11, 16) : '' };
    return reply.render(`${T}officer-form.njk`, await meetingContext(values, m.id));
  });
  app.post('/officer/meetings/:id', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const b = formBody(request);
    const r = await updateMeeting(db, actorOf(request), id, { ...b, date: joinDateParts(b, 'date') });
    if (!r.ok) return invalidForm(reply, `${T}officer-form.njk`, await meetingContext(b, id), r.errors.map(dateField('date')));
    return reply.redirect(`/officer/meetings/${id}?saved=1`, 303);
  });

  // Deleting a meeting created in error: a confirmation, then a soft delete (refused for a legal record).
  const deleteContext = async (id: number) => {
    const row = await findMeeting(db, id);
    if (!row) throw notFound('Meeting');
    return {
      title: 'Delete this meeting?',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meeting', href: `/officer/meetings/${id}` }, { text: 'Delete' }],
      meeting: presentMeeting(row.meeting, row.organisation, row.location),
    };
  };
  app.get('/officer/meetings/:id/delete', { preHandler: edit }, async (request, reply) => reply.render(`${T}delete-meeting.njk`, await deleteContext(idOf(request, 'Meeting'))));
  app.post('/officer/meetings/:id/delete', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const context = await deleteContext(id);
    try {
      await deleteMeeting(db, actorOf(request), id);
    } catch (e) {
      if (e instanceof AppError && e.code === 'conflict')
        return reply.code(409).render(`${T}delete-meeting.njk`, { ...context, errors: [{ field: 'delete-meeting', message: e.message }] });
      throw e;
    }
    return reply.redirect('/officer/meetings', 303);
  });

  const itemContext = (meetingId: number, values: Record<string, unknown>, id?: number) => ({
    title: id ? 'Edit agenda item' : 'Add an agenda item',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meeting', href: `/officer/meetings/${meetingId}` }, { text: id ? 'Edit item' : 'Add item' }],
    action: id ? `/officer/agenda-items/${id}` : `/officer/meetings/${meetingId}/items`,
    values: { ...values, exempt: values.exempt === true || values.exempt === 'yes' || values.access === 'exempt' ? 'yes' : 'no' },
    paragraphs: paragraphItems(values.exemptParagraph),
  });
  app.get('/officer/meetings/:id/items/new', { preHandler: edit }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    if (!(await findMeeting(db, id))) throw notFound('Meeting');
    return reply.render(`${T}agenda-item-form.njk`, itemContext(id, {}));
  });
  app.post('/officer/meetings/:id/items', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const r = await createAgendaItem(db, actorOf(request), id, formBody(request));
    if (!r.ok) return invalidForm(reply, `${T}agenda-item-form.njk`, itemContext(id, formBody(request)), r.errors);
    return reply.redirect(`/officer/meetings/${id}?saved=1`, 303);
  });
  app.get('/officer/agenda-items/:id/edit', { preHandler: edit }, async (request, reply) => {
    const item = await findAgendaItem(db, request.viewer, idOf(request, 'Agenda item'));
    if (!item) throw notFound('Agenda item');
    return reply.render(`${T}agenda-item-form.njk`, itemContext(item.meetingId, item as unknown as Record<string, unknown>, item.id));
  });
  app.post('/officer/agenda-items/:id', editForm, async (request, reply) => {
    const id = idOf(request, 'Agenda item');
    const r: Result<{ id: number; meetingId: number }> = await updateAgendaItem(db, actorOf(request), id, formBody(request));
    if (!r.ok) {
      const item = await findAgendaItem(db, request.viewer, id);
      return invalidForm(reply, `${T}agenda-item-form.njk`, itemContext(item?.meetingId ?? 0, formBody(request), id), r.errors);
    }
    return reply.redirect(`/officer/meetings/${r.value.meetingId}?saved=1`, 303);
  });
}
