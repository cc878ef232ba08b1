import { toLondonDate } from '../../lib/dates.ts';
import { formatDate, formatDateTime } from '../../web/format.ts';
import { callInState } from '../decisions/index.ts';
import { noticeKindLabels } from '../forward-plan/index.ts';
import type { IssueRecords } from './issue-history.repo.ts';

/** The stages of an issue, from notice to effect, in the order a resident follows them. */
export const issueStages = ['Notice', 'Reports', 'Consultation', 'Decision', 'Call-in', 'Effect', 'Actions'] as const;

/** One step on an issue's thread: what happened (or is to come), when, and where its record is. */
export type IssueStep = {
  stage: (typeof issueStages)[number];
  title: string;
  /** The ISO date it happened or is due, for sorting and `<time datetime>`; null when undated. */
  date: string | null;
  dateText: string | null;
  detail: string | null;
  href: string | null;
  /** Still to come (a decision not yet taken, a call-in window still open). */
  pending: boolean;
};

const day = (d: Date | null | undefined) => (d ? toLondonDate(d) : null);
const step = (s: Omit<IssueStep, 'dateText'>): IssueStep => ({ ...s, dateText: s.date ? formatDate(s.date) : null });
/** Meetings that take decisions; a report at any other meeting was there for consultation (scrutiny, a board). */
const decidingKinds: readonly (string | null)[] = ['cabinet', 'full-council'];

/**
 * The thread of an issue as steps grouped by stage, from the Forward Plan notice to the actions its
 * decision created. Pure: it only arranges the records the viewer may see (the repo decided).
 * @example issueThread(await findIssue(db, viewer, 12), new Date())
 */
export function issueThread(r: IssueRecords, now: Date = new Date()): { stage: IssueStep['stage']; steps: IssueStep[] }[] {
  const steps: IssueStep[] = [];
  const e = r.entry;
  steps.push(
    step({
      stage: 'Notice',
      title: e.publication === 'published' ? `Put on the Forward Plan as ${e.ref}` : 'Forward Plan entry (not yet published)',
      date: e.firstPublished,
      detail: [
        r.firstVersion ? `First published in version ${r.firstVersion.number} of the Forward Plan.` : null,
        e.keySpend !== null || e.keyDivisions ? 'A key decision.' : null,
        `Decision expected: ${e.decisionDateText}.`,
      ]
        .filter(Boolean)
        .join(' '),
      href: `/forward-plan/${e.id}`,
      pending: false,
    }),
  );
  for (const n of r.notices)
    steps.push(
      step({
        stage: 'Notice',
        title: `${noticeKindLabels[n.kind]} published`,
        date: day(n.publishedAt),
        detail: n.publication === 'published' ? n.title : `${n.title} (not yet published)`,
        href: `/notices/${n.id}`,
        pending: false,
      }),
    );
  const decisionMeetings = new Set(r.decisions.map((d) => d.meeting?.id).filter((x): x is number => !!x));
  for (const { report, meeting, organisation, item } of r.reports) {
    steps.push(
      step({
        stage: 'Reports',
        title: `Report: ${report.title}, version ${report.version}`,
        date: day(report.publishedAt),
        detail:
          report.publication === 'published'
            ? report.signOffOverriddenAt
              ? 'Published without every sign-off (overridden with a reason).'
              : 'Published.'
            : 'A draft, not yet published.',
        href: `/reports/${report.id}`,
        pending: report.publication !== 'published',
      }),
    );
    if (meeting && organisation && !decisionMeetings.has(meeting.id) && !decidingKinds.includes(organisation.kind)) {
      steps.push(
        step({
          stage: 'Consultation',
          title: `Considered by ${organisation.name}`,
          date: day(meeting.startAt),
          detail: `Report version ${report.version}${item?.number ? `, agenda item ${item.number}` : ''}.`,
          href: `/meetings/${meeting.id}`,
          pending: meeting.startAt.getTime() > now.getTime(),
        }),
      );
    } else if (meeting && organisation && !decisionMeetings.has(meeting.id)) {
      steps.push(
        step({
          stage: 'Decision',
          title: `On the agenda of ${organisation.name}`,
          date: day(meeting.startAt),
          detail: `Report version ${report.version}${item?.number ? `, agenda item ${item.number}` : ''}.${meeting.startAt.getTime() > now.getTime() ? ' The decision is to be taken at this meeting.' : ''}`,
          href: `/meetings/${meeting.id}`,
          pending: meeting.startAt.getTime() > now.getTime(),
        }),
      );
    }
  }
  for (const rec of r.recommendations)
    steps.push(
      step({
        stage: 'Consultation',
        title: `Recommendation from ${rec.committee} to ${rec.madeTo}`,
        date: rec.madeOn,
        detail: `${rec.recommendation}${rec.response ? ` Response on ${formatDate(rec.respondedOn!)}: ${rec.response.replace('-', ' ')}.` : ' Awaiting the response.'}`,
        href: '/recommendations',
        pending: !rec.response,
      }),
    );
  for (const eia of r.eias)
    steps.push(step({ stage: 'Reports', title: eia.title, date: day(eia.publishedAt), detail: 'Equality impact assessment.', href: `/eias/${eia.id}`, pending: false }));
  if (!r.decisions.length)
    steps.push(step({ stage: 'Decision', title: 'Decision not yet taken', date: e.decisionDate, detail: `Expected: ${e.decisionDateText}.`, href: null, pending: true }));
  for (const { decision: d, meeting, organisation, person } of r.decisions) {
    const individual = !meeting && !organisation;
    steps.push(
      step({
        stage: 'Decision',
        title: meeting && organisation ? `Decided at ${organisation.name}` : `Decided by ${person?.printedName ?? d.makerText} without a meeting`,
        date: d.decidedOn,
        detail: individual ? `An individual decision: ${d.makerText}.` : null,
        href: meeting ? `/meetings/${meeting.id}` : null,
        pending: false,
      }),
    );
    steps.push(
      step({
        stage: 'Decision',
        title: d.publication === 'published' ? `Decision record published${d.version > 1 ? ` (version ${d.version})` : ''}` : 'Decision record (a draft, not yet published)',
        date: day(d.publishedAt),
        detail: d.title,
        href: `/decisions/${d.id}`,
        pending: d.publication !== 'published',
      }),
    );
    if (d.publication !== 'published') continue;
    const state = callInState(d, now);
    steps.push(
      step({
        stage: 'Call-in',
        title: state.label,
        date: day(d.callInDeadline),
        detail: d.callInDeadline ? `The call-in period ${state.open ? 'ends' : 'ended'} ${formatDateTime(d.callInDeadline)}.` : null,
        href: `/decisions/${d.id}`,
        pending: state.open || d.callInStatus === 'called-in',
      }),
    );
    if (d.effectiveFrom && d.callInStatus !== 'called-in' && d.callInStatus !== 'referred-back')
      steps.push(
        step({
          stage: 'Effect',
          title: state.effective ? 'In effect' : 'Takes effect if not called in',
          date: day(d.effectiveFrom),
          detail: `Effective from ${formatDate(d.effectiveFrom)}.`,
          href: `/decisions/${d.id}`,
          pending: !state.effective,
        }),
      );
  }
  for (const a of r.actions)
    steps.push(
      step({
        stage: 'Actions',
        title: a.action,
        date: a.dueDate,
        detail: [a.owner ? `Owner: ${a.owner}.` : null, a.dueDate ? `Due ${formatDate(a.dueDate)}.` : null].filter(Boolean).join(' ') || null,
        href: null,
        pending: false,
      }),
    );
  for (const o of r.outcomes)
    steps.push(
      step({
        stage: 'Actions',
        title: o.outcome ?? o.item,
        date: null,
        detail: o.owner ? `Outcome tracked by scrutiny. Owner: ${o.owner}.` : 'Outcome tracked by scrutiny.',
        href: '/outcome-tracker',
        pending: false,
      }),
    );
  return issueStages
    .map((stage) => ({ stage, steps: steps.filter((s) => s.stage === stage).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')) }))
    .filter((g) => g.steps.length);
}
