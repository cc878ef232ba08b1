import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { highlightReports } from '../../../db/schema.ts';
import { addMonths, toLondonDate } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type FieldError, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single, writeRows, type WritableTable } from '../../records/index.ts';
import { publicViewer } from '../../visibility/index.ts';
import { partWithPlan } from '../part-of-plan.ts';
import { presentTree } from '../plans.presenter.ts';
import { planContents } from '../plans.repo.ts';
import { highlightFields, highlightInput } from '../plans.schema.ts';
import { parseQuarter } from '../quarters.ts';

/**
 * Writes a quarter's highlight report for a part of a plan (a programme), as a public draft, or
 * changes one (`{ id }`). One per part per quarter, within the plan's period. A new report keeps the
 * part's RAG and direction as the published roll-up gives them that day; the officer's own are kept
 * beside them. Unless it is a nil return (nothing changed), it says the key achievements, the risks
 * and issues and the next steps. Audited as `highlight-report.create` or `.update`.
 * @example await saveHighlightReport(trx, actor, { partId }, { quarter: 'Q2 2026/27', nilReturn: 'yes' })
 */
export async function saveHighlightReport(
  ex: Executor,
  actor: Actor,
  target: { partId: number } | { id: number },
  raw: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: number }>> {
  let partId: number;
  if ('id' in target) {
    const [before] = await ex
      .select({ partId: highlightReports.partId })
      .from(highlightReports)
      .where(and(eq(highlightReports.id, target.id), isNull(highlightReports.deletedAt)));
    if (!before) throw new AppError('not_found', 'Highlight report not found');
    partId = before.partId;
  } else partId = target.partId;
  const { plan } = await partWithPlan(ex, partId);
  const parsed = highlightInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error).sort((a, b) => highlightFields.indexOf(a.field) - highlightFields.indexOf(b.field)));
  const d = parsed.data;
  const errors: FieldError[] = [];
  const quarter = parseQuarter(d.quarter);
  if (!quarter) errors.push({ field: 'quarter', message: 'Enter the quarter of the financial year, like Q2 2026/27' });
  else if (quarter.start > plan.endDate || addMonths(quarter.start, 3) <= plan.startDate)
    errors.push({ field: 'quarter', message: `The quarter must be within the plan’s period` });
  else {
    const [taken] = await ex
      .select({ id: highlightReports.id })
      .from(highlightReports)
      .where(
        and(
          eq(highlightReports.partId, partId),
          eq(highlightReports.quarterStart, quarter.start),
          isNull(highlightReports.deletedAt),
          'id' in target ? ne(highlightReports.id, target.id) : undefined,
        ),
      );
    if (taken) errors.push({ field: 'quarter', message: `There is already a highlight report for ${quarter.label} for this part of the plan` });
  }
  if (!d.nilReturn) {
    if (!d.achievements) errors.push({ field: 'achievements', message: 'Enter the key achievements, or say this is a nil return' });
    if (!d.risksAndIssues) errors.push({ field: 'risksAndIssues', message: 'Enter the risks and issues, or say this is a nil return' });
    if (!d.nextSteps) errors.push({ field: 'nextSteps', message: 'Enter the next steps, or say this is a nil return' });
  }
  if (errors.length || !quarter) return invalid(errors.sort((a, b) => highlightFields.indexOf(a.field) - highlightFields.indexOf(b.field)));
  const values = {
    quarter: quarter.label,
    quarterStart: quarter.start,
    officerRag: d.officerRag ?? null,
    officerDirection: d.officerDirection ?? null,
    nilReturn: d.nilReturn,
    achievements: d.achievements ?? null,
    risksAndIssues: d.risksAndIssues ?? null,
    nextSteps: d.nextSteps ?? null,
  };
  let write;
  if ('id' in target) write = { id: target.id, values };
  else {
    const tree = presentTree(plan, await planContents(ex, publicViewer, plan.id), toLondonDate(now));
    const part = tree.parts.find((p) => p.id === partId)!;
    write = { values: { ...values, partId, computedRag: part.rag, computedDirection: part.direction, access: 'public' } };
  }
  const r = single(await writeRows(ex, actor, { table: highlightReports as unknown as WritableTable, kind: 'highlight_report', action: 'highlight-report' }, [write], { now }));
  return r.ok ? ok({ id: r.value.id }) : r;
}
