// Plans as pages and the API show them: the tree of parts with each part's roll-up, what is linked to
// it, and the overdue actions and measures off target that a dashboard lists.
import { formatDate } from '../../lib/dates.ts';
import { presentAction, type PresentedAction } from '../action-plans/index.ts';
import { directionWords, presentMeasure, type Direction, type PresentedMeasure } from '../measures/index.ts';
import { rollUpParts, type PartEvidence, type PartRag } from './plan-rollup.ts';
import type { HighlightReport, Plan, PlanContents, PlanPart } from './plans.repo.ts';
import { quarterSlug } from './quarters.ts';

const ragColours: Record<string, string> = { Red: 'red', Amber: 'orange', Green: 'green' };

/** A RAG rating as a GOV.UK tag, or null when not rated. */
export const ragTag = (rag: string | null | undefined) => (rag ? { text: rag, colour: ragColours[rag] ?? 'grey' } : null);

/** A direction of travel in words (the arrow is decoration). */
export const directionText = (d: Direction | null | undefined) => (d ? directionWords[d].text : '');

/** Compares part numbers as numbers, part by part: 2 < 2.1 < 2.10 < 10. */
export function compareNumbers(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** A plan's heading facts: its period in words and its level names. */
export function presentPlan(p: Plan) {
  return {
    id: p.id,
    title: p.title,
    slug: p.slug,
    description: p.description,
    startDate: p.startDate,
    endDate: p.endDate,
    periodText: `${formatDate(p.startDate)} to ${formatDate(p.endDate)}`,
    levels: p.levels,
    organisationId: p.organisationId,
    publication: p.publication,
  };
}

/** One part of a plan as shown, with its roll-up and what is linked to it; `children` nests the tree. */
export type PresentedPart = {
  id: number;
  parentId: number | null;
  level: number;
  levelName: string;
  number: string;
  title: string;
  description: string | null;
  rag: PartRag | null;
  ragTag: { text: string; colour: string } | null;
  direction: Direction;
  directionText: string;
  groups: { id: number; name: string; slug: string }[];
  champions: { id: number; name: string; slug: string }[];
  actionPlans: { id: number; title: string; slug: string; actionCount: number; overdueCount: number }[];
  measures: PresentedMeasure[];
  children: PresentedPart[];
};

/** An overdue action with its action plan, for a dashboard. */
export type OverdueAction = PresentedAction & { planTitle: string; planSlug: string };

/**
 * A plan's tree: every part with its roll-up (see `rollUpParts`), groups, champions, action plans and
 * measures, in number order; the parts flat in tree order; the overdue actions and the measures off target.
 */
export function presentTree(plan: Plan, c: PlanContents, today: string) {
  const actionsByPlan = new Map<number, PresentedAction[]>();
  for (const a of c.actions) actionsByPlan.set(a.actionPlanId, [...(actionsByPlan.get(a.actionPlanId) ?? []), presentAction(a, today)]);
  const measures = c.measures.map((m) => ({ partId: m.planPartId, m: presentMeasure(m, c.values.get(m.id)) }));
  const evidence = new Map<number, PartEvidence>();
  const ev = (id: number) => evidence.get(id) ?? (evidence.set(id, { actionRags: [], measures: [] }), evidence.get(id)!);
  for (const ap of c.actionPlans) if (ap.partId !== null) ev(ap.partId).actionRags.push(...(actionsByPlan.get(ap.id) ?? []).map((a) => a.rag));
  for (const { partId, m } of measures) if (partId !== null) ev(partId).measures.push({ rag: m.computedRag, direction: m.direction });
  const rolled = rollUpParts(c.parts, evidence);
  const nodes = new Map<number, PresentedPart>(
    c.parts.map((p: PlanPart) => {
      const r = rolled.get(p.id)!;
      return [
        p.id,
        {
          id: p.id,
          parentId: p.parentId,
          level: p.level,
          levelName: plan.levels[p.level] ?? `Level ${p.level + 1}`,
          number: p.number,
          title: p.title,
          description: p.description,
          rag: r.rag,
          ragTag: ragTag(r.rag),
          direction: r.direction,
          directionText: directionText(r.direction),
          groups: c.groups.filter((g) => g.partId === p.id).map(({ id, name, slug }) => ({ id, name, slug })),
          champions: c.champions.filter((g) => g.partId === p.id).map(({ id, name, slug }) => ({ id, name, slug })),
          actionPlans: c.actionPlans
            .filter((ap) => ap.partId === p.id)
            .map((ap) => {
              const acts = actionsByPlan.get(ap.id) ?? [];
              return { id: ap.id, title: ap.title, slug: ap.slug, actionCount: acts.length, overdueCount: acts.filter((a) => a.overdue).length };
            }),
          measures: measures.filter((x) => x.partId === p.id).map((x) => x.m),
          children: [],
        },
      ];
    }),
  );
  const sorted = [...nodes.values()].sort((a, b) => compareNumbers(a.number, b.number));
  const roots: PresentedPart[] = [];
  for (const n of sorted) {
    const parent = n.parentId !== null ? nodes.get(n.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  const flat: PresentedPart[] = [];
  const walk = (ns: PresentedPart[]) => ns.forEach((n) => (flat.push(n), walk(n.children)));
  walk(roots);
  const overdue: OverdueAction[] = c.actionPlans.flatMap((ap) =>
    (actionsByPlan.get(ap.id) ?? []).filter((a) => a.overdue).map((a) => ({ ...a, planTitle: ap.title, planSlug: ap.slug })),
  );
  const offTarget = measures.map((x) => x.m).filter((m) => m.computedRag === 'Red' || m.computedRag === 'Amber');
  return { roots, parts: flat, overdue, offTarget };
}

/** A highlight report as shown: its quarter, both RAG ratings and directions, and whether it is a nil return. */
export function presentHighlightReport(r: HighlightReport) {
  return {
    id: r.id,
    partId: r.partId,
    quarter: r.quarter,
    quarterStart: r.quarterStart,
    quarterSlug: quarterSlug(r.quarter),
    computedRag: r.computedRag,
    computedRagTag: ragTag(r.computedRag),
    computedDirection: r.computedDirection,
    computedDirectionText: directionText(r.computedDirection),
    officerRag: r.officerRag,
    officerRagTag: ragTag(r.officerRag),
    officerDirection: r.officerDirection,
    officerDirectionText: directionText(r.officerDirection),
    nilReturn: r.nilReturn,
    achievements: r.achievements,
    risksAndIssues: r.risksAndIssues,
    nextSteps: r.nextSteps,
    publication: r.publication,
  };
}
