import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { reportSignOffs } from '../../../db/schema.ts';
import { writeRows, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of a row of a report's sign-off table. */
export type ReportSignOffValues = Partial<typeof reportSignOffs.$inferInsert>;

/**
 * Records the rows of reports' sign-off tables (a role may repeat); each names its role. Audited as `report-sign-off.create` / `.update`.
 * @example await saveReportSignOffs(trx, actor, [{ values: { reportId, position: 1, role: 'Monitoring Officer', name: 'A Clerk', signedOn: '2026-01-05' } }])
 */
export async function saveReportSignOffs(ex: Executor, actor: Actor, rows: RowWrite<ReportSignOffValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: reportSignOffs as unknown as WritableTable,
      kind: 'report_sign_off',
      action: 'report-sign-off',
      rules: (_ex, checks) =>
        checks.filter((c) => !String(c.next.role ?? '').trim()).map((c) => ({ row: c.index, field: 'role', message: 'Enter the role that signed the report off' })),
    },
    rows,
    opts,
  );
}
