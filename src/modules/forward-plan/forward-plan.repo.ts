import { and, asc, desc, eq, isNull, not, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { bodies, forwardPlanEntries, forwardPlanVersions, notices, reports } from '../../db/schema.ts';
import { liveForwardPlan } from './forward-plan.rules.ts';
import { visible, type Viewer } from '../visibility/index.ts';

/**
 * The published versions of the Forward Plan the viewer may see, newest first (the newest `limit` when given).
 * @example const [current] = await forwardPlanVersionsFor(db, request.viewer);
 */
export async function forwardPlanVersionsFor(ex: Executor, v: Viewer, limit?: number) {
  const q = ex.select().from(forwardPlanVersions).where(visible(v, 'forward_plan_version')).orderBy(desc(forwardPlanVersions.number));
  return limit === undefined ? q : q.limit(limit);
}

/** One published version by its number, or undefined when there is none the viewer may see. */
export async function forwardPlanVersion(ex: Executor, v: Viewer, number: number) {
  const [row] = await ex
    .select()
    .from(forwardPlanVersions)
    .where(and(eq(forwardPlanVersions.number, number), visible(v, 'forward_plan_version')));
  return row;
}

/** Labels of the kinds of notice. */
export const noticeKindLabels = {
  'general-exception': 'General exception notice',
  'special-urgency': 'Special urgency notice',
  'private-meeting': 'Private meeting notice',
} as const;

/** The notices the viewer may see, newest decision first, with their kind in words. */
export async function noticesFor(ex: Executor, v: Viewer) {
  const rows = await ex.select().from(notices).where(visible(v, 'notice')).orderBy(desc(notices.decisionDate), asc(notices.id));
  return rows.map((n) => ({ ...n, kindLabel: noticeKindLabels[n.kind] }));
}

/** One notice the viewer may see, or undefined. */
export async function noticeFor(ex: Executor, v: Viewer, id: number) {
  const [n] = await ex
    .select()
    .from(notices)
    .where(and(eq(notices.id, id), visible(v, 'notice')));
  return n ? { ...n, kindLabel: noticeKindLabels[n.kind] } : undefined;
}

/** Every Forward Plan entry the viewer may see, by decision date: the API's list. */
export function listEntries(ex: Executor, v: Viewer) {
  return ex.select().from(forwardPlanEntries).where(visible(v, 'forward_plan_entry')).orderBy(asc(forwardPlanEntries.decisionDate), asc(forwardPlanEntries.id));
}

/** The entries the viewer may see whose decision is still to come (`live`) or already past, as the public pages list them. */
export function listEntriesByLiveness(ex: Executor, v: Viewer, today: string, live: boolean) {
  const condition = live ? liveForwardPlan(today) : not(liveForwardPlan(today));
  return ex
    .select()
    .from(forwardPlanEntries)
    .where(and(visible(v, 'forward_plan_entry'), condition))
    .orderBy(
      ...(live
        ? [asc(forwardPlanEntries.decisionDate), asc(forwardPlanEntries.ref)]
        : [desc(forwardPlanEntries.decisionDate), desc(forwardPlanEntries.planDate), asc(forwardPlanEntries.ref)]),
    );
}

/** One entry the viewer may see, with whether its decision is still to come; undefined answers as missing. */
export async function findEntry(ex: Executor, v: Viewer, id: number, today: string) {
  const [row] = await ex
    .select({ entry: forwardPlanEntries, live: liveForwardPlan(today).mapWith(Boolean) })
    .from(forwardPlanEntries)
    .where(and(eq(forwardPlanEntries.id, id), visible(v, 'forward_plan_entry')));
  return row;
}

/** The entries written in Shirehall (not imported) that the viewer may see: the officer list and the notice form's choices. */
export function listManagedEntries(ex: Executor, v: Viewer) {
  return ex
    .select()
    .from(forwardPlanEntries)
    .where(and(eq(forwardPlanEntries.managed, true), visible(v, 'forward_plan_entry')))
    .orderBy(asc(forwardPlanEntries.decisionDate), asc(forwardPlanEntries.id));
}

/** One entry written in Shirehall that the viewer may see, or undefined. */
export async function findManagedEntry(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select()
    .from(forwardPlanEntries)
    .where(and(eq(forwardPlanEntries.id, id), eq(forwardPlanEntries.managed, true), visible(v, 'forward_plan_entry')));
  return row;
}

/** Reports the viewer may see, newest first, for linking an entry to its report. */
export function listReportChoices(ex: Executor, v: Viewer) {
  return ex.select({ id: reports.id, title: reports.title }).from(reports).where(visible(v, 'report')).orderBy(desc(reports.id)).limit(200);
}

/** The title of a report the viewer may see, for an entry's page; undefined answers as no report. */
export async function findReportTitle(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select({ id: reports.id, title: reports.title })
    .from(reports)
    .where(and(eq(reports.id, id), visible(v, 'report')));
  return row;
}

/**
 * The issue a decision, report or notice belongs to (its Forward Plan entry's id, the address of
 * `/issues/{id}`), as the viewer may see it; null when it has none.
 * @example const issueId = await issueIdOf(db, request.viewer, { forwardPlanRef: d.forwardPlanRef, reportId: d.reportId })
 */
export async function issueIdOf(ex: Executor, v: Viewer, of: { forwardPlanRef?: string | null; forwardPlanEntryId?: number | null; reportId?: number | null }) {
  if (of.forwardPlanEntryId) return (await findEntry(ex, v, of.forwardPlanEntryId, '9999-12-31'))?.entry.id ?? null;
  const [row] = await ex
    .select({ id: forwardPlanEntries.id })
    .from(forwardPlanEntries)
    .where(
      and(
        or(of.forwardPlanRef ? eq(forwardPlanEntries.ref, of.forwardPlanRef) : sql`false`, of.reportId ? eq(forwardPlanEntries.reportId, of.reportId) : sql`false`),
        visible(v, 'forward_plan_entry'),
      ),
    )
    // Imported plans repeat a reference in each plan they were printed in: the issue is the one written in Shirehall, else the first.
    .orderBy(sql`${forwardPlanEntries.managed} desc`, asc(forwardPlanEntries.id))
    .limit(1);
  return row?.id ?? null;
}

/** The name of the council whose Forward Plan is printed: the version's body, or the first council. */
export async function councilName(ex: Executor, bodyId?: number): Promise<string> {
  const [b] = await ex
    .select({ name: bodies.name })
    .from(bodies)
    .where(bodyId ? eq(bodies.id, bodyId) : isNull(bodies.deletedAt))
    .orderBy(asc(bodies.id))
    .limit(1);
  return b?.name ?? 'Council';
}
