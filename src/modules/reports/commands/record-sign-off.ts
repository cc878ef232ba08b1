import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { formatDate } from '../../../lib/dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { reports, reportSignOffs } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { signOffInput } from '../reports.schema.ts';
import { saveReportSignOffs } from './save-report-sign-offs.ts';

/**
 * Records where one row of a report's sign-off table stands: signed (name and date), commented, or
 * sent on a date (printed "Sent on …" until it comes back). A published report's table is frozen.
 * Audited as `report-sign-off.record`.
 * @example await recordSignOff(trx, actor, 5, { status: 'signed', name: 'Jo Bell', signedOn: '2030-01-05' })
 */
export async function recordSignOff(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number; reportId: number }>> {
  const [row] = await ex
    .select({ s: reportSignOffs, publication: reports.publication })
    .from(reportSignOffs)
    .innerJoin(reports, eq(reports.id, reportSignOffs.reportId))
    .where(and(eq(reportSignOffs.id, id), isNull(reportSignOffs.deletedAt), isNull(reports.deletedAt)));
  if (!row) throw new AppError('not_found', 'Sign-off not found');
  if (row.publication !== 'draft') return invalid([{ field: 'status', message: 'This report has been published: change the report to start a new version first' }]);
  const parsed = signOffInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const d = parsed.data;
  const values =
    d.status === 'signed'
      ? { status: d.status, name: d.name, signedOn: d.signedOn, comment: d.comment ?? null, sentOn: null, dateText: null }
      : d.status === 'commented'
        ? { status: d.status, name: d.name ?? row.s.name, comment: d.comment, signedOn: d.signedOn ?? null, sentOn: null, dateText: null }
        : { status: d.status, name: d.name ?? row.s.name, sentOn: d.sentOn, signedOn: null, comment: null, dateText: `Sent on ${formatDate(d.sentOn)}` };
  const r = single(await ex.transaction((trx) => saveReportSignOffs(trx, actor, [{ id, values }], { now, verb: 'record' })));
  return r.ok ? ok({ id, reportId: row.s.reportId }) : r;
}
