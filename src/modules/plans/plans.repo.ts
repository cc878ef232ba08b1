import { and, asc, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import {
  actionPlans,
  bodies,
  highlightReports,
  measures,
  meetings,
  organisations,
  people,
  planActions,
  planPartChampions,
  planPartGroups,
  planParts,
  plans,
} from '../../db/schema.ts';
import { valuesOf, type MeasureValue } from '../measures/index.ts';
import { visible, type Viewer } from '../visibility/index.ts';

/** A plan row. */
export type Plan = typeof plans.$inferSelect;

/** A plan part row. */
export type PlanPart = typeof planParts.$inferSelect;

/** A highlight report row. */
export type HighlightReport = typeof highlightReports.$inferSelect;

/** The plans the viewer may see, newest period first. */
export async function listPlans(ex: Executor, v: Viewer): Promise<Plan[]> {
  return ex.select().from(plans).where(visible(v, 'plan')).orderBy(desc(plans.startDate), asc(plans.title));
}

/** One plan the viewer may see, by web address or id, or undefined (a draft answers as a missing one). */
export async function findPlan(ex: Executor, v: Viewer, by: { slug: string } | { id: number }): Promise<Plan | undefined> {
  const [plan] = await ex
    .select()
    .from(plans)
    .where(and('slug' in by ? eq(plans.slug, by.slug) : eq(plans.id, by.id), visible(v, 'plan')));
  return plan;
}

/** One part and its plan, when the viewer may see the plan, or undefined. */
export async function findPart(ex: Executor, v: Viewer, partId: number): Promise<{ part: PlanPart; plan: Plan } | undefined> {
  const [row] = await ex
    .select({ part: planParts, plan: plans })
    .from(planParts)
    .innerJoin(plans, eq(plans.id, planParts.planId))
    .where(and(eq(planParts.id, partId), isNull(planParts.deletedAt), visible(v, 'plan')));
  return row;
}

/** Everything a plan's pages show: its parts, their groups and champions, and the action plans, actions and measures linked to them that the viewer may see. */
export async function planContents(ex: Executor, v: Viewer, planId: number) {
  const parts = await ex
    .select()
    .from(planParts)
    .where(and(eq(planParts.planId, planId), isNull(planParts.deletedAt)))
    .orderBy(asc(planParts.id));
  const partIds = parts.map((p) => p.id);
  if (!partIds.length) return { parts, groups: [], champions: [], actionPlans: [], actions: [], measures: [], values: new Map<number, MeasureValue[]>() };
  const groups = await ex
    .select({ partId: planPartGroups.partId, id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(planPartGroups)
    .innerJoin(organisations, eq(organisations.id, planPartGroups.organisationId))
    .where(and(inArray(planPartGroups.partId, partIds), isNull(planPartGroups.deletedAt)))
    .orderBy(asc(organisations.name));
  const champions = await ex
    .select({ partId: planPartChampions.partId, id: people.id, name: people.printedName, slug: people.slug })
    .from(planPartChampions)
    .innerJoin(people, eq(people.id, planPartChampions.personId))
    .where(and(inArray(planPartChampions.partId, partIds), isNull(planPartChampions.deletedAt)))
    .orderBy(asc(people.printedName));
  const linkedPlans = await ex
    .select({ id: actionPlans.id, title: actionPlans.title, slug: actionPlans.slug, partId: actionPlans.planPartId })
    .from(actionPlans)
    .where(and(inArray(actionPlans.planPartId, partIds), visible(v, 'action_plan')))
    .orderBy(asc(actionPlans.title));
  const actions = linkedPlans.length
    ? await ex
        .select()
        .from(planActions)
        .where(
          and(
            inArray(
              planActions.actionPlanId,
              linkedPlans.map((p) => p.id),
            ),
            visible(v, 'plan_action'),
          ),
        )
        .orderBy(asc(planActions.position), asc(planActions.id))
    : [];
  const linkedMeasures = await ex
    .select()
    .from(measures)
    .where(and(inArray(measures.planPartId, partIds), visible(v, 'measure')))
    .orderBy(asc(measures.name));
  const values = await valuesOf(
    ex,
    linkedMeasures.map((m) => m.id),
  );
  return { parts, groups, champions, actionPlans: linkedPlans, actions, measures: linkedMeasures, values };
}

/** The plan's contents as `planContents` reads them. */
export type PlanContents = Awaited<ReturnType<typeof planContents>>;

/** The highlight reports of a plan's parts the viewer may see, for one quarter or all, newest quarter first. */
export async function highlightReportsOf(ex: Executor, v: Viewer, planId: number, quarterStart?: string): Promise<HighlightReport[]> {
  return ex
    .select({ report: highlightReports })
    .from(highlightReports)
    .innerJoin(planParts, eq(planParts.id, highlightReports.partId))
    .where(
      and(eq(planParts.planId, planId), isNull(planParts.deletedAt), visible(v, 'highlight_report'), quarterStart ? eq(highlightReports.quarterStart, quarterStart) : undefined),
    )
    .orderBy(desc(highlightReports.quarterStart), asc(planParts.id))
    .then((rows) => rows.map((r) => r.report));
}

/** One highlight report the viewer may see, with its part and plan, or undefined. */
export async function findHighlightReport(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select({ report: highlightReports, part: planParts, plan: plans })
    .from(highlightReports)
    .innerJoin(planParts, eq(planParts.id, highlightReports.partId))
    .innerJoin(plans, eq(plans.id, planParts.planId))
    .where(and(eq(highlightReports.id, id), isNull(planParts.deletedAt), visible(v, 'highlight_report')));
  return row;
}

/** The choices of the officer forms: the council's organisations and people, and the action plans and measures the viewer may see. */
export async function linkChoices(ex: Executor, v: Viewer, bodyId: number) {
  const [orgs, persons, aps, ms] = await Promise.all([
    ex
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.bodyId, bodyId), isNull(organisations.deletedAt)))
      .orderBy(asc(organisations.name)),
    ex
      .select({ id: people.id, name: people.printedName })
      .from(people)
      .where(and(eq(people.bodyId, bodyId), isNull(people.deletedAt)))
      .orderBy(asc(people.printedName)),
    ex.select({ id: actionPlans.id, name: actionPlans.title }).from(actionPlans).where(visible(v, 'action_plan')).orderBy(asc(actionPlans.title)),
    ex.select({ id: measures.id, name: measures.name }).from(measures).where(visible(v, 'measure')).orderBy(asc(measures.name)),
  ]);
  return { organisations: orgs, people: persons, actionPlans: aps, measures: ms };
}

/** Meetings of the council still to be held, soonest first, for adding highlight reports to an agenda. */
export async function meetingChoices(ex: Executor, bodyId: number): Promise<{ id: number; name: string; startAt: Date }[]> {
  return ex
    .select({ id: meetings.id, name: organisations.name, startAt: meetings.startAt })
    .from(meetings)
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .where(and(eq(meetings.bodyId, bodyId), isNull(meetings.deletedAt), inArray(meetings.status, ['scheduled', 'agenda-published']), gte(meetings.startAt, new Date())))
    .orderBy(asc(meetings.startAt))
    .limit(100);
}

/** The council's id (the first body), for a plan's form before the plan exists. */
export async function councilId(ex: Executor): Promise<number> {
  const [body] = await ex.select({ id: bodies.id }).from(bodies).where(isNull(bodies.deletedAt)).orderBy(asc(bodies.id)).limit(1);
  return body?.id ?? 0;
}
