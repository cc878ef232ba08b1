import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import type { FieldError } from '../../lib/result.ts';
import type { decisions } from '../../db/schema.ts';
import { bodies, forwardPlanEntries, meetings, minuteItems, minutes, organisations, people, reports, resolutions } from '../../db/schema.ts';
import { decisionDateErrors, individualDecisionReportError } from './decisions.rules.ts';
import { resolveAccess } from '../visibility/index.ts';
import { keyDecisionNotices, keyDecisionRefusal } from '../forward-plan/index.ts';
import type { DecisionInput } from './decisions.schema.ts';

// What the decision commands share: the input turned into columns, and the 28-clear-day rule as a form error.

/**
 * Turns valid input into decision columns, checking the maker, the minute it came from (whose access
 * class it inherits), that its meeting has taken place and the decision is not dated before it or in
 * the future, that a Forward Plan reference and the report exist (the entry's report when none is chosen).
 */
export async function decisionColumns(
  ex: Executor,
  v: DecisionInput,
  now: Date = new Date(),
): Promise<{ errors: FieldError[] } | { values: Omit<typeof decisions.$inferInsert, 'id'> }> {
  let org: typeof organisations.$inferSelect | undefined;
  let person: typeof people.$inferSelect | undefined;
  if (v.makerKind === 'cabinet' || v.makerKind === 'committee') {
    [org] = await ex
      .select()
      .from(organisations)
      .where(and(eq(organisations.id, v.makerOrganisationId!), isNull(organisations.deletedAt)));
    if (!org) return { errors: [{ field: 'makerOrganisationId', message: 'Select the committee or Cabinet that made the decision' }] };
    if ((v.makerKind === 'cabinet') !== (org.kind === 'cabinet')) {
      return { errors: [{ field: 'makerOrganisationId', message: v.makerKind === 'cabinet' ? 'Select the Cabinet' : 'Select a committee, not the Cabinet' }] };
    }
  } else {
    [person] = await ex
      .select()
      .from(people)
      .where(and(eq(people.id, v.makerPersonId!), isNull(people.deletedAt)));
    if (!person) return { errors: [{ field: 'makerPersonId', message: 'Select the person who made the decision' }] };
    if (v.makerKind === 'cabinet-member' && person.kind !== 'councillor') return { errors: [{ field: 'makerPersonId', message: 'Select a councillor' }] };
    if (v.makerKind === 'officer' && person.kind !== 'officer') return { errors: [{ field: 'makerPersonId', message: 'Select an officer' }] };
  }
  let bodyId = org?.bodyId ?? person?.bodyId;
  const future = decisionDateErrors(v.decidedOn, null, now);
  if (future.length) return { errors: future };
  let minute: { access: 'public' | 'exempt'; exemptParagraph: number | null } | null = null;
  if (v.minuteItemId) {
    [minute = null] = await ex
      .select({ access: minuteItems.access, exemptParagraph: minuteItems.exemptParagraph })
      .from(minuteItems)
      .where(and(eq(minuteItems.id, v.minuteItemId), isNull(minuteItems.deletedAt)));
    if (!minute) return { errors: [{ field: 'form', message: 'The minute this decision came from does not exist' }] };
  }
  const access = resolveAccess(minute, v);
  if (!access.ok) return { errors: access.errors };
  let reportId = v.reportId ?? null;
  if (v.forwardPlanRef) {
    const [entry] = await ex
      .select({ id: forwardPlanEntries.id, reportId: forwardPlanEntries.reportId })
      .from(forwardPlanEntries)
      .where(and(eq(forwardPlanEntries.ref, v.forwardPlanRef), isNull(forwardPlanEntries.deletedAt)))
      .limit(1);
    if (!entry)
      return { errors: [{ field: 'forwardPlanRef', message: `There is no Forward Plan entry ${v.forwardPlanRef}. Enter the reference of an entry on the Forward Plan` }] };
    reportId ??= entry.reportId;
  }
  if (reportId) {
    const [report] = await ex
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.id, reportId), isNull(reports.deletedAt)));
    if (!report) return { errors: [{ field: 'reportId', message: 'The report you selected no longer exists. Select another report' }] };
  }
  if (v.resolutionId) {
    const [r] = await ex
      .select({ minuteItemId: minuteItems.id, meetingId: minutes.meetingId })
      .from(resolutions)
      .innerJoin(minuteItems, eq(minuteItems.id, resolutions.minuteItemId))
      .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
      .where(eq(resolutions.id, v.resolutionId));
    if (!r || (v.minuteItemId && r.minuteItemId !== v.minuteItemId) || (v.meetingId && r.meetingId !== v.meetingId))
      return { errors: [{ field: 'form', message: 'The resolution this decision came from no longer matches its minute' }] };
  }
  if (v.meetingId) {
    const [m] = await ex
      .select({ id: meetings.id, bodyId: meetings.bodyId, startAt: meetings.startAt, status: meetings.status })
      .from(meetings)
      .where(and(eq(meetings.id, v.meetingId), isNull(meetings.deletedAt)));
    if (!m) return { errors: [{ field: 'form', message: 'The meeting this decision came from does not exist' }] };
    const dated = decisionDateErrors(v.decidedOn, m, now);
    if (dated.length) return { errors: dated };
    bodyId ??= m.bodyId;
  }
  if (!bodyId) [{ id: bodyId } = { id: 0 }] = await ex.select({ id: bodies.id }).from(bodies).limit(1);
  const makerText =
    v.makerKind === 'cabinet' || v.makerKind === 'committee'
      ? org!.name
      : v.makerKind === 'cabinet-member'
        ? `Cabinet Member: ${person!.printedName}`
        : `Officer: ${person!.printedName}${person!.jobTitle ? `, ${person!.jobTitle}` : ''}`;
  return {
    values: {
      bodyId: bodyId!,
      meetingId: v.meetingId ?? null,
      minuteItemId: v.minuteItemId ?? null,
      resolutionId: v.resolutionId ?? null,
      makerOrganisationId: org?.id ?? null,
      makerPersonId: person?.id ?? null,
      makerText,
      title: v.title,
      decisionText: v.decisionText,
      decidedOn: v.decidedOn,
      reasons: v.reasons,
      alternativesRejected: v.alternativesRejected ?? null,
      conflicts: v.conflicts ?? null,
      dispensations: v.dispensations ?? null,
      isKey: v.isKey,
      forwardPlanRef: v.forwardPlanRef ?? null,
      reportId,
      ...access.value,
    },
  };
}

/** The 28-clear-day rule for a key decision (the Forward Plan module's rule), as a form error; null when it may be taken. */
async function lateKeyDecision(ex: Executor, v: DecisionInput): Promise<FieldError | null> {
  if (!v.isKey || !v.forwardPlanRef) return null;
  const refusal = keyDecisionRefusal(v.decidedOn, await keyDecisionNotices(ex, v.forwardPlanRef));
  return refusal ? { field: 'forwardPlanRef', message: refusal } : null;
}

/** A decision's columns without its access class, which saveDecisions derives from the minute it came from. */
export function withoutAccess<T extends { access?: unknown; exemptParagraph?: unknown; accessInherited?: unknown; accessReason?: unknown }>(v: T) {
  const { access: _a, exemptParagraph: _p, accessInherited: _i, accessReason: _r, ...rest } = v;
  return rest;
}

/** What the form chose for the decision's access (follow the minute by default). */
export const choiceOf = (v: DecisionInput) => ({ access: v.access, exemptParagraph: v.exemptParagraph, accessReason: v.accessReason });

/**
 * The statutory rules a key decision may break, as form errors (empty when it may be taken): the
 * 28-clear-day Forward Plan rule, and for a Cabinet Member's or an officer's decision, its report
 * published 5 clear working days before. Both are reported at once, so the clerk sees every problem.
 * @example const problems = await keyDecisionProblems(trx, parsed.data, c.values); if (problems.length) return invalid(problems);
 */
export async function keyDecisionProblems(ex: Executor, v: DecisionInput, values: { bodyId: number; reportId?: number | null }): Promise<FieldError[]> {
  const late = await lateKeyDecision(ex, v);
  const [report] = values.reportId ? await ex.select({ publishedAt: reports.publishedAt }).from(reports).where(eq(reports.id, values.reportId)) : [];
  const [body] = await ex.select({ nation: bodies.nation }).from(bodies).where(eq(bodies.id, values.bodyId));
  const unreported = individualDecisionReportError(v, report ?? null, body?.nation ?? 'england-and-wales');
  return [late, unreported].filter((e): e is FieldError => e !== null);
}
