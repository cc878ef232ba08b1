import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { inArray } from 'drizzle-orm';
import { notFound } from '../../lib/errors.ts';
import { bodies } from '../../db/schema.ts';
import { listMeetings, presentMeeting } from '../meetings/index.ts';
import { findOrganisationBySlug } from '../organisations/index.ts';
import { siteOrigin } from '../../web/site-url.ts';
import { icalCalendar, type IcalEvent } from './ical.ts';

const DAY = 86_400_000;

/** The public meeting details a calendar may carry: no agenda, so nothing exempt can leak. */
export function meetingEvent(m: ReturnType<typeof presentMeeting> & { createdAt: Date; updatedAt: Date; bodySlug: string }, baseUrl: string): IcalEvent {
  const prefix = m.status === 'cancelled' ? 'Cancelled: ' : m.status === 'postponed' ? 'Postponed: ' : '';
  const notice = (m.status === 'cancelled' || m.status === 'postponed') && m.statusNote ? `${m.statusLabel.text}. ${m.statusNote}\n` : '';
  const url = `${baseUrl}/meetings/${m.id}`;
  return {
    uid: `meeting-${m.id}@${m.bodySlug}.shirehall`,
    start: m.startAt,
    end: m.endAt,
    summary: `${prefix}${m.title === m.organisationName ? m.organisationName : `${m.organisationName}: ${m.title}`}`,
    description: `${notice}Agenda and papers: ${url}`,
    location: m.location || null,
    url,
    status: m.status === 'cancelled' ? 'CANCELLED' : m.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
    sequence: Math.max(0, Math.floor((m.updatedAt.getTime() - m.createdAt.getTime()) / 1000)),
    lastModified: m.updatedAt,
  };
}

/** iCalendar feeds of meetings: all committees, or one. */
export async function icalRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  const send = async (request: FastifyRequest, reply: FastifyReply, name: string, fileName: string, organisationId?: number) => {
    const rows = await listMeetings(db, { from: new Date(Date.now() - 365 * DAY), organisationId });
    const bodyIds = [...new Set(rows.map((r) => r.meeting.bodyId))];
    const slugs = new Map(bodyIds.length ? (await db.select({ id: bodies.id, slug: bodies.slug }).from(bodies).where(inArray(bodies.id, bodyIds))).map((b) => [b.id, b.slug]) : []);
    const baseUrl = siteOrigin(request);
    const events = rows.map((r) =>
      meetingEvent(
        {
          ...presentMeeting(r.meeting, r.organisation, r.location),
          createdAt: r.meeting.createdAt,
          updatedAt: r.meeting.updatedAt,
          bodySlug: slugs.get(r.meeting.bodyId) ?? 'council',
        },
        baseUrl,
      ),
    );
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${fileName}"`)
      .header('cache-control', 'public, max-age=300')
      .send(icalCalendar(name, events));
  };

  app.get('/meetings.ics', async (request, reply) => send(request, reply, 'Council meetings', 'meetings.ics'));

  app.get('/committees/:slug/meetings.ics', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const org = await findOrganisationBySlug(db, slug);
    if (!org) throw notFound('Committee');
    return send(request, reply, `${org.name} meetings`, `${org.slug}-meetings.ics`, org.id);
  });
}
