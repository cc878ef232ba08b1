import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { planPartGroups } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { partWithPlan, pickedId } from '../part-of-plan.ts';

/**
 * Takes a delivery group (an organisation) off a part of a plan: its assignment is removed (a soft
 * delete), the organisation stays. Refused when it is not assigned to that part. Audited as
 * `plan-part-group.delete`.
 * @example await removeDeliveryGroup(trx, actor, partId, { organisationId: '4' })
 */
export async function removeDeliveryGroup(ex: Executor, actor: Actor, partId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const { part } = await partWithPlan(ex, partId);
  const organisationId = pickedId(raw.organisationId);
  const [row] =
    organisationId === undefined
      ? []
      : await ex
          .select({ id: planPartGroups.id })
          .from(planPartGroups)
          .where(and(eq(planPartGroups.partId, part.id), eq(planPartGroups.organisationId, organisationId), isNull(planPartGroups.deletedAt)));
  if (!row) return invalid([{ field: 'organisationId', message: 'That delivery group is not assigned to this part' }]);
  const r = single(
    await writeRows(
      ex,
      actor,
      { table: planPartGroups as unknown as WritableTable, kind: 'plan_part_group', action: 'plan-part-group' },
      [{ id: row.id, values: { deletedAt: now } }],
      { now },
    ),
  );
  return r.ok ? ok({ id: row.id }) : r;
}
