import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { planPartChampions } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { partWithPlan, pickedId } from '../part-of-plan.ts';

/**
 * Takes a member champion (a person) off a part of a plan: the assignment is removed (a soft delete),
 * the person stays. Refused when they are not assigned to that part. Audited as
 * `plan-part-champion.delete`.
 * @example await removeChampion(trx, actor, partId, { personId: '7' })
 */
export async function removeChampion(ex: Executor, actor: Actor, partId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const { part } = await partWithPlan(ex, partId);
  const personId = pickedId(raw.personId);
  const [row] =
    personId === undefined
      ? []
      : await ex
          .select({ id: planPartChampions.id })
          .from(planPartChampions)
          .where(and(eq(planPartChampions.partId, part.id), eq(planPartChampions.personId, personId), isNull(planPartChampions.deletedAt)));
  if (!row) return invalid([{ field: 'personId', message: 'That member champion is not assigned to this part' }]);
  const r = single(
    await writeRows(
      ex,
      actor,
      { table: planPartChampions as unknown as WritableTable, kind: 'plan_part_champion', action: 'plan-part-champion' },
      [{ id: row.id, values: { deletedAt: now } }],
      { now },
    ),
  );
  return r.ok ? ok({ id: row.id }) : r;
}
