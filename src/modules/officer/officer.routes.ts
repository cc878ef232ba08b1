import type { FastifyInstance } from 'fastify';
import { listMeetings, presentMeeting } from '../meetings/index.ts';
import { seesEverything } from '../visibility/index.ts';
import { changedAt, recentChanges } from './recent-changes.ts';

/** The officer area's dashboard: upcoming meetings, recent changes for clerks, links to every screen. */
export async function officerRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');

  app.get('/officer', { preHandler: view }, async (request, reply) => {
    const upcoming = await listMeetings(db, { from: new Date(), limit: 10 });
    const now = new Date();
    const recent = seesEverything(request.viewer) ? (await recentChanges(db, 8, now)).map((c) => ({ ...c, when: changedAt(c.at, now) })) : [];
    return reply.render('modules/officer/views/dashboard.njk', {
      title: 'Officer area',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Officer area' }],
      upcoming: upcoming.map((r) => presentMeeting(r.meeting, r.organisation, r.location)),
      recent,
    });
  });
}
