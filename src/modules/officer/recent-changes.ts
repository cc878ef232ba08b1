import { desc, eq, inArray, notLike } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import {
  agendaItems,
  auditEvents,
  decisions,
  documents,
  forwardPlanEntries,
  meetings,
  minuteItems,
  minutes,
  organisations,
  people,
  publicSubmissions,
  reports,
  resolutions,
  users,
} from '../../db/schema.ts';
import { formatTime } from '../../web/format.ts';
import { toLondonDate } from '../../lib/dates.ts';

/** A link or plain words within a sentence. */
export type Phrase = { text: string; href?: string };

/** One change as a sentence: "Ann Lee published the agenda for Cabinet, 13 May." */
export type RecentChange = { at: Date; actor: string; verb: string; subject: Phrase | null; context: Phrase | null };

type Event = typeof auditEvents.$inferSelect;

/** Verbs for the last part of an action name (`meeting.create`, `document.publish`). */
const verbs: Record<string, string> = {
  create: 'added',
  update: 'changed',
  delete: 'removed',
  publish: 'published',
  withdraw: 'withdrew',
  approve: 'recorded approval of',
  sign: 'recorded the chair’s signature on',
  correct: 'corrected',
  start: 'started',
  upload: 'uploaded',
  add: 'added',
  restored: 'restored',
  'merged-away': 'merged away',
  respond: 'responded to',
  receive: 'received',
  grant: 'gave a councillor access to',
  revoke: 'took back a councillor’s access to',
  merge: 'merged',
  unmerge: 'undid the merge of',
};

/** Whole actions that read better said their own way; the subject is the meeting. */
const meetingActs: Record<string, string> = {
  'agenda.publish': 'published the agenda for',
  'agenda.renumber': 'renumbered the agenda for',
  'agenda.move-item': 'moved an item on the agenda for',
  'agenda.add-standing-items': 'added the standing items to the agenda for',
  'attendance.roll-call': 'recorded attendance at',
  'agenda.add-exclusion': 'added the exclusion of the press and public to the agenda for',
};

/** What follows from another act in the same transaction and is never the act itself (placing a new item in the agenda's order). */
const consequences = new Set(['agenda.place-item']);

/** How significant an action is within one act (one transaction): the sentence names the most significant. */
function weight(action: string): number {
  if (action === 'demo.seed') return -1;
  if (consequences.has(action)) return 9;
  if (action in meetingActs) return 0;
  const verb = action.slice(action.lastIndexOf('.') + 1);
  if (!['create', 'update', 'delete', 'publish', 'withdraw'].includes(verb)) return 1;
  return { publish: 2, withdraw: 2, create: 3, update: 4, delete: 5 }[verb]!;
}

/** "13 May", with the year when it is not this year. */
function shortDate(d: Date, now: Date): string {
  const sameYear = toLondonDate(d).slice(0, 4) === toLondonDate(now).slice(0, 4);
  return d.toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) });
}

const ids = (events: Event[], type: string) => [
  ...new Set(events.filter((e) => e.subjectType === type && e.subjectId && /^\d{1,9}$/.test(e.subjectId)).map((e) => Number(e.subjectId))),
];

/**
 * The latest changes for the clerk's dashboard, as sentences with names and links: one per act (the
 * audit rows one command wrote in one transaction share its time), sign-ins and sign-outs left out.
 * Clerks see every record, so titles of drafts and exempt records may appear; nobody else is shown this.
 * @example const changes = await recentChanges(db, 8);
 */
export async function recentChanges(ex: Executor, limit: number, now: Date = new Date()): Promise<RecentChange[]> {
  const rows = await ex
    .select()
    .from(auditEvents)
    .where(notLike(auditEvents.action, 'session.%'))
    .orderBy(desc(auditEvents.id))
    .limit(limit * 40);
  const acts: Event[][] = [];
  for (const e of rows) {
    const last = acts.at(-1);
    if (last && last[0]!.at.getTime() === e.at.getTime() && last[0]!.actorLabel === e.actorLabel) last.push(e);
    else if (acts.length < limit) acts.push([e]);
    else break;
  }
  const chosen = acts.map((act) => [...act].sort((a, b) => weight(a.action) - weight(b.action) || a.id - b.id)[0]!);
  const names = await loadNames(ex, chosen, now);
  return chosen.map((e) => describe(e, names));
}

type Names = Awaited<ReturnType<typeof loadNames>>;

/** Names and links of everything the chosen events are about, loaded a table at a time. */
async function loadNames(ex: Executor, events: Event[], now: Date) {
  const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((x): x is number => x !== null))];
  const byIds = <T>(list: number[], load: (list: number[]) => Promise<T[]>) => (list.length ? load(list) : Promise.resolve([] as T[]));
  const [actors, items, docs, minuteRows, minuteItemRows, resolutionRows, decisionRows, orgRows, peopleRows, planRows, reportRows, submissionRows] = await Promise.all([
    byIds(actorIds, (l) => ex.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, l))),
    byIds(ids(events, 'agenda_item'), (l) =>
      ex.select({ id: agendaItems.id, title: agendaItems.title, meetingId: agendaItems.meetingId }).from(agendaItems).where(inArray(agendaItems.id, l)),
    ),
    byIds(ids(events, 'document'), (l) => ex.select({ id: documents.id, title: documents.title, meetingId: documents.meetingId }).from(documents).where(inArray(documents.id, l))),
    byIds(ids(events, 'minutes'), (l) => ex.select({ id: minutes.id, meetingId: minutes.meetingId }).from(minutes).where(inArray(minutes.id, l))),
    byIds(ids(events, 'minute_item'), (l) =>
      ex
        .select({ id: minuteItems.id, number: minuteItems.number, title: minuteItems.title, meetingId: minutes.meetingId })
        .from(minuteItems)
        .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
        .where(inArray(minuteItems.id, l)),
    ),
    byIds(ids(events, 'resolution'), (l) =>
      ex
        .select({ id: resolutions.id, minuteItemId: minuteItems.id, number: minuteItems.number, meetingId: minutes.meetingId })
        .from(resolutions)
        .innerJoin(minuteItems, eq(minuteItems.id, resolutions.minuteItemId))
        .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
        .where(inArray(resolutions.id, l)),
    ),
    byIds(ids(events, 'decision'), (l) => ex.select({ id: decisions.id, title: decisions.title }).from(decisions).where(inArray(decisions.id, l))),
    byIds(ids(events, 'organisation'), (l) =>
      ex.select({ id: organisations.id, name: organisations.name, slug: organisations.slug }).from(organisations).where(inArray(organisations.id, l)),
    ),
    byIds(ids(events, 'person'), (l) => ex.select({ id: people.id, name: people.printedName, slug: people.slug }).from(people).where(inArray(people.id, l))),
    byIds(ids(events, 'forward_plan_entry'), (l) =>
      ex.select({ id: forwardPlanEntries.id, ref: forwardPlanEntries.ref }).from(forwardPlanEntries).where(inArray(forwardPlanEntries.id, l)),
    ),
    byIds(ids(events, 'report'), (l) => ex.select({ id: reports.id, title: reports.title }).from(reports).where(inArray(reports.id, l))),
    byIds(ids(events, 'public_submission'), (l) =>
      ex
        .select({ id: publicSubmissions.id, meetingId: publicSubmissions.meetingId, reference: publicSubmissions.reference })
        .from(publicSubmissions)
        .where(inArray(publicSubmissions.id, l)),
    ),
  ]);
  const meetingIds = [
    ...new Set([
      ...ids(events, 'meeting'),
      ...[...items, ...docs, ...minuteRows, ...minuteItemRows, ...resolutionRows, ...submissionRows].map((r) => r.meetingId).filter((x): x is number => x !== null),
    ]),
  ];
  const meetingRows = await byIds(meetingIds, (l) =>
    ex
      .select({ id: meetings.id, startAt: meetings.startAt, name: organisations.name })
      .from(meetings)
      .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
      .where(inArray(meetings.id, l)),
  );
  const meeting = (id: number | null | undefined): Phrase | null => {
    const m = meetingRows.find((r) => r.id === id);
    return m ? { text: `${m.name}, ${shortDate(m.startAt, now)}`, href: `/officer/meetings/${m.id}` } : null;
  };
  const find = <T extends { id: number }>(list: T[], id: string | null) => list.find((r) => String(r.id) === id);
  return { actors, items, docs, minuteRows, minuteItemRows, resolutionRows, decisionRows, orgRows, peopleRows, planRows, reportRows, submissionRows, meeting, find };
}

/** One event as a sentence. */
function describe(e: Event, n: Names): RecentChange {
  const actor =
    n.actors.find((a) => a.id === e.actorUserId)?.name ?? (e.actorLabel === 'public' ? 'A member of the public' : e.actorLabel === 'system' ? 'Shirehall' : e.actorLabel);
  const verbOf = (action: string) => verbs[action.slice(action.lastIndexOf('.') + 1)] ?? 'changed';
  const said = (verb: string, subject: Phrase | null, context: Phrase | null = null): RecentChange => ({ at: e.at, actor, verb, subject, context });
  if (e.action in meetingActs) return said(meetingActs[e.action]!, n.meeting(Number(e.subjectId)) ?? { text: 'a meeting' });
  if (e.action === 'demo.seed') return said('loaded the demo council', null);
  if (e.action === 'minute.exclude-public') {
    const m = n.find(n.minuteItemRows, e.subjectId);
    return said('recorded the exclusion of the press and public at', n.meeting(m?.meetingId) ?? { text: 'a meeting' });
  }
  const verb = verbOf(e.action);
  switch (e.subjectType) {
    case 'meeting':
      return said(
        verb,
        n.meeting(Number(e.subjectId)) ? { ...n.meeting(Number(e.subjectId))!, text: `the meeting of ${n.meeting(Number(e.subjectId))!.text}` } : { text: 'a meeting' },
      );
    case 'agenda_item': {
      const i = n.find(n.items, e.subjectId);
      return said(verb, i ? { text: `agenda item “${i.title}”`, href: `/officer/meetings/${i.meetingId}` } : { text: 'an agenda item' }, n.meeting(i?.meetingId));
    }
    case 'document': {
      const d = n.find(n.docs, e.subjectId);
      return said(verb, d ? { text: `the paper “${d.title}”`, href: `/officer/documents/${d.id}/access` } : { text: 'a paper' }, n.meeting(d?.meetingId));
    }
    case 'minutes': {
      const m = n.find(n.minuteRows, e.subjectId);
      const at = n.meeting(m?.meetingId);
      return said(verb, at ? { text: `the minutes of ${at.text}`, href: `/officer/meetings/${m!.meetingId}/minutes` } : { text: 'minutes' });
    }
    case 'minute_item': {
      const m = n.find(n.minuteItemRows, e.subjectId);
      return said(
        verb,
        m ? { text: `minute ${m.number}, “${m.title}”`, href: `/officer/meetings/${m.meetingId}/minutes#minute-${m.id}` } : { text: 'a minute' },
        n.meeting(m?.meetingId),
      );
    }
    case 'resolution': {
      const r = n.find(n.resolutionRows, e.subjectId);
      return said(
        verb,
        r ? { text: `a resolution of minute ${r.number}`, href: `/officer/meetings/${r.meetingId}/minutes#minute-${r.minuteItemId}` } : { text: 'a resolution' },
        n.meeting(r?.meetingId),
      );
    }
    case 'decision': {
      const d = n.find(n.decisionRows, e.subjectId);
      return said(verb, d ? { text: `the decision “${d.title}”`, href: `/officer/decisions/${d.id}` } : { text: 'a decision' });
    }
    case 'organisation': {
      const o = n.find(n.orgRows, e.subjectId);
      return said(verb, o ? { text: o.name, href: `/committees/${o.slug}` } : { text: 'a committee' });
    }
    case 'person': {
      const p = n.find(n.peopleRows, e.subjectId);
      return said(verb, p ? { text: p.name, href: `/people/${p.slug}` } : { text: 'a person' });
    }
    case 'forward_plan_entry': {
      const f = n.find(n.planRows, e.subjectId);
      return said(verb, f ? { text: `Forward Plan entry ${f.ref}`, href: `/forward-plan/${f.id}` } : { text: 'a Forward Plan entry' });
    }
    case 'report': {
      const r = n.find(n.reportRows, e.subjectId);
      return said(verb, r ? { text: `the report “${r.title}”`, href: `/reports/${r.id}` } : { text: 'a report' });
    }
    case 'public_submission': {
      const s = n.find(n.submissionRows, e.subjectId);
      return said(
        verb,
        { text: s ? `public submission ${s.reference}` : 'a public submission', ...(s ? { href: `/officer/meetings/${s.meetingId}/questions` } : {}) },
        n.meeting(s?.meetingId),
      );
    }
    default:
      return said(verb, { text: `a ${e.subjectType.replace(/[_-]/g, ' ')}`.replace(/^a ([aeiou])/, 'an $1') });
  }
}

/** "3:04pm today", "3:04pm on 2 December" */
export function changedAt(at: Date, now: Date = new Date()): string {
  return toLondonDate(at) === toLondonDate(now) ? `${formatTime(at)} today` : `${formatTime(at)} on ${shortDate(at, now)}`;
}
