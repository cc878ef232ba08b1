import type { FastifyInstance } from 'fastify';
import { listMeetings, listRecentDocuments, presentMeeting } from '../meetings/index.ts';
import { councilContact } from './council-contact.ts';

/** The home page and the accessibility statement. */
export async function homeRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/', async (request, reply) => {
    const [upcoming, recent] = await Promise.all([listMeetings(db, { from: new Date(), limit: 8, excludeCancelled: false }), listRecentDocuments(db, request.viewer, 8)]);
    return reply.render('modules/home/views/home.njk', {
      title: 'Council meetings, agendas and decisions',
      upcoming: upcoming.map((r) => presentMeeting(r.meeting, r.organisation, r.location)),
      recent,
    });
  });

  app.get('/accessibility', async (_request, reply) =>
    reply.render('modules/home/views/accessibility.njk', {
      title: 'Accessibility statement',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Accessibility statement' }],
      contact: await councilContact(db),
    }),
  );
}
