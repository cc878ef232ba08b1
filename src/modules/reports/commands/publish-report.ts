import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { reports } from '../../../db/schema.ts';
import { publishRecords } from '../../visibility/index.ts';
import { reportPublicationGaps } from '../reports.rules.ts';

/**
 * Publishes a draft report that is not on an agenda: the report for an individual decision by a
 * Cabinet Member or an officer, open to inspection before the decision is taken. A report on an
 * agenda item is published with its agenda instead. Refused while a required sign-off is missing
 * (unless overridden) or an appendix's access is undecided; exempt appendices stay exempt (they
 * follow the report's visibility and their own access class). Audited as `report.publish`.
 * @example await publishReport(trx, actor, 12, new Date())
 */
export async function publishReport(ex: Executor, actor: Actor, reportId: number, now = new Date()): Promise<Result<{ id: number }>> {
  return ex.transaction(async (trx) => {
    const [report] = await trx
      .select()
      .from(reports)
      .where(and(eq(reports.id, reportId), isNull(reports.deletedAt)));
    if (!report) throw new AppError('not_found', 'Report not found');
    if (report.publication !== 'draft') return invalid([{ field: 'form', message: 'This version of the report has already been published' }]);
    if (report.agendaItemId) return invalid([{ field: 'form', message: 'This report is on an agenda: it is published with the agenda' }]);
    const gaps = await reportPublicationGaps(trx, [reportId]);
    if (gaps.length) return invalid(gaps);
    await publishRecords(trx, actor, 'report', [reportId], { now });
    return ok({ id: reportId });
  });
}
