import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { organisations, planPartGroups } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { partWithPlan, pickedId } from '../part-of-plan.ts';

/**
 * Assigns a delivery group (an organisation of the plan's council) to a part of a plan, once.
 * Audited as `plan-part-group.create`.
 * @example await assignDeliveryGroup(trx, actor, partId, { organisationId: '12' })
 */
export async function assignDeliveryGroup(ex: Executor, actor: Actor, partId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const { plan } = await partWithPlan(ex, partId);
  const organisationId = pickedId(raw.organisationId);
  const message = 'Select the delivery group from the list';
  if (organisationId === undefined) return invalid([{ field: 'organisationId', message }]);
  const [org] = await ex
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), eq(organisations.bodyId, plan.bodyId), isNull(organisations.deletedAt)));
  if (!org) return invalid([{ field: 'organisationId', message }]);
  const [already] = await ex
    .select({ id: planPartGroups.id })
    .from(planPartGroups)
    .where(and(eq(planPartGroups.partId, partId), eq(planPartGroups.organisationId, organisationId), isNull(planPartGroups.deletedAt)));
  if (already) return invalid([{ field: 'organisationId', message: 'That delivery group is already assigned to this part' }]);
  const r = single(
    await writeRows(
      ex,
      actor,
      { table: planPartGroups as unknown as WritableTable, kind: 'plan_part_group', action: 'plan-part-group' },
      [{ values: { partId, organisationId } }],
      { now },
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
