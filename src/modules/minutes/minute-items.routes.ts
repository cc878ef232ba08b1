import type { FastifyInstance } from 'fastify';
import { actorOf, formBody, idOf } from '../../web/route-helpers.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import { accessLabel, recordsViewer } from '../visibility/index.ts';
import { listAgendaItems } from '../meetings/index.ts';
import { addMinute } from './commands/add-minute.ts';
import { addMinuteAction } from './commands/add-minute-action.ts';
import { addResolution } from './commands/add-resolution.ts';
import { updateMinute } from './commands/update-minute.ts';
import { presentMeetingRecord } from './minutes-workflow.presenter.ts';
import { loadMeetingRecord, nextMinuteNumber } from './minutes-workflow.repo.ts';
import { dateError, workflowKit } from './minutes-workflow.kit.ts';

const body = formBody;

/** Numbered minutes of draft minutes, their resolutions and follow-up actions. */
export async function minuteItemsRoutes(app: FastifyInstance): Promise<void> {
  const { db, edit, editForm, heading, crumbs, refuse, form, after, notYet, draftItem } = workflowKit(app);
  // Minutes
  const minuteContext = async (meetingId: number, values: Record<string, unknown>, itemId?: number) => {
    const h = await heading(meetingId);
    return {
      title: itemId ? `Edit minute ${values.number ?? ''}`.trim() : 'Add a minute',
      caption: h.caption,
      breadcrumbs: crumbs(meetingId, itemId ? 'Edit minute' : 'Add a minute'),
      action: itemId ? `/officer/minute-items/${itemId}` : `/officer/meetings/${meetingId}/minutes/items`,
      back: `/officer/meetings/${meetingId}/minutes`,
      values,
      fields: [
        {
          type: 'input',
          name: 'number',
          label: 'Minute number',
          hint: itemId
            ? 'Minute numbers run on across the committee’s meetings'
            : `Leave blank to use the next number for this committee, ${await nextMinuteNumber(db, h.meeting.organisationId)}`,
          classes: 'govuk-input--width-5',
        },
        {
          type: 'select',
          name: 'agendaItemId',
          label: 'Agenda item (optional)',
          hint: 'A minute of an exempt item is withheld from the public',
          items: [
            { value: '', text: 'None' },
            ...(await listAgendaItems(db, recordsViewer, meetingId)).map((i) => ({
              value: String(i.id),
              text: `${i.number ? `${i.number}. ` : ''}${i.title}${i.access === 'exempt' ? ` (${accessLabel(i).toLowerCase()})` : ''}`,
              selected: String(i.id) === String(values.agendaItemId ?? ''),
            })),
          ],
        },
        { type: 'input', name: 'title', label: 'Title', hint: 'Leave blank to use the title of the agenda item' },
        { type: 'input', name: 'presenters', label: 'Presented by (optional)', hint: 'For example, the Cabinet Member for Highways and the Head of Highways' },
        { type: 'textarea', name: 'narrative', label: 'Minute', hint: 'What was discussed', rows: 8 },
        { type: 'textarea', name: 'alternativesConsidered', label: 'Alternative options considered (optional)', rows: 3 },
        { type: 'textarea', name: 'reasons', label: 'Reason for decision (optional)', rows: 3 },
      ],
      submitText: 'Save minute',
    };
  };
  app.get('/officer/meetings/:id/minutes/items/new', { preHandler: edit }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const early = await notYet(reply, id);
    if (early) return early;
    const record = presentMeetingRecord(await loadMeetingRecord(db, request.viewer, id));
    if (record.current && record.current.status !== 'draft') return refuse(reply, id);
    // "Minute item 5" on the overview: the agenda item chosen and its title filled in.
    const agendaItemId = Number((request.query as { agendaItem?: string }).agendaItem);
    const item = Number.isSafeInteger(agendaItemId) && agendaItemId > 0 ? (await listAgendaItems(db, request.viewer, id)).find((i) => i.id === agendaItemId) : undefined;
    return form(reply, await minuteContext(id, item ? { agendaItemId: item.id, title: item.title } : {}));
  });
  app.post('/officer/meetings/:id/minutes/items', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    return after(reply, await addMinute(db, actorOf(request), id, body(request)), () => minuteContext(id, body(request)), `/officer/meetings/${id}/minutes?saved=1`);
  });
  app.get('/officer/minute-items/:id/edit', { preHandler: edit }, async (request, reply) => {
    const { item, minutes } = await draftItem(request);
    if (minutes.status !== 'draft') return refuse(reply, minutes.meetingId);
    return form(reply, await minuteContext(minutes.meetingId, item as unknown as Record<string, unknown>, item.id));
  });
  app.post('/officer/minute-items/:id', editForm, async (request, reply) => {
    const { item, minutes } = await draftItem(request);
    return after(
      reply,
      await updateMinute(db, actorOf(request), item.id, body(request)),
      () => minuteContext(minutes.meetingId, body(request), item.id),
      `/officer/meetings/${minutes.meetingId}/minutes?saved=1`,
    );
  });
  const resolutionContext = async (item: { id: number; number: string; title: string }, meetingId: number, values: Record<string, unknown>) => ({
    title: `Add a resolution to minute ${item.number}`,
    caption: item.title,
    breadcrumbs: crumbs(meetingId, 'Add a resolution'),
    action: `/officer/minute-items/${item.id}/resolutions`,
    back: `/officer/meetings/${meetingId}/minutes`,
    values,
    fields: [
      { type: 'textarea', name: 'text', label: 'Resolution', hint: 'Resolutions are numbered in the order you add them', rows: 4 },
      {
        type: 'textarea',
        name: 'delegation',
        label: 'Delegation (optional)',
        hint: 'For example, to the Head of Corporate Property, in consultation with the County Solicitor',
        rows: 2,
      },
    ],
    submitText: 'Save resolution',
  });
  app.get('/officer/minute-items/:id/resolutions/new', { preHandler: edit }, async (request, reply) => {
    const { item, minutes } = await draftItem(request);
    if (minutes.status !== 'draft') return refuse(reply, minutes.meetingId);
    return form(reply, await resolutionContext(item, minutes.meetingId, {}));
  });
  app.post('/officer/minute-items/:id/resolutions', editForm, async (request, reply) => {
    const { item, minutes } = await draftItem(request);
    return after(
      reply,
      await addResolution(db, actorOf(request), item.id, body(request)),
      () => resolutionContext(item, minutes.meetingId, body(request)),
      `/officer/meetings/${minutes.meetingId}/minutes?saved=1#minute-${item.id}`,
    );
  });
  const actionContext = async (item: { id: number; number: string; title: string }, meetingId: number, values: Record<string, unknown>) => ({
    title: `Add an action to minute ${item.number}`,
    caption: item.title,
    breadcrumbs: crumbs(meetingId, 'Add an action'),
    action: `/officer/minute-items/${item.id}/actions`,
    back: `/officer/meetings/${meetingId}/minutes`,
    values,
    fields: [
      { type: 'textarea', name: 'action', label: 'Action', rows: 3 },
      { type: 'input', name: 'owner', label: 'Owner (optional)' },
      {
        type: 'date',
        name: 'dueDate',
        errorField: 'dueDate-day',
        label: 'Due date (optional)',
        hint: 'For example, 27 3 2027',
        parts: dateParts(joinDateParts(values, 'dueDate')),
      },
    ],
    submitText: 'Save action',
  });
  app.get('/officer/minute-items/:id/actions/new', { preHandler: edit }, async (request, reply) => {
    const { item, minutes } = await draftItem(request);
    if (minutes.status !== 'draft') return refuse(reply, minutes.meetingId);
    return form(reply, await actionContext(item, minutes.meetingId, {}));
  });
  app.post('/officer/minute-items/:id/actions', editForm, async (request, reply) => {
    const { item, minutes } = await draftItem(request);
    const b = body(request);
    const r = await addMinuteAction(db, actorOf(request), item.id, { ...b, dueDate: joinDateParts(b, 'dueDate') });
    if (!r.ok) return form(reply, await actionContext(item, minutes.meetingId, b), r.errors.map(dateError('dueDate')));
    return reply.redirect(`/officer/meetings/${minutes.meetingId}/minutes?saved=1#minute-${item.id}`, 303);
  });
}
