import { and, eq, isNull, max } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { eiaActions, eias } from '../../../db/schema.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { eiaActionInput } from '../reports.schema.ts';

/**
 * Adds a row to an EIA's action plan for its negative outcomes: the action, when, who is
 * responsible, how it is monitored and whether it is complete. Audited as `eia-action.create`.
 * @example await addEiaAction(db, actor, 3, { action: 'Provide large-print notices', dueOn: '2030-04-01', responsible: 'Head of Libraries' })
 */
export async function addEiaAction(ex: Executor, actor: Actor, eiaId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const [eia] = await ex
    .select({ id: eias.id })
    .from(eias)
    .where(and(eq(eias.id, eiaId), isNull(eias.deletedAt)));
  if (!eia) throw new AppError('not_found', 'Assessment not found');
  const parsed = eiaActionInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const d = parsed.data;
  const r = single(
    await ex.transaction(async (trx) => {
      const [last] = await trx
        .select({ n: max(eiaActions.position) })
        .from(eiaActions)
        .where(eq(eiaActions.eiaId, eiaId));
      return writeRows(
        trx,
        actor,
        { table: eiaActions as unknown as WritableTable, kind: 'eia_action', action: 'eia-action' },
        [
          {
            values: {
              eiaId,
              position: (last?.n ?? 0) + 1,
              action: d.action,
              dueOn: d.dueOn ?? null,
              responsible: d.responsible ?? null,
              monitoring: d.monitoring ?? null,
              complete: d.complete === 'yes',
            },
          },
        ],
        { now },
      );
    }),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
