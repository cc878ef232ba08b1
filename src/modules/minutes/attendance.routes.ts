import type { FastifyInstance } from 'fastify';
import { toLondonDate } from '../../lib/dates.ts';
import { actorOf, formBody, idOf } from '../../web/route-helpers.ts';
import { accessLabel, recordsViewer } from '../visibility/index.ts';
import { listAgendaItems } from '../meetings/index.ts';
import { listPeople } from '../people/index.ts';
import { interestKinds } from '../../db/schema.ts';
import { addAttendee } from './commands/add-attendee.ts';
import { recordRollCall } from './commands/record-roll-call.ts';
import { declareInterest } from './commands/declare-interest.ts';
import { excludePressAndPublic } from './commands/exclude-press-and-public.ts';
import { meetingRecordLocked } from './minutes-workflow.guard.ts';
import { interestKindLabels } from './minutes-workflow.presenter.ts';
import { currentMembers, listAttendances } from './minutes-workflow.repo.ts';
import { sentence, workflowKit } from './minutes-workflow.kit.ts';

/** How someone off the roll call attended, as the attendance page lists them. */
const attendeeKindLabels: Partial<Record<string, string>> = {
  substitute: 'Substitute',
  'other-member': 'Another member',
  officer: 'Officer',
  'also-attending': 'Also in attendance',
};

const T = 'modules/minutes/views/workflow/';
const body = formBody;

/** Attendance, declarations of interest and the exclusion of the press and public, once the meeting has started. */
export async function attendanceRoutes(app: FastifyInstance): Promise<void> {
  const { db, edit, editForm, heading, crumbs, refuse, form, after, notYet } = workflowKit(app);
  // Attendance
  const rollCallContext = async (id: number, values?: Record<string, unknown>) => {
    const h = await heading(id);
    const members = await currentMembers(db, h.meeting.organisationId, toLondonDate(h.meeting.startAt));
    const recorded = await listAttendances(db, id);
    const v =
      values ??
      Object.fromEntries(
        members.map((m) => [`person-${m.personId}`, recorded.find((r) => r.personId === m.personId && ['present', 'apologies', 'absent'].includes(r.kind))?.kind]),
      );
    return {
      title: 'Record attendance',
      caption: h.caption,
      breadcrumbs: crumbs(id, 'Attendance'),
      meetingId: id,
      members: members.map((m) => ({ ...m, roleLabel: m.role === 'member' ? '' : sentence(m.role) })),
      others: recorded.filter((r) => !['present', 'apologies', 'absent'].includes(r.kind)).map((r) => ({ ...r, kindLabel: attendeeKindLabels[r.kind] ?? sentence(r.kind) })),
      values: v,
    };
  };
  app.get('/officer/meetings/:id/attendance', { preHandler: edit }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const early = await notYet(reply, id);
    if (early) return early;
    if (await meetingRecordLocked(db, id)) return refuse(reply, id, 'The minutes of this meeting have been approved, so its attendance cannot be changed.');
    return reply.render(`${T}attendance.njk`, await rollCallContext(id));
  });
  app.post('/officer/meetings/:id/attendance', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const r = await recordRollCall(db, actorOf(request), id, body(request));
    if (!r.ok) return reply.code(400).render(`${T}attendance.njk`, { ...(await rollCallContext(id, body(request))), errors: r.errors });
    return reply.redirect(`/officer/meetings/${id}/minutes?saved=1`, 303);
  });
  const attendeeContext = async (id: number, values: Record<string, unknown>) => {
    const h = await heading(id);
    const members = await currentMembers(db, h.meeting.organisationId, toLondonDate(h.meeting.startAt));
    return {
      title: 'Add someone else who attended',
      caption: h.caption,
      breadcrumbs: crumbs(id, 'Add an attendee'),
      action: `/officer/meetings/${id}/attendance/others`,
      back: `/officer/meetings/${id}/attendance`,
      values,
      fields: [
        {
          type: 'select',
          name: 'personId',
          label: 'Person',
          items: [
            { value: '', text: 'Select a person' },
            ...(await listPeople(db)).map((p) => ({ value: String(p.id), text: p.printedName, selected: String(p.id) === String(values.personId ?? '') })),
          ],
        },
        { type: 'input', name: 'printedName', label: 'Or their name as it should be printed (if they are not listed)' },
        {
          type: 'radios',
          name: 'kind',
          label: 'How did they attend?',
          items: [
            { value: 'substitute', text: 'As a substitute for a member', checked: values.kind === 'substitute' },
            { value: 'other-member', text: 'As another member present (not on the committee)', checked: values.kind === 'other-member' },
            { value: 'officer', text: 'As an officer', checked: values.kind === 'officer' },
            {
              value: 'also-attending',
              text: 'Someone else in attendance',
              hint: { text: 'For example, an applicant, a witness or an observer. Not counted in member attendance.' },
              checked: values.kind === 'also-attending',
            },
          ],
        },
        {
          type: 'select',
          name: 'substituteFor',
          label: 'Substitute for (only for substitutes)',
          items: [
            { value: '', text: 'Not a substitute' },
            ...members.map((m) => ({ value: m.printedName, text: m.printedName, selected: m.printedName === values.substituteFor })),
          ],
        },
        { type: 'input', name: 'note', label: 'Note (optional)', hint: 'For example, left at 11:15am, or the applicant’s agent' },
      ],
      submitText: 'Add to attendance',
    };
  };
  app.get('/officer/meetings/:id/attendance/others/new', { preHandler: edit }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const early = await notYet(reply, id);
    if (early) return early;
    if (await meetingRecordLocked(db, id)) return refuse(reply, id, 'The minutes of this meeting have been approved, so its attendance cannot be changed.');
    return form(reply, await attendeeContext(id, {}));
  });
  app.post('/officer/meetings/:id/attendance/others', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    return after(reply, await addAttendee(db, actorOf(request), id, body(request)), () => attendeeContext(id, body(request)), `/officer/meetings/${id}/attendance`);
  });

  // Declarations of interest
  const declarationContext = async (id: number, values: Record<string, unknown>) => {
    const h = await heading(id);
    const members = await currentMembers(db, h.meeting.organisationId, toLondonDate(h.meeting.startAt));
    const others = (await listAttendances(db, id)).filter((a) => a.personId && !members.some((m) => m.personId === a.personId));
    const people = [...members.map((m) => ({ id: m.personId, name: m.printedName })), ...others.map((o) => ({ id: o.personId!, name: o.printedName }))];
    return {
      title: 'Record a declaration of interest',
      caption: h.caption,
      breadcrumbs: crumbs(id, 'Declaration of interest'),
      action: `/officer/meetings/${id}/declarations`,
      back: `/officer/meetings/${id}/minutes`,
      values,
      fields: [
        {
          type: 'select',
          name: 'personId',
          label: 'Member',
          items: [
            { value: '', text: 'Select the member' },
            ...people.map((p) => ({ value: String(p.id), text: p.name, selected: String(p.id) === String(values.personId ?? '') })),
          ],
        },
        {
          type: 'select',
          name: 'agendaItemId',
          label: 'Agenda item',
          items: [
            { value: '', text: 'General (no particular item)' },
            ...(await listAgendaItems(db, recordsViewer, id)).map((i) => ({
              value: String(i.id),
              text: `${i.number ? `${i.number}. ` : ''}${i.title}`,
              selected: String(i.id) === String(values.agendaItemId ?? ''),
            })),
          ],
        },
        {
          type: 'radios',
          name: 'kind',
          label: 'Kind of interest',
          items: interestKinds.filter((k) => k !== 'unspecified').map((k) => ({ value: k, text: interestKindLabels[k], checked: values.kind === k })),
        },
        { type: 'textarea', name: 'interest', label: 'Nature of the interest', rows: 3 },
        { type: 'textarea', name: 'action', label: 'What they did (optional)', hint: 'For example, left the room and took no part in the discussion or vote', rows: 3 },
        { type: 'input', name: 'dispensation', label: 'Dispensation (optional)', hint: 'Who granted it and when, if the member had one' },
      ],
      submitText: 'Save declaration',
    };
  };
  app.get('/officer/meetings/:id/declarations/new', { preHandler: edit }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const early = await notYet(reply, id);
    if (early) return early;
    if (await meetingRecordLocked(db, id)) return refuse(reply, id, 'The minutes of this meeting have been approved, so its declarations cannot be changed.');
    return form(reply, await declarationContext(id, {}));
  });
  app.post('/officer/meetings/:id/declarations', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    return after(reply, await declareInterest(db, actorOf(request), id, body(request)), () => declarationContext(id, body(request)), `/officer/meetings/${id}/minutes?saved=1`);
  });

  // Exclusion of the press and public
  const exclusionContext = async (id: number, values: Record<string, unknown>) => {
    const h = await heading(id);
    const chosen = ([] as unknown[]).concat(values.agendaItemIds ?? []).map(String);
    return {
      title: 'Exclude the press and public',
      caption: h.caption,
      intro: 'This records a resolution, with its own minute number, that the press and public are excluded for the exempt items you select.',
      breadcrumbs: crumbs(id, 'Exclude the press and public'),
      action: `/officer/meetings/${id}/exclusion`,
      back: `/officer/meetings/${id}/minutes`,
      values,
      fields: [
        {
          type: 'checkboxes',
          name: 'agendaItemIds',
          label: 'Exempt items',
          items: (await listAgendaItems(db, recordsViewer, id))
            .filter((i) => i.access === 'exempt')
            .map((i) => ({ value: String(i.id), text: `${i.number ? `${i.number}. ` : ''}${i.title} (${accessLabel(i).toLowerCase()})`, checked: chosen.includes(String(i.id)) })),
        },
        { type: 'textarea', name: 'note', label: 'Note for the minute (optional)', rows: 3 },
      ],
      submitText: 'Record the resolution',
    };
  };
  app.get('/officer/meetings/:id/exclusion/new', { preHandler: edit }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    return (await notYet(reply, id)) ?? form(reply, await exclusionContext(id, {}));
  });
  app.post('/officer/meetings/:id/exclusion', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    return after(reply, await excludePressAndPublic(db, actorOf(request), id, body(request)), () => exclusionContext(id, body(request)), `/officer/meetings/${id}/minutes?saved=1`);
  });
}
