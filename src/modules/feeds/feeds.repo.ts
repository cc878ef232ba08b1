import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { bodies, decisions, documents, meetings, minutes, organisations, packs } from '../../db/schema.ts';
import { publicViewer, visible } from '../visibility/index.ts';
import { compareVersions, forwardPlanVersionsFor } from '../forward-plan/index.ts';

/** Entries in a feed: enough for a reader to notice what changed without a feed growing without end. */
export const FEED_LENGTH = 50;

// Feeds are read by feed readers without a session, and cached publicly: they always read as the public.
const v = publicViewer;

/** The council whose records the feeds carry (its slug names the feeds' tag URIs), or undefined before one exists. */
async function council(ex: Executor) {
  const [body] = await ex.select({ name: bodies.name, slug: bodies.slug }).from(bodies).orderBy(asc(bodies.id)).limit(1);
  return body;
}

const meetingFields = {
  id: meetings.id,
  title: meetings.title,
  startAt: meetings.startAt,
  status: meetings.status,
  statusNote: meetings.statusNote,
  createdAt: meetings.createdAt,
  updatedAt: meetings.updatedAt,
  agendaPublishedAt: meetings.agendaPublishedAt,
  organisationName: organisations.name,
  organisationSlug: organisations.slug,
};

/** Meetings most recently added to the calendar (meetings themselves are public), newest first. */
export async function newMeetingsFeed(ex: Executor) {
  const rows = await ex
    .select(meetingFields)
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .where(isNull(meetings.deletedAt))
    .orderBy(desc(meetings.createdAt), desc(meetings.id))
    .limit(FEED_LENGTH);
  return { council: await council(ex), rows };
}

/**
 * Published agendas: each published pack (the agenda pack and any supplement) whose public file the
 * public may open, and meetings whose agenda was published without a pack (imported ones), newest first.
 */
export async function agendasFeed(ex: Executor) {
  const publicFile = sql`exists (select 1 from ${documents} where ${documents.id} in (${packs.htmlDocumentId}, ${packs.pdfDocumentId}) and ${documents.kind} = 'pack' and ${visible(v, 'document')})`;
  const packRows = await ex
    .select({ ...meetingFields, packId: packs.id, packLabel: packs.label, packVersion: packs.version, publishedAt: packs.publishedAt })
    .from(packs)
    .innerJoin(meetings, eq(meetings.id, packs.meetingId))
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .where(and(isNull(packs.deletedAt), isNull(meetings.deletedAt), publicFile))
    .orderBy(desc(packs.publishedAt), desc(packs.id))
    .limit(FEED_LENGTH);
  const withoutPack = await ex
    .select(meetingFields)
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .where(
      and(
        isNull(meetings.deletedAt),
        isNotNull(meetings.agendaPublishedAt),
        sql`not exists (select 1 from ${packs} where ${packs.meetingId} = ${meetings.id} and ${packs.deletedAt} is null)`,
      ),
    )
    .orderBy(desc(meetings.agendaPublishedAt), desc(meetings.id))
    .limit(FEED_LENGTH);
  return { council: await council(ex), packs: packRows, agendas: withoutPack };
}

/** Published decisions the public may read, most recently published first. */
export async function decisionsFeed(ex: Executor) {
  const rows = await ex
    .select({
      id: decisions.id,
      title: decisions.title,
      decisionText: decisions.decisionText,
      makerText: decisions.makerText,
      decidedOn: decisions.decidedOn,
      isKey: decisions.isKey,
      version: decisions.version,
      publishedAt: decisions.publishedAt,
      updatedAt: decisions.updatedAt,
    })
    .from(decisions)
    .where(and(visible(v, 'decision'), eq(decisions.publication, 'published')))
    .orderBy(desc(decisions.publishedAt), desc(decisions.id))
    .limit(FEED_LENGTH);
  return { council: await council(ex), rows };
}

/**
 * A committee's approved (or signed) minutes that the public may read, most recently published first;
 * undefined when there is no such committee. Draft minutes are left out even when published as a draft.
 */
export async function committeeMinutesFeed(ex: Executor, slug: string) {
  const [organisation] = await ex.select({ id: organisations.id, name: organisations.name, slug: organisations.slug }).from(organisations).where(eq(organisations.slug, slug));
  if (!organisation) return undefined;
  const rows = await ex
    .select({
      id: minutes.id,
      version: minutes.version,
      status: minutes.status,
      publishedAt: minutes.publishedAt,
      approvedAt: minutes.approvedAt,
      updatedAt: minutes.updatedAt,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      startAt: meetings.startAt,
    })
    .from(minutes)
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .where(and(eq(meetings.organisationId, organisation.id), visible(v, 'minutes'), eq(minutes.publication, 'published'), inArray(minutes.status, ['approved', 'signed'])))
    .orderBy(desc(minutes.publishedAt), desc(minutes.id))
    .limit(FEED_LENGTH);
  return { council: await council(ex), organisation, rows };
}

/** Every committee, by name, for the list of minutes feeds. */
export function feedCommittees(ex: Executor) {
  return ex.select({ name: organisations.name, slug: organisations.slug }).from(organisations).where(isNull(organisations.deletedAt)).orderBy(asc(organisations.name));
}

/**
 * Published versions of the Forward Plan, newest first, each with its number of entries and what
 * changed from the version before it (added, changed and removed entries), read through the Forward
 * Plan's own repository as the public.
 */
export async function forwardPlanFeed(ex: Executor) {
  // One more than the feed holds, so the oldest entry can still be compared with the version before it.
  const versions = await forwardPlanVersionsFor(ex, v, FEED_LENGTH + 1);
  const rows = versions.slice(0, FEED_LENGTH).map((version, i) => {
    const previous = versions[i + 1];
    const diff = previous && previous.number === version.number - 1 ? compareVersions(previous.entries, version.entries) : undefined;
    return {
      id: version.id,
      number: version.number,
      publishedOn: version.publishedOn,
      note: version.note,
      publishedAt: version.publishedAt,
      updatedAt: version.updatedAt,
      entries: version.entries.length,
      changes: diff ? { from: previous!.number, added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length } : null,
    };
  });
  return { council: await council(ex), rows };
}
