import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { memberships } from '../people.table.ts';
import { membershipErrors } from '../people.rules.ts';
import { rowErrors, writeRows, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of a membership. */
export type MembershipValues = Partial<typeof memberships.$inferInsert>;

/**
 * Creates or changes memberships: an officer's act (the form, the API, the demo council). Records
 * the importer finds in old packs go through `recordMembershipsSeen`, which only ever writes dated,
 * historical memberships. Audited as `membership.create` / `membership.update`.
 * @example await saveMemberships(trx, actor, [{ values: { organisationId, personId, role: 'chair', startDate: '2025-05-13' } }])
 */
export async function saveMemberships(ex: Executor, actor: Actor, rows: RowWrite<MembershipValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: memberships as unknown as WritableTable,
      kind: 'membership',
      action: 'membership',
      rules: (_ex, checks) => checks.flatMap((c) => rowErrors(c.index, membershipErrors(c.next))),
    },
    rows,
    opts,
  );
}
