import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import type { FieldError } from '../../lib/result.ts';
import { reportAppendices, reports, reportSettings, reportSignOffs } from '../../db/schema.ts';

/** The sign-off roles a body's reports need when the body has configured none. */
export const defaultSignOffRoles = ['Monitoring Officer', 'Finance', 'Legal', 'Cabinet Member'];

/** A body's report settings: the sign-off roles its reports need, its strategy priorities and the template sections it leaves out. */
export async function reportSettingsOf(ex: Executor, bodyId: number): Promise<{ signOffRoles: string[]; priorities: string[]; omittedSections: string[] }> {
  const [row] = await ex
    .select()
    .from(reportSettings)
    .where(and(eq(reportSettings.bodyId, bodyId), isNull(reportSettings.deletedAt)));
  return { signOffRoles: row?.signOffRoles.length ? row.signOffRoles : defaultSignOffRoles, priorities: row?.priorities ?? [], omittedSections: row?.omittedSections ?? [] };
}

/**
 * Why reports may not yet be published with an agenda: a required sign-off not in (signed or
 * commented) unless an officer overrode it with a reason, or an appendix whose access nobody chose
 * (exempt with no paragraph). An empty list means they may be published.
 * @example const gaps = await reportPublicationGaps(trx, [reportId]); if (gaps.length) return invalid(gaps);
 */
export async function reportPublicationGaps(ex: Executor, reportIds: number[]): Promise<FieldError[]> {
  if (!reportIds.length) return [];
  const rows = await ex
    .select()
    .from(reports)
    .where(and(inArray(reports.id, reportIds), isNull(reports.deletedAt)))
    .orderBy(asc(reports.id));
  const signOffs = await ex
    .select()
    .from(reportSignOffs)
    .where(and(inArray(reportSignOffs.reportId, reportIds), isNull(reportSignOffs.deletedAt)));
  const appendices = await ex
    .select()
    .from(reportAppendices)
    .where(and(inArray(reportAppendices.reportId, reportIds), isNull(reportAppendices.deletedAt)))
    .orderBy(asc(reportAppendices.position));
  const errors: FieldError[] = [];
  for (const r of rows) {
    // Imported reports (no sign-off states) were signed off before they reached Shirehall.
    const own = signOffs.filter((s) => s.reportId === r.id);
    if (!r.signOffOverriddenAt && own.some((s) => s.status !== null)) {
      const missing = own.filter((s) => s.status === 'pending' || s.status === 'sent').map((s) => s.role);
      if (missing.length) errors.push({ field: 'signOffs', message: `“${r.title}” needs sign-off from ${[...new Set(missing)].join(', ')} before it can be published` });
    }
    for (const a of appendices.filter((x) => x.reportId === r.id && x.access === 'exempt' && x.exemptParagraph === null)) {
      errors.push({ field: 'appendices', message: `Select whether appendix “${a.title}” of “${r.title}” is public or exempt, and its paragraph` });
    }
  }
  return errors;
}
