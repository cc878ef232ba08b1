import { endOfNamedMonth } from '../../lib/dates.ts';
import type { planActions } from './action-plans.table.ts';

const ragColours: Record<string, string> = { Red: 'red', Amber: 'orange', Green: 'green', Blue: 'blue' };

/** A plan action as the public sees it. */
export type PresentedAction = typeof planActions.$inferSelect & {
  ragTag: { text: string; colour: string } | null;
  overdue: boolean;
  sourceId: number | null;
  children: PresentedAction[];
};

/**
 * A plan action as shown: RAG as text and tag colour, and overdue worked out from the due date alone
 * (a month-only due date such as "June 2018" is due by the end of that month).
 */
export function presentAction(a: typeof planActions.$inferSelect, today: string, sourceId: number | null = null): PresentedAction {
  const complete = /complete/i.test(a.status ?? '') || a.rag === 'Blue';
  return {
    ...a,
    ragTag: a.rag ? { text: a.rag, colour: ragColours[a.rag] ?? 'grey' } : null,
    overdue: !complete && dueBy(a) !== null && dueBy(a)! < today,
    sourceId,
    children: [],
  };
}

/** Nests actions under their parents, keeping plan order. */
export function actionTree<T extends { id: number; parentId: number | null; children: T[] }>(actions: T[]): T[] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const roots: T[] = [];
  for (const a of actions) {
    const parent = a.parentId ? byId.get(a.parentId) : undefined;
    if (parent) parent.children.push(a);
    else roots.push(a);
  }
  return roots;
}

/** The day an action is due by: its due date, or the last day of a month-only due date ("June 2018"). */
export function dueBy(a: { dueDate: string | null; dueText: string | null }): string | null {
  return a.dueDate ?? endOfNamedMonth(a.dueText);
}

/**
 * A count with its noun, singular or plural as the number needs.
 * @example countOf(1, 'action') // '1 action'
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
