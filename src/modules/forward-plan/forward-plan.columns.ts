import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { formatDate, toLondonDate } from '../../lib/dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { bodies, reports } from '../../db/schema.ts';
import type { EntryInput } from './forward-plan.schema.ts';
import type { forwardPlanEntries } from './forward-plan.table.ts';

/** The decision date as the Forward Plan prints it. */
export function decisionDateText(qualifier: 'on' | 'not-before' | 'before', date: string): string {
  const d = formatDate(date);
  return qualifier === 'on' ? d : qualifier === 'not-before' ? `Not before ${d}` : `Before ${d}`;
}

/**
 * Turns valid entry input into columns, checking the body, the linked report, that the decision date
 * is not in the past (when it is new or changed) and that the entry passes the key decision test.
 */
export async function entryColumns(
  ex: Executor,
  v: EntryInput,
  before: { decisionDate: string | null; bodyId: number } | null,
  now: Date,
): Promise<{ errors: FieldError[] } | { values: Partial<typeof forwardPlanEntries.$inferInsert> & { bodyId: number } }> {
  const [body] = v.bodyId
    ? await ex.select().from(bodies).where(eq(bodies.id, v.bodyId))
    : before
      ? await ex.select().from(bodies).where(eq(bodies.id, before.bodyId))
      : await ex.select().from(bodies).orderBy(bodies.id).limit(1);
  if (!body) return { errors: [{ field: 'bodyId', message: 'Select the council' }] };
  const errors: FieldError[] = [];
  if (v.decisionDate < toLondonDate(now) && v.decisionDate !== before?.decisionDate)
    errors.push({ field: 'decisionDate', message: 'The decision date must be today or in the future' });
  const spendKey = v.keySpend !== undefined && v.keySpend >= body.keyDecisionThreshold;
  if (!spendKey && !v.keyDivisions)
    errors.push({
      field: 'keySpend',
      message: `A key decision spends or saves at least £${body.keyDecisionThreshold.toLocaleString('en-GB')} or significantly affects two or more divisions. Enter the spend or saving, or say which divisions it affects`,
    });
  if (v.reportId) {
    const [r] = await ex
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.id, v.reportId), isNull(reports.deletedAt)));
    if (!r) errors.push({ field: 'reportId', message: 'Select a report that exists' });
  }
  if (errors.length) return { errors };
  return {
    values: {
      bodyId: body.id,
      issue: v.issue,
      decision: v.decision,
      decisionDate: v.decisionDate,
      decisionDateQualifier: v.decisionDateQualifier,
      decisionDateText: decisionDateText(v.decisionDateQualifier, v.decisionDate),
      decisionMakers: v.decisionMakers,
      documents: v.documents ?? null,
      contacts: v.contacts,
      exempt: v.exemptStatus === 'open' ? null : v.exemptStatus === 'part' ? 'Part exempt' : 'Exempt',
      exemptMatterParagraph: v.exemptStatus === 'open' ? null : v.exemptMatterParagraph!,
      privateDetails: v.privateDetails ?? null,
      keySpend: v.keySpend ?? null,
      keyDivisions: v.keyDivisions,
      divisionsAffected: v.keyDivisions ? (v.divisionsAffected ?? null) : null,
      reportId: v.reportId ?? null,
    },
  };
}
