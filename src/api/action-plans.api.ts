import { z } from 'zod';
import { AppError, notFound } from '../lib/errors.ts';
import { actionPlanActions, actionsToCsv, importPlanActions } from '../modules/action-plans/index.ts';
import { actorOf, defineRoute, type ApiRoute } from './api-route.ts';
import { idParams } from './common.schema.ts';

const columns =
  'Columns, in this order, with a header row: `number` (finds the action; not changed), `action`, `success`, `owners` (separated by semicolons; blank for “To identify lead”), `rag` (Red, Amber, Green, Blue for complete, or blank), `due` (2027-06-30, 30/06/2027, a month such as June 2027, or Ongoing), `direction`, `progress` (the latest progress note). UTF-8, with or without a byte order mark; fields with commas, quotes or line breaks are quoted as RFC 4180 says.';

const changedSchema = z.object({ changed: z.number().int().describe('How many actions the file changed') });

/** An action plan's actions as one CSV file: read it, change it, send it back. */
export function actionPlanRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/action-plans/:id/actions.csv',
      operationId: 'getActionPlanActionsCsv',
      summary: 'An action plan’s actions as CSV',
      description: `The actions you may see, in plan order. ${columns}`,
      tag: 'Action plans',
      resource: 'Action plan',
      params: idParams,
      csvResponse: true,
      response: z.string(),
      handler: async ({ request, reply, params }) => {
        const found = await actionPlanActions(request.server.services.db, request.viewer, params.id);
        if (!found) throw notFound('Action plan');
        reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${found.plan.slug}-actions.csv"`);
        return actionsToCsv(found.actions);
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/action-plans/:id/actions.csv',
      operationId: 'putActionPlanActionsCsv',
      summary: 'Update an action plan’s actions from CSV',
      description: `Send \`text/csv\` in the format of the GET. Each row changes the action with its number; actions not in the file are left as they are, and a row for a number the plan does not have is an error. All rows or none: a file with a bad row answers 422 \`unprocessable\` with one \`details\` entry per problem (\`line\`, \`field\`, \`message\`) and changes nothing. Sending back an unchanged export answers \`{ "changed": 0 }\` and writes no audit rows. ${columns}`,
      tag: 'Action plans',
      resource: 'Action plan',
      permission: 'actions:update',
      params: idParams,
      csvBody: true,
      response: changedSchema,
      handler: async ({ request, params, user }) => {
        const { db } = request.server.services;
        const found = await actionPlanActions(db, request.viewer, params.id);
        if (!found) throw notFound('Action plan');
        const r = await db.transaction((trx) => importPlanActions(trx, actorOf(user, request.viaToken), found.plan.id, request.body as string));
        if (!r.ok) throw new AppError('unprocessable', `The file has ${r.errors.length === 1 ? 'a problem' : `${r.errors.length} problems`}: nothing was changed`, r.errors);
        return r.value;
      },
    }),
  ];
}
