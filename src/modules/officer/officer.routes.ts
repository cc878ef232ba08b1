import type { FastifyInstance } from 'fastify';
import { desc } from 'drizzle-orm';
import { auditEvents } from '../../db/schema.ts';
import { listMeetings, presentMeeting } from '../meetings/index.ts';
import { seesEverything } from '../visibility/index.ts';

/** The officer area's dashboard: upcoming meetings, recent changes for clerks, links to every screen. */
export async function officerRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');

  app.get('/officer', { preHandler: view }, async (request, reply) => {
    const upcoming = await listMeetings(db, { from: new Date(), limit: 10 });
    const recentAudit = seesEverything(request.viewer) ? await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(8) : [];
    return reply.render('modules/officer/views/dashboard.njk', {
      title: 'Officer area',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Officer area' }],
      upcoming: upcoming.map((r) => presentMeeting(r.meeting, r.organisation, r.location)),
      recentAudit,
    });
  });
}
