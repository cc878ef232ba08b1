import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { toCsv, type CsvColumn } from '../../lib/csv.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { sendCsv } from '../../web/csv-reply.ts';
import { planWithActions } from './action-plans-csv.repo.ts';
import { actionTree, presentAction, type PresentedAction } from './action-plans.presenter.ts';

const slugParam = z.object({ slug: z.string().min(1).max(200) });

/** The actions of a tree in the order the plan's page lists them: each followed by its sub-actions. */
function inPageOrder(tree: PresentedAction[]): PresentedAction[] {
  return tree.flatMap((a) => [a, ...inPageOrder(a.children)]);
}

const columns: CsvColumn<PresentedAction>[] = [
  { header: 'Number', value: (a) => a.number },
  { header: 'Action', value: (a) => a.action },
  { header: 'Success looks like', value: (a) => a.success },
  { header: 'Owners', value: (a) => a.owners.join('; ') },
  { header: 'RAG', value: (a) => a.rag },
  { header: 'Status', value: (a) => a.status },
  { header: 'Due', value: (a) => a.dueText ?? a.dueDate },
  { header: 'Overdue', value: (a) => a.overdue },
  { header: 'Progress', value: (a) => a.progress },
];

/** An action plan's actions as CSV: the rows of the plan's page, through the same visibility rules. */
export async function actionPlansCsvRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/action-plans/:slug/actions.csv', async (request, reply) => {
    const p = slugParam.safeParse(request.params);
    const data = p.success ? await planWithActions(db, request.viewer, p.data.slug) : undefined;
    if (!data) throw notFound('Action plan');
    const today = toLondonDate(new Date());
    const rows = inPageOrder(actionTree(data.actions.map((a) => presentAction(a, today))));
    return sendCsv(request, reply, `action-plan-${data.plan.slug}-${today}.csv`, toCsv(columns, rows));
  });
}
