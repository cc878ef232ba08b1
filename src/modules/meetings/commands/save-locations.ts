import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { locations } from '../meetings.table.ts';
import { writeRows, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of a venue. */
export type LocationValues = Partial<typeof locations.$inferInsert>;

/**
 * Creates or changes venues; each needs a description. Audited as `location.create` / `location.update`.
 * @example await saveLocations(trx, actor, [{ values: { bodyId, description: 'Guildhall', room: 'Council Chamber' } }])
 */
export async function saveLocations(ex: Executor, actor: Actor, rows: RowWrite<LocationValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: locations as unknown as WritableTable,
      kind: 'location',
      action: 'location',
      rules: (_ex, checks) => checks.filter((c) => !String(c.next.description ?? '').trim()).map((c) => ({ row: c.index, field: 'description', message: 'Enter the venue' })),
    },
    rows,
    opts,
  );
}
