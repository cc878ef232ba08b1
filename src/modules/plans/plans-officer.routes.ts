import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatDateTime, toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import type { FieldError } from '../../lib/result.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import { actorOf, dateField, flashFor, formBody, idOf } from '../../web/route-helpers.ts';
import { can } from '../accounts/index.ts';
import { publishRecords, recordsViewer } from '../visibility/index.ts';
import { addHighlightReportsToAgenda } from './commands/add-highlight-reports-to-agenda.ts';
import { assignChampion } from './commands/assign-champion.ts';
import { assignDeliveryGroup } from './commands/assign-delivery-group.ts';
import { linkActionPlan } from './commands/link-action-plan.ts';
import { linkMeasure } from './commands/link-measure.ts';
import { removeChampion } from './commands/remove-champion.ts';
import { removeDeliveryGroup } from './commands/remove-delivery-group.ts';
import { removePlanPart } from './commands/remove-plan-part.ts';
import { partRemoval, type PartRemoval } from './part-removal.ts';
import { saveHighlightReport } from './commands/save-highlight-report.ts';
import { savePlan } from './commands/save-plan.ts';
import { savePlanPart } from './commands/save-plan-part.ts';
import { unlinkActionPlan } from './commands/unlink-action-plan.ts';
import { unlinkMeasure } from './commands/unlink-measure.ts';
import { presentHighlightReport, presentPlan, presentTree } from './plans.presenter.ts';
import { councilId, findHighlightReport, findPart, findPlan, highlightReportsOf, linkChoices, listPlans, meetingChoices, planContents, type Plan } from './plans.repo.ts';
import { quarterOf } from './quarters.ts';

const T = 'modules/plans/views/';
const FORM = 'web/views/form.njk';
const officer = { text: 'Officer area', href: '/officer' };
const list = { text: 'Plans', href: '/officer/plans' };

const flashes: Record<string, string> = {
  created: 'The plan has been saved as a draft. Publish it when it is ready for the public.',
  updated: 'The plan has been updated',
  published: 'The plan has been published',
  part: 'The part has been added to the plan',
  agenda: 'The highlight reports have been added to the meeting’s agenda as a draft item',
  group: 'The delivery group has been assigned',
  champion: 'The member champion has been assigned',
  'action-plan': 'The action plan has been linked',
  measure: 'The measure has been linked',
  removed: 'The part has been removed from the plan',
  'group-removed': 'The delivery group has been taken off the part',
  'champion-removed': 'The member champion has been taken off the part',
  'action-plan-unlinked': 'The action plan has been unlinked from the part',
  'measure-unlinked': 'The measure has been unlinked from the part',
  report: 'The highlight report has been saved as a draft. Publish it when it is ready for the public.',
  'report-published': 'The highlight report has been published',
};

const options = (choices: { id: number; name: string }[], selected: unknown, none = 'Select one') => [
  { value: '', text: none },
  ...choices.map((c) => ({ value: String(c.id), text: c.name, selected: String(selected ?? '') === String(c.id) })),
];

const counted = (n: number, singular: string, plural = `${singular}s`) => `${n} ${n === 1 ? singular : plural}`;

/** What goes with a part when it is removed, in words, for its confirmation page. */
const goesWith = (r: PartRemoval): string[] =>
  [
    r.groups || r.champions
      ? `its ${[r.groups ? counted(r.groups, 'delivery group') : '', r.champions ? counted(r.champions, 'member champion') : ''].filter(Boolean).join(' and ')} (the organisations and people themselves stay)`
      : '',
    r.actionPlans || r.measures
      ? `its links to ${[r.actionPlans ? counted(r.actionPlans, 'action plan') : '', r.measures ? counted(r.measures, 'measure') : ''].filter(Boolean).join(' and ')} (they stay, no longer linked to the plan)`
      : '',
    r.highlightReports ? `its ${counted(r.highlightReports, 'highlight report')}` : '',
  ].filter(Boolean);

/**
 * The officer screens of plans: create and change plans, add and remove parts, assign and take off
 * groups and champions, link and unlink action plans and measures, write highlight reports. Any
 * signed-in officer may read the plans, their parts and reports they may see; only `plans:manage` changes them.
 */
export async function plansOfficerRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const manage = app.requireCan('plans:manage');
  const manageForm = { preHandler: [manage, app.csrfProtection] };
  const canManage = (request: FastifyRequest) => can(request.user, 'plans:manage');

  const planOr404 = async (request: FastifyRequest) => {
    const plan = await findPlan(db, request.viewer, { id: idOf(request, 'Plan') });
    if (!plan) throw notFound('Plan');
    return plan;
  };
  const partOr404 = async (request: FastifyRequest) => {
    const found = await findPart(db, request.viewer, idOf(request, 'Part of the plan'));
    if (!found) throw notFound('Part of the plan');
    return found;
  };
  const flash = (request: FastifyRequest) => flashFor(flashes, (request.query as { saved?: string }).saved);

  app.get('/officer/plans', { preHandler: view }, async (request, reply) =>
    reply.render(`${T}officer-plans.njk`, {
      title: 'Plans',
      breadcrumbs: [officer, { text: 'Plans' }],
      plans: (await listPlans(db, request.viewer)).map(presentPlan),
      canManage: canManage(request),
    }),
  );

  const planForm = async (plan: Plan | null, values: Record<string, unknown>, errors: FieldError[] = []) => {
    const { organisations } = await linkChoices(db, recordsViewer, plan?.bodyId ?? (await councilId(db)));
    return {
      title: plan ? `Edit ${plan.title}` : 'Add a plan',
      breadcrumbs: [officer, list, ...(plan ? [{ text: plan.title, href: `/officer/plans/${plan.id}` }] : []), { text: plan ? 'Edit' : 'Add' }],
      action: plan ? `/officer/plans/${plan.id}` : '/officer/plans',
      back: plan ? `/officer/plans/${plan.id}` : '/officer/plans',
      submitText: 'Save the plan',
      values,
      errors: errors.map(dateField('startDate')).map(dateField('endDate')),
      fields: [
        { type: 'input', name: 'title', label: 'Title', hint: 'For example, Council Plan 2025 to 2028' },
        { type: 'input', name: 'slug', label: 'Web address (optional)', hint: 'Lower-case letters, numbers and hyphens. Left blank, it is made from the title.' },
        {
          type: 'date',
          name: 'startDate',
          errorField: 'startDate-day',
          label: 'Start of the plan’s period',
          hint: 'For example, 1 4 2025',
          parts: dateParts(values.startDate as string),
        },
        { type: 'date', name: 'endDate', errorField: 'endDate-day', label: 'End of the plan’s period', hint: 'For example, 31 3 2028', parts: dateParts(values.endDate as string) },
        { type: 'select', name: 'organisationId', label: 'Owning organisation (optional)', items: options(organisations, values.organisationId, 'None') },
        { type: 'textarea', name: 'description', label: 'Description (optional)', rows: 3 },
        {
          type: 'textarea',
          name: 'levels',
          label: 'The levels of the plan, one a line, top first',
          hint: 'For example, Vision, then Priority, then Programme, each on its own line',
          rows: 4,
        },
      ],
    };
  };
  const planValues = (b: Record<string, unknown>) => ({ ...b, startDate: joinDateParts(b, 'startDate'), endDate: joinDateParts(b, 'endDate') });

  app.get('/officer/plans/new', { preHandler: manage }, async (_request, reply) => reply.render(FORM, await planForm(null, { levels: 'Vision\nPriority\nProgramme' })));
  app.post('/officer/plans', manageForm, async (request, reply) => {
    const values = planValues(formBody(request));
    const r = await db.transaction((trx) => savePlan(trx, actorOf(request), null, values));
    if (!r.ok) return reply.code(400).render(FORM, await planForm(null, values, r.errors));
    return reply.redirect(`/officer/plans/${r.value.id}?saved=created`, 303);
  });

  app.get('/officer/plans/:id', { preHandler: view }, async (request, reply) => {
    const plan = await planOr404(request);
    const tree = presentTree(plan, await planContents(db, request.viewer, plan.id), toLondonDate(new Date()));
    const manager = canManage(request);
    const meetings = manager ? await meetingChoices(db, plan.bodyId) : [];
    return reply.render(`${T}officer-plan.njk`, {
      title: plan.title,
      breadcrumbs: [officer, list, { text: plan.title }],
      plan: presentPlan(plan),
      tree,
      flash: flash(request),
      canManage: manager,
      meetingItems: options(
        meetings.map((m) => ({ id: m.id, name: `${m.name}, ${formatDateTime(m.startAt)}` })),
        undefined,
      ),
      quarter: quarterOf(toLondonDate(new Date())).label,
    });
  });

  app.get('/officer/plans/:id/edit', { preHandler: manage }, async (request, reply) => {
    const plan = await planOr404(request);
    return reply.render(FORM, await planForm(plan, { ...plan, organisationId: plan.organisationId ?? '', description: plan.description ?? '', levels: plan.levels.join('\n') }));
  });
  app.post('/officer/plans/:id', manageForm, async (request, reply) => {
    const plan = await planOr404(request);
    const values = planValues(formBody(request));
    const r = await db.transaction((trx) => savePlan(trx, actorOf(request), plan.id, values));
    if (!r.ok) return reply.code(400).render(FORM, await planForm(plan, values, r.errors));
    return reply.redirect(`/officer/plans/${plan.id}?saved=updated`, 303);
  });
  app.post('/officer/plans/:id/publish', manageForm, async (request, reply) => {
    const plan = await planOr404(request);
    await db.transaction((trx) => publishRecords(trx, actorOf(request), 'plan', [plan.id]));
    return reply.redirect(`/officer/plans/${plan.id}?saved=published`, 303);
  });

  const partForm = async (request: FastifyRequest, plan: Plan, values: Record<string, unknown>, errors: FieldError[] = []) => {
    const tree = presentTree(plan, await planContents(db, request.viewer, plan.id), toLondonDate(new Date()));
    return {
      title: 'Add a part to the plan',
      caption: plan.title,
      breadcrumbs: [officer, list, { text: plan.title, href: `/officer/plans/${plan.id}` }, { text: 'Add a part' }],
      action: `/officer/plans/${plan.id}/parts`,
      back: `/officer/plans/${plan.id}`,
      submitText: 'Add the part',
      values,
      errors,
      fields: [
        {
          type: 'radios',
          name: 'level',
          label: 'Level',
          items: plan.levels.map((name, i) => ({ value: String(i), text: name, checked: String(values.level ?? '') === String(i) })),
        },
        {
          type: 'select',
          name: 'parentId',
          label: 'Comes under (not for the top level)',
          items: options(
            tree.parts.map((p) => ({ id: p.id, name: `${p.levelName} ${p.number}: ${p.title}` })),
            values.parentId,
            'Nothing: it is at the top level',
          ),
        },
        { type: 'input', name: 'number', label: 'Number', hint: 'For example, 2 or 2.3', classes: 'govuk-input--width-5' },
        { type: 'input', name: 'title', label: 'Title' },
        { type: 'textarea', name: 'description', label: 'Description (optional)', rows: 3 },
      ],
    };
  };
  app.get('/officer/plans/:id/parts/new', { preHandler: manage }, async (request, reply) => {
    const plan = await planOr404(request);
    return reply.render(FORM, await partForm(request, plan, { level: '0' }));
  });
  app.post('/officer/plans/:id/parts', manageForm, async (request, reply) => {
    const plan = await planOr404(request);
    const values = formBody(request);
    const r = await db.transaction((trx) => savePlanPart(trx, actorOf(request), plan.id, null, values));
    if (!r.ok) return reply.code(400).render(FORM, await partForm(request, plan, values, r.errors));
    return reply.redirect(`/officer/plan-parts/${r.value.id}?saved=part`, 303);
  });

  app.post('/officer/plans/:id/agenda', manageForm, async (request, reply) => {
    const plan = await planOr404(request);
    const values = formBody(request);
    const r = await db.transaction((trx) => addHighlightReportsToAgenda(trx, actorOf(request), plan.id, values));
    if (!r.ok) {
      const tree = presentTree(plan, await planContents(db, request.viewer, plan.id), toLondonDate(new Date()));
      const meetings = await meetingChoices(db, plan.bodyId);
      return reply.code(400).render(`${T}officer-plan.njk`, {
        title: plan.title,
        breadcrumbs: [officer, list, { text: plan.title }],
        plan: presentPlan(plan),
        tree,
        canManage: true,
        errors: r.errors,
        meetingItems: options(
          meetings.map((m) => ({ id: m.id, name: `${m.name}, ${formatDateTime(m.startAt)}` })),
          values.meetingId,
        ),
        quarter: values.quarter,
      });
    }
    return reply.redirect(`/officer/plans/${plan.id}?saved=agenda`, 303);
  });

  const partPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    found: Awaited<ReturnType<typeof partOr404>>,
    errors: FieldError[] = [],
    values: Record<string, unknown> = {},
  ) => {
    const { plan, part } = found;
    const tree = presentTree(plan, await planContents(db, request.viewer, plan.id), toLondonDate(new Date()));
    const manager = canManage(request);
    const choices = manager ? await linkChoices(db, request.viewer, plan.bodyId) : { organisations: [], people: [], actionPlans: [], measures: [] };
    const reports = (await highlightReportsOf(db, request.viewer, plan.id)).filter((r) => r.partId === part.id).map(presentHighlightReport);
    return reply.code(errors.length ? 400 : 200).render(`${T}officer-part.njk`, {
      title: `${part.number} ${part.title}`,
      breadcrumbs: [officer, list, { text: plan.title, href: `/officer/plans/${plan.id}` }, { text: part.number }],
      plan: presentPlan(plan),
      part: tree.parts.find((p) => p.id === part.id),
      reports,
      errors,
      flash: flash(request),
      canManage: manager,
      items: {
        organisationId: options(choices.organisations, values.organisationId),
        personId: options(choices.people, values.personId),
        actionPlanId: options(choices.actionPlans, values.actionPlanId),
        measureId: options(choices.measures, values.measureId),
      },
    });
  };
  app.get('/officer/plan-parts/:id', { preHandler: view }, async (request, reply) => partPage(request, reply, await partOr404(request)));
  const linkRoute = (path: string, saved: string, command: typeof assignDeliveryGroup) =>
    app.post(`/officer/plan-parts/:id/${path}`, manageForm, async (request, reply) => {
      const found = await partOr404(request);
      const values = formBody(request);
      const r = await db.transaction((trx) => command(trx, actorOf(request), found.part.id, values));
      if (!r.ok) return partPage(request, reply, found, r.errors, values);
      return reply.redirect(`/officer/plan-parts/${found.part.id}?saved=${saved}`, 303);
    });
  linkRoute('groups', 'group', assignDeliveryGroup);
  linkRoute('champions', 'champion', assignChampion);
  linkRoute('action-plans', 'action-plan', linkActionPlan);
  linkRoute('measures', 'measure', linkMeasure);
  linkRoute('groups/remove', 'group-removed', removeDeliveryGroup);
  linkRoute('champions/remove', 'champion-removed', removeChampion);
  linkRoute('action-plans/unlink', 'action-plan-unlinked', unlinkActionPlan);
  linkRoute('measures/unlink', 'measure-unlinked', unlinkMeasure);

  // Removing a part added in error: a confirmation naming the part and what goes with it, then a soft delete, refused while parts sit under it.
  const removePage = async (found: Awaited<ReturnType<typeof partOr404>>, errors: FieldError[] = []) => {
    const { plan, part } = found;
    const removal = await partRemoval(db, part.id);
    const levelName = plan.levels[part.level] ?? 'Part';
    return {
      title: `Are you sure you want to remove ${levelName} ${part.number}: ${part.title}?`,
      breadcrumbs: [officer, list, { text: plan.title, href: `/officer/plans/${plan.id}` }, { text: part.number, href: `/officer/plan-parts/${part.id}` }, { text: 'Remove' }],
      plan: presentPlan(plan),
      part: { id: part.id, number: part.number, title: part.title, levelName },
      children: removal.children ? counted(removal.children, 'part') : null,
      goesWith: goesWith(removal),
      errors,
    };
  };
  app.get('/officer/plan-parts/:id/remove', { preHandler: manage }, async (request, reply) => reply.render(`${T}remove-part.njk`, await removePage(await partOr404(request))));
  app.post('/officer/plan-parts/:id/remove', manageForm, async (request, reply) => {
    const found = await partOr404(request);
    const r = await removePlanPart(db, actorOf(request), found.part.id);
    if (!r.ok) return reply.code(409).render(`${T}remove-part.njk`, await removePage(found, r.errors));
    return reply.redirect(`/officer/plans/${found.plan.id}?saved=removed`, 303);
  });

  const reportForm = (
    found: { plan: Plan; part: { id: number; number: string; title: string } },
    id: number | null,
    values: Record<string, unknown>,
    errors: FieldError[] = [],
    computed?: string,
  ) => ({
    title: id ? `Edit the highlight report: ${found.part.number} ${found.part.title}` : `Write a highlight report: ${found.part.number} ${found.part.title}`,
    caption: found.plan.title,
    breadcrumbs: [
      officer,
      list,
      { text: found.plan.title, href: `/officer/plans/${found.plan.id}` },
      { text: found.part.number, href: `/officer/plan-parts/${found.part.id}` },
      { text: 'Highlight report' },
    ],
    action: id ? `/officer/highlight-reports/${id}` : `/officer/plan-parts/${found.part.id}/highlight-reports`,
    back: `/officer/plan-parts/${found.part.id}`,
    intro: computed,
    submitText: 'Save the highlight report',
    values,
    errors,
    fields: [
      { type: 'input', name: 'quarter', label: 'Quarter', hint: 'A quarter of the financial year, for example Q2 2026/27', classes: 'govuk-input--width-10' },
      {
        type: 'radios',
        name: 'officerRag',
        label: 'Your RAG rating (optional)',
        hint: 'Shown beside the RAG worked out from the actions and measures, not instead of it',
        items: [{ value: '', text: 'Not given' }, ...['Red', 'Amber', 'Green'].map((r) => ({ value: r, text: r }))].map((i) => ({
          ...i,
          checked: (values.officerRag ?? '') === i.value,
        })),
      },
      {
        type: 'radios',
        name: 'officerDirection',
        label: 'Your direction of travel (optional)',
        items: [
          { value: '', text: 'Not given' },
          { value: 'improving', text: 'Improving' },
          { value: 'no-change', text: 'No change' },
          { value: 'worsening', text: 'Worsening' },
        ].map((i) => ({ ...i, checked: (values.officerDirection ?? '') === i.value })),
      },
      {
        type: 'checkboxes',
        name: 'nilReturn',
        label: 'Nil return',
        items: [{ value: 'yes', text: 'Nothing has changed since the last report (a nil return)', checked: values.nilReturn === 'yes' || values.nilReturn === true }],
      },
      { type: 'textarea', name: 'achievements', label: 'Key achievements', hint: 'Not needed for a nil return' },
      { type: 'textarea', name: 'risksAndIssues', label: 'Risks and issues', hint: 'Not needed for a nil return' },
      { type: 'textarea', name: 'nextSteps', label: 'Next steps', hint: 'Not needed for a nil return' },
    ],
  });
  const computedText = (p: { ragTag: { text: string } | null; directionText: string } | undefined) =>
    p
      ? `Worked out from the actions and measures today: RAG ${p.ragTag?.text ?? 'not rated'}, direction of travel ${p.directionText.toLowerCase()}. The report keeps these beside your own.`
      : undefined;
  app.get('/officer/plan-parts/:id/highlight-reports/new', { preHandler: manage }, async (request, reply) => {
    const found = await partOr404(request);
    const tree = presentTree(found.plan, await planContents(db, request.viewer, found.plan.id), toLondonDate(new Date()));
    const p = tree.parts.find((x) => x.id === found.part.id);
    return reply.render(FORM, reportForm(found, null, { quarter: quarterOf(toLondonDate(new Date())).label, officerRag: p?.rag ?? '', officerDirection: '' }, [], computedText(p)));
  });
  app.post('/officer/plan-parts/:id/highlight-reports', manageForm, async (request, reply) => {
    const found = await partOr404(request);
    const values = formBody(request);
    const r = await db.transaction((trx) => saveHighlightReport(trx, actorOf(request), { partId: found.part.id }, values));
    if (!r.ok) return reply.code(400).render(FORM, reportForm(found, null, values, r.errors));
    return reply.redirect(`/officer/plan-parts/${found.part.id}?saved=report`, 303);
  });

  const reportOr404 = async (request: FastifyRequest) => {
    const found = await findHighlightReport(db, request.viewer, idOf(request, 'Highlight report'));
    if (!found) throw notFound('Highlight report');
    return found;
  };
  app.get('/officer/highlight-reports/:id/edit', { preHandler: manage }, async (request, reply) => {
    const found = await reportOr404(request);
    const r = found.report;
    return reply.render(
      FORM,
      reportForm(found, r.id, {
        quarter: r.quarter,
        officerRag: r.officerRag ?? '',
        officerDirection: r.officerDirection ?? '',
        nilReturn: r.nilReturn,
        achievements: r.achievements ?? '',
        risksAndIssues: r.risksAndIssues ?? '',
        nextSteps: r.nextSteps ?? '',
      }),
    );
  });
  app.post('/officer/highlight-reports/:id', manageForm, async (request, reply) => {
    const found = await reportOr404(request);
    const values = formBody(request);
    const r = await db.transaction((trx) => saveHighlightReport(trx, actorOf(request), { id: found.report.id }, values));
    if (!r.ok) return reply.code(400).render(FORM, reportForm(found, found.report.id, values, r.errors));
    return reply.redirect(`/officer/plan-parts/${found.part.id}?saved=report`, 303);
  });
  app.post('/officer/highlight-reports/:id/publish', manageForm, async (request, reply) => {
    const found = await reportOr404(request);
    await db.transaction((trx) => publishRecords(trx, actorOf(request), 'highlight_report', [found.report.id]));
    return reply.redirect(`/officer/plan-parts/${found.part.id}?saved=report-published`, 303);
  });
}
