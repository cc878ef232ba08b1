import type { CsvColumn } from '../../lib/csv.ts';
import type { forwardPlanEntries, ForwardPlanSnapshotEntry } from './forward-plan.table.ts';

/**
 * One entry of the Forward Plan as the public reads it in a download: from a published version's
 * snapshot or from an imported plan. It has no field for the private details, so none can leave.
 */
export type PlanRow = {
  entryId: number;
  ref: string | null;
  firstPublished: string | null;
  decisionDateText: string;
  decisionDate: string | null;
  decisionMakers: string[];
  issue: string | null;
  decision: string | null;
  documents: string | null;
  exempt: string | null;
  exemptMatterParagraph: number | null;
  contacts: string[];
  keySpend: number | null;
  keyDivisions: boolean;
  divisionsAffected: string | null;
  /** Where the public read it: "Version 3", "Forward Plan" (an entry of an earlier version) or "Imported Forward Plan". */
  publishedIn: string;
};

/**
 * The fields of an entry the public may read, picked one by one: the only way an entry's content
 * leaves for a published version, a download or a printed plan, so its private details cannot.
 */
export function publicEntryFields(e: typeof forwardPlanEntries.$inferSelect): Omit<ForwardPlanSnapshotEntry, 'ref' | 'firstPublished'> & Pick<PlanRow, 'ref' | 'firstPublished'> {
  return {
    entryId: e.id,
    ref: e.ref,
    firstPublished: e.firstPublished,
    decisionDateText: e.decisionDateText,
    decisionDate: e.decisionDate,
    decisionMakers: e.decisionMakers,
    issue: e.issue,
    decision: e.decision,
    documents: e.documents,
    exempt: e.exempt,
    exemptMatterParagraph: e.exemptMatterParagraph,
    contacts: e.contacts,
    keySpend: e.keySpend,
    keyDivisions: e.keyDivisions,
    divisionsAffected: e.divisionsAffected,
    reportId: e.reportId,
  };
}

/** A published version's entry as a download row. */
export function snapshotRow(e: ForwardPlanSnapshotEntry, versionNumber: number): PlanRow {
  const { reportId: _report, ...row } = e;
  return { ...row, publishedIn: `Version ${versionNumber}` };
}

/** An entry as a download row (an imported one, or one of an earlier plan). */
export function entryRow(e: typeof forwardPlanEntries.$inferSelect): PlanRow {
  const { reportId: _report, ...row } = publicEntryFields(e);
  return { ...row, publishedIn: e.managed ? 'Forward Plan' : 'Imported Forward Plan' };
}

/** Whether the matter will be taken in private and under which paragraph of Schedule 12A, in words. */
export function exemptText(e: Pick<PlanRow, 'exempt' | 'exemptMatterParagraph'>): string {
  if (!e.exempt) return 'None';
  return e.exemptMatterParagraph ? `${e.exempt}: paragraph ${e.exemptMatterParagraph}` : e.exempt;
}

/** Why the decision is a key decision, in words; empty when the plan it came from did not say. */
export function keyDecisionText(e: Pick<PlanRow, 'keySpend' | 'keyDivisions' | 'divisionsAffected'>): string {
  const reasons = [
    ...(e.keySpend !== null ? [`Spends or saves £${e.keySpend.toLocaleString('en-GB')}`] : []),
    ...(e.keyDivisions ? [`Affects two or more divisions${e.divisionsAffected ? `: ${e.divisionsAffected}` : ''}`] : []),
  ];
  return reasons.join('; ');
}

/**
 * The columns of the Forward Plan as CSV: what the public pages show of each entry, with its address.
 * @example toCsv(forwardPlanCsvColumns(siteOrigin(request)), rows)
 */
export function forwardPlanCsvColumns(origin: string): CsvColumn<PlanRow>[] {
  return [
    { header: 'Reference', value: (e) => e.ref },
    { header: 'Issue', value: (e) => e.issue },
    { header: 'Decision', value: (e) => e.decision },
    { header: 'Decision maker', value: (e) => e.decisionMakers.join('; ') },
    { header: 'Decision date', value: (e) => e.decisionDateText },
    { header: 'Decision date (ISO)', value: (e) => e.decisionDate },
    { header: 'Key decision because', value: (e) => keyDecisionText(e) },
    { header: 'Exempt information', value: (e) => exemptText(e) },
    { header: 'Documents', value: (e) => e.documents },
    { header: 'Contact', value: (e) => e.contacts.join('; ') },
    { header: 'First published', value: (e) => e.firstPublished },
    { header: 'Published in', value: (e) => e.publishedIn },
    { header: 'Web page', value: (e) => `${origin}/forward-plan/${e.entryId}` },
  ];
}
