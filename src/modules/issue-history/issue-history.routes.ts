import type { FastifyInstance } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { idOf } from '../../web/route-helpers.ts';
import { findIssue } from './issue-history.repo.ts';
import { issueThread } from './issue-history.presenter.ts';

/** The public issue history: one page per issue, from its Forward Plan notice to the actions its decision created. */
export async function issueHistoryRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  app.get('/issues/:id', async (request, reply) => {
    const records = await findIssue(db, request.viewer, idOf(request, 'Issue'));
    if (!records) throw notFound('Issue');
    const e = records.entry;
    return reply.render('modules/issue-history/views/issue.njk', {
      title: `Issue history: ${e.issue ?? e.ref ?? 'Forward Plan entry'}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Forward Plan', href: '/forward-plan' }, { text: e.ref ?? 'Issue' }],
      entry: { id: e.id, ref: e.ref, issue: e.issue, decision: e.decision, decisionMakers: e.decisionMakers },
      stages: issueThread(records),
    });
  });
}
