import type { decisions } from '../../db/schema.ts';
import { callInState } from './call-in.ts';
import { toLondonLocal } from '../../lib/dates.ts';
import { formatDate, formatDateTime } from '../../web/format.ts';

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
