import { and, asc, eq, inArray, isNull, notExists, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/connect.ts';
import {
  agendaItems,
  decisions,
  eias,
  forwardPlanEntries,
  forwardPlanVersions,
  meetings,
  minuteActions,
  minuteItems,
  notices,
  organisations,
  people,
  recommendations,
  reports,
  trackerOutcomes,
} from '../../db/schema.ts';
import { visible, type Viewer } from '../visibility/index.ts';

// The records of one issue, from its Forward Plan entry to the actions its decision created. Every
// read goes through the viewer's visibility rule: a record the viewer may not see is simply absent.

const newer = alias(decisions, 'newer');
const anyOf = (conditions: (SQL | undefined)[]) => (conditions.filter(Boolean).length ? or(...conditions) : sql`false`);

/** The issue's Forward Plan entry, if the viewer may see it. */
async function entryOf(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select()
    .from(forwardPlanEntries)
    .where(and(eq(forwardPlanEntries.id, id), visible(v, 'forward_plan_entry')));
  return row;
}

/** Every report version of the issue the viewer may see: those naming its reference or linked from the entry or a decision, and their lines of versions. */
async function reportsOf(ex: Executor, v: Viewer, ref: string | null, linked: number[]) {
  const seeds = anyOf([ref ? sql`r.forward_plan_ref = ${ref}` : undefined, linked.length ? sql`r.id in (${sql.join(linked, sql`, `)})` : undefined]);
  const line = sql`with recursive line(id) as (
      select r.id from reports r where r.deleted_at is null and ${seeds}
      union select x.id from line join reports p on p.id = line.id join reports x on x.previous_version_id = p.id or x.id = p.previous_version_id)
    select id from line`;
  return ex
    .select({
      report: {
        id: reports.id,
        title: reports.title,
        version: reports.version,
        kind: reports.kind,
        publication: reports.publication,
        publishedAt: reports.publishedAt,
        decisionMaker: reports.decisionMaker,
        signOffOverriddenAt: reports.signOffOverriddenAt,
        createdAt: reports.createdAt,
      },
      meeting: { id: meetings.id, startAt: meetings.startAt, status: meetings.status },
      organisation: { name: organisations.name, kind: organisations.kind },
      item: { id: agendaItems.id, number: agendaItems.number },
    })
    .from(reports)
    .leftJoin(meetings, and(eq(meetings.id, reports.meetingId), isNull(meetings.deletedAt)))
    .leftJoin(organisations, eq(organisations.id, meetings.organisationId))
    .leftJoin(agendaItems, and(eq(agendaItems.id, reports.agendaItemId), visible(v, 'agenda_item')))
    .where(and(sql`${reports.id} in (${line})`, visible(v, 'report')))
    .orderBy(asc(reports.version), asc(reports.id));
}

/** The current version of each decision of the issue the viewer may see, with its maker and meeting. */
async function decisionsOf(ex: Executor, v: Viewer, ref: string | null, reportIds: number[]) {
  return ex
    .select({
      decision: {
        id: decisions.id,
        title: decisions.title,
        version: decisions.version,
        makerText: decisions.makerText,
        decidedOn: decisions.decidedOn,
        isKey: decisions.isKey,
        publication: decisions.publication,
        publishedAt: decisions.publishedAt,
        callInStatus: decisions.callInStatus,
        callInDeadline: decisions.callInDeadline,
        effectiveFrom: decisions.effectiveFrom,
        minuteItemId: decisions.minuteItemId,
        reportId: decisions.reportId,
      },
      organisation: { name: organisations.name, kind: organisations.kind },
      person: { printedName: people.printedName, kind: people.kind },
      meeting: { id: meetings.id, startAt: meetings.startAt },
    })
    .from(decisions)
    .leftJoin(organisations, eq(organisations.id, decisions.makerOrganisationId))
    .leftJoin(people, eq(people.id, decisions.makerPersonId))
    .leftJoin(meetings, and(eq(meetings.id, decisions.meetingId), isNull(meetings.deletedAt)))
    .where(
      and(
        anyOf([ref ? eq(decisions.forwardPlanRef, ref) : undefined, reportIds.length ? inArray(decisions.reportId, reportIds) : undefined]),
        visible(v, 'decision'),
        notExists(
          ex
            .select({ one: sql`1` })
            .from(newer)
            .where(and(eq(newer.supersedesId, decisions.id), isNull(newer.deletedAt))),
        ),
      ),
    )
    .orderBy(asc(decisions.decidedOn), asc(decisions.id));
}

/**
 * Everything on one issue's thread that the viewer may see, keyed by its Forward Plan entry: the
 * entry and the first published version it appeared in, its notices, report versions (with the
 * meetings they went to), scrutiny recommendations on it, its decisions (current versions) and the
 * actions and EIAs that followed. Undefined when the viewer may not see the entry.
 * @example const thread = await findIssue(db, request.viewer, 12)
 */
export async function findIssue(ex: Executor, v: Viewer, entryId: number) {
  const entry = await entryOf(ex, v, entryId);
  if (!entry) return undefined;
  const ref = entry.ref;
  const [firstVersion] = await ex
    .select({ number: forwardPlanVersions.number, publishedOn: forwardPlanVersions.publishedOn })
    .from(forwardPlanVersions)
    .where(
      and(
        eq(forwardPlanVersions.bodyId, entry.bodyId),
        sql`${forwardPlanVersions.entries} @> ${JSON.stringify([{ entryId: entry.id }])}::jsonb`,
        visible(v, 'forward_plan_version'),
      ),
    )
    .orderBy(asc(forwardPlanVersions.number))
    .limit(1);
  const issueNotices = await ex
    .select({ id: notices.id, kind: notices.kind, title: notices.title, publishedAt: notices.publishedAt, decisionDate: notices.decisionDate, publication: notices.publication })
    .from(notices)
    .where(and(eq(notices.forwardPlanEntryId, entry.id), visible(v, 'notice')))
    .orderBy(asc(notices.publishedAt), asc(notices.id));
  // Decisions name the report they were taken on; an entry names its report.
  const decidedOnReports = ref
    ? await ex
        .select({ id: decisions.reportId })
        .from(decisions)
        .where(and(eq(decisions.forwardPlanRef, ref), visible(v, 'decision'), sql`${decisions.reportId} is not null`))
    : [];
  const issueReports = await reportsOf(ex, v, ref, [...(entry.reportId ? [entry.reportId] : []), ...decidedOnReports.map((r) => r.id).filter((x): x is number => x !== null)]);
  const reportIds = issueReports.map((r) => r.report.id);
  const issueDecisions = await decisionsOf(ex, v, ref, reportIds);
  const decisionIds = issueDecisions.map((d) => d.decision.id);
  const minuteIds = issueDecisions.map((d) => d.decision.minuteItemId).filter((x): x is number => x !== null);
  const issueRecommendations = ref
    ? await ex
        .select({
          id: recommendations.id,
          madeOn: recommendations.madeOn,
          madeTo: recommendations.madeTo,
          recommendation: recommendations.recommendation,
          response: recommendations.response,
          respondedOn: recommendations.respondedOn,
          committee: organisations.name,
        })
        .from(recommendations)
        .innerJoin(organisations, eq(organisations.id, recommendations.organisationId))
        .where(and(eq(recommendations.forwardPlanRef, ref), visible(v, 'recommendation')))
        .orderBy(asc(recommendations.madeOn), asc(recommendations.id))
    : [];
  const actions = minuteIds.length
    ? await ex
        .select({ id: minuteActions.id, action: minuteActions.action, owner: minuteActions.owner, dueDate: minuteActions.dueDate, minuteItemId: minuteActions.minuteItemId })
        .from(minuteActions)
        .innerJoin(minuteItems, eq(minuteItems.id, minuteActions.minuteItemId))
        .where(and(inArray(minuteActions.minuteItemId, minuteIds), isNull(minuteActions.deletedAt), visible(v, 'minute_item')))
        .orderBy(asc(minuteActions.dueDate), asc(minuteActions.id))
    : [];
  const outcomes = minuteIds.length
    ? await ex
        .select({
          id: trackerOutcomes.id,
          outcome: trackerOutcomes.outcome,
          item: trackerOutcomes.item,
          owner: trackerOutcomes.owner,
          organisationId: trackerOutcomes.organisationId,
        })
        .from(trackerOutcomes)
        .where(and(inArray(trackerOutcomes.minuteItemId, minuteIds), visible(v, 'tracker_outcome')))
        .orderBy(asc(trackerOutcomes.id))
    : [];
  const issueEias =
    reportIds.length || decisionIds.length
      ? await ex
          .select({ id: eias.id, title: eias.title, publishedAt: eias.publishedAt })
          .from(eias)
          .where(
            and(
              anyOf([reportIds.length ? inArray(eias.reportId, reportIds) : undefined, decisionIds.length ? inArray(eias.decisionId, decisionIds) : undefined]),
              visible(v, 'eia'),
            ),
          )
          .orderBy(asc(eias.id))
      : [];
  return {
    entry,
    firstVersion: firstVersion ?? null,
    notices: issueNotices,
    reports: issueReports,
    recommendations: issueRecommendations,
    decisions: issueDecisions,
    actions,
    outcomes,
    eias: issueEias,
  };
}

/** What `findIssue` returns for an issue the viewer may see. */
export type IssueRecords = NonNullable<Awaited<ReturnType<typeof findIssue>>>;
