import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { organisations } from '../organisations.table.ts';
import { organisationErrors } from '../organisations.rules.ts';
import { rowErrors, writeRows, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of an organisation (committee, board, Cabinet…). */
export type OrganisationValues = Partial<typeof organisations.$inferInsert>;

/**
 * Creates or changes organisations in one go (the form, the importer and the demo council all come
 * here); audited as `organisation.create` / `organisation.update`.
 * @example await saveOrganisations(trx, actor, [{ values: { bodyId, name: 'Planning Committee', slug: 'planning-committee', kind: 'committee' } }])
 */
export async function saveOrganisations(ex: Executor, actor: Actor, rows: RowWrite<OrganisationValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: organisations as unknown as WritableTable,
      kind: 'organisation',
      action: 'organisation',
      rules: (_ex, checks) => checks.flatMap((c) => rowErrors(c.index, organisationErrors(c.next))),
    },
    rows,
    opts,
  );
}
