import type { FastifyInstance } from 'fastify';
import { AppError, notFound } from '../../lib/errors.ts';
import { dateParts } from '../../lib/form-dates.ts';
import type { FieldError } from '../../lib/result.ts';
import type { forwardPlanEntries } from '../../db/schema.ts';
import { actorOf, dateField, flashFor, formBody, idOf } from '../../web/route-helpers.ts';
import { can } from '../accounts/index.ts';
import { publicationLabel, schedule12a, type Viewer } from '../visibility/index.ts';
import { createForwardPlanEntry } from './commands/create-forward-plan-entry.ts';
import { updateForwardPlanEntry } from './commands/update-forward-plan-entry.ts';
import { publishForwardPlanVersion } from './commands/publish-forward-plan-version.ts';
import { createNotice } from './commands/create-notice.ts';
import { publishNotice } from './commands/publish-notice.ts';
import { findManagedEntry, forwardPlanVersionsFor, listManagedEntries, listReportChoices, noticeKindLabels, noticesFor } from './forward-plan.repo.ts';

const T = 'modules/forward-plan/views/';
const FORM = 'web/views/form.njk';
const HOME = '/officer/forward-plan';

/** The clerk's screens of the Forward Plan: entries, publishing numbered versions, and notices. */
export async function officerForwardPlanRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };
  const crumbs = (last: string) => [{ text: 'Officer area', href: '/officer' }, { text: 'Forward Plan', href: HOME }, { text: last }];

  app.get(HOME, { preHandler: view }, async (request, reply) => {
    const entries = await listManagedEntries(db, request.viewer);
    const flashes: Record<string, string> = {
      added: 'The entry has been added as a draft. It will be numbered when the Forward Plan is next published',
      saved: 'The entry has been saved. The public will see the change when the Forward Plan is next published',
      published: 'The Forward Plan has been published',
      notice: 'The notice has been saved as a draft',
      'notice-published': 'The notice has been published',
    };
    const q = request.query as { saved?: string };
    return reply.render(`${T}officer-forward-plan.njk`, {
      title: 'Forward Plan',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Forward Plan' }],
      entries: entries.map((e) => ({ ...e, state: publicationLabel(e.publication) })),
      versions: await forwardPlanVersionsFor(db, request.viewer),
      notices: (await noticesFor(db, request.viewer)).map((n) => ({ ...n, state: publicationLabel(n.publication) })),
      canEdit: can(request.user, 'records:edit'),
      flash: flashFor(flashes, q.saved),
    });
  });

  const reportItems = async (viewer: Viewer, values: Record<string, unknown>) => [
    { value: '', text: 'No report yet' },
    ...(await listReportChoices(db, viewer)).map((r) => ({
      value: String(r.id),
      text: r.title,
      selected: String(values.reportId ?? '') === String(r.id),
    })),
  ];
  const entryForm = async (viewer: Viewer, values: Record<string, unknown>, errors: FieldError[], opts: { action: string; title: string; summary?: unknown }) => ({
    title: opts.title,
    caption: 'Forward Plan',
    intro: 'Everything on this form except the private details is published with the Forward Plan.',
    summary: opts.summary,
    breadcrumbs: crumbs(opts.title),
    action: opts.action,
    back: HOME,
    values,
    errors: errors.map(dateField('decisionDate')),
    submitText: 'Save the entry',
    fields: [
      { type: 'input', name: 'issue', label: 'Issue', hint: 'A short title of the matter to be decided' },
      { type: 'textarea', name: 'decision', label: 'Decision to be taken', rows: 4 },
      {
        type: 'radios',
        name: 'decisionDateQualifier',
        label: 'When will the decision be taken?',
        items: [
          { value: 'on', text: 'On the date', checked: values.decisionDateQualifier === 'on' },
          { value: 'not-before', text: 'Not before the date', checked: values.decisionDateQualifier === 'not-before' },
          { value: 'before', text: 'Before the date', checked: values.decisionDateQualifier === 'before' },
        ],
      },
      {
        type: 'date',
        name: 'decisionDate',
        errorField: 'decisionDate-day',
        label: 'Decision date',
        hint: 'For example, 27 3 2027',
        parts: dateParts(values.decisionDate as string),
      },
      { type: 'textarea', name: 'decisionMakers', label: 'Decision maker', hint: 'One a line: Cabinet, a Cabinet Member or an officer', rows: 2 },
      { type: 'textarea', name: 'documents', label: 'Documents to be considered (optional)', rows: 2 },
      { type: 'textarea', name: 'contacts', label: 'Contact officers', hint: 'One a line, with their job title and how to contact them', rows: 2 },
      {
        type: 'input',
        name: 'keySpend',
        label: 'Spend or saving in pounds (optional)',
        hint: 'A key decision spends or saves at least the council’s threshold',
        classes: 'govuk-input--width-10',
      },
      {
        type: 'radios',
        name: 'keyDivisions',
        label: 'Will it have a significant effect on two or more divisions?',
        items: [
          { value: 'no', text: 'No', checked: values.keyDivisions !== 'yes' },
          { value: 'yes', text: 'Yes', checked: values.keyDivisions === 'yes' },
        ],
      },
      { type: 'input', name: 'divisionsAffected', label: 'Divisions affected (if it affects two or more)' },
      {
        type: 'radios',
        name: 'exemptStatus',
        label: 'Will the matter be considered in private?',
        hint: 'The entry itself is always published; only the private details below are kept back',
        items: [
          { value: 'open', text: 'No, it is open to the public', checked: !values.exemptStatus || values.exemptStatus === 'open' },
          { value: 'part', text: 'Part exempt', checked: values.exemptStatus === 'part' },
          { value: 'full', text: 'Exempt', checked: values.exemptStatus === 'full' },
        ],
      },
      {
        type: 'select',
        name: 'exemptMatterParagraph',
        label: 'Paragraph of Schedule 12A (if exempt)',
        items: [
          { value: '', text: 'Not exempt' },
          ...schedule12a.map((t, i) => ({ value: String(i + 1), text: `${i + 1}: ${t}`, selected: String(values.exemptMatterParagraph ?? '') === String(i + 1) })),
        ],
      },
      { type: 'textarea', name: 'privateDetails', label: 'Private details (optional, never published)', hint: 'Only officers signed in can see these', rows: 3 },
      { type: 'select', name: 'reportId', label: 'Report (optional)', items: await reportItems(viewer, values) },
    ],
  });

  app.get(`${HOME}/entries/new`, { preHandler: edit }, async (request, reply) =>
    reply.render(FORM, await entryForm(request.viewer, { decisionDateQualifier: 'not-before' }, [], { action: `${HOME}/entries`, title: 'Add an entry to the Forward Plan' })),
  );
  app.post(`${HOME}/entries`, editForm, async (request, reply) => {
    const b = formBody(request);
    const r = await createForwardPlanEntry(db, actorOf(request), b);
    if (!r.ok) return reply.code(400).render(FORM, await entryForm(request.viewer, b, r.errors, { action: `${HOME}/entries`, title: 'Add an entry to the Forward Plan' }));
    return reply.redirect(`${HOME}?saved=added`, 303);
  });

  const managedOr404 = async (viewer: Viewer, id: number) => {
    const e = await findManagedEntry(db, viewer, id);
    if (!e) throw notFound('Forward Plan entry');
    return e;
  };
  const editOpts = (e: typeof forwardPlanEntries.$inferSelect) => ({
    action: `${HOME}/entries/${e.id}`,
    title: 'Edit a Forward Plan entry',
    summary: [
      { key: { text: 'Reference' }, value: { text: e.ref ?? 'Given when the Forward Plan is next published' } },
      { key: { text: 'First published' }, value: { text: e.firstPublished ?? 'Not yet published' } },
    ],
  });
  app.get(`${HOME}/entries/:id/edit`, { preHandler: edit }, async (request, reply) => {
    const e = await managedOr404(request.viewer, idOf(request, 'Forward Plan entry'));
    const values = {
      ...e,
      decisionMakers: e.decisionMakers.join('\n'),
      contacts: e.contacts.join('\n'),
      keyDivisions: e.keyDivisions ? 'yes' : 'no',
      exemptStatus: e.exempt === 'Exempt' ? 'full' : e.exempt ? 'part' : 'open',
    };
    return reply.render(FORM, await entryForm(request.viewer, values, [], editOpts(e)));
  });
  app.post(`${HOME}/entries/:id`, editForm, async (request, reply) => {
    const e = await managedOr404(request.viewer, idOf(request, 'Forward Plan entry'));
    const b = formBody(request);
    const r = await updateForwardPlanEntry(db, actorOf(request), e.id, b);
    if (!r.ok) return reply.code(400).render(FORM, await entryForm(request.viewer, b, r.errors, editOpts(e)));
    return reply.redirect(`${HOME}?saved=saved`, 303);
  });

  app.post(`${HOME}/versions`, editForm, async (request, reply) => {
    const b = formBody(request);
    const r = await publishForwardPlanVersion(db, actorOf(request), { note: typeof b.note === 'string' ? b.note : undefined });
    if (!r.ok)
      return reply.code(400).render(`${T}officer-forward-plan.njk`, {
        title: 'Forward Plan',
        breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Forward Plan' }],
        errors: r.errors.map((e) => ({ ...e, field: 'note' })),
        entries: [],
        versions: await forwardPlanVersionsFor(db, request.viewer),
        notices: [],
        canEdit: true,
      });
    return reply.redirect(`${HOME}?saved=published`, 303);
  });

  const entryItems = async (viewer: Viewer, values: Record<string, unknown>) => [
    { value: '', text: 'Select an entry' },
    ...(await listManagedEntries(db, viewer)).map((e) => ({
      value: String(e.id),
      text: `${e.ref ?? 'Not yet published'}: ${e.issue ?? ''}`,
      selected: String(values.forwardPlanEntryId ?? '') === String(e.id),
    })),
  ];
  const noticeForm = async (viewer: Viewer, values: Record<string, unknown>, errors: FieldError[]) => ({
    title: 'Add a notice',
    caption: 'Forward Plan',
    intro: 'The notice stays a draft until you publish it. A key decision taken late needs a published general exception or special urgency notice.',
    breadcrumbs: crumbs('Add a notice'),
    action: '/officer/notices',
    back: HOME,
    values,
    errors: errors.map(dateField('decisionDate')).map(dateField('chairInformedOn')).map(dateField('chairAgreedOn')),
    submitText: 'Save the notice',
    fields: [
      {
        type: 'radios',
        name: 'kind',
        label: 'Kind of notice',
        items: Object.entries(noticeKindLabels).map(([value, text]) => ({ value, text, checked: values.kind === value })),
      },
      { type: 'select', name: 'forwardPlanEntryId', label: 'Forward Plan entry', items: await entryItems(viewer, values) },
      { type: 'input', name: 'decisionMaker', label: 'Decision maker' },
      {
        type: 'date',
        name: 'decisionDate',
        errorField: 'decisionDate-day',
        label: 'Date of the decision or meeting',
        parts: { day: values['decisionDate-day'] ?? '', month: values['decisionDate-month'] ?? '', year: values['decisionDate-year'] ?? '' },
      },
      { type: 'textarea', name: 'reasons', label: 'Reasons', hint: 'Why the decision cannot wait, or why the meeting will be in private', rows: 4 },
      { type: 'input', name: 'scrutinyChair', label: 'Scrutiny chair (general exception and special urgency)' },
      {
        type: 'date',
        name: 'chairInformedOn',
        errorField: 'chairInformedOn-day',
        label: 'Date the scrutiny chair was informed in writing (general exception)',
        parts: { day: values['chairInformedOn-day'] ?? '', month: values['chairInformedOn-month'] ?? '', year: values['chairInformedOn-year'] ?? '' },
      },
      {
        type: 'date',
        name: 'chairAgreedOn',
        errorField: 'chairAgreedOn-day',
        label: 'Date the scrutiny chair agreed it cannot reasonably be deferred (special urgency)',
        parts: { day: values['chairAgreedOn-day'] ?? '', month: values['chairAgreedOn-month'] ?? '', year: values['chairAgreedOn-year'] ?? '' },
      },
      {
        type: 'radios',
        name: 'privateStage',
        label: 'Private meeting notice',
        items: [
          { value: '28-day', text: '28 clear days before', checked: values.privateStage === '28-day' },
          { value: '5-day', text: '5 clear days before, with the representations received', checked: values.privateStage === '5-day' },
        ],
      },
      { type: 'textarea', name: 'representations', label: 'Representations received (private meeting, 5 days)', rows: 3 },
    ],
  });
  app.get('/officer/notices/new', { preHandler: edit }, async (request, reply) => {
    const q = request.query as { entry?: string };
    return reply.render(FORM, await noticeForm(request.viewer, { forwardPlanEntryId: q.entry }, []));
  });
  app.post('/officer/notices', editForm, async (request, reply) => {
    const b = formBody(request);
    const r = await createNotice(db, actorOf(request), b);
    if (!r.ok) return reply.code(400).render(FORM, await noticeForm(request.viewer, b, r.errors));
    return reply.redirect(`${HOME}?saved=notice`, 303);
  });
  app.post('/officer/notices/:id/publish', editForm, async (request, reply) => {
    const r = await publishNotice(db, actorOf(request), idOf(request, 'Notice'));
    if (!r.ok) throw new AppError('conflict', r.errors[0]!.message);
    return reply.redirect(`${HOME}?saved=notice-published`, 303);
  });
}
