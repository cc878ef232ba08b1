import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { people, planPartChampions } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { partWithPlan, pickedId } from '../part-of-plan.ts';

/**
 * Assigns a member champion (a person of the plan's council) to a part of a plan, once.
 * Audited as `plan-part-champion.create`.
 * @example await assignChampion(trx, actor, partId, { personId: '7' })
 */
export async function assignChampion(ex: Executor, actor: Actor, partId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const { plan } = await partWithPlan(ex, partId);
  const personId = pickedId(raw.personId);
  const message = 'Select the member champion from the list';
  if (personId === undefined) return invalid([{ field: 'personId', message }]);
  const [person] = await ex
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.bodyId, plan.bodyId), isNull(people.deletedAt)));
  if (!person) return invalid([{ field: 'personId', message }]);
  const [already] = await ex
    .select({ id: planPartChampions.id })
    .from(planPartChampions)
    .where(and(eq(planPartChampions.partId, partId), eq(planPartChampions.personId, personId), isNull(planPartChampions.deletedAt)));
  if (already) return invalid([{ field: 'personId', message: 'That member champion is already assigned to this part' }]);
  const r = single(
    await writeRows(
      ex,
      actor,
      { table: planPartChampions as unknown as WritableTable, kind: 'plan_part_champion', action: 'plan-part-champion' },
      [{ values: { partId, personId } }],
      { now },
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
