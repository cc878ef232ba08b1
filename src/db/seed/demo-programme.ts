// The demo council's forward-looking records: the scrutiny committees' work programmes and outcome
// trackers, and one action plan with numbered actions, RAG ratings and progress notes.
import type { Tx } from '../connect.ts';
import { fromLondonLocal } from '../../lib/dates.ts';
import { demoPublication } from './demo.ts';
import { saveRecommendations, saveTrackerOutcomes, saveWorkProgrammeItems } from '../../modules/scrutiny/index.ts';
import { saveActionPlans, savePlanActions } from '../../modules/action-plans/index.ts';
import { addDays, addMonths, daysBetween, formatLongDate, type IsoDate, randomInt, rngFor, shuffled } from './demo-calendar.ts';
import { printedNamesBySlug } from './demo-data.ts';
import { demoActor, fresh, written } from './demo-insert.ts';
import { fill, leadOfficer, type PlannedMeeting } from './demo-plan.ts';
import { actionPlan } from './demo-records-data.ts';

/** What the programme step needs from the rest of the seed. */
export type ProgrammeContext = {
  trx: Tx;
  bodyId: number;
  today: IsoDate;
  plan: PlannedMeeting[];
  orgIds: Map<string, number>;
  /** Councillor members (person slugs) of each organisation, chair first. */
  membersOf: (orgSlug: string) => string[];
};

/** How many programme records the step wrote. */
export type ProgrammeCounts = { workProgrammeItems: number; trackerOutcomes: number; planActions: number };

const planLinks: Record<string, string[]> = {
  'children-and-families-scrutiny-committee': ['Wessex Plan priority 1: the best start in life', 'Wessex Plan priority 1: safe and supported families'],
  'adults-and-health-scrutiny-committee': ['Wessex Plan priority 2: living well and independently', 'Wessex Plan priority 2: healthier communities'],
  'place-and-resources-scrutiny-committee': ['Wessex Plan priority 3: a connected and sustainable county', 'Wessex Plan priority 4: a council that works well for residents'],
};

const agreedOutcomes = [
  'Officers to circulate the performance data by division before the next meeting.',
  'The Cabinet Member to respond in writing to the committee’s recommendations.',
  'A briefing for all members to be arranged on the new arrangements.',
  'The committee to receive a progress report in six months.',
  'Officers to share the results of the consultation with the committee.',
  'The service to report the waiting list figures each quarter.',
];

const demoRecommendations = [
  'Publish the quarterly performance figures for each division on the council’s website.',
  'Set a target for answering members’ enquiries within ten working days.',
  'Review the eligibility criteria with the families who use the service before any change.',
];

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthYear = (date: IsoDate) => `${months[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const endOfMonth = (date: IsoDate) => addDays(addMonths(`${date.slice(0, 7)}-01`, 1), -1);

/** Writes the work programmes, outcome trackers and the action plan; returns what it wrote. */
export async function seedProgramme(ctx: ProgrammeContext): Promise<ProgrammeCounts> {
  const names = printedNamesBySlug();
  const { trx, bodyId, today, plan, orgIds } = ctx;
  // The work programme, tracker and action plan were last published at the start of this month.
  const published = fromLondonLocal(`${today.slice(0, 8)}01T09:00`);
  const now = new Date();
  const scrutiny = plan.filter((m) => m.org.kind === 'scrutiny-committee');

  // Work programme: the committee's future meetings with what it expects to consider.
  const programme = scrutiny
    .filter((m) => m.date > today && m.status !== 'cancelled' && daysBetween(today, m.date) <= 300)
    .flatMap((m) => {
      const rng = rngFor(`work-programme:${m.org.slug}:${m.date}`);
      const members = ctx.membersOf(m.org.slug);
      const fromAgenda = m.items.filter((i) => !i.isStanding && i.isPublic).map((i) => i.title);
      const titles =
        fromAgenda.length > 0
          ? fromAgenda
          : shuffled(rng, m.org.items)
              .slice(0, randomInt(rng, 2, 3))
              .map((t) => fill(t.title, m.date));
      return titles.map((title) => ({
        bodyId,
        organisationId: orgIds.get(m.org.slug)!,
        bodyName: m.org.name,
        meetingDate: m.date,
        item: title,
        kind: /update|progress|performance/i.test(title) ? ('update' as const) : ('report' as const),
        leadMember: names.get(members[randomInt(rng, 0, members.length - 1)]!) ?? null,
        leadOfficer: leadOfficer[m.org.slug]!,
        leads: [`${names.get(members[randomInt(rng, 0, members.length - 1)]!)} (lead member)`, leadOfficer[m.org.slug]!],
        planLink: planLinks[m.org.slug]![randomInt(rng, 0, 1)]!,
        access: 'public' as const,
        ...demoPublication(published, now),
      }));
    });
  written(await saveWorkProgrammeItems(trx, demoActor, fresh(programme), { now }), 'work programme item');

  // Tracker: outcomes agreed in the last six months. Completed rows drop off at the next meeting, so
  // only the latest meeting shows any; older rows are Pending or, three months on, Incomplete.
  const held = scrutiny.filter((m) => m.date <= today && m.items.length > 0);
  const latest = new Map(held.map((m) => [m.org.slug, m.date]));
  const tracker = held
    .filter((m) => m.date >= addMonths(today, -6))
    .flatMap((m) => {
      const rng = rngFor(`tracker:${m.org.slug}:${m.date}`);
      const stale = daysBetween(m.date, today) > 91;
      const status = (k: number) => (latest.get(m.org.slug) === m.date ? (k % 2 === 0 ? 'Completed' : 'Pending') : stale && k % 2 === 0 ? 'Incomplete' : 'Pending');
      return m.items
        .filter((i) => !i.isStanding && i.isPublic && i.instruction?.startsWith('To consider'))
        .map((i, k) => ({
          bodyId,
          organisationId: orgIds.get(m.org.slug)!,
          meetingDate: m.date,
          item: i.title,
          link: planLinks[m.org.slug]![k % 2]!,
          owner: leadOfficer[m.org.slug]!.split(',')[0]!,
          outcome: agreedOutcomes[randomInt(rng, 0, agreedOutcomes.length - 1)]!,
          statusText: status(k),
          access: 'public' as const,
          ...demoPublication(published, now),
        }));
    });
  written(await saveTrackerOutcomes(trx, demoActor, fresh(tracker), { now }), 'tracker outcome');

  // Recommendations to the executive: one answered, one awaiting a response that is now overdue, one recent.
  const recs = scrutiny
    .filter((m) => m.date <= today && m.date >= addMonths(today, -5))
    .slice(0, 3)
    .map((m, k) => {
      const answered = k === 0;
      return {
        bodyId,
        organisationId: orgIds.get(m.org.slug)!,
        madeOn: m.date,
        madeTo: 'Cabinet',
        recommendation: demoRecommendations[k % demoRecommendations.length]!,
        responseDue: addMonths(m.date, 2),
        response: answered ? ('partly-accepted' as const) : null,
        responseText: answered ? 'The Cabinet agreed the first part now and will consider the second with next year’s budget.' : null,
        respondedOn: answered ? (addDays(m.date, 40) <= today ? addDays(m.date, 40) : today) : null,
        followUp: answered ? 'The service to report progress to the committee in six months.' : null,
        access: 'public' as const,
        ...demoPublication(published, now),
      };
    });
  if (recs.length) written(await saveRecommendations(trx, demoActor, fresh(recs), { now }), 'recommendation');

  // The action plan: top-level actions first, then sub-actions pointing at them.
  const [planId] = written(
    await saveActionPlans(trx, demoActor, fresh([{ bodyId, title: actionPlan.title, slug: actionPlan.slug, access: 'public' as const, ...demoPublication(published, now) }]), {
      now,
    }),
    'action plan',
  );
  const rowFor = (a: (typeof actionPlan.actions)[number], position: number, parentId: number | null) => {
    const due = a.due === null ? null : a.dueKind === 'month' ? endOfMonth(addMonths(today, a.due)) : addMonths(today, a.due);
    const complete = a.rag === 'Blue';
    const overdue = due !== null && due < today && !complete;
    const updated = (monthsAgo: number) => monthYear(addMonths(today, -monthsAgo));
    return {
      actionPlanId: planId!,
      parentId,
      position,
      number: a.number,
      action: a.action,
      success: a.success,
      owners: [...a.owners],
      rag: a.rag,
      status: complete ? 'Complete' : overdue ? 'Overdue' : 'In progress',
      dueText: due === null ? 'Ongoing' : a.dueKind === 'month' ? monthYear(due) : formatLongDate(due),
      dueDate: due,
      direction: complete ? 'Complete' : a.rag === 'Red' ? 'Worsening' : a.rag === 'Amber' ? 'No change' : 'Improving',
      progress: complete
        ? `${updated(1)}: Completed and signed off by the Corporate Parenting Panel.`
        : `${updated(3)}: Work started with the first meeting of partners. ${updated(1)}: ${a.rag === 'Red' ? 'Delayed; a recovery plan will go to the next panel.' : a.rag === 'Amber' ? 'Progressing, but behind the original timetable.' : 'On track.'}`,
      access: 'public' as const,
      ...demoPublication(published, now),
    };
  };
  const top = actionPlan.actions.map((a, i) => ({ a, position: i + 1 })).filter(({ a }) => !a.number.includes('.'));
  const topIds = written(await savePlanActions(trx, demoActor, fresh(top.map(({ a, position }) => rowFor(a, position, null))), { now }), 'action');
  const idOf = new Map<string, number>(top.map(({ a }, i) => [a.number, topIds[i]!]));
  const subs = actionPlan.actions.map((a, i) => ({ a, position: i + 1 })).filter(({ a }) => a.number.includes('.'));
  written(await savePlanActions(trx, demoActor, fresh(subs.map(({ a, position }) => rowFor(a, position, idOf.get(a.number.split('.')[0]!)!))), { now }), 'action');

  return { workProgrammeItems: programme.length, trackerOutcomes: tracker.length, planActions: actionPlan.actions.length };
}
