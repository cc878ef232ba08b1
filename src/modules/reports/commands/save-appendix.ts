import { and, eq, isNull, max } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { reportAppendices, reports } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { appendixInput } from '../reports.schema.ts';
import { saveReportAppendices } from './save-report-appendices.ts';

/**
 * Adds an appendix to a draft report, or changes one. Unless the author says it is public it is
 * exempt, and an exempt appendix needs its Schedule 12A paragraph before the report can be
 * published (it may be saved without while the clerk decides). Audited as `report-appendix.create` / `.update`.
 * @example await saveAppendix(trx, actor, 12, null, { title: 'Site plan', access: 'public' })
 */
export async function saveAppendix(
  ex: Executor,
  actor: Actor,
  reportId: number,
  appendixId: number | null,
  raw: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: number }>> {
  const [report] = await ex
    .select({ id: reports.id, publication: reports.publication })
    .from(reports)
    .where(and(eq(reports.id, reportId), isNull(reports.deletedAt)));
  if (!report) throw new AppError('not_found', 'Report not found');
  if (appendixId !== null) {
    const [a] = await ex
      .select({ id: reportAppendices.id })
      .from(reportAppendices)
      .where(and(eq(reportAppendices.id, appendixId), eq(reportAppendices.reportId, reportId), isNull(reportAppendices.deletedAt)));
    if (!a) throw new AppError('not_found', 'Appendix not found');
  }
  if (report.publication !== 'draft') return invalid([{ field: 'title', message: 'This report has been published: change the report to start a new version first' }]);
  const parsed = appendixInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const d = parsed.data;
  const values = { title: d.title, body: d.body ?? null, access: d.access, exemptParagraph: d.access === 'exempt' ? (d.exemptParagraph ?? null) : null };
  if (appendixId !== null) {
    const r = single(await ex.transaction((trx) => saveReportAppendices(trx, actor, [{ id: appendixId, values }], { now })));
    return r.ok ? ok({ id: appendixId }) : r;
  }
  const r = single(
    await ex.transaction(async (trx) => {
      const [last] = await trx
        .select({ n: max(reportAppendices.position) })
        .from(reportAppendices)
        .where(eq(reportAppendices.reportId, reportId));
      return saveReportAppendices(trx, actor, [{ values: { ...values, reportId, position: (last?.n ?? 0) + 1 } }], { now });
    }),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}
