import type { FastifyInstance, FastifyRequest } from 'fastify';
import { toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, dateField, flashFor, formBody, idOf } from '../../web/route-helpers.ts';
import { can } from '../accounts/index.ts';
import { actionHistory, actionPlanWithHistory, findPlanAction, listActionPlans } from './action-plans.repo.ts';
import { countOf, dueBy, presentAction } from './action-plans.presenter.ts';
import { ACTION_COLUMNS, actionsToCsv } from './actions-csv.ts';
import { importPlanActions } from './commands/import-plan-actions.ts';
import { updatePlanAction } from './commands/update-plan-action.ts';

const T = 'modules/action-plans/views/';

/** Reads a multipart form: its fields and the text of its one file (null when no file was chosen). */
async function readCsvUpload(request: FastifyRequest) {
  const fields: Record<string, unknown> = {};
  let text: string | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.filename && bytes.length) text = bytes.toString('utf8');
    } else fields[part.fieldname] = part.value;
  }
  return { fields, text };
}

/** What the plan page says after the editor's screens send an officer back to it. */
const savedFlash: Record<string, string> = {
  added: 'The action has been added. It is a draft until the plan is published',
  changed: 'The action has been changed',
  published: 'The plan and its draft actions have been published',
};

/** The file name a plan's actions download under. */
const csvName = (slug: string) => `${slug}-actions.csv`;

/** The officer screens of action plans: owners update their actions; a plan's actions download and upload as CSV. */
export async function actionPlansOfficerRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const update = app.requireCan('actions:update');
  const updateForm = { preHandler: [update, app.csrfProtection] };
  const plansCrumb = { text: 'Action plans', href: '/officer/action-plans' };

  app.get('/officer/action-plans', { preHandler: view }, async (request, reply) =>
    reply.render(`${T}officer-action-plans.njk`, {
      title: 'Action plans',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Action plans' }],
      plans: (await listActionPlans(db, request.viewer)).map((p) => ({ ...p, actions: countOf(p.actionCount, 'action') })),
      canCreate: can(request.user, 'records:edit'),
    }),
  );

  const planOr404 = async (request: FastifyRequest) => {
    const page = await actionPlanWithHistory(db, request.viewer, idOf(request, 'Action plan'));
    if (!page) throw notFound('Action plan');
    return page;
  };

  app.get('/officer/action-plans/:id', { preHandler: view }, async (request, reply) => {
    const { plan, actions, history } = await planOr404(request);
    const today = toLondonDate(new Date());
    const q = request.query as { saved?: string; changed?: string };
    const changed = Number(q.changed ?? 0);
    return reply.render(`${T}officer-action-plan.njk`, {
      title: plan.title,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, plansCrumb, { text: plan.title }],
      plan,
      actions: actions.map((a) => ({ ...presentAction(a, today), lastUpdate: history.get(a.id)?.[0] ?? null })),
      counts: { total: countOf(actions.length, 'action'), overdue: actions.filter((a) => presentAction(a, today).overdue).length },
      canUpdate: can(request.user, 'actions:update'),
      canEdit: can(request.user, 'records:edit'),
      hasDrafts: plan.publication === 'draft' || actions.some((a) => a.publication === 'draft'),
      flash:
        q.saved === 'action'
          ? 'The action has been updated'
          : flashFor(savedFlash, q.saved)
            ? flashFor(savedFlash, q.saved)
            : q.saved === 'import'
              ? changed
                ? `The file has been imported: ${countOf(changed, 'action')} changed`
                : 'The file has been imported: no action changed'
              : undefined,
    });
  });

  app.get('/officer/action-plans/:id/actions.csv', { preHandler: view }, async (request, reply) => {
    const { plan, actions } = await planOr404(request);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${csvName(plan.slug)}"`)
      .send(actionsToCsv(actions));
  });

  const importContext = (plan: { id: number; title: string }, errors: FieldError[] = []) => ({
    title: 'Upload a CSV file of actions',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, plansCrumb, { text: plan.title, href: `/officer/action-plans/${plan.id}` }, { text: 'Upload' }],
    plan,
    columns: ACTION_COLUMNS,
    errors: errors.map((e) => ({ ...e, field: 'file' })),
  });
  app.get('/officer/action-plans/:id/import', { preHandler: update }, async (request, reply) =>
    reply.render(`${T}import-actions.njk`, importContext((await planOr404(request)).plan)),
  );
  app.post('/officer/action-plans/:id/import', updateForm, async (request, reply) => {
    const { plan } = await planOr404(request);
    const { text } = await readCsvUpload(request);
    if (text === null) return reply.code(400).render(`${T}import-actions.njk`, importContext(plan, [{ field: 'file', message: 'Select a CSV file' }]));
    const r = await db.transaction((trx) => importPlanActions(trx, actorOf(request), plan.id, text));
    if (!r.ok) return reply.code(400).render(`${T}import-actions.njk`, importContext(plan, r.errors));
    return reply.redirect(`/officer/action-plans/${plan.id}?saved=import&changed=${r.value.changed}`, 303);
  });

  const actionOr404 = async (request: FastifyRequest) => {
    const row = await findPlanAction(db, request.viewer, idOf(request, 'Action'));
    if (!row) throw notFound('Action');
    return row;
  };
  const updateContext = async (row: NonNullable<Awaited<ReturnType<typeof findPlanAction>>>, values: Record<string, unknown>, errors: FieldError[] = []) => {
    const a = row.action;
    const due = (values.due as string | undefined) ?? (a.dueText === 'Ongoing' ? 'ongoing' : dueBy(a) ? 'date' : undefined);
    return {
      title: `Update action ${a.number}`,
      breadcrumbs: [
        { text: 'Officer area', href: '/officer' },
        plansCrumb,
        { text: row.planTitle, href: `/officer/action-plans/${a.actionPlanId}` },
        { text: `Action ${a.number}` },
      ],
      action: a,
      values: { rag: values.rag ?? a.rag, progress: values.progress ?? '', due },
      dueParts: dateParts(values.due ? joinDateParts(values, 'dueOn') : (a.dueDate ?? dueBy(a))),
      errors: errors.map(dateField('dueOn')),
      history: (await actionHistory(db, [a.id])).get(a.id) ?? [],
    };
  };
  app.get('/officer/plan-actions/:id/update', { preHandler: update }, async (request, reply) =>
    reply.render(`${T}update-action.njk`, await updateContext(await actionOr404(request), {})),
  );
  app.post('/officer/plan-actions/:id/update', updateForm, async (request, reply) => {
    const row = await actionOr404(request);
    const b = formBody(request);
    const r = await db.transaction((trx) => updatePlanAction(trx, actorOf(request), row.action.id, { ...b, dueOn: joinDateParts(b, 'dueOn') }));
    if (!r.ok) return reply.code(400).render(`${T}update-action.njk`, await updateContext(row, b, r.errors));
    return reply.redirect(`/officer/action-plans/${row.action.actionPlanId}?saved=action#action-${row.action.id}`, 303);
  });
}
