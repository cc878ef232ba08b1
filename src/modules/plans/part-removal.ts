import { and, count, eq, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { actionPlans, highlightReports, measures, planPartChampions, planPartGroups, planParts } from '../../db/schema.ts';
import type { WritableTable, WriteSpec } from '../records/index.ts';

/** What hangs on a part, each with how it is written and, for a part's id, its rows that go with the part and what they are given. */
export const hanging = {
  groups: {
    spec: { table: planPartGroups as unknown as WritableTable, kind: 'plan_part_group', action: 'plan-part-group' },
    of: (id: number) => and(eq(planPartGroups.partId, id), isNull(planPartGroups.deletedAt))!,
    becomes: (now: Date) => ({ deletedAt: now }),
  },
  champions: {
    spec: { table: planPartChampions as unknown as WritableTable, kind: 'plan_part_champion', action: 'plan-part-champion' },
    of: (id: number) => and(eq(planPartChampions.partId, id), isNull(planPartChampions.deletedAt))!,
    becomes: (now: Date) => ({ deletedAt: now }),
  },
  actionPlans: {
    spec: { table: actionPlans as unknown as WritableTable, kind: 'action_plan', action: 'action-plan' },
    of: (id: number) => and(eq(actionPlans.planPartId, id), isNull(actionPlans.deletedAt))!,
    becomes: () => ({ planPartId: null }),
  },
  measures: {
    spec: { table: measures as unknown as WritableTable, kind: 'measure', action: 'measure' },
    of: (id: number) => and(eq(measures.planPartId, id), isNull(measures.deletedAt))!,
    becomes: () => ({ planPartId: null }),
  },
  highlightReports: {
    spec: { table: highlightReports as unknown as WritableTable, kind: 'highlight_report', action: 'highlight-report' },
    of: (id: number) => and(eq(highlightReports.partId, id), isNull(highlightReports.deletedAt))!,
    becomes: (now: Date) => ({ deletedAt: now }),
  },
} satisfies Record<string, { spec: WriteSpec; of: (id: number) => SQL; becomes: (now: Date) => Record<string, unknown> }>;

/** How many parts sit under a part, and how many of each thing hanging on it would go with it. */
export type PartRemoval = { children: number } & Record<keyof typeof hanging, number>;

export const live = (id: number) => and(eq(planParts.parentId, id), isNull(planParts.deletedAt));

/** What removing a part would refuse on or take with it, for its confirmation page. */
export async function partRemoval(ex: Executor, partId: number): Promise<PartRemoval> {
  const n = async (table: WritableTable, where: SQL | undefined) => (await ex.select({ n: count() }).from(table).where(where))[0]?.n ?? 0;
  const out = { children: await n(planParts as unknown as WritableTable, live(partId)) } as PartRemoval;
  for (const [key, h] of Object.entries(hanging)) out[key as keyof typeof hanging] = await n(h.spec.table, h.of(partId));
  return out;
}
