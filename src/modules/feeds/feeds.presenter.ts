import { Feed } from 'feed';
import { formatDate, formatDateTime } from '../../web/format.ts';
import type { agendasFeed, committeeMinutesFeed, decisionsFeed, forwardPlanFeed, newMeetingsFeed } from './feeds.repo.ts';

/** One Atom entry: a stable id, a title, when it last changed and the public page it is about. */
type Entry = { id: string; title: string; updated: Date; published?: Date; link: string; summary?: string };

type Council = { name: string; slug: string } | undefined;

/** Where a feed is served and what it is called, for the /feeds page and autodiscovery links (`linkText` when the title does not read well in lower case). */
type FeedSpec = { path: string; title: string; page: string; linkText?: string };

/**
 * A tag URI (RFC 4151) that stays the same whichever address the site is reached at, so a feed
 * reader never sees an entry twice.
 * @example tagUri({ slug: 'testshire' }, 'meeting/12') // 'tag:testshire.shirehall,2026:meeting/12'
 */
export function tagUri(council: Council, specific: string): string {
  return `tag:${council?.slug ?? 'council'}.shirehall,2026:${specific}`;
}

/**
 * An Atom 1.0 document (RFC 4287): the feed's id, title, updated time (the newest entry's, in UTC),
 * its self and alternate links and author, then each entry with id, title, updated time and link.
 */
function atom(council: Council, origin: string, spec: FeedSpec, entries: Entry[]): string {
  const sorted = [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime());
  const feed = new Feed({
    id: tagUri(council, `feed${spec.path.replace(/\.atom$/, '')}`),
    title: `${spec.title} – ${council?.name ?? 'Council'}`,
    updated: sorted[0]?.updated ?? new Date(0),
    link: `${origin}${spec.page}`,
    feedLinks: { atom: `${origin}${spec.path}` },
    author: { name: council?.name ?? 'Council', link: origin },
    language: 'en-GB',
    copyright: council?.name ?? 'Council',
    generator: 'Shirehall',
  });
  for (const e of sorted) feed.addItem({ id: e.id, title: e.title, date: e.updated, published: e.published, link: `${origin}${e.link}`, description: e.summary });
  return feed.atom1();
}

/** The feeds the site offers across all committees. */
export const siteFeeds = {
  meetings: { path: '/feeds/meetings.atom', title: 'New meetings', page: '/meetings' },
  agendas: { path: '/feeds/agendas.atom', title: 'Published agendas and packs', page: '/meetings' },
  decisions: { path: '/feeds/decisions.atom', title: 'Decisions', page: '/decisions' },
  forwardPlan: { path: '/feeds/forward-plan.atom', title: 'Forward Plan versions', page: '/forward-plan/versions', linkText: 'Subscribe to new versions of the Forward Plan' },
} satisfies Record<string, FeedSpec>;

/** The minutes feed of one committee. */
export function minutesFeedSpec(o: { slug: string; name: string }): FeedSpec {
  return { path: `/committees/${o.slug}/minutes.atom`, title: `Minutes of ${o.name}`, page: `/committees/${o.slug}` };
}

const meetingName = (m: { title: string | null; organisationName: string }) =>
  m.title && m.title !== m.organisationName ? `${m.organisationName}: ${m.title}` : m.organisationName;

/** The new meetings feed; a cancelled or postponed meeting says so in its title. */
export function newMeetingsAtom(data: Awaited<ReturnType<typeof newMeetingsFeed>>, origin: string): string {
  const entries = data.rows.map((m) => {
    const prefix = m.status === 'cancelled' ? 'Cancelled: ' : m.status === 'postponed' ? 'Postponed: ' : '';
    return {
      id: tagUri(data.council, `meeting/${m.id}`),
      title: `${prefix}${meetingName(m)}, ${formatDateTime(m.startAt)}`,
      updated: m.updatedAt,
      published: m.createdAt,
      link: `/meetings/${m.id}`,
      summary: m.statusNote ? `${meetingName(m)} on ${formatDateTime(m.startAt)}. ${m.statusNote}` : `${meetingName(m)} on ${formatDateTime(m.startAt)}.`,
    };
  });
  return atom(data.council, origin, siteFeeds.meetings, entries);
}

/** The published agendas and packs feed: one entry per pack, and one per agenda published without a pack. */
export function agendasAtom(data: Awaited<ReturnType<typeof agendasFeed>>, origin: string): string {
  const entries = [
    ...data.packs.map((p) => ({
      id: tagUri(data.council, `pack/${p.packId}`),
      title: `${p.packLabel}: ${meetingName(p)}, ${formatDateTime(p.startAt)}`,
      updated: p.publishedAt,
      published: p.publishedAt,
      link: `/meetings/${p.id}`,
      summary: `${p.packLabel} published for ${meetingName(p)} on ${formatDateTime(p.startAt)}.`,
    })),
    ...data.agendas.map((m) => ({
      id: tagUri(data.council, `agenda/${m.id}`),
      title: `Agenda: ${meetingName(m)}, ${formatDateTime(m.startAt)}`,
      updated: m.agendaPublishedAt ?? m.updatedAt,
      published: m.agendaPublishedAt ?? undefined,
      link: `/meetings/${m.id}`,
      summary: `Agenda published for ${meetingName(m)} on ${formatDateTime(m.startAt)}.`,
    })),
  ];
  return atom(data.council, origin, siteFeeds.agendas, entries);
}

/** The decisions feed; a corrected decision is a new version and so a new entry. */
export function decisionsAtom(data: Awaited<ReturnType<typeof decisionsFeed>>, origin: string): string {
  const entries = data.rows.map((d) => ({
    id: tagUri(data.council, `decision/${d.id}`),
    title: `${d.isKey ? 'Key decision: ' : ''}${d.title}`,
    updated: d.publishedAt ?? d.updatedAt,
    published: d.publishedAt ?? undefined,
    link: `/decisions/${d.id}`,
    summary: `Decided by ${d.makerText} on ${formatDate(d.decidedOn)}${d.version > 1 ? ` (version ${d.version})` : ''}. ${d.decisionText}`,
  }));
  return atom(data.council, origin, siteFeeds.decisions, entries);
}

/** The Forward Plan feed: each published version, with how many entries it has and what changed from the version before. */
export function forwardPlanAtom(data: Awaited<ReturnType<typeof forwardPlanFeed>>, origin: string): string {
  const entries = data.rows.map((fp) => {
    const count = `${fp.entries} ${fp.entries === 1 ? 'entry' : 'entries'}`;
    const changes = fp.changes
      ? ` Since version ${fp.changes.from}: ${fp.changes.added} added, ${fp.changes.changed} changed, ${fp.changes.removed} removed.`
      : fp.number === 1
        ? ' The first published version.'
        : '';
    return {
      id: tagUri(data.council, `forward-plan-version/${fp.id}`),
      title: `Forward Plan version ${fp.number}, published ${formatDate(fp.publishedOn)}`,
      updated: fp.publishedAt ?? fp.updatedAt,
      published: fp.publishedAt ?? undefined,
      link: `/forward-plan/versions/${fp.number}`,
      summary: `${count}.${changes}${fp.note ? ` ${fp.note}` : ''}`,
    };
  });
  return atom(data.council, origin, siteFeeds.forwardPlan, entries);
}

/** A committee's minutes feed: each approved version of its minutes, linked to the meeting's printed minutes. */
export function minutesAtom(data: NonNullable<Awaited<ReturnType<typeof committeeMinutesFeed>>>, origin: string): string {
  const name = data.organisation.name;
  const entries = data.rows.map((m) => ({
    id: tagUri(data.council, `minutes/${m.id}`),
    title: `Minutes: ${m.meetingTitle && m.meetingTitle !== name ? `${name}: ${m.meetingTitle}` : name}, ${formatDate(m.startAt)}${m.version > 1 ? ` (corrected, version ${m.version})` : ''}`,
    updated: m.publishedAt ?? m.updatedAt,
    published: m.publishedAt ?? undefined,
    link: `/meetings/${m.meetingId}/minutes`,
    summary: `Minutes of the meeting on ${formatDateTime(m.startAt)}, ${m.status === 'signed' ? 'signed' : 'approved'}${m.approvedAt ? ` on ${formatDate(m.approvedAt)}` : ''}.`,
  }));
  return atom(data.council, origin, minutesFeedSpec(data.organisation), entries);
}

/** Autodiscovery links (`<link rel="alternate" type="application/atom+xml">`) for a page's layout. */
export function alternates(...specs: FeedSpec[]): { href: string; title: string }[] {
  return specs.map((s) => ({ href: s.path, title: s.title }));
}
