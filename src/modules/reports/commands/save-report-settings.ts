import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { reportSettings } from '../../../db/schema.ts';
import { writeRows, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/**
 * Sets a body's report template: the sign-off roles its reports require and its strategy priorities
 * (one row per body, made on first use). Audited as `report-settings.create` / `.update`.
 * @example await saveReportSettings(trx, actor, bodyId, { signOffRoles: ['Monitoring Officer', 'Finance'], priorities: ['Thriving economy'] })
 */
export async function saveReportSettings(
  ex: Executor,
  actor: Actor,
  bodyId: number,
  values: { signOffRoles: string[]; priorities: string[] },
  opts: WriteOpts = {},
): Promise<RowsResult> {
  const [row] = await ex
    .select({ id: reportSettings.id })
    .from(reportSettings)
    .where(and(eq(reportSettings.bodyId, bodyId), isNull(reportSettings.deletedAt)));
  const clean = (a: string[]) => [...new Set(a.map((s) => s.trim()).filter(Boolean))];
  return writeRows(
    ex,
    actor,
    {
      table: reportSettings as unknown as WritableTable,
      kind: 'report_settings',
      action: 'report-settings',
      rules: (_ex, checks) =>
        checks.flatMap((c) => ((c.next.signOffRoles as string[]).length ? [] : [{ row: c.index, field: 'signOffRoles', message: 'Enter at least one sign-off role' }])),
    },
    [{ id: row?.id, values: { bodyId, signOffRoles: clean(values.signOffRoles), priorities: clean(values.priorities) } }],
    opts,
  );
}
