import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, isNull } from 'drizzle-orm';
import { toLondonDate } from '../../lib/dates.ts';
import { actorOf, formBody, idOf } from '../../web/route-helpers.ts';
import { notFound } from '../../lib/errors.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { declarations, meetings, minuteItems, minutes, resolutions, type decisions } from '../../db/schema.ts';
import { listOrganisations } from '../organisations/index.ts';
import { listPeople } from '../people/index.ts';
import { accessLabel, readable, recordsViewer, schedule12a, visible } from '../visibility/index.ts';
import { listReports } from '../reports/index.ts';
import { recordDecision } from './commands/record-decision.ts';
import { updateDecision } from './commands/update-decision.ts';
import { correctDecision } from './commands/correct-decision.ts';
import { decisionOfResolution } from './decisions.repo.ts';
import { publishDecision } from './commands/publish-decision.ts';
import { findDecision, listDecisionsForOfficers } from './decisions.repo.ts';
import { presentDecision } from './decisions.presenter.ts';
import { versionsContext } from './decisions.routes.ts';

const T = 'modules/decisions/views/';

const body = formBody;
const dateError = (name: string) => (e: FieldError) => (e.field === name ? { ...e, field: `${name}-day` } : e);

type Decision = typeof decisions.$inferSelect;

/** The form values of a stored decision. */
function valuesOf(d: Decision, organisationKind: string | null, personKind: string | null): Record<string, unknown> {
  const makerKind = d.makerOrganisationId ? (organisationKind === 'cabinet' ? 'cabinet' : 'committee') : personKind === 'officer' ? 'officer' : 'cabinet-member';
  const access = d.accessInherited && d.minuteItemId ? 'inherit' : d.access;
  return { ...d, makerKind, decidedOn: d.decidedOn, isKey: d.isKey ? 'yes' : 'no', access };
}

/** The clerk's decision pages: the list, record and edit a draft, publish (starting any call-in period), correct a published decision. */
export async function officerDecisionsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };
  // Officer pages
  app.get('/officer/decisions', { preHandler: view }, async (request, reply) =>
    reply.render(`${T}officer-list.njk`, {
      title: 'Decisions',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Decisions' }],
      decisions: (await listDecisionsForOfficers(db, request.viewer)).map((d) => presentDecision(d)),
    }),
  );

  const formContext = async (values: Record<string, unknown>, opts: { action: string; title: string; correcting?: boolean }) => {
    const [orgs, people, reportChoices] = await Promise.all([listOrganisations(db), listPeople(db), listReports(db, recordsViewer)]);
    const decided = typeof values.decidedOn === 'string' ? values.decidedOn : joinDateParts(values, 'decidedOn');
    return {
      title: opts.title,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Decisions', href: '/officer/decisions' }, { text: opts.title }],
      action: opts.action,
      back: '/officer/decisions',
      values,
      submitText: opts.correcting ? 'Publish the corrected version' : 'Save draft decision',
      intro: opts.correcting
        ? 'A published decision is never changed. The correction is published as a new version; the earlier version stays public with your reason.'
        : 'The decision is saved as a draft. It is published, and any call-in period starts, when you publish it.',
      fields: [
        ...(opts.correcting ? [{ type: 'textarea', name: 'correctionReason', label: 'Reason for the correction', hint: 'This is published with both versions', rows: 3 }] : []),
        { type: 'hidden', name: 'meetingId' },
        { type: 'hidden', name: 'minuteItemId' },
        { type: 'hidden', name: 'resolutionId' },
        {
          type: 'radios',
          name: 'makerKind',
          label: 'Who made the decision?',
          items: [
            { value: 'cabinet', text: 'Cabinet', checked: values.makerKind === 'cabinet' },
            { value: 'cabinet-member', text: 'A Cabinet Member', checked: values.makerKind === 'cabinet-member' },
            { value: 'committee', text: 'A committee or Full Council', checked: values.makerKind === 'committee' },
            { value: 'officer', text: 'An officer, under delegated powers', checked: values.makerKind === 'officer' },
          ],
        },
        {
          type: 'select',
          name: 'makerOrganisationId',
          label: 'Cabinet or committee (for Cabinet and committee decisions)',
          items: [
            { value: '', text: 'Select a committee' },
            ...orgs.map((o) => ({ value: String(o.id), text: o.name, selected: String(o.id) === String(values.makerOrganisationId ?? '') })),
          ],
        },
        {
          type: 'select',
          name: 'makerPersonId',
          label: 'Person (for Cabinet Member and officer decisions)',
          items: [
            { value: '', text: 'Select a person' },
            ...people.map((p) => ({
              value: String(p.id),
              text: `${p.printedName}${p.jobTitle ? `, ${p.jobTitle}` : ''}`,
              selected: String(p.id) === String(values.makerPersonId ?? ''),
            })),
          ],
        },
        { type: 'input', name: 'title', label: 'Title' },
        { type: 'textarea', name: 'decisionText', label: 'Decision', rows: 6 },
        { type: 'date', name: 'decidedOn', errorField: 'decidedOn-day', label: 'Date of the decision', hint: 'For example, 11 11 2026', parts: dateParts(decided) },
        { type: 'textarea', name: 'reasons', label: 'Reasons for the decision', rows: 4 },
        { type: 'textarea', name: 'alternativesRejected', label: 'Alternative options considered and rejected (optional)', rows: 3 },
        { type: 'textarea', name: 'conflicts', label: 'Conflicts of interest declared (optional)', rows: 2 },
        { type: 'textarea', name: 'dispensations', label: 'Dispensations granted (optional)', rows: 2 },
        {
          type: 'radios',
          name: 'isKey',
          label: 'Is this a key decision?',
          items: [
            { value: 'no', text: 'No', checked: values.isKey !== 'yes' },
            { value: 'yes', text: 'Yes', checked: values.isKey === 'yes' },
          ],
        },
        { type: 'input', name: 'forwardPlanRef', label: 'Forward Plan reference (for key decisions)', hint: 'For example, FP/26/11/03', classes: 'govuk-input--width-10' },
        {
          type: 'select',
          name: 'reportId',
          label: 'Report the decision was taken on (optional)',
          hint: 'A key decision by a Cabinet Member or an officer needs a report published at least 5 clear working days before. When you leave this blank, the Forward Plan entry’s report is used',
          items: [
            { value: '', text: 'No report, or the Forward Plan entry’s report' },
            ...reportChoices.map((r) => ({
              value: String(r.id),
              text: `${r.title} (version ${r.version}, ${r.publication === 'published' ? 'published' : 'not published'})`,
              selected: String(r.id) === String(values.reportId ?? ''),
            })),
          ],
        },
        accessField(values),
        {
          type: 'select',
          name: 'exemptParagraph',
          label: 'Paragraph of Schedule 12A (for an exempt decision)',
          items: [
            { value: '', text: values.minuteItemId ? 'The same as its minute' : 'Select a paragraph' },
            ...schedule12a.map((t, i) => ({ value: String(i + 1), text: `Paragraph ${i + 1}: ${t}`, selected: String(i + 1) === String(values.exemptParagraph ?? '') })),
          ],
        },
        { type: 'textarea', name: 'accessReason', label: 'Reason it can be public (for a public decision of an exempt minute)', rows: 2 },
      ],
    };
  };
  /** Who may see the decision: the same as its minute (the default for a decision from a minute), public or exempt. */
  const accessField = (values: Record<string, unknown>) => {
    const fromMinute = !!values.minuteItemId;
    const chosen = values.access ?? (fromMinute ? 'inherit' : 'public');
    const inherited = typeof values.minuteAccess === 'string' ? `: ${values.minuteAccess.toLowerCase()}` : '';
    return {
      type: 'radios',
      name: 'access',
      label: 'Who can see the decision once it is published?',
      hint: 'An exempt decision is never shown to the public',
      items: [
        ...(fromMinute ? [{ value: 'inherit', text: `The same as the minute it comes from${inherited}`, checked: chosen === 'inherit' }] : []),
        { value: 'public', text: fromMinute ? 'Public, even if its minute is exempt (give the reason)' : 'Public', checked: chosen === 'public' },
        { value: 'exempt', text: 'Exempt: it contains exempt information', checked: chosen === 'exempt' },
      ],
    };
  };
  const input = (b: Record<string, unknown>) => ({ ...b, decidedOn: joinDateParts(b, 'decidedOn') });
  const invalidForm = async (reply: FastifyReply, b: Record<string, unknown>, opts: Parameters<typeof formContext>[1], errors: FieldError[]) =>
    reply.code(400).render('web/views/form.njk', { ...(await formContext(b, opts)), errors: errors.map(dateError('decidedOn')) });

  /** Prefills a new decision from a minute's resolution (?resolution=) or a meeting (?meeting=), as far as the viewer may read them. */
  const prefill = async (viewer: FastifyRequest['viewer'], query: { resolution?: string; meeting?: string }): Promise<Record<string, unknown>> => {
    const resolutionId = Number(query.resolution);
    if (Number.isInteger(resolutionId) && resolutionId > 0) {
      const [r] = await db
        .select({ resolution: resolutions, item: minuteItems, meeting: meetings })
        .from(resolutions)
        .innerJoin(minuteItems, eq(minuteItems.id, resolutions.minuteItemId))
        .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
        .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
        .where(and(eq(resolutions.id, resolutionId), isNull(resolutions.deletedAt), visible(viewer, 'minute_item'), readable(viewer, 'minute_item')));
      if (!r) throw notFound('Resolution');
      const orgs = await listOrganisations(db);
      const org = orgs.find((o) => o.id === r.meeting.organisationId);
      const declared = r.item.agendaItemId
        ? await db
            .select()
            .from(declarations)
            .where(and(eq(declarations.meetingId, r.meeting.id), eq(declarations.agendaItemId, r.item.agendaItemId), isNull(declarations.deletedAt)))
        : [];
      return {
        meetingId: r.meeting.id,
        minuteItemId: r.item.id,
        resolutionId: r.resolution.id,
        makerKind: org?.kind === 'cabinet' ? 'cabinet' : 'committee',
        makerOrganisationId: r.meeting.organisationId,
        title: r.item.title,
        decisionText: r.resolution.text + (r.resolution.delegation ? ` Delegated: ${r.resolution.delegation}` : ''),
        decidedOn: toLondonDate(r.meeting.startAt),
        reasons: r.item.reasons,
        alternativesRejected: r.item.alternativesConsidered,
        conflicts: declared.map((d) => `${d.printedName}: ${d.interest}${d.action ? ` (${d.action})` : ''}`).join('\n') || undefined,
        dispensations:
          declared
            .map((d) => d.dispensation)
            .filter(Boolean)
            .join('\n') || undefined,
        access: 'inherit',
        minuteAccess: accessLabel(r.item),
      };
    }
    const meetingId = Number(query.meeting);
    if (Number.isInteger(meetingId) && meetingId > 0) {
      const [m] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
      if (!m) throw notFound('Meeting');
      const org = (await listOrganisations(db)).find((o) => o.id === m.organisationId);
      return { meetingId: m.id, makerKind: org?.kind === 'cabinet' ? 'cabinet' : 'committee', makerOrganisationId: m.organisationId, decidedOn: toLondonDate(m.startAt) };
    }
    return {};
  };

  const newOpts = { action: '/officer/decisions', title: 'Record a decision' };
  app.get('/officer/decisions/new', { preHandler: edit }, async (request, reply) => {
    const query = request.query as { resolution?: string; meeting?: string };
    const values = await prefill(request.viewer, query);
    // A resolution already recorded as a decision is not recorded twice: the clerk is taken to that decision.
    const existing = typeof values.resolutionId === 'number' ? await decisionOfResolution(db, values.resolutionId) : undefined;
    if (existing) return reply.redirect(`/officer/decisions/${existing.id}`, 303);
    return reply.render('web/views/form.njk', await formContext(values, newOpts));
  });
  app.post('/officer/decisions', editForm, async (request, reply) => {
    const b = body(request);
    const r = await recordDecision(db, actorOf(request), input(b));
    if (!r.ok) return invalidForm(reply, b, newOpts, r.errors);
    return reply.redirect(`/officer/decisions/${r.value.id}`, 303);
  });

  app.get('/officer/decisions/:id', { preHandler: view }, async (request, reply) => {
    const row = await findDecision(db, request.viewer, idOf(request, 'Decision'));
    if (!row) throw notFound('Decision');
    const d = presentDecision(row.decision);
    return reply.render(`${T}officer-decision.njk`, {
      title: d.title,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Decisions', href: '/officer/decisions' }, { text: 'Decision' }],
      d,
      ...(await versionsContext(db, request, row.decision)),
    });
  });

  const refuse = (reply: FastifyReply, id: number) =>
    reply.code(409).render('web/views/refused.njk', {
      title: 'This decision cannot be changed',
      message: 'This decision has been published and is a legal record. It cannot be changed: make a correction, which publishes a new version with a reason.',
      back: `/officer/decisions/${id}`,
    });

  app.get('/officer/decisions/:id/edit', { preHandler: edit }, async (request, reply) => {
    const row = await findDecision(db, request.viewer, idOf(request, 'Decision'));
    if (!row) throw notFound('Decision');
    if (row.decision.publication !== 'draft') return refuse(reply, row.decision.id);
    return reply.render(
      'web/views/form.njk',
      await formContext(valuesOf(row.decision, row.organisation?.kind ?? null, row.person?.kind ?? null), {
        action: `/officer/decisions/${row.decision.id}`,
        title: 'Edit draft decision',
      }),
    );
  });
  app.post('/officer/decisions/:id', editForm, async (request, reply) => {
    const id = idOf(request, 'Decision');
    const b = body(request);
    const r = await updateDecision(db, actorOf(request), id, input(b));
    if (!r.ok) return invalidForm(reply, b, { action: `/officer/decisions/${id}`, title: 'Edit draft decision' }, r.errors);
    return reply.redirect(`/officer/decisions/${id}`, 303);
  });
  app.post('/officer/decisions/:id/publish', editForm, async (request, reply) => {
    const id = idOf(request, 'Decision');
    await publishDecision(db, actorOf(request), id);
    return reply.redirect(`/officer/decisions/${id}`, 303);
  });

  const correctOpts = (id: number) => ({ action: `/officer/decisions/${id}/correct`, title: 'Correct a published decision', correcting: true });
  app.get('/officer/decisions/:id/correct', { preHandler: edit }, async (request, reply) => {
    const row = await findDecision(db, request.viewer, idOf(request, 'Decision'));
    if (!row) throw notFound('Decision');
    if (row.decision.publication === 'draft') return reply.redirect(`/officer/decisions/${row.decision.id}/edit`, 303);
    return reply.render(
      'web/views/form.njk',
      await formContext({ ...valuesOf(row.decision, row.organisation?.kind ?? null, row.person?.kind ?? null), correctionReason: '' }, correctOpts(row.decision.id)),
    );
  });
  app.post('/officer/decisions/:id/correct', editForm, async (request, reply) => {
    const id = idOf(request, 'Decision');
    const b = body(request);
    const r = await correctDecision(db, actorOf(request), id, input(b));
    if (!r.ok) return invalidForm(reply, b, correctOpts(id), r.errors);
    return reply.redirect(`/officer/decisions/${r.value.id}`, 303);
  });
}
