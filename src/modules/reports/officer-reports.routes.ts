import { can } from '../accounts/index.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import { formatDate, toLondonDate } from '../../lib/dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, dateField, flashFor, formBody, idOf } from '../../web/route-helpers.ts';
import { publicationLabel, schedule12a } from '../visibility/index.ts';
import { agendaItemChoices, appendicesOf, councilBody, findAppendix, findReport, listReports, mayChange, placeOf, signOffsOf } from './reports.repo.ts';
import { kindLabel, presentReport } from './reports.presenter.ts';
import { optionalReportSections, otherImplicationHeadings, reportKinds } from './reports.schema.ts';
import { reportPublicationGaps, reportSettingsOf } from './reports.rules.ts';
import { eiasOfReport } from './eias.repo.ts';
import { createReport } from './commands/create-report.ts';
import { updateReport } from './commands/update-report.ts';
import { recordSignOff } from './commands/record-sign-off.ts';
import { saveAppendix } from './commands/save-appendix.ts';
import { overrideSignOffs } from './commands/override-sign-offs.ts';
import { attachReport } from './commands/attach-report.ts';
import { publishReport } from './commands/publish-report.ts';
import { saveReportSettings } from './commands/save-report-settings.ts';

const FORM = 'web/views/form.njk';
const T = 'modules/reports/views/';
type Values = Record<string, unknown>;

const asLines = (a: string[] | null | undefined) => (a ?? []).join('\n');
const asArray = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
const scaleItems = (value: unknown, what: string) => [
  { value: '', text: `Select the ${what}` },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), text: String(n), selected: String(value ?? '') === String(n) })),
];

/** The report form's values from a stored report. */
function valuesOf(r: NonNullable<Awaited<ReturnType<typeof findReport>>>): Values {
  return {
    ...r,
    cabinetMembers: asLines(r.cabinetMembers),
    divisions: asLines(r.divisions),
    localMembers: asLines(r.localMembers),
    recommendations: asLines(r.recommendations),
    priorityLinks: r.priorityLinks,
    ...Object.fromEntries(Object.keys(otherImplicationHeadings).map((k) => [`other_${k}`, r.otherImplications[k] ?? ''])),
  };
}

/** The decision report's fields in the order of the council's template, without the sections the council leaves out. */
function reportFields(values: Values, settings: { priorities: string[]; omittedSections: string[] }) {
  const priorities = settings.priorities;
  const ticked = asArray(values.priorityLinks);
  const omitted = new Set(settings.omittedSections);
  const riskFields = new Set(['riskImplications', 'riskLikelihood', 'riskImpact']);
  return templateFields(values, priorities, ticked).filter((f) => !omitted.has(f.name) && !(omitted.has('riskImplications') && riskFields.has(f.name)));
}

function templateFields(values: Values, priorities: string[], ticked: string[]) {
  return [
    { type: 'input', name: 'title', label: 'Title of the report' },
    {
      type: 'radios',
      name: 'kind',
      label: 'Kind of report',
      items: Object.entries(reportKinds).map(([value, text]) => ({ value, text, checked: values.kind === value })),
    },
    { type: 'input', name: 'decisionMaker', label: 'Decision maker (optional)', hint: 'For example, Cabinet, or the Cabinet Member for Highways' },
    {
      type: 'date',
      name: 'decisionDate',
      errorField: 'decisionDate-day',
      label: 'Decision date (optional)',
      hint: 'For example, 27 3 2031',
      parts: dateParts(joinDateParts(values, 'decisionDate')),
    },
    { type: 'textarea', name: 'cabinetMembers', label: 'Cabinet Members (optional)', hint: 'One on each line', rows: 2 },
    { type: 'textarea', name: 'divisions', label: 'Divisions affected (optional)', hint: 'One on each line, or “All divisions”', rows: 2 },
    { type: 'textarea', name: 'localMembers', label: 'Local members (optional)', hint: 'One on each line', rows: 2 },
    { type: 'input', name: 'leadOfficer', label: 'Lead officer (optional)' },
    { type: 'input', name: 'author', label: 'Report author (optional)' },
    { type: 'input', name: 'contact', label: 'Contact (optional)', hint: 'A telephone number or email address' },
    { type: 'input', name: 'forwardPlanRef', label: 'Forward Plan reference (optional)', hint: 'For example, FP/31/03/02', classes: 'govuk-input--width-10' },
    { type: 'textarea', name: 'summary', label: 'Summary (optional)' },
    { type: 'textarea', name: 'recommendations', label: 'Recommendations (optional)', hint: 'One on each line: they are numbered in order' },
    { type: 'textarea', name: 'reasons', label: 'Reasons for the recommendations (optional)', rows: 3 },
    ...(priorities.length
      ? [
          {
            type: 'checkboxes',
            name: 'priorityLinks',
            label: 'Which of the council’s priorities does it serve? (optional)',
            hint: 'Select all that apply',
            items: priorities.map((p) => ({ value: p, text: p, checked: ticked.includes(p) })),
          },
        ]
      : []),
    { type: 'textarea', name: 'consultations', label: 'Consultations (optional)', rows: 3 },
    { type: 'textarea', name: 'financialImplications', label: 'Financial implications (optional)', rows: 3 },
    { type: 'textarea', name: 'legalImplications', label: 'Legal implications (optional)', rows: 3 },
    { type: 'textarea', name: 'hrImplications', label: 'Human resources implications (optional)', rows: 3 },
    { type: 'textarea', name: 'riskImplications', label: 'Risk implications (optional)', rows: 3 },
    {
      type: 'select',
      name: 'riskLikelihood',
      label: 'Risk likelihood (optional)',
      hint: '1 is very unlikely, 5 is almost certain',
      items: scaleItems(values.riskLikelihood, 'likelihood'),
    },
    {
      type: 'select',
      name: 'riskImpact',
      label: 'Risk impact (optional)',
      hint: '1 is negligible, 5 is severe. The risk score is the likelihood times the impact.',
      items: scaleItems(values.riskImpact, 'impact'),
    },
    ...Object.entries(otherImplicationHeadings).map(([k, h]) => ({ type: 'textarea', name: `other_${k}`, label: `${h} implications (optional)`, rows: 2 })),
    { type: 'textarea', name: 'scrutinyComments', label: 'Scrutiny comments (optional)', rows: 3 },
    { type: 'textarea', name: 'background', label: 'Background (optional)', rows: 3 },
    { type: 'textarea', name: 'optionsConsidered', label: 'Options considered (optional)', rows: 3 },
    { type: 'textarea', name: 'backgroundPapers', label: 'Background papers (optional)', rows: 2 },
  ];
}

const reportBody = (request: FastifyRequest) => {
  const b = formBody(request);
  return { ...b, decisionDate: joinDateParts(b, 'decisionDate') };
};

/** The officer screens for drafting decision reports, gathering sign-offs, appendices and putting a report on an agenda. */
export async function officerReportsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const author = app.requireCan('documents:upload');
  const clerk = app.requireCan('records:edit');
  const authorForm = { preHandler: [author, app.csrfProtection] };
  const clerkForm = { preHandler: [clerk, app.csrfProtection] };
  const crumbs = (last: string, report?: { id: number }) => [
    { text: 'Officer area', href: '/officer' },
    { text: 'Decision reports', href: '/officer/reports' },
    ...(report ? [{ text: 'Report', href: `/officer/reports/${report.id}` }] : []),
    { text: last },
  ];
  /** The report, if the viewer may change it: another author's report answers as a missing one. */
  const editable = async (request: FastifyRequest) => {
    const r = await findReport(db, request.viewer, idOf(request, 'Report'));
    if (!r || !mayChange(request.viewer, r)) throw notFound('Report');
    return r;
  };

  app.get('/officer/reports', { preHandler: author }, async (request, reply) => {
    const q = request.query as { saved?: string };
    return reply.render(`${T}officer-reports.njk`, {
      title: 'Decision reports',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Decision reports' }],
      reports: (await listReports(db, request.viewer)).map((r) => ({ ...r, kindText: kindLabel(r.kind), state: publicationLabel(r.publication) })),
      isClerk: can(request.user, 'records:edit'),
      flash: q.saved === 'eia' ? 'The equality impact assessment has been saved' : undefined,
    });
  });

  const newForm = async (values: Values, errors: FieldError[] = []) => {
    const body = await councilBody(db);
    if (!body) throw notFound('Council');
    const settings = await reportSettingsOf(db, body.id);
    return {
      title: 'Draft a decision report',
      intro: `Write the report in the council’s template. It stays a draft that only you and democratic services can see. Sign-off will be asked of: ${settings.signOffRoles.join(', ')}.`,
      breadcrumbs: crumbs('Draft a report'),
      action: '/officer/reports',
      back: '/officer/reports',
      values,
      errors: errors.map(dateField('decisionDate')),
      submitText: 'Save the draft',
      fields: reportFields(values, settings),
    };
  };
  app.get('/officer/reports/new', { preHandler: author }, async (_request, reply) => reply.render(FORM, await newForm({})));
  app.post('/officer/reports', authorForm, async (request, reply) => {
    const body = await councilBody(db);
    if (!body) throw notFound('Council');
    const b = reportBody(request);
    const r = await createReport(db, actorOf(request), body.id, b);
    if (!r.ok) return reply.code(400).render(FORM, await newForm(formBody(request), r.errors));
    return reply.redirect(`/officer/reports/${r.value.id}?saved=created`, 303);
  });

  app.get('/officer/reports/:id', { preHandler: author }, async (request, reply) => {
    const v = request.viewer;
    const report = await findReport(db, v, idOf(request, 'Report'));
    if (!report) throw notFound('Report');
    const r = presentReport(report, await signOffsOf(db, report.id), await appendicesOf(db, v, report.id));
    const q = request.query as { saved?: string };
    const flashes: Record<string, string> = {
      created: 'The report has been saved as a draft',
      updated: 'The report has been saved',
      version: `The report was published, so your changes are saved as version ${report.version}, a new draft`,
      signoff: 'The sign-off has been recorded',
      appendix: 'The appendix has been saved',
      override: 'The sign-off override has been recorded',
      agenda: 'The report has been put on the agenda. It will be published with the agenda.',
      published: 'The report has been published. A key decision by a Cabinet Member or an officer can be taken on it from 5 clear working days after today.',
    };
    const gaps = report.publication === 'draft' ? await reportPublicationGaps(db, [report.id]) : [];
    return reply.render(`${T}officer-report.njk`, {
      title: report.title,
      breadcrumbs: crumbs('Report'),
      r,
      state: publicationLabel(report.publication),
      place: await placeOf(db, v, report),
      gaps,
      eias: await eiasOfReport(db, v, report.id),
      canChange: mayChange(v, report),
      isClerk: can(request.user, 'records:edit'),
      flash: flashFor(flashes, q.saved),
    });
  });

  const editForm = async (report: { id: number; bodyId: number; title: string; publication: string }, values: Values, errors: FieldError[] = []) => {
    const settings = await reportSettingsOf(db, report.bodyId);
    return {
      title: 'Change the report',
      caption: report.title,
      intro: report.publication === 'draft' ? undefined : 'This version has been published and is kept as it is. Your changes will be saved as a new version, a draft.',
      breadcrumbs: crumbs('Change', report),
      action: `/officer/reports/${report.id}`,
      back: `/officer/reports/${report.id}`,
      values,
      errors: errors.map(dateField('decisionDate')),
      submitText: report.publication === 'draft' ? 'Save the report' : 'Save as a new version',
      fields: reportFields(values, settings),
    };
  };
  app.get('/officer/reports/:id/edit', { preHandler: author }, async (request, reply) => {
    const r = await editable(request);
    return reply.render(FORM, await editForm(r, valuesOf(r)));
  });
  app.post('/officer/reports/:id', authorForm, async (request, reply) => {
    const report = await editable(request);
    const r = await updateReport(db, actorOf(request), report.id, reportBody(request));
    if (!r.ok) return reply.code(400).render(FORM, await editForm(report, formBody(request), r.errors));
    return reply.redirect(`/officer/reports/${r.value.id}?saved=${r.value.id === report.id ? 'updated' : 'version'}`, 303);
  });

  const signOffForm = (report: { id: number; title: string }, s: { id: number; role: string }, values: Values, errors: FieldError[] = []) => ({
    title: `Record sign-off: ${s.role}`,
    caption: report.title,
    breadcrumbs: crumbs('Sign-off', report),
    action: `/officer/reports/${report.id}/sign-offs/${s.id}`,
    back: `/officer/reports/${report.id}`,
    values,
    errors: errors.map(dateField('signedOn')).map(dateField('sentOn')),
    submitText: 'Record the sign-off',
    fields: [
      {
        type: 'radios',
        name: 'status',
        label: 'Where does this sign-off stand?',
        items: [
          { value: 'signed', text: 'Signed off', checked: values.status === 'signed' },
          { value: 'commented', text: 'Commented on', checked: values.status === 'commented' },
          { value: 'sent', text: 'Sent, awaiting a reply', checked: values.status === 'sent' },
        ],
      },
      { type: 'input', name: 'name', label: 'Name', hint: 'The person who signed off or commented' },
      {
        type: 'date',
        name: 'signedOn',
        errorField: 'signedOn-day',
        label: 'Date signed off or commented',
        hint: 'For example, 27 3 2031',
        parts: dateParts(joinDateParts(values, 'signedOn')),
      },
      {
        type: 'date',
        name: 'sentOn',
        errorField: 'sentOn-day',
        label: 'Date sent (if sent and awaiting a reply)',
        hint: 'For example, 27 3 2031',
        parts: dateParts(joinDateParts(values, 'sentOn')),
      },
      { type: 'textarea', name: 'comment', label: 'Comment (optional if signed off)', rows: 3 },
    ],
  });
  const signOffOf = async (request: FastifyRequest) => {
    const report = await editable(request);
    const id = idOf(request, 'Sign-off', 'signOffId');
    const s = (await signOffsOf(db, report.id)).find((x) => x.id === id);
    if (!s) throw notFound('Sign-off');
    return { report, s };
  };
  app.get('/officer/reports/:id/sign-offs/:signOffId', { preHandler: author }, async (request, reply) => {
    const { report, s } = await signOffOf(request);
    return reply.render(
      FORM,
      signOffForm(report, s, { status: s.status === 'pending' ? undefined : s.status, name: s.name, signedOn: s.signedOn, sentOn: s.sentOn, comment: s.comment }),
    );
  });
  app.post('/officer/reports/:id/sign-offs/:signOffId', authorForm, async (request, reply) => {
    const { report, s } = await signOffOf(request);
    const b = formBody(request);
    const r = await recordSignOff(db, actorOf(request), s.id, { ...b, signedOn: joinDateParts(b, 'signedOn'), sentOn: joinDateParts(b, 'sentOn') });
    if (!r.ok) return reply.code(400).render(FORM, signOffForm(report, s, b, r.errors));
    return reply.redirect(`/officer/reports/${report.id}?saved=signoff`, 303);
  });

  const appendixForm = (report: { id: number; title: string }, appendixId: number | null, values: Values, errors: FieldError[] = []) => ({
    title: appendixId ? 'Change the appendix' : 'Add an appendix',
    caption: report.title,
    breadcrumbs: crumbs('Appendix', report),
    action: appendixId ? `/officer/reports/${report.id}/appendices/${appendixId}` : `/officer/reports/${report.id}/appendices`,
    back: `/officer/reports/${report.id}`,
    values,
    errors,
    submitText: 'Save the appendix',
    fields: [
      { type: 'input', name: 'title', label: 'Title of the appendix' },
      { type: 'textarea', name: 'body', label: 'Text of the appendix (optional)', rows: 8 },
      {
        type: 'radios',
        name: 'access',
        label: 'Who can see this appendix?',
        hint: 'An appendix is exempt until you say it is public. An exempt appendix needs its paragraph before the report can be published.',
        items: [
          { value: 'exempt', text: 'Exempt: not for publication', checked: values.access !== 'public' },
          { value: 'public', text: 'Public', checked: values.access === 'public' },
        ],
      },
      {
        type: 'select',
        name: 'exemptParagraph',
        label: 'Paragraph of Schedule 12A (if exempt)',
        items: [
          { value: '', text: 'Not yet chosen' },
          ...schedule12a.map((text, i) => ({ value: String(i + 1), text: `${i + 1}: ${text}`, selected: String(values.exemptParagraph ?? '') === String(i + 1) })),
        ],
      },
    ],
  });
  app.get('/officer/reports/:id/appendices/new', { preHandler: author }, async (request, reply) => reply.render(FORM, appendixForm(await editable(request), null, {})));
  app.post('/officer/reports/:id/appendices', authorForm, async (request, reply) => {
    const report = await editable(request);
    const r = await saveAppendix(db, actorOf(request), report.id, null, formBody(request));
    if (!r.ok) return reply.code(400).render(FORM, appendixForm(report, null, formBody(request), r.errors));
    return reply.redirect(`/officer/reports/${report.id}?saved=appendix`, 303);
  });
  const appendixOf = async (request: FastifyRequest) => {
    const report = await editable(request);
    const a = await findAppendix(db, request.viewer, report.id, idOf(request, 'Appendix', 'appendixId'));
    if (!a) throw notFound('Appendix');
    return { report, a };
  };
  app.get('/officer/reports/:id/appendices/:appendixId/edit', { preHandler: author }, async (request, reply) => {
    const { report, a } = await appendixOf(request);
    return reply.render(FORM, appendixForm(report, a.id, { ...a, exemptParagraph: a.exemptParagraph ?? '' }));
  });
  app.post('/officer/reports/:id/appendices/:appendixId', authorForm, async (request, reply) => {
    const { report, a } = await appendixOf(request);
    const r = await saveAppendix(db, actorOf(request), report.id, a.id, formBody(request));
    if (!r.ok) return reply.code(400).render(FORM, appendixForm(report, a.id, formBody(request), r.errors));
    return reply.redirect(`/officer/reports/${report.id}?saved=appendix`, 303);
  });

  const overrideForm = (report: { id: number; title: string }, values: Values, errors: FieldError[] = []) => ({
    title: 'Publish without all sign-offs',
    caption: report.title,
    intro: 'Only do this when the report must go on the agenda before every sign-off is in. Your name and reason are recorded in the audit log.',
    breadcrumbs: crumbs('Override sign-offs', report),
    action: `/officer/reports/${report.id}/override`,
    back: `/officer/reports/${report.id}`,
    values,
    errors,
    submitText: 'Record the override',
    fields: [{ type: 'textarea', name: 'reason', label: 'Why can the report be published without all its sign-offs?', rows: 3 }],
  });
  const anyReport = async (request: FastifyRequest) => {
    const r = await findReport(db, request.viewer, idOf(request, 'Report'));
    if (!r) throw notFound('Report');
    return r;
  };
  app.get('/officer/reports/:id/override', { preHandler: clerk }, async (request, reply) => reply.render(FORM, overrideForm(await anyReport(request), {})));
  app.post('/officer/reports/:id/override', clerkForm, async (request, reply) => {
    const report = await anyReport(request);
    const r = await overrideSignOffs(db, actorOf(request), report.id, formBody(request));
    if (!r.ok) return reply.code(400).render(FORM, overrideForm(report, formBody(request), r.errors));
    return reply.redirect(`/officer/reports/${report.id}?saved=override`, 303);
  });

  const agendaForm = async (report: { id: number; title: string; bodyId: number }, values: Values, errors: FieldError[] = []) => {
    const items = await agendaItemChoices(db, report.bodyId);
    return {
      title: 'Put the report on an agenda',
      caption: report.title,
      intro: items.length
        ? 'The report is published with the agenda, and then kept as it is.'
        : 'There are no agenda items of meetings yet to happen. Add the item to the meeting’s agenda first.',
      breadcrumbs: crumbs('Agenda', report),
      action: `/officer/reports/${report.id}/agenda`,
      back: `/officer/reports/${report.id}`,
      values,
      errors,
      submitText: 'Put on the agenda',
      fields: [
        {
          type: 'select',
          name: 'agendaItemId',
          label: 'Agenda item',
          items: [
            { value: '', text: 'Select an agenda item' },
            ...items.map((i) => ({
              value: String(i.id),
              text: `${i.organisationName}, ${formatDate(toLondonDate(i.startAt))}: item ${i.number ?? ''} ${i.title}`,
              selected: String(values.agendaItemId ?? '') === String(i.id),
            })),
          ],
        },
      ],
    };
  };
  app.get('/officer/reports/:id/agenda', { preHandler: clerk }, async (request, reply) => {
    const report = await anyReport(request);
    return reply.render(FORM, await agendaForm(report, { agendaItemId: report.agendaItemId ?? '' }));
  });
  app.post('/officer/reports/:id/agenda', clerkForm, async (request, reply) => {
    const report = await anyReport(request);
    const r = await attachReport(db, actorOf(request), report.id, formBody(request));
    if (!r.ok) return reply.code(400).render(FORM, await agendaForm(report, formBody(request), r.errors));
    return reply.redirect(`/officer/reports/${report.id}?saved=agenda`, 303);
  });

  // A report for a decision taken without a meeting (a Cabinet Member or an officer) is published on its own.
  const publishForm = (report: { id: number; title: string }, errors: FieldError[] = []) => ({
    title: 'Publish the report for an individual decision',
    caption: report.title,
    intro:
      'Publish a report that is not on an agenda: the report for a decision a Cabinet Member or an officer takes without a meeting. It is open to the public from now (exempt appendices stay exempt) and kept as it is. A key decision can be taken on it 5 clear working days later.',
    breadcrumbs: crumbs('Publish', report),
    action: `/officer/reports/${report.id}/publish`,
    back: `/officer/reports/${report.id}`,
    values: {},
    errors,
    submitText: 'Publish the report',
    fields: [],
  });
  app.get('/officer/reports/:id/publish', { preHandler: clerk }, async (request, reply) => reply.render(FORM, publishForm(await anyReport(request))));
  app.post('/officer/reports/:id/publish', clerkForm, async (request, reply) => {
    const report = await anyReport(request);
    const r = await publishReport(db, actorOf(request), report.id);
    if (!r.ok) return reply.code(400).render(FORM, publishForm(report, r.errors));
    return reply.redirect(`/officer/reports/${report.id}?saved=published`, 303);
  });

  // The council's report template: the sign-off roles every new report asks for, and the priorities a report can be linked to.
  const settingsForm = (values: Values, errors: FieldError[] = [], saved = false) => ({
    title: 'Report template settings',
    intro:
      'New reports ask for sign-off from these roles, in this order, can be linked to these priorities, and leave out the sections you choose. Reports already drafted keep the sign-off table they were given.',
    breadcrumbs: crumbs('Template settings'),
    action: '/officer/reports/settings',
    back: '/officer/reports',
    values,
    errors,
    flash: saved ? 'The report template settings have been saved' : undefined,
    submitText: 'Save the settings',
    fields: [
      { type: 'textarea', name: 'signOffRoles', label: 'Sign-off roles', hint: 'One role on each line, for example Monitoring Officer', rows: 8 },
      { type: 'textarea', name: 'priorities', label: 'The council’s strategy priorities (optional)', hint: 'One priority on each line', rows: 6 },
      {
        type: 'checkboxes',
        name: 'omittedSections',
        label: 'Sections your reports leave out (optional)',
        hint: 'The report form does not ask for these. Reports that already have them keep them.',
        items: Object.entries(optionalReportSections).map(([value, text]) => ({ value, text, checked: asArray(values.omittedSections).includes(value) })),
      },
    ],
  });
  const lines = (v: unknown) => String(v ?? '').split(/\r?\n/);
  app.get('/officer/reports/settings', { preHandler: clerk }, async (request, reply) => {
    const body = await councilBody(db);
    if (!body) throw notFound('Council');
    const settings = await reportSettingsOf(db, body.id);
    const q = request.query as { saved?: string };
    return reply.render(
      FORM,
      settingsForm(
        { signOffRoles: settings.signOffRoles.join('\n'), priorities: settings.priorities.join('\n'), omittedSections: settings.omittedSections },
        [],
        q.saved === 'yes',
      ),
    );
  });
  app.post('/officer/reports/settings', clerkForm, async (request, reply) => {
    const body = await councilBody(db);
    if (!body) throw notFound('Council');
    const b = formBody(request);
    const r = await saveReportSettings(db, actorOf(request), body.id, {
      signOffRoles: lines(b.signOffRoles),
      priorities: lines(b.priorities),
      omittedSections: asArray(b.omittedSections),
    });
    if (!r.ok)
      return reply.code(400).render(
        FORM,
        settingsForm(
          b,
          r.errors.map((e) => ({ field: e.field, message: e.message })),
        ),
      );
    return reply.redirect('/officer/reports/settings?saved=yes', 303);
  });
}
