import { endOfNamedMonth } from '../../lib/dates.ts';
import type { planActionUpdates, planActions } from './action-plans.table.ts';

const ragColours: Record<string, string> = { Red: 'red', Amber: 'orange', Green: 'green', Blue: 'blue' };

/** A plan action as the public sees it. */
export type PresentedAction = typeof planActions.$inferSelect & {
  ragTag: { text: string; colour: string } | null;
  overdue: boolean;
  sourceId: number | null;
  /** The dated updates, newest first. */
  history: Pick<typeof planActionUpdates.$inferSelect, 'updatedOn' | 'rag' | 'dueText' | 'progress'>[];
  children: PresentedAction[];
};

/**
 * A plan action as shown: RAG as text and tag colour, and overdue worked out from the due date alone
 * (a month-only due date such as "June 2018" is due by the end of that month).
 */
export function presentAction(a: typeof planActions.$inferSelect, today: string, sourceId: number | null = null, history: PresentedAction['history'] = []): PresentedAction {
  const complete = /complete/i.test(a.status ?? '') || a.rag === 'Blue';
  return {
    ...a,
    ragTag: a.rag ? { text: a.rag, colour: ragColours[a.rag] ?? 'grey' } : null,
    overdue: !complete && dueBy(a) !== null && dueBy(a)! < today,
    sourceId,
    history: history.map((h) => ({ updatedOn: h.updatedOn, rag: h.rag, dueText: h.dueText, progress: h.progress })),
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

/**
 * A plan's dashboard figures from its actions on a day: how many at each RAG rating, how many each
 * owner holds (an action with two owners counts for both), and the overdue actions.
 */
export function planDashboardFigures(actions: (typeof planActions.$inferSelect)[], today: string) {
  const presented = actions.map((a) => presentAction(a, today));
  const rag = [
    ...(['Red', 'Amber', 'Green', 'Blue'] as const).map((r) => ({
      label: r === 'Blue' ? 'Blue (complete)' : r,
      value: actions.filter((a) => a.rag === r).length,
      colour: ragColours[r],
    })),
  ];
  const unrated = actions.filter((a) => !a.rag).length;
  if (unrated) rag.push({ label: 'Not rated', value: unrated, colour: 'grey' });
  const owners = new Map<string, number>();
  for (const a of actions) for (const o of a.owners.length ? a.owners : ['To identify lead']) owners.set(o, (owners.get(o) ?? 0) + 1);
  const overdue = presented.filter((a) => a.overdue);
  return {
    total: actions.length,
    rag,
    overdueBars: [
      { label: 'Overdue', value: overdue.length, colour: 'red' },
      { label: 'Not overdue', value: actions.length - overdue.length, colour: 'grey' },
    ],
    overdue,
    owners: [...owners].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([label, value]) => ({ label, value, colour: 'blue' })),
  };
}
