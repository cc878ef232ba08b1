import type { FastifyInstance } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { presentListedMeeting } from '../meetings/index.ts';
import { meetingsWithMinutes } from '../minutes/index.ts';
import { alternates, minutesFeedSpec } from '../feeds/index.ts';
import { findCommitteePage, listOrganisations } from './organisations.repo.ts';
import { membershipRoleLabel, organisationKindLabel, presentOrganisation, roleRank } from './organisations.presenter.ts';

const groupLabels: Record<string, string> = {
  'scrutiny-committee': 'Scrutiny committees',
  committee: 'Committees',
  board: 'Boards',
  partnership: 'Partnerships',
  'task-and-finish-group': 'Task and finish groups',
  'outside-body': 'Outside bodies',
};

const kindOrder = ['full-council', 'cabinet', 'scrutiny-committee', 'committee', 'board', 'partnership', 'task-and-finish-group', 'outside-body'];

/** Public committee pages. */
export async function organisationsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/committees', async (_request, reply) => {
    const all = (await listOrganisations(db)).map(presentOrganisation);
    const groups = kindOrder
      .map((kind) => ({ kind, label: groupLabels[kind] ?? organisationKindLabel(kind), items: all.filter((o) => o.kind === kind) }))
      .filter((g) => g.items.length > 0);
    return reply.render('modules/organisations/views/committees.njk', {
      title: 'Committees',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Committees' }],
      groups,
    });
  });

  app.get('/committees/:slug', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const page = await findCommitteePage(db, slug, new Date());
    if (!page) throw notFound('Committee');
    // Printed minutes are linked for past meetings whose minutes the viewer may read.
    const withMinutes = await meetingsWithMinutes(
      db,
      request.viewer,
      page.past.map((r) => r.id),
    );
    return reply.render('modules/organisations/views/committee.njk', {
      title: page.name,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Committees', href: '/committees' }, { text: page.name }],
      organisation: { name: page.name, slug: page.slug, purpose: page.purpose, kindLabel: organisationKindLabel(page.kind) },
      // Scrutiny committees keep a work programme and an outcome tracker, summed up on their dashboard.
      scrutiny: page.kind === 'scrutiny-committee' || page.kind === 'task-and-finish-group',
      feeds: alternates(minutesFeedSpec(page)),
      members: page.members
        .map((m) => ({
          name: m.printedName,
          slug: m.slug,
          party: m.party,
          role: membershipRoleLabel(m.role, m.roleLabel),
          rank: roleRank(m.role),
          voting: m.votingRight,
          onBehalfOf: m.onBehalfOf,
        }))
        .sort((a, b) => a.rank - b.rank),
      upcoming: page.upcoming.map(presentListedMeeting),
      past: page.past.map((r) => ({ ...presentListedMeeting(r), minutesHref: withMinutes.has(r.id) ? `/meetings/${r.id}/minutes` : null })),
    });
  });
}
