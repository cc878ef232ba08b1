import { and, asc, eq, isNull } from 'drizzle-orm';
import { audit, type Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { reportAppendices, reports, reportSignOffs } from '../../../db/schema.ts';
import { orRollBack, refusedAsInvalid, sameValue } from '../../records/index.ts';
import { reportColumns, reportInput } from '../reports.schema.ts';
import { reportSettingsOf } from '../reports.rules.ts';
import { saveReports } from './save-reports.ts';
import { saveReportSignOffs } from './save-report-sign-offs.ts';
import { saveReportAppendices } from './save-report-appendices.ts';

/**
 * Changes a decision report. A draft changes in place; a published (or withdrawn) report is frozen —
 * the version published with the agenda is never edited — so the change makes the next version, a
 * draft carrying the same sign-off table and appendices. Audited as `report.update`, or `report.version`
 * and the copies' `create` rows.
 * @example await updateReport(trx, actor, 12, { title: 'Bridge strategy', kind: 'key-decision' }) // { ok: true, value: { id: 13, version: 2 } } when 12 was published
 */
export async function updateReport(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number; version: number }>> {
  const [before] = await ex
    .select()
    .from(reports)
    .where(and(eq(reports.id, id), isNull(reports.deletedAt)));
  if (!before) throw new AppError('not_found', 'Report not found');
  const parsed = reportInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const settings = await reportSettingsOf(ex, before.bodyId);
  // Priorities the report already links (imported, or since removed from the list) may stay.
  if (parsed.data.priorityLinks.some((p) => !settings.priorities.includes(p) && !before.priorityLinks.includes(p))) {
    return invalid([{ field: 'priorityLinks', message: 'Select priorities from the council’s list' }]);
  }
  const columns = reportColumns(parsed.data);
  if (before.publication === 'draft') {
    return refusedAsInvalid(
      ex.transaction(async (trx) => {
        orRollBack(await saveReports(trx, actor, [{ id, values: columns }], { now }));
        return ok({ id, version: before.version });
      }),
    );
  }
  if (Object.entries(columns).every(([k, v]) => sameValue(v, (before as Record<string, unknown>)[k]))) return ok({ id, version: before.version });
  return refusedAsInvalid(
    ex.transaction(async (trx) => {
      const [newer] = await trx
        .select({ id: reports.id })
        .from(reports)
        .where(and(eq(reports.previousVersionId, id), isNull(reports.deletedAt)));
      if (newer) return invalid<{ id: number; version: number }>([{ field: 'title', message: 'A newer version of this report exists: change that version instead' }]);
      const {
        id: _id,
        publication: _p,
        publishedAt: _pa,
        publishedBy: _pb,
        withdrawnAt: _wa,
        withdrawnReason: _wr,
        publicationNote: _pn,
        createdAt: _c,
        updatedAt: _u,
        deletedAt: _d,
        search: _s,
        access,
        exemptParagraph,
        accessInherited: _ai,
        accessReason,
        signOffOverrideReason: _or,
        signOffOverriddenBy: _ob,
        signOffOverriddenAt: _oa,
        ...kept
      } = before;
      const choice = access === 'exempt' ? { access: 'exempt' as const, exemptParagraph, accessReason } : before.agendaItemId ? {} : { access: 'public' as const };
      const [next] = orRollBack(
        await saveReports(trx, actor, [{ values: { ...kept, ...columns, version: before.version + 1, previousVersionId: id }, access: choice }], { now, verb: 'version' }),
      ).ids;
      const signOffs = await trx
        .select()
        .from(reportSignOffs)
        .where(and(eq(reportSignOffs.reportId, id), isNull(reportSignOffs.deletedAt)))
        .orderBy(asc(reportSignOffs.position));
      orRollBack(
        await saveReportSignOffs(
          trx,
          actor,
          signOffs.map((s) => ({
            values: {
              reportId: next!,
              position: s.position,
              role: s.role,
              name: s.name,
              signedOn: s.signedOn,
              dateText: s.dateText,
              status: s.status,
              comment: s.comment,
              sentOn: s.sentOn,
            },
          })),
          { now },
        ),
      );
      const appendices = await trx
        .select()
        .from(reportAppendices)
        .where(and(eq(reportAppendices.reportId, id), isNull(reportAppendices.deletedAt)))
        .orderBy(asc(reportAppendices.position));
      orRollBack(
        await saveReportAppendices(
          trx,
          actor,
          appendices.map((a) => ({ values: { reportId: next!, position: a.position, title: a.title, body: a.body, access: a.access, exemptParagraph: a.exemptParagraph } })),
          { now },
        ),
      );
      await audit(trx, actor, 'report.new-version', 'report', id, null, { nextVersionId: next, version: before.version + 1 });
      return ok({ id: next!, version: before.version + 1 });
    }),
  );
}
