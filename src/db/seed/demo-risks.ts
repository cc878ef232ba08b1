import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../connect.ts';
import { reports } from '../schema.ts';
import { saveReports } from '../../modules/reports/index.ts';
import { createRisk, updateRisk } from '../../modules/risks/index.ts';
import { publishRecords } from '../../modules/visibility/index.ts';
import { addDays, type IsoDate } from './demo-calendar.ts';
import { demoActor } from './demo-insert.ts';

type Rating = [likelihood: number, impact: number, note?: string];

/**
 * Fictional corporate risks: the rating when each was added (days before today), the ratings of its
 * later reviews, its target, and its next review (days from today; negative is overdue).
 */
const register: {
  ref: string;
  title: string;
  category: string;
  owner: string;
  mitigations: string;
  target: [number, number];
  review: number;
  ratings: [days: number, ...Rating][];
  draft?: boolean;
}[] = [
  {
    ref: 'CR0001',
    title: 'The medium-term budget gap is not closed',
    category: 'Finance',
    owner: 'Director of Finance',
    mitigations: 'Savings programme tracked monthly by the Corporate Leadership Team.\n\nReserves policy reviewed each autumn; spending controls on non-essential purchases.',
    target: [2, 4],
    review: 45,
    ratings: [
      [420, 4, 5],
      [240, 4, 4, 'Savings plan agreed for two of three years'],
      [60, 3, 4, 'Pay award lower than forecast'],
    ],
  },
  {
    ref: 'CR0002',
    title: 'A cyber attack stops critical services',
    category: 'Technology',
    owner: 'Head of Digital Services',
    mitigations: 'Offline back-ups tested each quarter; multi-factor sign-in for every account; phishing training for all staff.',
    target: [2, 5],
    review: 20,
    ratings: [
      [400, 4, 5],
      [150, 3, 5, 'Back-up restore test passed'],
    ],
  },
  {
    ref: 'CR0003',
    title: 'Not enough school places in the growth towns',
    category: 'Children and families',
    owner: 'Director of Children’s Services',
    mitigations: 'Pupil place planning refreshed each term with housing completions; two school extensions in the capital programme.',
    target: [2, 3],
    review: -14,
    ratings: [
      [380, 3, 4],
      [200, 4, 4, 'Housing completions ahead of forecast'],
    ],
  },
  {
    ref: 'CR0004',
    title: 'Home care providers leave the county market',
    category: 'Adult social care',
    owner: 'Director of Adult Social Care',
    mitigations: 'Provider forum meets monthly; fee uplift agreed for rural rounds; bridging service in reserve.',
    target: [3, 3],
    review: 30,
    ratings: [
      [360, 4, 4],
      [180, 3, 4, 'Fee uplift agreed'],
      [40, 3, 3, 'Two new providers registered'],
    ],
  },
  {
    ref: 'CR0005',
    title: 'Surface water floods the highway network',
    category: 'Environment',
    owner: 'Flood Risk Manager',
    mitigations: 'Gully cleansing programme targeted at known hot spots; flood wardens in eight parishes.',
    target: [3, 3],
    review: 75,
    ratings: [[300, 3, 4]],
  },
  {
    ref: 'CR0006',
    title: 'Key posts in planning cannot be filled',
    category: 'Workforce',
    owner: 'Head of People',
    mitigations: 'Market supplement for senior planners; graduate scheme with the university.',
    target: [2, 3],
    review: -3,
    ratings: [
      [280, 4, 3],
      [90, 3, 3, 'Two senior planners appointed'],
    ],
  },
  {
    ref: 'CR0007',
    title: 'Personal data is disclosed in error',
    category: 'Governance',
    owner: 'Data Protection Officer',
    mitigations: 'Redaction checklist for every published paper; secure email for case files; breach log reviewed by the Audit Committee.',
    target: [2, 3],
    review: 120,
    ratings: [[220, 2, 4]],
  },
  {
    ref: 'CR0008',
    title: 'The new waste depot opens late',
    category: 'Major projects',
    owner: 'Head of Waste Services',
    mitigations: 'Contractor reports fortnightly; temporary transfer site licensed.',
    target: [2, 2],
    review: 30,
    ratings: [[35, 3, 3]],
    draft: true,
  },
];

const at = (today: IsoDate, days: number) => new Date(`${addDays(today, -days)}T10:00:00Z`);

/**
 * The demo council's risk register, through the same commands a risk owner uses: eight fictional
 * risks with dated score histories (one review overdue, one draft), published except the draft, and
 * two published reports whose risk implications cite a risk.
 * @example await seedRisks(trx, bodyId, '2026-03-20', now)
 */
export async function seedRisks(trx: Tx, bodyId: number, today: IsoDate, now: Date): Promise<{ risks: number }> {
  const publish: number[] = [];
  for (const r of register) {
    const [[firstDays, l, i], ...later] = r.ratings as [[number, ...Rating], ...[number, ...Rating][]];
    const fields = {
      ref: r.ref,
      title: r.title,
      category: r.category,
      owner: r.owner,
      mitigations: r.mitigations,
      targetLikelihood: String(r.target[0]),
      targetImpact: String(r.target[1]),
      reviewDate: addDays(today, r.review),
    };
    const created = await createRisk(trx, demoActor, bodyId, { ...fields, likelihood: String(l), impact: String(i) }, at(today, firstDays));
    if (!created.ok) throw new Error(`demo risk ${r.ref}: ${created.errors[0]?.message}`);
    for (const [days, likelihood, impact, note] of later) {
      const u = await updateRisk(trx, demoActor, created.value.id, { ...fields, likelihood: String(likelihood), impact: String(impact), note }, at(today, days));
      if (!u.ok) throw new Error(`demo risk ${r.ref}: ${u.errors[0]?.message}`);
    }
    if (!r.draft) publish.push(created.value.id);
  }
  await publishRecords(trx, demoActor, 'risk', publish, { now });
  const cited = await trx
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.publication, 'published'), eq(reports.access, 'public'), isNull(reports.deletedAt)))
    .orderBy(asc(reports.id))
    .limit(2);
  const text = [
    'The main risk is recorded on the corporate risk register as CR0001 and is reviewed each quarter.',
    'This proposal reduces risk CR0003 on the corporate risk register.',
  ];
  const saved = await saveReports(
    trx,
    demoActor,
    cited.map((c, n) => ({ id: c.id, values: { riskImplications: text[n]! } })),
    { now },
  );
  if (!saved.ok) throw new Error(`demo risk citations: ${saved.errors[0]?.message}`);
  return { risks: register.length };
}
