import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { measures } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { partWithPlan, pickedId } from '../part-of-plan.ts';

/**
 * Links a performance measure of the same council to a part of a plan (moving it from any part it was
 * linked to): its computed RAG and direction then count in the part's. Audited as `measure.update`.
 * @example await linkMeasure(trx, actor, priorityId, { measureId: '5' })
 */
export async function linkMeasure(ex: Executor, actor: Actor, partId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const { plan } = await partWithPlan(ex, partId);
  const measureId = pickedId(raw.measureId);
  const message = 'Select the measure from the list';
  if (measureId === undefined) return invalid([{ field: 'measureId', message }]);
  const [m] = await ex
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.id, measureId), eq(measures.bodyId, plan.bodyId), isNull(measures.deletedAt)));
  if (!m) return invalid([{ field: 'measureId', message }]);
  const r = single(
    await writeRows(ex, actor, { table: measures as unknown as WritableTable, kind: 'measure', action: 'measure' }, [{ id: m.id, values: { planPartId: partId } }], { now }),
  );
  return r.ok ? ok({ id: m.id }) : r;
}
