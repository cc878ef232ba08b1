import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { siteOrigin } from '../../web/site-url.ts';
import { agendasFeed, committeeMinutesFeed, decisionsFeed, feedCommittees, forwardPlanFeed, newMeetingsFeed } from './feeds.repo.ts';
import { agendasAtom, alternates, decisionsAtom, forwardPlanAtom, minutesAtom, minutesFeedSpec, newMeetingsAtom, siteFeeds } from './feeds.presenter.ts';

const slugParam = z.object({ slug: z.string().max(200) });

/** Sends an Atom document: public (feeds always read as the public), cacheable for five minutes. */
function sendAtom(reply: FastifyReply, xml: string) {
  return reply.header('content-type', 'application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(xml);
}

/** Atom feeds (RFC 4287) of new meetings, published agendas, decisions, Forward Plan versions and each committee's minutes, and the page listing them. */
export async function feedsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/feeds', async (_request, reply) => {
    const committees = await feedCommittees(db);
    return reply.render('modules/feeds/views/feeds.njk', {
      title: 'Subscribe to updates',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Subscribe to updates' }],
      siteFeeds: Object.values(siteFeeds),
      committeeFeeds: committees.map(minutesFeedSpec),
      feeds: alternates(...Object.values(siteFeeds)),
    });
  });

  app.get('/feeds/meetings.atom', async (request, reply) => sendAtom(reply, newMeetingsAtom(await newMeetingsFeed(db), siteOrigin(request))));
  app.get('/feeds/agendas.atom', async (request, reply) => sendAtom(reply, agendasAtom(await agendasFeed(db), siteOrigin(request))));
  app.get('/feeds/decisions.atom', async (request, reply) => sendAtom(reply, decisionsAtom(await decisionsFeed(db), siteOrigin(request))));
  app.get('/feeds/forward-plan.atom', async (request, reply) => sendAtom(reply, forwardPlanAtom(await forwardPlanFeed(db), siteOrigin(request))));

  app.get('/committees/:slug/minutes.atom', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const data = await committeeMinutesFeed(db, slug);
    if (!data) throw notFound('Committee');
    return sendAtom(reply, minutesAtom(data, siteOrigin(request)));
  });
}
