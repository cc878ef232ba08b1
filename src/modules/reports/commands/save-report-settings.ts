import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { reportSettings } from '../../../db/schema.ts';
import { writeRows, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';
import { optionalReportSections } from '../reports.schema.ts';

/**
 * Sets a body's report template: the sign-off roles its reports require, its strategy priorities and
 * the optional sections its reports leave out (one row per body, made on first use). Audited as `report-settings.create` / `.update`.
 * @example await saveReportSettings(trx, actor, bodyId, { signOffRoles: ['Monitoring Officer', 'Finance'], priorities: ['Thriving economy'] })
 */
export async function saveReportSettings(
  ex: Executor,
  actor: Actor,
  bodyId: number,
  values: { signOffRoles: string[]; priorities: string[]; omittedSections?: string[] },
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
        checks.flatMap((c) => [
          ...((c.next.signOffRoles as string[]).length ? [] : [{ row: c.index, field: 'signOffRoles', message: 'Enter at least one sign-off role' }]),
          ...((c.next.omittedSections as string[]).every((k) => k in optionalReportSections)
            ? []
            : [{ row: c.index, field: 'omittedSections', message: 'Select only sections of the report template' }]),
        ]),
    },
    [{ id: row?.id, values: { bodyId, signOffRoles: clean(values.signOffRoles), priorities: clean(values.priorities), omittedSections: clean(values.omittedSections ?? []) } }],
    opts,
  );
}
