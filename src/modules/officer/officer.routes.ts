import type { FastifyInstance } from 'fastify';
import { can, type Action } from '../accounts/index.ts';
import { listMeetings, presentMeeting } from '../meetings/index.ts';
import { seesEverything } from '../visibility/index.ts';
import { changedAt, recentChanges } from './recent-changes.ts';

/** The officer screens the dashboard links to, each with what a user must be allowed to open it (as its route requires). */
const screens: { href: string; text: string; needs: Action }[] = [
  { href: '/officer/meetings', text: 'Meetings', needs: 'officer-area:view' },
  { href: '/officer/organisations', text: 'Organisations and committees', needs: 'officer-area:view' },
  { href: '/officer/people', text: 'People', needs: 'officer-area:view' },
  { href: '/officer/meetings/new', text: 'Schedule a meeting', needs: 'records:edit' },
  { href: '/officer/decisions', text: 'Decisions register', needs: 'officer-area:view' },
  { href: '/officer/reports', text: 'Decision reports', needs: 'documents:upload' },
  { href: '/officer/eias', text: 'Equality impact assessments', needs: 'records:edit' },
  { href: '/officer/forward-plan', text: 'Forward Plan and notices', needs: 'officer-area:view' },
  { href: '/officer/scrutiny', text: 'Scrutiny work programmes and outcome trackers', needs: 'officer-area:view' },
  { href: '/officer/plans', text: 'Plans', needs: 'officer-area:view' },
  { href: '/officer/my-actions', text: 'My actions', needs: 'officer-area:view' },
  { href: '/officer/action-plans', text: 'Action plans', needs: 'officer-area:view' },
  { href: '/officer/measures', text: 'Performance measures', needs: 'officer-area:view' },
  { href: '/officer/risks', text: 'Risk register', needs: 'risks:manage' },
  { href: '/officer/imports', text: 'Imported document packs', needs: 'imports:review' },
];

/** The officer area's dashboard: upcoming meetings, recent changes for clerks, links to the screens the user may open. */
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
      screens: screens.filter((x) => can(request.user, x.needs)),
    });
  });
}
