import { count, eq } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { planParts } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { orRollBack, refusedAsInvalid, writeRows, type WritableTable } from '../../records/index.ts';
import { partWithPlan } from '../part-of-plan.ts';
import { hanging, live } from '../part-removal.ts';

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
