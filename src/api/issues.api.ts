import { z } from 'zod';
import { notFound } from '../lib/errors.ts';
import { findIssue, issueStages, issueThread } from '../modules/issue-history/index.ts';
import { apiSchemas, calendarDate, idParams } from './common.schema.ts';
import { defineRoute, type ApiRoute } from './api-route.ts';

const issueStepSchema = z.object({
  title: z.string(),
  date: calendarDate.nullable().describe('When it happened or is due'),
  detail: z.string().nullable(),
  path: z.string().nullable().describe('The page of the record on this site'),
  pending: z.boolean().describe('Still to come'),
});

const issueSchema = z
  .object({
    id: z.number().int().positive().describe('The issue: its Forward Plan entry'),
    ref: z.string().nullable(),
    issue: z.string().nullable(),
    stages: z.array(z.object({ stage: z.enum(issueStages), steps: z.array(issueStepSchema) })),
  })
  .register(apiSchemas, { id: 'Issue', description: 'An issue’s history, from its Forward Plan notice to the actions its decision created' });

/** The issue history as JSON: the same thread as `/issues/{id}`, through the same visibility checkpoint. */
export function issueRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/issues/:id',
      operationId: 'getIssue',
      summary: 'One issue’s history, from notice to effect',
      tag: 'Forward Plan',
      resource: 'Issue',
      params: idParams,
      response: issueSchema,
      handler: async ({ request, params }) => {
        const records = await findIssue(request.server.services.db, request.viewer, params.id);
        if (!records) throw notFound('Issue');
        return {
          id: records.entry.id,
          ref: records.entry.ref,
          issue: records.entry.issue,
          stages: issueThread(records).map((g) => ({
            stage: g.stage,
            steps: g.steps.map((s) => ({ title: s.title, date: s.date, detail: s.detail, path: s.href, pending: s.pending })),
          })),
        };
      },
    }),
  ];
}
