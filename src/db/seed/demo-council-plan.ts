// The demo council's plan: a vision, four priorities and their programmes, with delivery groups,
// member champions, the care leavers' action plan and the measures linked in, and last quarter's
// highlight reports (one a nil return), written through the plans' commands.
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../connect.ts';
import { actionPlans, measures, organisations, people } from '../schema.ts';
import { addMonths, type IsoDate } from '../../lib/dates.ts';
import { assignChampion, assignDeliveryGroup, linkActionPlan, linkMeasure, quarterOf, saveHighlightReport, savePlan, savePlanPart } from '../../modules/plans/index.ts';
import { publishRecords } from '../../modules/visibility/index.ts';
import { demoActor } from './demo-insert.ts';
import { actionPlan } from './demo-records-data.ts';

const must = <T>(what: string, r: { ok: true; value: T } | { ok: false; errors: { message: string }[] }): T => {
  if (!r.ok) throw new Error(`demo plan ${what}: ${r.errors[0]?.message}`);
  return r.value;
};

type DemoPart = { number: string; title: string; description?: string; groups?: string[]; programmes?: DemoPart[]; measures?: string[]; actionPlan?: boolean };

// Fictional priorities for a fictional county.
const priorities: DemoPart[] = [
  {
    number: '1.1',
    title: 'Children and young people get the best start',
    groups: ['children-and-families-scrutiny-committee'],
    programmes: [
      {
        number: '1.1.1',
        title: 'Care leavers’ futures',
        description: 'Homes, education, training and work for young people leaving the council’s care',
        actionPlan: true,
        measures: ['Care leavers in education, employment or training', 'Care leavers in suitable accommodation'],
      },
      { number: '1.1.2', title: 'Safe journeys to school', groups: ['home-to-school-transport-task-and-finish-group'] },
    ],
  },
  {
    number: '1.2',
    title: 'People live healthy, independent lives',
    groups: ['health-and-wellbeing-board'],
    programmes: [{ number: '1.2.1', title: 'Home first', description: 'Helping people home from hospital with the care they need' }],
  },
  {
    number: '1.3',
    title: 'Safe, strong communities',
    groups: ['safer-communities-partnership-board'],
    programmes: [{ number: '1.3.1', title: 'Neighbourhood safety', measures: ['Days from referral to first personal adviser meeting'] }],
  },
  {
    number: '1.4',
    title: 'A well-run council',
    groups: ['audit-and-governance-committee'],
    measures: ['Information requests answered within 20 working days'],
  },
];

/**
 * Adds the demo council plan, publishes it and last quarter's highlight reports; returns how many parts and reports it wrote.
 * @example await seedCouncilPlan(trx, '2026-03-20', now)
 */
export async function seedCouncilPlan(trx: Tx, today: IsoDate, now: Date): Promise<{ planParts: number; highlightReports: number }> {
  // The financial year before this one to two years after it.
  const thisYear = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0);
  const first = thisYear - 1;
  const planId = must(
    'plan',
    await savePlan(
      trx,
      demoActor,
      null,
      {
        title: `Council Plan ${first}–${first + 3}`,
        slug: 'council-plan',
        startDate: `${first}-04-01`,
        endDate: `${first + 3}-03-31`,
        description: 'What the council will do over three years, from its vision to the programmes that deliver it.',
        levels: 'Vision\nPriority\nProgramme',
        organisationId: '',
      },
      now,
    ),
  ).id;
  const orgs = new Map((await trx.select({ id: organisations.id, slug: organisations.slug }).from(organisations)).map((o) => [o.slug, o.id]));
  const councillors = await trx.select({ id: people.id }).from(people).where(eq(people.kind, 'councillor')).orderBy(asc(people.id)).limit(4);
  const measureIds = new Map((await trx.select({ id: measures.id, name: measures.name }).from(measures)).map((m) => [m.name, m.id]));
  const [carePlan] = await trx.select({ id: actionPlans.id }).from(actionPlans).where(eq(actionPlans.slug, actionPlan.slug));
  const programmes: number[] = [];
  let parts = 0;
  const addPart = async (p: DemoPart, level: number, parentId: number | null): Promise<number> => {
    const id = must(
      p.number,
      await savePlanPart(
        trx,
        demoActor,
        planId,
        null,
        { parentId: parentId ? String(parentId) : '', level: String(level), number: p.number, title: p.title, description: p.description ?? '' },
        now,
      ),
    ).id;
    parts++;
    for (const g of p.groups ?? []) if (orgs.has(g)) must(`${p.number} group`, await assignDeliveryGroup(trx, demoActor, id, { organisationId: String(orgs.get(g)) }, now));
    for (const m of p.measures ?? []) if (measureIds.has(m)) must(`${p.number} measure`, await linkMeasure(trx, demoActor, id, { measureId: String(measureIds.get(m)) }, now));
    if (p.actionPlan && carePlan) must(`${p.number} action plan`, await linkActionPlan(trx, demoActor, id, { actionPlanId: String(carePlan.id) }, now));
    return id;
  };
  const vision = await addPart({ number: '1', title: 'A county where everyone can thrive', description: 'Our vision for Wessex' }, 0, null);
  for (const [i, pr] of priorities.entries()) {
    const id = await addPart(pr, 1, vision);
    const champion = councillors[i % Math.max(1, councillors.length)];
    if (champion) must(`${pr.number} champion`, await assignChampion(trx, demoActor, id, { personId: String(champion.id) }, now));
    for (const prog of pr.programmes ?? []) programmes.push(await addPart(prog, 2, id));
  }
  await publishRecords(trx, demoActor, 'plan', [planId], { now });
  // Last quarter's reports: written once the published roll-up is in place.
  const reports = [
    {
      achievements: 'The refreshed local offer was published with young people.\nTwo more supported lodgings hosts were approved.',
      risksAndIssues: 'Training places depend on providers whose contracts end this year.',
      nextSteps: 'Agree the apprenticeship ring-fence with the council’s own services.',
    },
    {
      achievements: 'Route reviews completed for the three largest secondary schools.',
      risksAndIssues: 'Driver shortages could delay the new contracts.',
      nextSteps: 'Report to the task and finish group on the new routes.',
    },
    { nilReturn: 'yes' },
  ];
  const { label } = quarterOf(addMonths(today, -3));
  const ids: number[] = [];
  for (const [i, partId] of programmes.slice(0, reports.length).entries()) {
    ids.push(must(`highlight report ${i + 1}`, await saveHighlightReport(trx, demoActor, { partId }, { quarter: label, ...reports[i] }, now)).id);
  }
  await publishRecords(trx, demoActor, 'highlight_report', ids, { now });
  return { planParts: parts, highlightReports: ids.length };
}
