import type { reportAppendices, reports, reportSignOffs } from '../../db/schema.ts';
import { formatDate } from '../../lib/dates.ts';
import { accessLabel } from '../visibility/index.ts';
import { otherImplicationHeadings, reportKinds } from './reports.schema.ts';

type Report = typeof reports.$inferSelect;
type SignOff = typeof reportSignOffs.$inferSelect;
type Appendix = typeof reportAppendices.$inferSelect;

/** The kind of a report in words (imported reports keep the words they were printed with). */
export const kindLabel = (kind: string | null) => (kind && kind in reportKinds ? reportKinds[kind as keyof typeof reportKinds] : kind) ?? 'Report';

/**
 * A report's risk: likelihood and impact on 1–5 scales and the score computed from them (a stored
 * imported score is shown only when the scales were not printed), with its level.
 * @example riskOf({ riskLikelihood: 3, riskImpact: 4, riskScore: null }) // { likelihood: 3, impact: 4, score: 12, level: 'Medium' }
 */
export function riskOf(r: Pick<Report, 'riskLikelihood' | 'riskImpact' | 'riskScore'>) {
  if (r.riskLikelihood === null && r.riskImpact === null && r.riskScore === null) return null;
  const score = r.riskLikelihood && r.riskImpact ? r.riskLikelihood * r.riskImpact : r.riskScore;
  return { likelihood: r.riskLikelihood, impact: r.riskImpact, score, level: score === null ? null : score >= 15 ? 'High' : score >= 8 ? 'Medium' : 'Low' };
}

/** The date column of a sign-off row as councils print it: the date signed, "Sent on …", or empty while awaited. */
export function signOffDate(s: SignOff): string {
  if (s.status === 'sent' && s.sentOn) return `Sent on ${formatDate(s.sentOn)}`;
  if (s.signedOn) return formatDate(s.signedOn);
  return s.dateText ?? '';
}

/** A sign-off row for pages, the PDF and the API. */
export function presentSignOff(s: SignOff) {
  return {
    id: s.id,
    role: s.role,
    name: s.name ?? '',
    date: signOffDate(s),
    status: s.status,
    statusText: s.status === 'signed' ? 'Signed' : s.status === 'commented' ? 'Commented' : s.status === 'sent' ? 'Sent' : s.status === 'pending' ? 'Awaited' : 'Signed',
    comment: s.comment,
    signedOn: s.signedOn,
    sentOn: s.sentOn,
  };
}

/** An appendix for pages, the PDF and the API. */
export function presentAppendix(a: Appendix, reportId: number) {
  return {
    id: a.id,
    letter: `Appendix ${a.position}`,
    title: a.title,
    access: a.access,
    exemptParagraph: a.exemptParagraph,
    accessText: a.access === 'exempt' && a.exemptParagraph === null ? 'Exempt: paragraph not yet chosen' : accessLabel(a),
    href: `/reports/${reportId}/appendices/${a.id}`,
    body: a.body,
  };
}

/** The sections of the council's template in printed order, each with its heading and text (empty ones left out). */
export function templateSections(r: Report): { heading: string; text: string }[] {
  const other = Object.entries(otherImplicationHeadings)
    .map(([k, h]) => ({ heading: h, text: r.otherImplications[k] ?? '' }))
    .filter((s) => s.text);
  const sections = [
    { heading: 'Reasons for the recommendations', text: r.reasons ?? '' },
    { heading: 'Consultations', text: r.consultations ?? '' },
    { heading: 'Financial implications', text: r.financialImplications ?? '' },
    { heading: 'Legal implications', text: r.legalImplications ?? '' },
    { heading: 'Human resources implications', text: r.hrImplications ?? '' },
    ...other.map((o) => ({ heading: `${o.heading} implications`, text: o.text })),
    { heading: 'Scrutiny comments', text: r.scrutinyComments ?? '' },
    { heading: 'Background', text: r.background ?? '' },
    { heading: 'Options considered', text: r.optionsConsidered ?? '' },
    { heading: 'Background papers', text: r.backgroundPapers ?? '' },
  ];
  return [...sections.filter((s) => s.text), ...r.sections.map((s) => ({ heading: s.heading, text: s.text ?? '' }))];
}

/** A report for its page, PDF and the API: the template's fields in order, never its internal columns. */
export function presentReport(r: Report, signOffs: SignOff[], appendices: Appendix[]) {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    kindText: kindLabel(r.kind),
    version: r.version,
    previousVersionId: r.previousVersionId,
    publication: r.publication,
    isPublic: r.access === 'public',
    access: r.access,
    exemptParagraph: r.exemptParagraph,
    decisionMaker: r.decisionMaker,
    decisionDate: r.decisionDate,
    reportDate: r.reportDate,
    cabinetMembers: r.cabinetMembers,
    divisions: r.divisions,
    localMembers: r.localMembers,
    leadOfficer: r.leadOfficer,
    author: r.author,
    contact: r.contact,
    forwardPlanRef: r.forwardPlanRef,
    summary: r.summary,
    recommendations: r.recommendations,
    priorities: r.priorityLinks,
    riskImplications: r.riskImplications,
    risk: riskOf(r),
    sections: templateSections(r),
    signOffs: signOffs.map(presentSignOff),
    signOffOverride: r.signOffOverriddenAt ? { reason: r.signOffOverrideReason, at: r.signOffOverriddenAt } : null,
    appendices: appendices.map((a) => presentAppendix(a, r.id)),
    meetingId: r.meetingId,
    agendaItemId: r.agendaItemId,
  };
}

/** A presented report. */
export type ReportView = ReturnType<typeof presentReport>;
