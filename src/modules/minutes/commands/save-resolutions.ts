import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { minuteItems, minutes, resolutions } from '../../../db/schema.ts';
import { LOCKED_MESSAGE } from '../minutes-workflow.guard.ts';
import { changesRecord, writeRows, type RowError, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of a resolution. */
export type ResolutionValues = Partial<typeof resolutions.$inferInsert>;

/**
 * Adds or changes resolutions of minutes in one go: each needs its text, and only while the
 * minutes are a draft (approved minutes are a legal record: `locked`). Audited as `resolution.create` / `resolution.update`.
 * @example await saveResolutions(trx, actor, [{ values: { minuteItemId, position: 1, number: '1', text: 'That the report be noted.' } }])
 */
export async function saveResolutions(ex: Executor, actor: Actor, rows: RowWrite<ResolutionValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: resolutions as unknown as WritableTable,
      kind: 'resolution',
      action: 'resolution',
      rules: async (tx, checks) => {
        const itemIds = [...new Set(checks.map((c) => c.next.minuteItemId as number))];
        const found = itemIds.length
          ? await tx
              .select({ id: minuteItems.id, status: minutes.status })
              .from(minuteItems)
              .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
              .where(inArray(minuteItems.id, itemIds))
          : [];
        const status = new Map(found.map((f) => [f.id, f.status]));
        return checks.flatMap((c): RowError[] => {
          const s = status.get(c.next.minuteItemId as number);
          if (!s) return [{ row: c.index, field: 'minuteItemId', message: 'The minute does not exist' }];
          if (s !== 'draft' && changesRecord(c)) return [{ row: c.index, field: 'form', message: LOCKED_MESSAGE, code: 'locked' }];
          if (!String(c.next.text ?? '').trim()) return [{ row: c.index, field: 'text', message: 'Enter the resolution' }];
          return [];
        });
      },
    },
    rows,
    opts,
  );
}
