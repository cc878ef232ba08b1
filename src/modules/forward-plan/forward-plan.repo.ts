import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { forwardPlanVersions, notices } from '../../db/schema.ts';
import { visible, type Viewer } from '../visibility/index.ts';

/**
 * The published versions of the Forward Plan the viewer may see, newest first.
 * @example const [current] = await forwardPlanVersionsFor(db, request.viewer);
 */
export async function forwardPlanVersionsFor(ex: Executor, v: Viewer) {
  return ex.select().from(forwardPlanVersions).where(visible(v, 'forward_plan_version')).orderBy(desc(forwardPlanVersions.number));
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
