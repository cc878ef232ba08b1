import type { FastifyInstance } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { ownedBy } from '../dashboards/index.ts';
import { listMeetingsForOrganisations } from '../meetings/index.ts';
import { presentMeeting } from '../meetings/index.ts';
import { membershipRoleLabel } from '../organisations/index.ts';
import { publicViewer } from '../visibility/index.ts';
import { findPersonBySlug, listMembershipsOf, listPeople, listPostsOf } from './people.repo.ts';
import { presentPerson } from './people.presenter.ts';

/** Public councillor and officer pages. */
export async function peopleRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/people', async (_request, reply) => {
    const all = (await listPeople(db)).map(presentPerson);
    return reply.render('modules/people/views/people.njk', {
      title: 'Councillors and officers',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Councillors and officers' }],
      councillors: all.filter((p) => p.kind === 'councillor'),
      others: all.filter((p) => p.kind === 'co-opted' || p.kind === 'partner'),
      officers: all.filter((p) => p.kind === 'officer'),
    });
  });

  app.get('/people/:slug', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const person = await findPersonBySlug(db, slug);
    if (!person) throw notFound('Person');
    const [memberships, posts, owned] = await Promise.all([listMembershipsOf(db, person.id), listPostsOf(db, person.id), ownedBy(db, publicViewer, person.printedName)]);
    const current = memberships.filter((m) => !m.membership.endDate);
    const upcoming = await listMeetingsForOrganisations(
      db,
      current.map((m) => m.organisation.id),
      new Date(),
      8,
    );
    const p = presentPerson(person);
    return reply.render('modules/people/views/person.njk', {
      title: p.name,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Councillors and officers', href: '/people' }, { text: p.name }],
      person: p,
      posts: posts.map((x) => ({ title: x.post.title, from: x.holder.startDate, to: x.holder.endDate })),
      memberships: memberships.map((m) => ({
        name: m.organisation.name,
        slug: m.organisation.slug,
        role: membershipRoleLabel(m.membership.role, m.membership.roleLabel),
        from: m.membership.startDate,
        to: m.membership.endDate,
        voting: m.membership.votingRight,
      })),
      ownsWork: owned.actions.length + owned.measures.length > 0,
      meetings: upcoming.map((r) => presentMeeting(r.meeting, r.organisation, r.location)),
    });
  });
}
