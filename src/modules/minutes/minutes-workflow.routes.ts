import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { actorOf, formBody, idOf } from '../../web/route-helpers.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import type { FieldError, Result } from '../../lib/result.ts';
import { formatDayDate } from '../../web/format.ts';
import { accessLabel, recordsViewer, seesEverything } from '../visibility/index.ts';
import { listAgendaItems, registerMeetingPanel, registerPublicMeetingSection } from '../meetings/index.ts';
import { listPeople } from '../people/index.ts';
import { interestKinds } from '../../db/schema.ts';
import { publishDraftMinutes } from './commands/publish-draft-minutes.ts';
import { addAttendee, recordRollCall } from './commands/record-attendance.ts';
import { approveMinutes } from './commands/approve-minutes.ts';
import { correctMinutes } from './commands/correct-minutes.ts';
import { declareInterest } from './commands/declare-interest.ts';
import { excludePressAndPublic } from './commands/exclude-public.ts';
import { addMinute, addMinuteAction, addResolution, updateMinute } from './commands/save-minute.ts';
import { signMinutes } from './commands/sign-minutes.ts';
import { startMinutes } from './commands/start-minutes.ts';
import { LOCKED_MESSAGE, meetingRecordLocked, notStartedError } from './minutes-workflow.guard.ts';
import { interestKindLabels, meetingRecordHistory, presentMeetingRecord } from './minutes-workflow.presenter.ts';
import { currentMembers, findMinuteItem, findMinutes, laterMeetings, listAttendances, meetingHeading, nextMinuteNumber } from './minutes-workflow.repo.ts';

const T = 'modules/minutes/views/workflow/';
const FORM = 'web/views/form.njk';

const body = formBody;
const sentence = (s: string) => (s.charAt(0).toUpperCase() + s.slice(1)).replace(/-/g, ' ');
const dateError = (name: string) => (e: FieldError) => (e.field === name ? { ...e, field: `${name}-day` } : e);

/** The clerk's record of a meeting: attendance, declarations, exclusion of the public, minutes, approval, signature and corrections. */
export async function minutesWorkflowRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  registerMeetingPanel({
    template: `${T}panel.njk`,
    key: 'minutesWorkflow',
    load: async (ex, meeting, viewer) => {
      const record = await presentMeetingRecord(ex, viewer, meeting.id);
      const c = record.current;
      return { status: c?.status, statusLabel: c?.statusLabel.toLowerCase(), version: c?.version, items: c?.items.length ?? 0, attendance: record.attendanceCount, declarations: record.declarations.length };
    },
  });

  registerPublicMeetingSection({
    template: `${T}public-minutes.njk`,
    key: 'minutesWorkflow',
    load: async (ex, meeting, viewer) => {
      const record = await presentMeetingRecord(ex, viewer, meeting.id);
      return { current: record.current, earlier: record.earlier, attendance: record.attendance, declarations: record.declarations };
    },
  });

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
    reply.code(409).render('web/views/refused.njk', { title: 'These minutes cannot be changed', message, back: `/officer/meetings/${meetingId}/minutes`, breadcrumbs: crumbs(meetingId, 'Cannot be changed') });
  /** Renders a form built from fields, or re-renders it with errors (status 400). */
  const form = (reply: FastifyReply, ctx: Record<string, unknown>, errors?: FieldError[]) => (errors ? reply.code(400).render(FORM, { ...ctx, errors }) : reply.render(FORM, ctx));
  const after = async <T>(reply: FastifyReply, r: Result<T>, ctx: () => Promise<Record<string, unknown>>, to: string) =>
    r.ok ? reply.redirect(to, 303) : form(reply, await ctx(), r.errors);

  // Overview
  app.get('/officer/meetings/:id/minutes', { preHandler: view }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const h = await heading(id);
    const record = await presentMeetingRecord(db, request.viewer, id);
    const items = await listAgendaItems(db, request.viewer, id);
    return reply.render(`${T}overview.njk`, {
      title: 'Attendance, declarations and minutes',
      caption: h.caption,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meeting', href: `/officer/meetings/${id}` }, { text: 'Minutes' }],
      meetingId: id,
      ...record,
      locked: await meetingRecordLocked(db, id),
      clerk: seesEverything(request.viewer),
      notStarted: notStartedError(h.meeting, 'minutes')?.message ?? null,
      hasExemptItems: items.some((i) => i.access === 'exempt'),
      nextNumber: await nextMinuteNumber(db, h.meeting.organisationId),
      history: await meetingRecordHistory(db, id, record),
      flash: (request.query as { saved?: string }).saved ? 'Your changes have been saved' : undefined,
    });
  });
  app.post('/officer/meetings/:id/minutes', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const notStarted = notStartedError((await heading(id)).meeting, 'minutes');
    if (notStarted) return refuse(reply, id, notStarted.message);
    await startMinutes(db, actorOf(request), id);
    return reply.redirect(`/officer/meetings/${id}/minutes?saved=1`, 303);
  });
  app.post('/officer/minutes/:id/publish-draft', editForm, async (request, reply) => {
    const m = await minutesOf(request);
    const r = await publishDraftMinutes(db, actorOf(request), m.id);
    if (!r.ok) return refuse(reply, m.meetingId, r.errors[0]!.message);
    return reply.redirect(`/officer/meetings/${m.meetingId}/minutes?saved=1`, 303);
  });

  // Attendance
  const rollCallContext = async (id: number, values?: Record<string, unknown>) => {
    const h = await heading(id);
    const members = await currentMembers(db, h.meeting.organisationId, toLondonDate(h.meeting.startAt));
    const recorded = await listAttendances(db, id);
    const v = values ?? Object.fromEntries(members.map((m) => [`person-${m.personId}`, recorded.find((r) => r.personId === m.personId && ['present', 'apologies', 'absent'].includes(r.kind))?.kind]));
    return {
      title: 'Record attendance',
      caption: h.caption,
      breadcrumbs: crumbs(id, 'Attendance'),
      meetingId: id,
      members: members.map((m) => ({ ...m, roleLabel: m.role === 'member' ? '' : sentence(m.role) })),
      others: recorded.filter((r) => !['present', 'apologies', 'absent'].includes(r.kind)).map((r) => ({ ...r, kindLabel: sentence(r.kind) })),
      values: v,
    };
  };
  /** Refuses a form for a meeting that has not started (or was cancelled): nothing can be recorded yet. */
  const notYet = async (reply: FastifyReply, id: number) => {
    const e = notStartedError((await heading(id)).meeting, 'form');
    return e ? refuse(reply, id, e.message) : null;
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
      title: 'Add a substitute, another member or an officer',
      caption: h.caption,
      breadcrumbs: crumbs(id, 'Add an attendee'),
      action: `/officer/meetings/${id}/attendance/others`,
      back: `/officer/meetings/${id}/attendance`,
      values,
      fields: [
        { type: 'select', name: 'personId', label: 'Person', items: [{ value: '', text: 'Select a person' }, ...(await listPeople(db)).map((p) => ({ value: String(p.id), text: p.printedName, selected: String(p.id) === String(values.personId ?? '') }))] },
        { type: 'input', name: 'printedName', label: 'Or their name as it should be printed (if they are not listed)' },
        { type: 'radios', name: 'kind', label: 'How did they attend?', items: [
          { value: 'substitute', text: 'As a substitute for a member', checked: values.kind === 'substitute' },
          { value: 'other-member', text: 'As another member present (not on the committee)', checked: values.kind === 'other-member' },
          { value: 'officer', text: 'As an officer', checked: values.kind === 'officer' },
        ] },
        { type: 'select', name: 'substituteFor', label: 'Substitute for (only for substitutes)', items: [{ value: '', text: 'Not a substitute' }, ...members.map((m) => ({ value: m.printedName, text: m.printedName, selected: m.printedName === values.substituteFor }))] },
        { type: 'input', name: 'note', label: 'Note (optional)', hint: 'For example, left at 11:15am' },
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
        { type: 'select', name: 'personId', label: 'Member', items: [{ value: '', text: 'Select the member' }, ...people.map((p) => ({ value: String(p.id), text: p.name, selected: String(p.id) === String(values.personId ?? '') }))] },
        { type: 'select', name: 'agendaItemId', label: 'Agenda item', items: [{ value: '', text: 'General (no particular item)' }, ...(await listAgendaItems(db, recordsViewer, id)).map((i) => ({ value: String(i.id), text: `${i.number ? `${i.number}. ` : ''}${i.title}`, selected: String(i.id) === String(values.agendaItemId ?? '') }))] },
        { type: 'radios', name: 'kind', label: 'Kind of interest', items: interestKinds.filter((k) => k !== 'unspecified').map((k) => ({ value: k, text: interestKindLabels[k], checked: values.kind === k })) },
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
        { type: 'checkboxes', name: 'agendaItemIds', label: 'Exempt items', items: (await listAgendaItems(db, recordsViewer, id)).filter((i) => i.access === 'exempt').map((i) => ({ value: String(i.id), text: `${i.number ? `${i.number}. ` : ''}${i.title} (${accessLabel(i).toLowerCase()})`, checked: chosen.includes(String(i.id)) })) },
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
        { type: 'input', name: 'number', label: 'Minute number', hint: itemId ? 'Minute numbers run on across the committee’s meetings' : `Leave blank to use the next number for this committee, ${await nextMinuteNumber(db, h.meeting.organisationId)}`, classes: 'govuk-input--width-5' },
        { type: 'select', name: 'agendaItemId', label: 'Agenda item (optional)', hint: 'A minute of an exempt item is withheld from the public', items: [{ value: '', text: 'None' }, ...(await listAgendaItems(db, recordsViewer, meetingId)).map((i) => ({ value: String(i.id), text: `${i.number ? `${i.number}. ` : ''}${i.title}${i.access === 'exempt' ? ` (${accessLabel(i).toLowerCase()})` : ''}`, selected: String(i.id) === String(values.agendaItemId ?? '') }))] },
        { type: 'input', name: 'title', label: 'Title' },
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
    const record = await presentMeetingRecord(db, request.viewer, id);
    if (record.current && record.current.status !== 'draft') return refuse(reply, id);
    return form(reply, await minuteContext(id, {}));
  });
  app.post('/officer/meetings/:id/minutes/items', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    return after(reply, await addMinute(db, actorOf(request), id, body(request)), () => minuteContext(id, body(request)), `/officer/meetings/${id}/minutes?saved=1`);
  });
  const draftItem = async (request: FastifyRequest) => {
    const found = await findMinuteItem(db, idOf(request, 'Minute'));
    if (!found) throw notFound('Minute');
    return found;
  };
  app.get('/officer/minute-items/:id/edit', { preHandler: edit }, async (request, reply) => {
    const { item, minutes } = await draftItem(request);
    if (minutes.status !== 'draft') return refuse(reply, minutes.meetingId);
    return form(reply, await minuteContext(minutes.meetingId, item as unknown as Record<string, unknown>, item.id));
  });
  app.post('/officer/minute-items/:id', editForm, async (request, reply) => {
    const { item, minutes } = await draftItem(request);
    return after(reply, await updateMinute(db, actorOf(request), item.id, body(request)), () => minuteContext(minutes.meetingId, body(request), item.id), `/officer/meetings/${minutes.meetingId}/minutes?saved=1`);
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
      { type: 'textarea', name: 'delegation', label: 'Delegation (optional)', hint: 'For example, to the Head of Corporate Property, in consultation with the County Solicitor', rows: 2 },
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
    return after(reply, await addResolution(db, actorOf(request), item.id, body(request)), () => resolutionContext(item, minutes.meetingId, body(request)), `/officer/meetings/${minutes.meetingId}/minutes?saved=1#minute-${item.id}`);
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
      { type: 'date', name: 'dueDate', errorField: 'dueDate-day', label: 'Due date (optional)', hint: 'For example, 27 3 2027', parts: dateParts(joinDateParts(values, 'dueDate')) },
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

  // Approval, signature and correction
  const minutesOf = async (request: FastifyRequest) => {
    const m = await findMinutes(db, idOf(request, 'Minutes'));
    if (!m) throw notFound('Minutes');
    return m;
  };
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
        { type: 'select', name: 'approvedAtMeetingId', label: 'Meeting that approved the minutes', items: [{ value: '', text: 'Select a meeting' }, ...later.map((l) => ({ value: String(l.id), text: formatDayDate(l.startAt), selected: String(l.id) === String(chosen ?? '') }))] },
        { type: 'textarea', name: 'approvalNote', label: 'Resolution and vote', hint: 'For example, approved as a correct record, proposed by Cllr Brook, seconded by Cllr Hale, agreed unanimously', rows: 3 },
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
    return after(reply, await approveMinutes(db, actorOf(request), m.id, body(request)), () => approvalContext(m, body(request)), `/officer/meetings/${m.meetingId}/minutes?saved=1`);
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
        { type: 'date', name: 'signedOn', errorField: 'signedOn-day', label: 'Date signed', hint: 'For example, 27 3 2027', parts: dateParts(joinDateParts(values, 'signedOn') ?? toLondonDate(new Date())) },
      ],
      submitText: 'Record signature',
    };
  };
  app.get('/officer/minutes/:id/sign', { preHandler: edit }, async (request, reply) => {
    const m = await minutesOf(request);
    if (m.status !== 'approved') return refuse(reply, m.meetingId, m.status === 'draft' ? 'Draft minutes cannot be signed. Record their approval first.' : 'These minutes have already been signed.');
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
    return after(reply, await correctMinutes(db, actorOf(request), m.id, body(request)), () => correctionContext(m, body(request)), `/officer/meetings/${m.meetingId}/minutes?saved=1`);
  });
}
