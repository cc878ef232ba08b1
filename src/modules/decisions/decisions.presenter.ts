import type { decisions } from '../../db/schema.ts';
import { callInState } from './call-in.ts';
import { toLondonLocal } from '../../lib/dates.ts';
import { formatDate, formatDateTime } from '../../web/format.ts';
import type { CsvColumn } from '../../lib/csv.ts';
import { accessLabel } from '../visibility/index.ts';

/** "10 November 2026" when a moment is the start of a London day, otherwise "10 November 2026 at 3pm". */
const dayOrMoment = (d: Date | null) => (d ? (toLondonLocal(d).endsWith('T00:00') ? formatDate(d) : formatDateTime(d)) : null);

type Decision = typeof decisions.$inferSelect;

/** A decision as pages show it: whitelisted fields with call-in state and labels. Only decisions the viewer may see reach it (the query decided). */
export function presentDecision(d: Decision, now: Date = new Date()) {
  const state = callInState(d, now);
  return {
    id: d.id,
    version: d.version,
    title: d.title,
    decisionText: d.decisionText,
    decidedOn: d.decidedOn,
    makerText: d.makerText,
    reasons: d.reasons,
    alternativesRejected: d.alternativesRejected,
    conflicts: d.conflicts,
    dispensations: d.dispensations,
    isKey: d.isKey,
    forwardPlanRef: d.forwardPlanRef,
    access: d.access,
    exemptParagraph: d.exemptParagraph,
    accessInherited: d.accessInherited,
    publication: d.publication,
    publishedAt: d.publishedAt,
    callInDeadline: d.callInDeadline,
    callInStatus: d.callInStatus,
    callInLabel: state.label,
    callInOpen: state.open,
    effectiveFrom: d.effectiveFrom,
    effectiveFromText: dayOrMoment(d.effectiveFrom),
    isEffective: state.effective,
    correctionReason: d.correctionReason,
    meetingId: d.meetingId,
    supersedesId: d.supersedesId,
  };
}

/** The columns of the decisions register as CSV: what the decision page shows, with its address. */
export function decisionCsvColumns(origin: string): CsvColumn<ReturnType<typeof presentDecision>>[] {
  return [
    { header: 'Title', value: (d) => d.title },
    { header: 'Decision maker', value: (d) => d.makerText },
    { header: 'Decided on', value: (d) => d.decidedOn },
    { header: 'Key decision', value: (d) => d.isKey },
    { header: 'Forward plan reference', value: (d) => d.forwardPlanRef },
    { header: 'Decision', value: (d) => d.decisionText },
    { header: 'Reasons', value: (d) => d.reasons },
    { header: 'Alternatives rejected', value: (d) => d.alternativesRejected },
    { header: 'Call-in', value: (d) => d.callInLabel },
    { header: 'Effective from', value: (d) => d.effectiveFromText },
    { header: 'Access', value: (d) => accessLabel(d) },
    { header: 'Version', value: (d) => d.version },
    { header: 'Web page', value: (d) => `${origin}/decisions/${d.id}` },
  ];
}
