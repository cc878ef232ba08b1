import { z } from 'zod';
import { AppError, notFound } from '../lib/errors.ts';
import { toLondonDate } from '../lib/dates.ts';
import { findOrganisation } from '../modules/organisations/index.ts';
import { committeeOutcomes, importTrackerOutcomes, trackerToCsv } from '../modules/scrutiny/index.ts';
import { actorOf, defineRoute, type ApiRoute } from './api-route.ts';
import { idParams } from './common.schema.ts';

const columns =
  'Columns, in this order, with a header row: `id` (finds the outcome; not changed), `meeting` (the day it was agreed), `item`, `outcome`, `owner`, `link` (to the plan), `status` (Completed, Pending or Incomplete, computed from the dates), `progress` (the latest action taken), `progress_on` (the day it was taken), `completed_on` (the day it was completed). `meeting`, `item` and `status` are for reading and may be left out of an upload. Dates as 2027-06-30 or 30/06/2027. UTF-8, with or without a byte order mark; fields with commas, quotes or line breaks are quoted as RFC 4180 says.';

const changedSchema = z.object({ changed: z.number().int().describe('How many outcomes the file changed') });

/** A committee's outcome tracker as one CSV file: read it, change it, send it back. */
export function outcomeTrackerRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/organisations/:id/outcome-tracker.csv',
      operationId: 'getOutcomeTrackerCsv',
      summary: 'A committee’s outcome tracker as CSV',
      description: `The outcomes you may see, newest meeting first. ${columns}`,
      tag: 'Scrutiny',
      resource: 'Committee',
      params: idParams,
      csvResponse: true,
      response: z.string(),
      handler: async ({ request, reply, params }) => {
        const { db } = request.server.services;
        const org = await findOrganisation(db, params.id);
        if (!org) throw notFound('Committee');
        reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${org.slug}-outcome-tracker.csv"`);
        return trackerToCsv(await committeeOutcomes(db, request.viewer, org.id, toLondonDate(new Date())));
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/organisations/:id/outcome-tracker.csv',
      operationId: 'putOutcomeTrackerCsv',
      summary: 'Update a committee’s outcome tracker from CSV',
      description: `Send \`text/csv\` in the format of the GET. Each row changes the outcome with its id; outcomes not in the file are left as they are, and a row for an id the committee’s tracker does not have is an error. All rows or none: a file with a bad row answers 422 \`unprocessable\` with one \`details\` entry per problem (\`line\`, \`field\`, \`message\`) and changes nothing. Sending back an unchanged export answers \`{ "changed": 0 }\` and writes no audit rows. ${columns}`,
      tag: 'Scrutiny',
      resource: 'Committee',
      permission: 'scrutiny:manage',
      params: idParams,
      csvBody: true,
      response: changedSchema,
      handler: async ({ request, params, user }) => {
        const { db } = request.server.services;
        const org = await findOrganisation(db, params.id);
        if (!org) throw notFound('Committee');
        const r = await db.transaction((trx) => importTrackerOutcomes(trx, actorOf(user, request.viaToken), request.viewer, org.id, request.body as string));
        if (!r.ok) throw new AppError('unprocessable', `The file has ${r.errors.length === 1 ? 'a problem' : `${r.errors.length} problems`}: nothing was changed`, r.errors);
        return r.value;
      },
    }),
  ];
}
