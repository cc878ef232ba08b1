import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { measures } from '../../../db/schema.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { partWithPlan, pickedId } from '../part-of-plan.ts';

/**
 * Unlinks a performance measure from a part of a plan: the measure stays, no longer counted in the
 * part's RAG and direction. Refused when it is not linked to that part. Audited as `measure.update`.
 * @example await unlinkMeasure(trx, actor, priorityId, { measureId: '5' })
 */
export async function unlinkMeasure(ex: Executor, actor: Actor, partId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const { part } = await partWithPlan(ex, partId);
  const measureId = pickedId(raw.measureId);
  const [m] =
    measureId === undefined
      ? []
      : await ex
          .select({ id: measures.id })
          .from(measures)
          .where(and(eq(measures.id, measureId), eq(measures.planPartId, part.id), isNull(measures.deletedAt)));
  if (!m) return invalid([{ field: 'measureId', message: 'That measure is not linked to this part' }]);
  const r = single(
    await writeRows(ex, actor, { table: measures as unknown as WritableTable, kind: 'measure', action: 'measure' }, [{ id: m.id, values: { planPartId: null } }], { now }),
  );
  return r.ok ? ok({ id: m.id }) : r;
}
