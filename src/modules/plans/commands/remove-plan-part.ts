import { and, count, eq, isNull, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { actionPlans, highlightReports, measures, planPartChampions, planPartGroups, planParts } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { orRollBack, refusedAsInvalid, writeRows, type WritableTable, type WriteSpec } from '../../records/index.ts';
import { partWithPlan } from '../part-of-plan.ts';

/** What hangs on a part, each with how it is written and, for a part's id, its rows that go with the part and what they are given. */
const hanging = {
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

const live = (id: number) => and(eq(planParts.parentId, id), isNull(planParts.deletedAt));

/** What removing a part would refuse on or take with it, for its confirmation page. */
export async function partRemoval(ex: Executor, partId: number): Promise<PartRemoval> {
  const n = async (table: WritableTable, where: SQL | undefined) => (await ex.select({ n: count() }).from(table).where(where))[0]?.n ?? 0;
  const out = { children: await n(planParts as unknown as WritableTable, live(partId)) } as PartRemoval;
  for (const [key, h] of Object.entries(hanging)) out[key as keyof typeof hanging] = await n(h.spec.table, h.of(partId));
  return out;
}

/**
 * Removes a part of a plan added in error: a soft delete, audited as `plan-part.delete`, refused
 * (nothing changed) while parts sit under it. What hangs on it goes with it in the same transaction:
 * its delivery groups and member champions (`plan-part-group.delete`, `plan-part-champion.delete`),
 * its links from action plans and measures (`action-plan.update`, `measure.update`: those records
 * stay, unlinked) and its highlight reports (`highlight-report.delete`). Its number is then free.
 * @example await removePlanPart(db, actor, partId) // { ok: true, value: { id: partId, planId } }
 */
export async function removePlanPart(ex: Executor, actor: Actor, partId: number, now = new Date()): Promise<Result<{ id: number; planId: number }>> {
  return refusedAsInvalid(
    ex.transaction(async (trx) => {
      const { part, plan } = await partWithPlan(trx, partId);
      await trx.select({ id: planParts.id }).from(planParts).where(eq(planParts.id, part.id)).for('update');
      const [under] = await trx.select({ n: count() }).from(planParts).where(live(part.id));
      const children = under?.n ?? 0;
      if (children > 0) {
        const what = children === 1 ? 'a part' : `${children} parts`;
        return invalid([
          { field: 'remove-part', message: `${plan.levels[part.level] ?? 'Part'} ${part.number} has ${what} under it: remove ${children === 1 ? 'it' : 'them'} first` },
        ]);
      }
      for (const h of Object.values(hanging)) {
        const rows = (await trx.select({ id: h.spec.table.id }).from(h.spec.table).where(h.of(part.id))) as { id: number }[];
        orRollBack(
          await writeRows(
            trx,
            actor,
            h.spec,
            rows.map((r) => ({ id: r.id, values: h.becomes(now) })),
            { now },
          ),
        );
      }
      orRollBack(
        await writeRows(trx, actor, { table: planParts as unknown as WritableTable, kind: 'plan_part', action: 'plan-part' }, [{ id: part.id, values: { deletedAt: now } }], {
          now,
        }),
      );
      return ok({ id: part.id, planId: plan.id });
    }),
  );
}
