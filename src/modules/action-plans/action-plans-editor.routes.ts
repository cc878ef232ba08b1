import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, dateField, formBody, idOf } from '../../web/route-helpers.ts';
import { councilBody } from '../reports/index.ts';
import { actionPlanActions, findPlanAction } from './action-plans.repo.ts';
import { createActionPlan } from './commands/create-action-plan.ts';
import { publishActionPlan } from './commands/publish-action-plan.ts';
import { savePlanAction } from './commands/save-plan-action.ts';

const FORM = 'web/views/form.njk';

type Plan = { id: number; title: string };
type Action = { id: number; number: string; action: string; parentId: number | null; success: string | null; owners: string[]; dueText: string | null; dueDate: string | null };

/** An action's values as its form shows them. */
const formValues = (a: Action): Record<string, unknown> => ({
  number: a.number,
  parentId: a.parentId ? String(a.parentId) : '',
  action: a.action,
  success: a.success ?? '',
  owners: a.owners.join('\n'),
  due: a.dueText === 'Ongoing' ? 'ongoing' : a.dueDate ? 'date' : '',
  dueOn: a.dueDate ?? '',
});

/** The officer screens that make action plans: a clerk creates a plan, adds and changes its actions, and publishes it. */
export async function actionPlansEditorRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };
  const plansCrumb = { text: 'Action plans', href: '/officer/action-plans' };
  const planForm = (values: Record<string, unknown>, errors: FieldError[] = []) => ({
    title: 'Create an action plan',
    intro: 'The plan stays a draft, seen only in the officer area, until it is published.',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, plansCrumb, { text: 'Create' }],
    action: '/officer/action-plans',
    back: '/officer/action-plans',
    values,
    errors,
    submitText: 'Create the plan',
    fields: [{ type: 'input', name: 'title', label: 'Title', hint: 'For example, Young Carers Action Plan 2027 to 2030' }],
  });

  app.get('/officer/action-plans/new', { preHandler: edit }, async (_request, reply) => reply.render(FORM, planForm({})));
  app.post('/officer/action-plans', editForm, async (request, reply) => {
    const body = await councilBody(db);
    if (!body) throw notFound('Council');
    const r = await db.transaction((trx) => createActionPlan(trx, actorOf(request), body.id, formBody(request)));
    if (!r.ok) return reply.code(400).render(FORM, planForm(formBody(request), r.errors));
    return reply.redirect(`/officer/action-plans/${r.value.id}`, 303);
  });

  const planOr404 = async (request: FastifyRequest) => {
    const found = await actionPlanActions(db, request.viewer, idOf(request, 'Action plan'));
    if (!found) throw notFound('Action plan');
    return found;
  };

  /** The add or change form of an action: `action` is the action being changed, or none when adding. */
  const actionForm = (plan: Plan, actions: Action[], action: Action | null, values: Record<string, unknown>, errors: FieldError[] = []) => {
    const descendants = new Set<number>(action ? [action.id] : []);
    for (let grew = true; grew;) {
      grew = false;
      for (const a of actions)
        if (a.parentId !== null && descendants.has(a.parentId) && !descendants.has(a.id)) {
          descendants.add(a.id);
          grew = true;
        }
    }
    return {
      title: action ? `Change action ${action.number}` : 'Add an action',
      caption: plan.title,
      breadcrumbs: [
        { text: 'Officer area', href: '/officer' },
        plansCrumb,
        { text: plan.title, href: `/officer/action-plans/${plan.id}` },
        { text: action ? `Action ${action.number}` : 'Add an action' },
      ],
      action: action ? `/officer/plan-actions/${action.id}/edit` : `/officer/action-plans/${plan.id}/actions/new`,
      back: `/officer/action-plans/${plan.id}`,
      values,
      errors: errors.map(dateField('dueOn')),
      submitText: action ? 'Save the action' : 'Add the action',
      fields: [
        {
          type: 'input',
          name: 'number',
          label: 'Number',
          hint: 'Unique in the plan. An action under another starts with its number: 6.1 under 6',
          classes: 'govuk-input--width-5',
        },
        {
          type: 'select',
          name: 'parentId',
          label: 'Under which action (optional)',
          items: [
            { value: '', text: 'None: a top-level action', selected: !values.parentId },
            ...actions
              .filter((a) => !descendants.has(a.id))
              .map((a) => ({
                value: String(a.id),
                text: `${a.number}: ${a.action.length > 80 ? `${a.action.slice(0, 77)}…` : a.action}`,
                selected: String(values.parentId ?? '') === String(a.id),
              })),
          ],
        },
        { type: 'textarea', name: 'action', label: 'Action', rows: 3 },
        { type: 'textarea', name: 'success', label: 'What success looks like (optional)', rows: 3 },
        { type: 'textarea', name: 'owners', label: 'Owners (optional)', hint: 'One person or group a line. Write "to identify" when nobody is named yet', rows: 3 },
        {
          type: 'radios',
          name: 'due',
          label: 'When is it due?',
          items: [
            { value: 'date', text: 'By a date', hint: { text: 'Enter the date below' }, checked: values.due === 'date' },
            { value: 'ongoing', text: 'Ongoing', checked: values.due === 'ongoing' },
          ],
        },
        {
          type: 'date',
          name: 'dueOn',
          errorField: 'dueOn-day',
          label: 'Due date',
          hint: 'If it is due by a date. For example, 30 6 2027',
          parts: dateParts(joinDateParts(values, 'dueOn')),
        },
      ],
    };
  };

  app.get('/officer/action-plans/:id/actions/new', { preHandler: edit }, async (request, reply) => {
    const { plan, actions } = await planOr404(request);
    return reply.render(FORM, actionForm(plan, actions, null, {}));
  });
  app.post('/officer/action-plans/:id/actions/new', editForm, async (request, reply) => {
    const { plan, actions } = await planOr404(request);
    const b = formBody(request);
    const r = await db.transaction((trx) => savePlanAction(trx, actorOf(request), { actionPlanId: plan.id }, { ...b, dueOn: joinDateParts(b, 'dueOn') }));
    if (!r.ok) return reply.code(400).render(FORM, actionForm(plan, actions, null, b, r.errors));
    return reply.redirect(`/officer/action-plans/${plan.id}?saved=added#action-${r.value.id}`, 303);
  });

  const actionOr404 = async (request: FastifyRequest) => {
    const row = await findPlanAction(db, request.viewer, idOf(request, 'Action'));
    const found = row && (await actionPlanActions(db, request.viewer, row.action.actionPlanId));
    if (!row || !found) throw notFound('Action');
    return { action: row.action, ...found };
  };
  app.get('/officer/plan-actions/:id/edit', { preHandler: edit }, async (request, reply) => {
    const { action, plan, actions } = await actionOr404(request);
    return reply.render(FORM, actionForm(plan, actions, action, formValues(action)));
  });
  app.post('/officer/plan-actions/:id/edit', editForm, async (request, reply) => {
    const { action, plan, actions } = await actionOr404(request);
    const b = formBody(request);
    const r = await db.transaction((trx) => savePlanAction(trx, actorOf(request), { id: action.id }, { ...b, dueOn: joinDateParts(b, 'dueOn') }));
    if (!r.ok) return reply.code(400).render(FORM, actionForm(plan, actions, action, b, r.errors));
    return reply.redirect(`/officer/action-plans/${plan.id}?saved=changed#action-${action.id}`, 303);
  });

  app.post('/officer/action-plans/:id/publish', editForm, async (request, reply) => {
    const { plan } = await planOr404(request);
    await db.transaction((trx) => publishActionPlan(trx, actorOf(request), plan.id));
    return reply.redirect(`/officer/action-plans/${plan.id}?saved=published`, 303);
  });
}
