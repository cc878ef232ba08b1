import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { bodies } from '../../../db/schema.ts';
import { writeRows, type RowError, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of a council. */
export type BodyValues = Partial<typeof bodies.$inferInsert>;

/**
 * Creates or changes councils (the body that owns every record): each needs a name and a slug;
 * audited as `body.create` / `body.update`.
 * @example await saveBodies(trx, actor, [{ values: { name: 'Testshire District Council', slug: 'testshire' } }])
 */
export async function saveBodies(ex: Executor, actor: Actor, rows: RowWrite<BodyValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: bodies as unknown as WritableTable,
      kind: 'body',
      action: 'body',
      rules: (_ex, checks) =>
        checks.flatMap((c): RowError[] => [
          ...(String(c.next.name ?? '').trim() ? [] : [{ row: c.index, field: 'name', message: 'Enter the name of the council' }]),
          ...(String(c.next.slug ?? '').trim() ? [] : [{ row: c.index, field: 'slug', message: 'Enter a web address for the council' }]),
        ]),
    },
    rows,
    opts,
  );
}
