import type { FastifyInstance } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { listMeetings } from '../meetings/index.ts';
import { presentMeeting } from '../meetings/index.ts';
import { meetingsWithMinutes } from '../minutes/index.ts';
import { findOrganisationBySlug, listMembers, listOrganisations } from './organisations.repo.ts';
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
    const org = await findOrganisationBySlug(db, slug);
    if (!org) throw notFound('Committee');
    const now = new Date();
    const [members, upcoming, past] = await Promise.all([
      listMembers(db, org.id),
      listMeetings(db, { organisationId: org.id, from: now, limit: 10 }),
      listMeetings(db, { organisationId: org.id, to: now, order: 'desc', limit: 12 }),
    ]);
    // Printed minutes are linked for past meetings whose minutes the viewer may read.
    const withMinutes = await meetingsWithMinutes(db, request.viewer, past.map((r) => r.meeting.id));
    return reply.render('modules/organisations/views/committee.njk', {
      title: org.name,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Committees', href: '/committees' }, { text: org.name }],
      organisation: presentOrganisation(org),
      members: members
        .map((m) => ({
          name: m.person.printedName,
          slug: m.person.slug,
          party: m.person.party,
          role: membershipRoleLabel(m.membership.role, m.membership.roleLabel),
          rank: roleRank(m.membership.role),
          voting: m.membership.votingRight,
          onBehalfOf: m.membership.onBehalfOf,
        }))
        .sort((a, b) => a.rank - b.rank),
      upcoming: upcoming.map((r) => presentMeeting(r.meeting, r.organisation, r.location)),
      past: past.map((r) => ({ ...presentMeeting(r.meeting, r.organisation, r.location), minutesHref: withMinutes.has(r.meeting.id) ? `/meetings/${r.meeting.id}/minutes` : null })),
    });
  });
}
