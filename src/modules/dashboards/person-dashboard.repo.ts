import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { actionPlans, measures, people, planActions } from '../../db/schema.ts';
import { visible, type Viewer } from '../visibility/index.ts';

/** A person by web address, with the name their actions and measures name them by; undefined when none. */
export async function personBySlug(ex: Executor, slug: string) {
  const [person] = await ex.select({ id: people.id, slug: people.slug, printedName: people.printedName }).from(people).where(eq(people.slug, slug));
  return person;
}

/** A person by id, as `personBySlug` gives it. */
export async function personById(ex: Executor, id: number) {
  const [person] = await ex.select({ id: people.id, slug: people.slug, printedName: people.printedName }).from(people).where(eq(people.id, id));
  return person;
}

/** The actions and measures a person owns: their printed name is one of an action's owners, or a measure's owner (case and spaces aside). */
const ownsAction = (name: string) => sql`exists (select 1 from jsonb_array_elements_text(${planActions.owners}) as o(name) where lower(trim(o.name)) = lower(trim(${name})))`;
const ownsMeasure = (name: string) => sql`lower(trim(${measures.owner})) = lower(trim(${name}))`;

/**
 * What a person owns that the viewer may see: the actions naming them among their owners (each with
 * its plan, which the viewer may also see) and the measures naming them as owner (with their plan
 * when the viewer may see it), in plan order.
 * @example await ownedBy(db, publicViewer, 'Alex Moreno') // { actions: [...], measures: [...] }
 */
export async function ownedBy(ex: Executor, v: Viewer, printedName: string) {
  const [actions, owned] = await Promise.all([
    ex
      .select({ action: planActions, planId: actionPlans.id, planTitle: actionPlans.title, planSlug: actionPlans.slug })
      .from(planActions)
      .innerJoin(actionPlans, eq(actionPlans.id, planActions.actionPlanId))
      .where(and(ownsAction(printedName), visible(v, 'plan_action'), visible(v, 'action_plan')))
      .orderBy(asc(actionPlans.title), asc(planActions.position), asc(planActions.id)),
    ex
      .select({ measure: measures, planTitle: actionPlans.title, planSlug: actionPlans.slug })
      .from(measures)
      .leftJoin(actionPlans, and(eq(actionPlans.id, measures.actionPlanId), visible(v, 'action_plan')))
      .where(and(ownsMeasure(printedName), visible(v, 'measure')))
      .orderBy(asc(measures.name), asc(measures.id)),
  ]);
  return { actions, measures: owned };
}
