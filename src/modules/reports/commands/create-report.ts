import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { orRollBack, refusedAsInvalid } from '../../records/index.ts';
import { reportColumns, reportInput } from '../reports.schema.ts';
import { reportSettingsOf } from '../reports.rules.ts';
import { saveReports } from './save-reports.ts';
import { saveReportSignOffs } from './save-report-sign-offs.ts';

/**
 * Starts a decision report in the council's template, as a draft the author sees: the risk score is
 * computed from likelihood and impact, priorities must be the body's own, and the sign-off table gets
 * a row awaiting each role the body requires. Audited as `report.create` and `report-sign-off.create`.
 * @example await createReport(trx, actor, bodyId, { title: 'Bridge strategy', kind: 'key-decision', riskLikelihood: '3', riskImpact: '4' })
 */
export async function createReport(ex: Executor, actor: Actor, bodyId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const parsed = reportInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const settings = await reportSettingsOf(ex, bodyId);
  const unknown = parsed.data.priorityLinks.filter((p) => !settings.priorities.includes(p));
  if (unknown.length) return invalid([{ field: 'priorityLinks', message: 'Select priorities from the council’s list' }]);
  return refusedAsInvalid(
    ex.transaction(async (trx) => {
      const [id] = orRollBack(
        await saveReports(trx, actor, [{ values: { bodyId, ...reportColumns(parsed.data), reportDate: null, authorUserId: actor.userId }, access: {} }], { now }),
      ).ids;
      orRollBack(
        await saveReportSignOffs(
          trx,
          actor,
          settings.signOffRoles.map((role, i) => ({ values: { reportId: id!, position: i + 1, role, status: 'pending' as const } })),
          { now },
        ),
      );
      return ok({ id: id! });
    }),
  );
}
