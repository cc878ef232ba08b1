// The one place that decides what a viewer may see. Every channel (pages, API, search, feeds, iCal,
// packs, downloads, "Show source", home page lists, errors) builds its SQL from these conditions, so a
// query that reads a publishable table cannot apply a rule of its own.
import { sql, type SQL } from 'drizzle-orm';
import {
  actionPlans,
  agendaItems,
  decisions,
  documents,
  eias,
  forwardPlanEntries,
  interestEntries,
  forwardPlanVersions,
  measures,
  minuteItems,
  notices,
  minutes,
  planActions,
  recommendations,
  reportAppendices,
  reports,
  risks,
  trackerOutcomes,
  workProgrammeItems,
} from '../../db/schema.ts';
import { seesEverything, type Viewer } from './viewer.ts';

/** Kinds of publishable record. */
export const publishableKinds = [
  'agenda_item',
  'document',
  'report',
  'minutes',
  'minute_item',
  'decision',
  'forward_plan_entry',
  'forward_plan_version',
  'notice',
  'work_programme_item',
  'tracker_outcome',
  'action_plan',
  'plan_action',
  'recommendation',
  'interest',
  'eia',
  'measure',
  'risk',
] as const;

/** A kind of publishable record. */
export type PublishableKind = (typeof publishableKinds)[number];

const TRUE = sql`true`;
const FALSE = sql`false`;
const or = (...parts: SQL[]): SQL => sql`(${sql.join(parts, sql` or `)})`;
const and = (...parts: SQL[]): SQL => sql`(${sql.join(parts, sql` and `)})`;

/**
 * A councillor on the committee of the meeting (by membership covering the meeting's date, London
 * time, or as a substitute recorded at that meeting).
 */
function committeeMember(v: Viewer, meetingId: SQL): SQL {
  if (v.role !== 'councillor' || v.personId === null) return FALSE;
  return sql`(exists (select 1 from meetings vm join memberships vms on vms.organisation_id = vm.organisation_id
      where vm.id = ${meetingId} and vms.person_id = ${v.personId} and vms.deleted_at is null
        and (vms.start_date is null or vms.start_date <= (vm.start_at at time zone 'Europe/London')::date)
        and (vms.end_date is null or vms.end_date >= (vm.start_at at time zone 'Europe/London')::date))
    or exists (select 1 from attendances va where va.meeting_id = ${meetingId} and va.person_id = ${v.personId}
        and va.kind = 'substitute' and va.deleted_at is null))`;
}

/** A clerk's grant of one paper (or every paper of an agenda item) to this user, not revoked. */
function granted(v: Viewer, subjectType: 'agenda_item' | 'document' | 'report', subjectId: SQL): SQL {
  if (v.userId === null || (v.role !== 'councillor' && v.role !== 'report-author')) return FALSE;
  return sql`exists (select 1 from access_grants vg where vg.subject_type = ${subjectType} and vg.subject_id = ${subjectId}
    and vg.user_id = ${v.userId} and vg.revoked_at is null)`;
}

/** The report author who uploaded or wrote the record. */
function authoredBy(v: Viewer, authorUserId: SQL): SQL {
  if (v.userId === null || v.role !== 'report-author') return FALSE;
  return sql`${authorUserId} = ${v.userId}`;
}

const liveMeeting = (meetingId: SQL) => sql`(${meetingId} is null or exists (select 1 from meetings vlm where vlm.id = ${meetingId} and vlm.deleted_at is null))`;

/** The parent agenda item of a paper is visible too (a paper never shows under a draft or deleted item). */
function itemListed(v: Viewer, itemId: SQL, author: SQL): SQL {
  const state = seesEverything(v) ? TRUE : or(sql`vi.publication = 'published'`, author);
  return sql`(${itemId} is null or exists (select 1 from agenda_items vi where vi.id = ${itemId} and vi.deleted_at is null and ${state}))`;
}

/** A paper (document or report): published (or the author's own draft), and public or one the viewer is entitled to. */
function paperRule(v: Viewer, kind: 'document' | 'report'): { visible: SQL; readable: SQL } {
  const t = kind === 'document' ? documents : reports;
  const id = sql`${t.id}`;
  const author = authoredBy(v, sql`${t.authorUserId}`);
  const base = and(sql`${t.deletedAt} is null`, liveMeeting(sql`${t.meetingId}`), itemListed(v, sql`${t.agendaItemId}`, author));
  if (seesEverything(v)) return { visible: base, readable: TRUE };
  const entitled = or(sql`${t.access} = 'public'`, committeeMember(v, sql`${t.meetingId}`), granted(v, kind, id), granted(v, 'agenda_item', sql`${t.agendaItemId}`), author);
  return { visible: and(base, or(sql`${t.publication} = 'published'`, author), entitled), readable: TRUE };
}

/** A record with no meeting to be entitled through: published and public, or seen by clerks. */
function simpleRule(v: Viewer, t: { deletedAt: unknown; publication: unknown; access: unknown }): { visible: SQL; readable: SQL } {
  const base = sql`${t.deletedAt} is null`;
  if (seesEverything(v)) return { visible: base, readable: TRUE };
  return { visible: and(base, sql`${t.publication} = 'published'`, sql`${t.access} = 'public'`), readable: TRUE };
}

/** A scrutiny record (work programme item, tracker outcome, recommendation): the scrutiny manager prepares and publishes them, so sees their drafts; never exempt ones. */
function scrutinyRule(v: Viewer, t: { deletedAt: unknown; publication: unknown; access: unknown }): { visible: SQL; readable: SQL } {
  if (v.role === 'scrutiny-manager') return { visible: and(sql`${t.deletedAt} is null`, sql`${t.access} = 'public'`), readable: TRUE };
  return simpleRule(v, t);
}

/**
 * The conditions for one kind of record: `visible` selects the rows the viewer may know exist (a row
 * outside it answers exactly as a missing one); `readable` says whether a visible row's content may be
 * shown, or only its title and the Schedule 12A notice (agenda items and minutes of exempt items,
 * whose titles the law makes public).
 * @example db.select({ item: agendaItems, readable: rule(v, 'agenda_item').readable }).from(agendaItems).where(and(rule(v, 'agenda_item').visible, eq(agendaItems.meetingId, id)))
 */
export function rule(v: Viewer, kind: PublishableKind): { visible: SQL; readable: SQL } {
  const all = seesEverything(v);
  switch (kind) {
    case 'agenda_item': {
      const base = and(sql`${agendaItems.deletedAt} is null`, liveMeeting(sql`${agendaItems.meetingId}`));
      if (all) return { visible: base, readable: TRUE };
      return {
        visible: and(base, sql`${agendaItems.publication} = 'published'`),
        readable: or(sql`${agendaItems.access} = 'public'`, committeeMember(v, sql`${agendaItems.meetingId}`), granted(v, 'agenda_item', sql`${agendaItems.id}`)),
      };
    }
    case 'document':
    case 'report':
      return paperRule(v, kind);
    case 'minutes': {
      const base = and(sql`${minutes.deletedAt} is null`, liveMeeting(sql`${minutes.meetingId}`));
      return { visible: all ? base : and(base, sql`${minutes.publication} = 'published'`), readable: TRUE };
    }
    case 'minute_item': {
      const base = sql`${minuteItems.deletedAt} is null`;
      const parent = sql`exists (select 1 from minutes vmn join meetings vmm on vmm.id = vmn.meeting_id where vmn.id = ${minuteItems.minutesId}
        and vmn.deleted_at is null and vmm.deleted_at is null${all ? sql`` : sql` and vmn.publication = 'published'`})`;
      if (all) return { visible: and(base, parent), readable: TRUE };
      const meetingId = sql`(select vmi.meeting_id from minutes vmi where vmi.id = ${minuteItems.minutesId})`;
      return {
        visible: and(base, sql`${minuteItems.publication} = 'published'`, parent),
        readable: or(sql`${minuteItems.access} = 'public'`, committeeMember(v, meetingId)),
      };
    }
    case 'decision': {
      const base = and(sql`${decisions.deletedAt} is null`, liveMeeting(sql`${decisions.meetingId}`));
      if (all) return { visible: base, readable: TRUE };
      const entitled = or(sql`${decisions.access} = 'public'`, committeeMember(v, sql`${decisions.meetingId}`));
      return { visible: and(base, sql`${decisions.publication} = 'published'`, entitled), readable: TRUE };
    }
    case 'forward_plan_entry':
      return simpleRule(v, forwardPlanEntries);
    case 'forward_plan_version':
      return simpleRule(v, forwardPlanVersions);
    case 'notice':
      return simpleRule(v, notices);
    case 'work_programme_item':
      return scrutinyRule(v, workProgrammeItems);
    case 'tracker_outcome':
      return scrutinyRule(v, trackerOutcomes);
    case 'action_plan':
      return simpleRule(v, actionPlans);
    case 'recommendation':
      return scrutinyRule(v, recommendations);
    case 'interest': {
      // A sensitive interest is on the register, but only the monitoring officer reads its details.
      const base = sql`${interestEntries.deletedAt} is null`;
      if (all) return { visible: base, readable: TRUE };
      return { visible: and(base, sql`${interestEntries.publication} = 'published'`), readable: sql`not ${interestEntries.sensitive}` };
    }
    case 'eia':
      return simpleRule(v, eias);
    case 'measure': {
      // A measure in a plan is seen only with its plan, as the plan's actions are. Report authors own
      // measures (they add them and record their values), so they see drafts too; never exempt ones.
      const own =
        v.role === 'report-author' && v.userId !== null ? { visible: and(sql`${measures.deletedAt} is null`, sql`${measures.access} = 'public'`) } : simpleRule(v, measures);
      const plan = simpleRule(v, actionPlans);
      return {
        visible: and(
          own.visible,
          sql`(${measures.actionPlanId} is null or exists (select 1 from action_plans where action_plans.id = ${measures.actionPlanId} and ${plan.visible}))`,
        ),
        readable: TRUE,
      };
    }
    case 'risk':
      // Risk owners (report authors) keep the register with the clerks, so they see its drafts too; never exempt ones.
      return v.role === 'report-author' ? { visible: and(sql`${risks.deletedAt} is null`, sql`${risks.access} = 'public'`)!, readable: TRUE } : simpleRule(v, risks);
    case 'plan_action': {
      const own = simpleRule(v, planActions);
      const plan = simpleRule(v, actionPlans);
      return { visible: and(own.visible, sql`exists (select 1 from action_plans where action_plans.id = ${planActions.actionPlanId} and ${plan.visible})`), readable: TRUE };
    }
  }
}

/**
 * The appendices of reports a viewer may know exist: the report is visible, and the appendix is public
 * or the viewer is entitled to the report's exempt information (clerks, the committee, a grant, the
 * author). An exempt appendix answers to anyone else exactly as a missing one.
 * @example db.select().from(reportAppendices).where(and(eq(reportAppendices.reportId, id), appendixVisible(v)))
 */
export function appendixVisible(v: Viewer): SQL {
  const report = sql`exists (select 1 from reports where reports.id = ${reportAppendices.reportId} and ${visible(v, 'report')}`;
  const base = and(sql`${reportAppendices.deletedAt} is null`, sql`${report})`);
  if (seesEverything(v)) return base;
  const entitled = or(
    sql`${reportAppendices.access} = 'public'`,
    sql`exists (select 1 from reports vra where vra.id = ${reportAppendices.reportId} and ${or(
      committeeMember(v, sql`vra.meeting_id`),
      granted(v, 'report', sql`vra.id`),
      granted(v, 'agenda_item', sql`vra.agenda_item_id`),
      authoredBy(v, sql`vra.author_user_id`),
    )})`,
  );
  return and(base, entitled);
}

/** Shorthand for `rule(v, kind).visible`: the rows of a kind the viewer may know exist. */
export const visible = (v: Viewer, kind: PublishableKind): SQL => rule(v, kind).visible;

/** Shorthand for `rule(v, kind).readable`, as a boolean column to select beside the row. */
export const readable = (v: Viewer, kind: PublishableKind): SQL<boolean> => sql<boolean>`${rule(v, kind).readable}`.mapWith(Boolean);
