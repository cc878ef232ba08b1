import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { reportAppendices } from '../../../db/schema.ts';
import { writeRows, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of a report's appendix. */
export type ReportAppendixValues = Partial<typeof reportAppendices.$inferInsert>;

/**
 * Writes appendices of reports. Each needs a title; a public appendix has no paragraph, and an
 * appendix whose access is not given is exempt with no paragraph ("not yet decided"), never public.
 * Audited as `report-appendix.create` / `.update`.
 * @example await saveReportAppendices(trx, actor, [{ values: { reportId, position: 1, title: 'Site plan', access: 'public' } }])
 */
export async function saveReportAppendices(ex: Executor, actor: Actor, rows: RowWrite<ReportAppendixValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: reportAppendices as unknown as WritableTable,
      kind: 'report_appendix',
      action: 'report-appendix',
      omitFromAudit: ['body'],
      rules: (_ex, checks) =>
        checks.flatMap((c) => {
          if (!c.before && c.next.access === undefined) Object.assign(c.values, { access: 'exempt', exemptParagraph: null });
          if (c.next.access === 'public' && c.next.exemptParagraph != null) Object.assign(c.values, { exemptParagraph: null });
          return String(c.next.title ?? '').trim() ? [] : [{ row: c.index, field: 'title', message: 'Enter the title of the appendix' }];
        }),
    },
    rows,
    opts,
  );
}
