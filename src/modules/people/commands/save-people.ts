import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { people } from '../people.table.ts';
import { personErrors } from '../people.rules.ts';
import { rowErrors, writeRows, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of a person. */
export type PersonValues = Partial<typeof people.$inferInsert>;

/**
 * Creates or changes people in one go (the form, the importer and the demo council all come here).
 * Each new row is a distinct person: people are never merged on family name. Audited as `person.create` / `person.update`.
 * @example await savePeople(trx, actor, [{ values: { bodyId, slug: 'ada-brook', kind: 'councillor', printedName: 'Cllr Ada Brook' } }])
 */
export async function savePeople(ex: Executor, actor: Actor, rows: RowWrite<PersonValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    { table: people as unknown as WritableTable, kind: 'person', action: 'person', rules: (_ex, checks) => checks.flatMap((c) => rowErrors(c.index, personErrors(c.next))) },
    rows,
    opts,
  );
}
