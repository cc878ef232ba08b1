// The demo council's performance measures: a few in the care leavers' action plan and a few on their
// own, each with values for its last completed periods, written through the measures' commands.
import { eq } from 'drizzle-orm';
import type { Tx } from '../connect.ts';
import { actionPlans } from '../schema.ts';
import { addMonths, type IsoDate } from '../../lib/dates.ts';
import { createMeasure, periodOf, recordMeasureValue } from '../../modules/measures/index.ts';
import { publishRecords } from '../../modules/visibility/index.ts';
import { demoActor } from './demo-insert.ts';
import { actionPlan } from './demo-records-data.ts';

type DemoMeasure = {
  form: Record<string, string>;
  inPlan: boolean;
  /** Values for the last completed periods, oldest first. */
  values: number[];
  notes?: Record<number, string>;
};

// Fictional figures for a fictional county.
const demoMeasures: DemoMeasure[] = [
  {
    form: {
      name: 'Care leavers in education, employment or training',
      unit: '%',
      polarity: 'higher',
      frequency: 'quarterly',
      baseline: '52',
      target: '65',
      tolerance: '5',
      owner: 'Leaving Care Service Manager',
      source: 'Personal adviser case records',
    },
    inPlan: true,
    values: [53, 55.5, 58, 57.2, 61.4, 62.8],
    notes: { 3: 'Two training providers lost their contracts' },
  },
  {
    form: {
      name: 'Care leavers in suitable accommodation',
      unit: '%',
      polarity: 'higher',
      frequency: 'quarterly',
      baseline: '84',
      target: '90',
      tolerance: '3',
      owner: 'Leaving Care Service Manager',
      source: 'Personal adviser case records',
      officerRag: 'Amber',
      commentary: 'Supported lodgings scheme recruiting hosts; expect improvement by year end',
    },
    inPlan: true,
    values: [85, 86.1, 85.4, 84.9, 86.5],
  },
  {
    form: {
      name: 'Days from referral to first personal adviser meeting',
      unit: 'days',
      polarity: 'lower',
      frequency: 'monthly',
      baseline: '16',
      target: '10',
      tolerance: '2',
      owner: 'Team Manager, Personal Advisers',
      source: 'Case management system',
    },
    inPlan: true,
    values: [15, 14, 14, 12, 11, 9, 10, 9],
  },
  {
    form: {
      name: 'Library visits per 1,000 residents',
      unit: 'visits',
      polarity: 'higher',
      frequency: 'quarterly',
      baseline: '980',
      target: '1100',
      tolerance: '75',
      owner: 'Head of Libraries',
      source: 'Door counters at each branch',
      officerRag: 'Green',
      commentary: 'Saturday opening restored at four branches',
    },
    inPlan: false,
    values: [1010, 1045, 990, 1080],
    notes: { 2: 'Two branches closed for roof repairs' },
  },
  {
    form: {
      name: 'Household waste sent to landfill',
      unit: '%',
      polarity: 'lower',
      frequency: 'quarterly',
      baseline: '11',
      target: '8',
      tolerance: '1.5',
      owner: 'Waste Services Manager',
      source: 'Waste data returns',
    },
    inPlan: false,
    values: [10.8, 10.2, 9.9, 9.6, 9.9, 10.1],
  },
  {
    form: {
      name: 'Information requests answered within 20 working days',
      unit: '%',
      polarity: 'higher',
      frequency: 'monthly',
      target: '90',
      tolerance: '5',
      owner: 'Information Governance Lead',
      source: 'Request tracking log',
    },
    inPlan: false,
    values: [88, 91, 93, 90, 87, 92],
  },
];

/** The first days of the last `n` completed periods before today's, oldest first. */
function lastPeriods(today: IsoDate, frequency: string, n: number): string[] {
  const f = frequency === 'monthly' ? 'monthly' : 'quarterly';
  const current = periodOf(today, f).period;
  const step = f === 'monthly' ? 1 : 3;
  return Array.from({ length: n }, (_, i) => periodOf(addMonths(current, -step * (n - i)), f).label);
}

/**
 * Adds the demo measures and their values, and publishes them; returns how many measures and values it wrote.
 * @example await seedMeasures(trx, '2026-03-20', now)
 */
export async function seedMeasures(trx: Tx, today: IsoDate, now: Date): Promise<{ measures: number; measureValues: number }> {
  const [plan] = await trx.select({ id: actionPlans.id }).from(actionPlans).where(eq(actionPlans.slug, actionPlan.slug));
  const ids: number[] = [];
  let values = 0;
  for (const m of demoMeasures) {
    const r = await createMeasure(trx, demoActor, { ...m.form, ...(m.inPlan && plan ? { actionPlanId: String(plan.id) } : {}) }, now);
    if (!r.ok) throw new Error(`demo measure ${m.form.name}: ${r.errors[0]?.message}`);
    ids.push(r.value.id);
    const periods = lastPeriods(today, m.form.frequency!, m.values.length);
    for (const [i, value] of m.values.entries()) {
      const v = await recordMeasureValue(trx, demoActor, r.value.id, { period: periods[i], value: String(value), note: m.notes?.[i] ?? '' }, now);
      if (!v.ok) throw new Error(`demo measure value ${m.form.name} ${periods[i]}: ${v.errors[0]?.message}`);
      values++;
    }
  }
  await publishRecords(trx, demoActor, 'measure', ids, { now });
  return { measures: ids.length, measureValues: values };
}
