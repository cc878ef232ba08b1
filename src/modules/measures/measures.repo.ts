import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { actionPlans, measureValues, measures } from '../../db/schema.ts';
import { visible, type Viewer } from '../visibility/index.ts';

/** A measure row. */
export type Measure = typeof measures.$inferSelect;

/** A value row. */
export type MeasureValue = typeof measureValues.$inferSelect;

/** A measure with its plan's title and address (null when it is in no plan). */
export type MeasureWithPlan = { measure: Measure; planTitle: string | null; planSlug: string | null };

const withPlan = { measure: measures, planTitle: actionPlans.title, planSlug: actionPlans.slug };

/** The measures the viewer may see, by plan title (measures in no plan last) and name. */
export async function listMeasures(ex: Executor, v: Viewer): Promise<MeasureWithPlan[]> {
  const rows = await ex
    .select(withPlan)
    .from(measures)
    .leftJoin(actionPlans, eq(actionPlans.id, measures.actionPlanId))
    .where(visible(v, 'measure'))
    .orderBy(asc(actionPlans.title), asc(measures.name), asc(measures.id));
  return rows.sort((a, b) => (a.planTitle === null ? 1 : 0) - (b.planTitle === null ? 1 : 0));
}

/** One measure the viewer may see, with its plan's title and address, or undefined (a draft answers as a missing one). */
export async function findMeasure(ex: Executor, v: Viewer, id: number): Promise<MeasureWithPlan | undefined> {
  const [row] = await ex
    .select(withPlan)
    .from(measures)
    .leftJoin(actionPlans, eq(actionPlans.id, measures.actionPlanId))
    .where(and(eq(measures.id, id), visible(v, 'measure')));
  return row;
}

/** The measures of one plan the viewer may see, by name. */
export async function measuresOfPlan(ex: Executor, v: Viewer, actionPlanId: number): Promise<Measure[]> {
  return ex
    .select()
    .from(measures)
    .where(and(eq(measures.actionPlanId, actionPlanId), visible(v, 'measure')))
    .orderBy(asc(measures.name), asc(measures.id));
}

/**
 * The values of measures, oldest period first, by measure. Pass only ids of measures the viewer may
 * see (from `listMeasures`, `findMeasure` or `measuresOfPlan`): a value is seen with its measure.
 */
export async function valuesOf(ex: Executor, measureIds: number[]): Promise<Map<number, MeasureValue[]>> {
  const byMeasure = new Map<number, MeasureValue[]>();
  if (!measureIds.length) return byMeasure;
  const rows = await ex
    .select()
    .from(measureValues)
    .where(and(inArray(measureValues.measureId, measureIds), isNull(measureValues.deletedAt)))
    .orderBy(asc(measureValues.period));
  for (const r of rows) byMeasure.set(r.measureId, [...(byMeasure.get(r.measureId) ?? []), r]);
  return byMeasure;
}

/** The action plans a measure may be put in (for the officer form), by title. */
export async function planChoices(ex: Executor, v: Viewer): Promise<{ id: number; title: string }[]> {
  return ex.select({ id: actionPlans.id, title: actionPlans.title }).from(actionPlans).where(visible(v, 'action_plan')).orderBy(asc(actionPlans.title));
}
