import type { FastifyInstance } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, formBody } from '../../web/route-helpers.ts';
import { councilBody } from '../reports/index.ts';
import { createActionPlan } from './commands/create-action-plan.ts';

const FORM = 'web/views/form.njk';

/** The officer screens that make action plans: a clerk creates a plan, a draft until published. */
export async function actionPlansEditorRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const edit = app.requireCan('records:edit');
  const planForm = (values: Record<string, unknown>, errors: FieldError[] = []) => ({
    title: 'Create an action plan',
    intro: 'The plan stays a draft, seen only in the officer area, until it is published.',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Action plans', href: '/officer/action-plans' }, { text: 'Create' }],
    action: '/officer/action-plans',
    back: '/officer/action-plans',
    values,
    errors,
    submitText: 'Create the plan',
    fields: [{ type: 'input', name: 'title', label: 'Title', hint: 'For example, Young Carers Action Plan 2027 to 2030' }],
  });

  app.get('/officer/action-plans/new', { preHandler: edit }, async (_request, reply) => reply.render(FORM, planForm({})));
  app.post('/officer/action-plans', { preHandler: [edit, app.csrfProtection] }, async (request, reply) => {
    const body = await councilBody(db);
    if (!body) throw notFound('Council');
    const r = await db.transaction((trx) => createActionPlan(trx, actorOf(request), body.id, formBody(request)));
    if (!r.ok) return reply.code(400).render(FORM, planForm(formBody(request), r.errors));
    return reply.redirect(`/officer/action-plans/${r.value.id}`, 303);
  });
}
