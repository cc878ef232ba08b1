// The demo council's records after its meetings: minutes with run-on minute numbers, attendance,
// declarations, Cabinet reports and decisions, and the Forward Plan. Planned in memory from the
// meeting plan, then written with a few bulk inserts inside the seed's transaction.
import type { Tx } from '../connect.ts';
import type { memberships } from '../schema.ts';
import type { decisions } from '../schema.ts';
import type { reportSignOffs, reports } from '../schema.ts';
import { saveAttendances, saveDeclarations, saveMinuteItems, saveMinutes, saveResolutions } from '../../modules/minutes/index.ts';
import { saveDecisions } from '../../modules/decisions/index.ts';
import { saveForwardPlanEntries } from '../../modules/forward-plan/index.ts';
import { saveReports, saveReportSignOffs } from '../../modules/reports/index.ts';
import { defaultRules, resolveDeadline } from '../../modules/deadlines/index.ts';
import { addWorkingDays, fromLondonLocal, isWorkingDay, type Nation, nextWorkingDay, previousWorkingDay } from '../../lib/dates.ts';
import { addDays, addMonths, formatLongDate, type IsoDate, londonTime, randomInt, type Rng, rngFor, shuffled } from './demo-calendar.ts';
import { printedNamesBySlug, slugify } from './demo-data.ts';
import { demoActor, fresh, written } from './demo-insert.ts';
import { demoPublication } from './demo.ts';
import type { AccessChoice } from '../../modules/visibility/index.ts';
import { leadOfficer, type PlannedItem, type PlannedMeeting } from './demo-plan.ts';
import { decisionReasons, discussion, futureDecisions, interests, keyDecisions, type Portfolio, portfolioOf, portfolios, rejectedAlternatives } from './demo-records-data.ts';

/** What the records step needs from the rest of the seed. */
export type RecordsContext = {
  trx: Tx;
  bodyId: number;
  nation: Nation;
  now: Date;
  today: IsoDate;
  plan: PlannedMeeting[];
  meetingIds: Map<PlannedMeeting, number>;
  itemIds: Map<PlannedItem, number>;
  orgIds: Map<string, number>;
  personIds: Map<string, number>;
  memberships: (typeof memberships.$inferInsert)[];
};

/** How many records of each kind the step wrote, for the audit event and the tests. */
export type RecordCounts = {
  minutes: number;
  minuteItems: number;
  resolutions: number;
  attendances: number;
  declarations: number;
  decisions: number;
  reports: number;
  forwardPlanEntries: number;
};

const domain = 'wessex-county.example';

/** Councillors who attend as "other members present", by organisation. */
const visitors: Record<string, string[]> = {
  cabinet: ['oliver-brennan', 'tessa-rowe'],
  'children-and-families-scrutiny-committee': ['ruth-penhallow'],
  'adults-and-health-scrutiny-committee': ['michael-okonjo'],
  'place-and-resources-scrutiny-committee': ['peter-lisle', 'susan-avery'],
  'planning-and-regulatory-committee': ['wendy-trebilcock', 'gwen-tregarthen'],
  'audit-and-governance-committee': ['susan-avery'],
  'home-to-school-transport-task-and-finish-group': ['ruth-penhallow'],
};

const past = (m: PlannedMeeting) => m.status === 'held' || m.status === 'minutes-draft' || m.status === 'minutes-approved';
const minuted = (m: PlannedMeeting) => m.status === 'minutes-draft' || m.status === 'minutes-approved';
const flat = (items: PlannedItem[]) => items.flatMap((i) => [i, ...i.children]);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const pick = <T>(rng: Rng, list: readonly T[]): T => list[randomInt(rng, 0, list.length - 1)]!;

/** Writes minutes, decisions, reports and the Forward Plan; returns what it wrote. */
export async function seedRecords(ctx: RecordsContext): Promise<RecordCounts> {
  const names = printedNamesBySlug();
  const forwardPlan = planForwardPlan(ctx);
  const reportCount = await insertReports(ctx, names, forwardPlan);
  const minutesResult = await insertMinutes(ctx, names);
  const decisionCount = await insertDecisions(ctx, forwardPlan.refOf, minutesResult);
  return { ...minutesResult.counts, decisions: decisionCount, reports: reportCount, forwardPlanEntries: forwardPlan.entries.length };
}

// ---------------------------------------------------------------------------------------------
// Cabinet business

/** The Cabinet items that lead to a decision: substantive items to consider, public or exempt. */
function decisionItems(m: PlannedMeeting): PlannedItem[] {
  if (m.org.slug !== 'cabinet') return [];
  return m.items.filter((i) => !i.isStanding && i.instruction?.startsWith('To consider') && i.title !== 'Exclusion of the press and public');
}

function keyDecisionOf(item: PlannedItem) {
  return keyDecisions.find((k) => k.match.test(item.title));
}

function officerOf(p: Portfolio, names: Map<string, string>): string {
  return names.get(p.officer)!;
}

/** What Cabinet resolves on an item; the report recommends the same. */
function cabinetResolutions(item: PlannedItem, rng: Rng, names: Map<string, string>): { text: string; delegation: string | null }[] {
  if (!item.isPublic) return [{ text: 'That the recommendations set out in the exempt report be agreed.', delegation: null }];
  const p = portfolios[portfolioOf(item.title)];
  const key = keyDecisionOf(item);
  const first = key
    ? key.resolution
    : /budget monitoring/i.test(item.title)
      ? 'That the forecast outturn be noted and the budget virements set out in Appendix A be approved.'
      : /scrutiny/i.test(item.title)
        ? 'That the responses to the scrutiny recommendations set out in the report be agreed.'
        : `That the recommendations of the report on ${lowerFirst(item.title)} be agreed.`;
  const out = [{ text: first, delegation: null as string | null }];
  const officerName = names.get(p.officer) ?? '';
  if (key || rng() < 0.5) {
    out.push({
      text: `That authority be delegated to the ${jobTitleOf(p.officer)}, in consultation with the ${p.post}, to make any minor changes needed before implementation.`,
      delegation: `${jobTitleOf(p.officer)} (${officerName}), in consultation with the ${p.post}`,
    });
  }
  if (rng() < 0.5) out.push({ text: `That progress be reported to Cabinet in ${pick(rng, ['six', 'twelve'])} months.`, delegation: null });
  return out;
}

const jobTitles: Record<string, string> = {
  'catherine-ashdown': 'Chief Executive',
  'gareth-pryce': 'Director of Finance',
  'daniel-penhallow': "Director of Children's Services",
  'fiona-calloway': 'Director of Adult Social Services',
  'richard-thorne': 'Director of Place',
};

function jobTitleOf(slug: string): string {
  return jobTitles[slug] ?? 'Chief Executive';
}

// ---------------------------------------------------------------------------------------------
// Forward Plan

type PlannedEntry = {
  firstPublished: IsoDate;
  decisionDate: IsoDate;
  qualifier: 'on' | 'not-before' | 'before';
  makers: string[];
  title: string;
  issue: string;
  decision: string;
  portfolio: Portfolio;
  exemptParagraph: number | null;
  item: PlannedItem | null;
  ref: string;
};

type ForwardPlan = { entries: PlannedEntry[]; refOf: Map<PlannedItem, string> };

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The decision date as the Forward Plan prints it: '14 Jan 2026', 'Not before 1st Jun 2026', 'Before 30 Sep 2026'. */
function decisionDateText(date: IsoDate, qualifier: PlannedEntry['qualifier']): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (qualifier === 'not-before') return `Not before ${ordinal(d)} ${shortMonths[m - 1]} ${y}`;
  return `${qualifier === 'before' ? 'Before ' : ''}${d} ${shortMonths[m - 1]} ${y}`;
}

/** Key decisions: Cabinet's past and published ones from the meeting plan, then decisions still to come. */
function planForwardPlan(ctx: RecordsContext): ForwardPlan {
  const { plan, today, nation } = ctx;
  const workingDayOnOrBefore = (date: IsoDate) => (isWorkingDay(date, nation) ? date : previousWorkingDay(date, nation));
  const cabinet = plan.filter((m) => m.org.slug === 'cabinet');
  const withAgenda = cabinet.filter((m) => past(m) || m.status === 'agenda-published');
  const keyed = withAgenda.flatMap((m) =>
    decisionItems(m)
      .filter((i) => i.isPublic && keyDecisionOf(i))
      .map((item) => ({ m, item })),
  );
  const recent = keyed.slice(-(20 - futureDecisions.length));
  const entries: Omit<PlannedEntry, 'ref'>[] = recent.map(({ m, item }) => {
    const key = keyDecisionOf(item)!;
    const rng = rngFor(`fp:${m.date}:${item.title}`);
    return {
      firstPublished: workingDayOnOrBefore(addDays(m.date, -randomInt(rng, 35, 75))),
      decisionDate: m.date,
      qualifier: 'on',
      makers: ['Cabinet'],
      title: item.title,
      issue: key.issue,
      decision: key.decision,
      portfolio: portfolios[portfolioOf(item.title)],
      exemptParagraph: null,
      item,
    };
  });
  const scheduled = cabinet.filter((m) => m.status === 'scheduled' || (m.status === 'agenda-published' && m.items.length === 0));
  futureDecisions.forEach((f, i) => {
    const rng = rngFor(`fp:future:${f.title}`);
    let decisionDate: IsoDate;
    let qualifier: PlannedEntry['qualifier'];
    if ('cabinet' in f.when) {
      decisionDate = scheduled[f.when.cabinet]?.date ?? addMonths(today, 2 + f.when.cabinet);
      qualifier = 'on';
    } else if ('notBeforeDays' in f.when) {
      decisionDate = addDays(today, f.when.notBeforeDays);
      qualifier = 'not-before';
    } else {
      decisionDate = addDays(addMonths(`${addMonths(today, f.when.beforeMonths).slice(0, 7)}-01`, 1), -1);
      qualifier = 'before';
    }
    // First published at least 28 clear days before the decision, and never after today.
    const latest = addDays(decisionDate, -29);
    const earliest = addDays(today, -randomInt(rng, 3, 50) - i);
    entries.push({
      firstPublished: workingDayOnOrBefore(earliest < latest ? earliest : latest),
      decisionDate,
      qualifier,
      makers: f.makers,
      title: f.title,
      issue: f.issue,
      decision: f.decision,
      portfolio: portfolios[f.portfolio],
      exemptParagraph: f.exemptParagraph ?? null,
      item: null,
    });
  });
  // References number the entries first published in each month: FP/YY/MM/NN.
  entries.sort((a, b) => a.firstPublished.localeCompare(b.firstPublished) || a.title.localeCompare(b.title));
  const perMonth = new Map<string, number>();
  const withRefs = entries.map((e) => {
    const month = e.firstPublished.slice(0, 7);
    const n = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, n);
    return { ...e, ref: `FP/${month.slice(2, 4)}/${month.slice(5, 7)}/${String(n).padStart(2, '0')}` };
  });
  const refOf = new Map<PlannedItem, string>();
  for (const e of withRefs) if (e.item) refOf.set(e.item, e.ref);
  return { entries: withRefs, refOf };
}

// ---------------------------------------------------------------------------------------------
// Reports

async function insertReports(ctx: RecordsContext, names: Map<string, string>, forwardPlan: ForwardPlan): Promise<number> {
  const { trx, bodyId, plan, meetingIds, itemIds } = ctx;
  type Planned = {
    row: Omit<typeof reports.$inferInsert, 'access' | 'exemptParagraph' | 'accessInherited' | 'accessReason'>;
    signOffs: Omit<typeof reportSignOffs.$inferInsert, 'reportId'>[];
    item: PlannedItem;
  };
  const planned: Planned[] = [];
  for (const m of plan.filter((x) => x.org.slug === 'cabinet' && (past(x) || x.status === 'agenda-published'))) {
    for (const item of m.items.filter((i) => !i.isStanding && i.documents.some((d) => d.kind === 'report'))) {
      const rng = rngFor(`report:${m.date}:${item.title}`);
      const p = portfolios[portfolioOf(item.title)];
      const ref = forwardPlan.refOf.get(item) ?? null;
      const reportDate = m.issuedOn ?? addDays(m.date, -8);
      const likelihood = randomInt(rng, 1, 5);
      const impact = randomInt(rng, 2, 5);
      const recommendations = item.instruction?.startsWith('To note')
        ? ['That the report be noted.']
        : cabinetResolutions(item, rngFor(`resolutions:${m.date}:${item.title}`), names).map((r) => r.text);
      const author = `${p.author}, ${p.authorTitle}`;
      const key = keyDecisionOf(item);
      planned.push({
        item,
        row: {
          bodyId,
          meetingId: meetingIds.get(m)!,
          agendaItemId: itemIds.get(item)!,
          title: item.title,
          kind: !item.isPublic
            ? 'Cabinet decision (exempt)'
            : ref
              ? 'Decision Report – Key Decision'
              : item.instruction?.startsWith('To note')
                ? 'For information'
                : 'Cabinet decision',
          reportDate,
          forwardPlanRef: ref,
          cabinetMembers: [`${names.get(p.member)}, ${p.post}`],
          leadOfficer: `${officerOf(p, names)}, ${jobTitleOf(p.officer)}`,
          author,
          contact: `${p.author}, ${slugify(p.author).replace('-', '.')}@${domain}, 01632 960${String(randomInt(rng, 100, 999))}`,
          summary: item.isPublic ? (key?.issue ?? `The report to Cabinet on ${lowerFirst(item.title)} sets out the position, the options and the recommended way forward.`) : null,
          recommendations,
          riskLikelihood: likelihood,
          riskImpact: impact,
          riskScore: likelihood * impact,
          priorityLinks: [p.priority],
          sections: item.isPublic
            ? [
                { heading: 'Reasons for recommendations', text: pick(rng, decisionReasons) },
                {
                  heading: 'Financial implications',
                  text: key ? 'The costs are met from the approved capital programme and revenue budget.' : 'There are no additional financial implications.',
                },
                { heading: 'Legal implications', text: 'The council has the powers needed to take this decision.' },
                { heading: 'Risk implications', text: `The main risk has a likelihood of ${likelihood} and an impact of ${impact}, a score of ${likelihood * impact}.` },
                { heading: 'Equalities implications', text: 'An equality impact assessment has been completed and is available on request.' },
                { heading: 'Options considered', text: pick(rng, rejectedAlternatives) },
                { heading: 'Background papers', text: 'None.' },
              ]
            : [],
          ...demoPublication(m.agendaPublishedAt, ctx.now),
        },
        signOffs: signOffsFor(ctx, p, reportDate, names, rng),
      });
    }
  }
  const now = ctx.now;
  // A report follows its agenda item's access class (exempt with its paragraph under an exempt item).
  const ids = written(
    await saveReports(
      trx,
      demoActor,
      planned.map((p) => ({ values: p.row })),
      { now },
    ),
    'report',
  );
  const reportIdOf = new Map(planned.map((p, i) => [p.item, ids[i]!]));
  written(await saveReportSignOffs(trx, demoActor, fresh(planned.flatMap((p, i) => p.signOffs.map((s) => ({ ...s, reportId: ids[i]! })))), { now }), 'sign-off');
  written(
    await saveForwardPlanEntries(
      trx,
      demoActor,
      fresh(
        forwardPlan.entries.map((e) => ({
          bodyId,
          ref: e.ref,
          firstPublished: e.firstPublished,
          decisionDateText: decisionDateText(e.decisionDate, e.qualifier),
          decisionDate: e.decisionDate,
          decisionDateQualifier: e.qualifier,
          decisionMakers: e.makers,
          issue: `${e.title}. ${e.issue}`,
          decision: e.decision,
          documents: e.item ? 'Report to Cabinet; equality impact assessment' : 'Report to the decision maker',
          exempt: e.exemptParagraph ? `Part exempt: paragraph ${e.exemptParagraph} of Schedule 12A` : 'Open',
          contacts: [`${officerOf(e.portfolio, names)}, ${jobTitleOf(e.portfolio.officer)}`, `${e.portfolio.author}, ${e.portfolio.authorTitle}`],
          reportId: e.item ? (reportIdOf.get(e.item) ?? null) : null,
          access: 'public' as const,
          ...demoPublication(fromLondonLocal(`${e.firstPublished}T09:00`), ctx.now),
        })),
      ),
      { now },
    ),
    'Forward Plan entry',
  );
  return planned.length;
}

function signOffsFor(ctx: RecordsContext, p: Portfolio, reportDate: IsoDate, names: Map<string, string>, rng: Rng) {
  const scrutinyChair = ctx.memberships.find((m) => m.organisationId === ctx.orgIds.get(p.scrutiny) && m.role === 'chair');
  const chairSlug = [...ctx.personIds].find(([, id]) => id === scrutinyChair?.personId)?.[0];
  const signed = (daysBefore: number) => ({ signedOn: addDays(reportDate, -daysBefore), dateText: null });
  const sent = (daysBefore: number) => ({ signedOn: null, dateText: `Sent on ${formatLongDate(addDays(reportDate, -daysBefore))}` });
  const rows = [
    { role: 'County Solicitor', name: names.get('simon-hartley')!, ...signed(randomInt(rng, 6, 14)) },
    { role: 'Monitoring Officer', name: names.get('nadia-okafor')!, ...signed(randomInt(rng, 6, 14)) },
    { role: 'Corporate Finance', name: names.get('gareth-pryce')!, ...signed(randomInt(rng, 6, 14)) },
    { role: 'Human Resources', name: 'Karen Holt', ...signed(randomInt(rng, 6, 14)) },
    { role: 'Property', name: names.get('martin-greaves')!, ...(rng() < 0.5 ? signed(randomInt(rng, 6, 14)) : { signedOn: null, dateText: 'Not applicable' }) },
    { role: 'Procurement / ICT', name: null, signedOn: null, dateText: 'Not applicable' },
    { role: 'Senior Manager', name: names.get(p.officer)!, ...signed(randomInt(rng, 3, 6)) },
    { role: 'Local Member(s)', name: 'All members', ...sent(randomInt(rng, 10, 20)) },
    { role: 'Opposition Spokesperson', name: names.get(p.opposition)!, ...sent(randomInt(rng, 7, 12)) },
    { role: 'Relevant Scrutiny Chairman', name: chairSlug ? names.get(chairSlug)! : null, ...sent(randomInt(rng, 7, 12)) },
    { role: 'Cabinet Member', name: names.get(p.member)!, ...signed(randomInt(rng, 1, 3)) },
  ];
  return rows.map((r, i) => ({ ...r, position: i + 1 }));
}

// ---------------------------------------------------------------------------------------------
// Minutes

type MinuteRef = { minuteItemId: number; firstResolutionId: number | null; resolutions: string[]; conflicts: string[] };

type MinutesResult = { counts: Omit<RecordCounts, 'decisions' | 'reports' | 'forwardPlanEntries'>; byItem: Map<PlannedItem, MinuteRef> };

type PlannedMinuteItem = {
  item: PlannedItem;
  number: string;
  narrative: string;
  presenters: string | null;
  alternatives: string | null;
  reasons: string | null;
  resolutions: { text: string; delegation: string | null }[];
};

type PlannedDeclaration = { personSlug: string; name: string; interest: (typeof interests)[number]; item: PlannedItem };

type PlannedMinutes = {
  meeting: PlannedMeeting;
  approvedBy: PlannedMeeting | null;
  chair: string;
  items: PlannedMinuteItem[];
  attendance: { slug: string; kind: 'present' | 'apologies' | 'substitute' | 'other-member' | 'officer'; substituteFor: string | null }[];
  declarations: PlannedDeclaration[];
};

function membersOn(ctx: RecordsContext, orgSlug: string, date: IsoDate, slugOf: Map<number, string>) {
  const orgId = ctx.orgIds.get(orgSlug);
  const rows = ctx.memberships.filter((m) => m.organisationId === orgId && (!m.endDate || m.endDate > date));
  const slug = (m: (typeof rows)[number]) => slugOf.get(m.personId)!;
  return {
    chair: rows.filter((m) => m.role === 'chair').map(slug)[0],
    chairLabel: rows.find((m) => m.role === 'chair')?.roleLabel ?? 'Chair',
    members: rows.filter((m) => m.role !== 'substitute').map(slug),
    substitutes: rows.filter((m) => m.role === 'substitute').map(slug),
  };
}

const apologyCounts: Record<string, number> = { one: 1, two: 2, three: 3 };

function planMinutes(ctx: RecordsContext, names: Map<string, string>): PlannedMinutes[] {
  const slugOf = new Map([...ctx.personIds].map(([slug, id]) => [id, slug]));
  const out: PlannedMinutes[] = [];
  const byOrg = new Map<string, PlannedMeeting[]>();
  for (const m of ctx.plan) byOrg.set(m.org.slug, [...(byOrg.get(m.org.slug) ?? []), m]);
  for (const [orgSlug, meetings] of byOrg) {
    const held = meetings.filter((m) => m.status !== 'cancelled' && m.status !== 'postponed');
    // Minute numbers run on from meeting to meeting; each organisation starts from its own number.
    let next = randomInt(rngFor(`minute-numbers:${orgSlug}`), 40, 400);
    for (const [i, meeting] of held.entries()) {
      if (!minuted(meeting) || meeting.items.length === 0) continue;
      const rng = rngFor(`minutes:${orgSlug}:${meeting.date}`);
      const { chair, chairLabel, members, substitutes } = membersOn(ctx, orgSlug, meeting.date, slugOf);
      const name = (slug: string) => names.get(slug) ?? slug;

      const apologiesItem = meeting.items.find((it) => it.title === 'Apologies for absence');
      const count = apologyCounts[/from (one|two|three) member/.exec(apologiesItem?.outcome ?? '')?.[1] ?? ''] ?? 0;
      const absent = shuffled(
        rng,
        members.filter((s) => s !== chair),
      ).slice(0, count);
      const attendance: PlannedMinutes['attendance'] = [];
      for (const s of members) attendance.push({ slug: s, kind: absent.includes(s) ? 'apologies' : 'present', substituteFor: null });
      const substitute = absent.length > 0 && substitutes.length > 0 && rng() < 0.6 ? substitutes[0]! : null;
      if (substitute) attendance.push({ slug: substitute, kind: 'substitute', substituteFor: name(absent[0]!) });
      const visitorsHere = (visitors[orgSlug] ?? []).filter((s) => !members.includes(s)).slice(0, randomInt(rng, 1, 2));
      for (const s of visitorsHere) attendance.push({ slug: s, kind: 'other-member', substituteFor: null });
      const officer = leadOfficer[orgSlug]?.split(',')[0];
      const officerSlug = [...names].find(([, n]) => n === officer)?.[0];
      for (const s of [officerSlug, meeting.org.contact]) if (s) attendance.push({ slug: s, kind: 'officer', substituteFor: null });

      const present = attendance.filter((a) => a.kind === 'present' && names.get(a.slug)?.startsWith('Cllr')).map((a) => a.slug);
      const substantive = meeting.items.filter((it) => !it.isStanding && it.isPublic && it.title !== 'Exclusion of the press and public');
      const declared: PlannedDeclaration[] = [];
      if (substantive.length > 0 && present.length > 0 && rng() < 0.3) {
        const who = pick(rng, present);
        const interest =
          orgSlug === 'planning-and-regulatory-committee'
            ? interests[3]!
            : pick(
                rng,
                interests.filter((x) => x.kind !== 'disclosable-pecuniary'),
              );
        declared.push({ personSlug: who, name: name(who), interest, item: pick(rng, substantive) });
      }

      const numbered = flat(meeting.items).map((item) => ({ item, number: String(next++) }));
      const numberOf = new Map(numbered.map((n) => [n.item, n.number]));
      const items: PlannedMinuteItem[] = numbered.map(({ item, number }) =>
        minuteFor(ctx, meeting, item, number, { rng, names, chairLabel, absent, substitute, declared, numberOf }),
      );
      const approvedBy = meeting.status === 'minutes-approved' ? (held[i + 1] ?? null) : null;
      out.push({ meeting, approvedBy, chair: chair ? name(chair) : '', items, attendance, declarations: declared });
    }
  }
  return out;
}

type MinuteContext = {
  rng: Rng;
  names: Map<string, string>;
  chairLabel: string;
  absent: string[];
  substitute: string | null;
  declared: PlannedDeclaration[];
  numberOf: Map<PlannedItem, string>;
};

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function minuteFor(ctx: RecordsContext, meeting: PlannedMeeting, item: PlannedItem, number: string, c: MinuteContext): PlannedMinuteItem {
  const name = (slug: string) => c.names.get(slug) ?? slug;
  const base = { item, number, presenters: null, alternatives: null, reasons: null, resolutions: [] as { text: string; delegation: string | null }[] };
  const resolved = (text: string) => [{ text, delegation: null }];
  if (item.title === 'Apologies for absence') {
    const text =
      c.absent.length === 0
        ? 'There were no apologies for absence.'
        : `Apologies for absence were received from ${listNames(c.absent.map(name))}.${c.substitute ? ` ${name(c.substitute)} attended as a substitute for ${name(c.absent[0]!)}.` : ''}`;
    return { ...base, narrative: text };
  }
  if (item.title === 'Declarations of interest') {
    const text =
      c.declared.length === 0
        ? 'There were no declarations of interest.'
        : c.declared
            .map(
              (d) =>
                `${d.name} declared ${d.interest.kind === 'disclosable-pecuniary' ? 'a disclosable pecuniary' : d.interest.kind === 'other-registrable' ? 'an other registrable' : 'a non-registrable'} interest in minute ${c.numberOf.get(d.item)} (${d.item.title}) ${d.interest.interest}.${d.interest.action ? ` ${d.interest.action}` : ''}`,
            )
            .join(' ');
    return { ...base, narrative: text };
  }
  if (/^(Minutes|Notes) of the previous meeting$/.test(item.title)) {
    const date = /held on (.+)$/.exec(item.instruction ?? '')?.[1] ?? 'the previous meeting';
    return {
      ...base,
      narrative: 'There were no matters arising.',
      resolutions: resolved(`That the minutes of the meeting held on ${date} be approved as a correct record and signed by the ${c.chairLabel}.`),
    };
  }
  if (item.title === 'Exclusion of the press and public') {
    return {
      ...base,
      narrative: 'The committee considered whether the following item should be taken in private.',
      resolutions: resolved(`That ${item.outcome.replace(/^Resolved: that /, '')}`),
    };
  }
  if (!item.isPublic) {
    return {
      ...base,
      narrative: `Members considered the exempt report and the valuation advice in it, and questioned officers on the terms offered. ${item.publicInterestReason ?? ''}`.trim(),
      resolutions: [],
    };
  }
  if (item.isStanding) return { ...base, narrative: item.outcome };

  const rng = rngFor(`minute:${meeting.org.slug}:${meeting.date}:${item.title}`);
  const p = portfolios[portfolioOf(item.title)];
  const cabinet = meeting.org.slug === 'cabinet';
  const presenter = cabinet ? `${name(p.member)}, ${p.post}` : (leadOfficer[meeting.org.slug] ?? null);
  const talk = shuffled(rng, discussion)
    .slice(0, randomInt(rng, 1, 2))
    .join(' ');
  const intro = presenter ? `${presenter.split(',')[0]} introduced the ${item.instruction ? 'report' : 'item'}.` : '';
  const narrative = `${intro} ${talk}`.trim();
  const instruction = item.instruction ?? '';
  if (cabinet && instruction.startsWith('To consider')) {
    return {
      ...base,
      narrative,
      presenters: presenter,
      alternatives: pick(rng, rejectedAlternatives),
      reasons: pick(rng, decisionReasons),
      resolutions: cabinetResolutions(item, rngFor(`resolutions:${meeting.date}:${item.title}`), c.names),
    };
  }
  if (instruction.startsWith('To note')) return { ...base, narrative, presenters: presenter, resolutions: resolved('That the report be noted.') };
  if (instruction.startsWith('To determine')) {
    return {
      ...base,
      narrative,
      presenters: presenter,
      resolutions: [
        { text: 'That planning permission be granted subject to the conditions set out in the report.', delegation: null },
        {
          text: 'That the Head of Planning and Development Management be authorised to settle the final wording of the conditions.',
          delegation: 'Head of Planning and Development Management',
        },
      ],
    };
  }
  if (/^To (receive|hear)/.test(instruction)) return { ...base, narrative, presenters: presenter };
  if (!item.instruction && item.title.startsWith('Motion:')) {
    return {
      ...base,
      narrative: 'The motion was moved and seconded. After debate it was put to the vote and carried.',
      resolutions: resolved(`That the council supports the ${lowerFirst(item.title.replace(/^Motion: /, ''))} motion as moved.`),
    };
  }
  if (meeting.org.kind === 'scrutiny-committee' || meeting.org.kind === 'task-and-finish-group') {
    return {
      ...base,
      narrative,
      presenters: presenter,
      resolutions: [
        { text: 'That the report be noted.', delegation: null },
        { text: `That the committee’s comments be passed to the ${p.post}, and an update be brought back in six months.`, delegation: null },
      ],
    };
  }
  return { ...base, narrative, presenters: presenter, resolutions: resolved(`That ${item.outcome.replace(/^Resolved: that /, '')}`) };
}

async function insertMinutes(ctx: RecordsContext, names: Map<string, string>): Promise<MinutesResult> {
  const { trx, meetingIds, itemIds, orgIds, personIds } = ctx;
  const planned = planMinutes(ctx, names);
  const now = ctx.now;
  const approvedAtOf = (p: PlannedMinutes) => (p.approvedBy ? new Date(p.approvedBy.startAt.getTime() + 10 * 60_000) : null);
  // Drafted first, filled in, then approved and signed: the order the workflow allows.
  const minutesIds = written(
    await saveMinutes(
      trx,
      demoActor,
      fresh(
        planned.map((p) => ({
          meetingId: meetingIds.get(p.meeting)!,
          version: 1,
          status: 'draft' as const,
          endedAt: londonTime(p.meeting.endAt ?? p.meeting.startAt),
          // Draft minutes are published as drafts a week after the meeting; approved ones when approved at the latest.
          ...demoPublication(approvedAtOf(p) ?? new Date(p.meeting.startAt.getTime() + 7 * 86_400_000), ctx.now),
        })),
      ),
      { now },
    ),
    'minutes',
  );

  const itemRows = planned.flatMap((p, i) =>
    p.items.map((mi, position) => ({
      planned: mi,
      row: {
        minutesId: minutesIds[i]!,
        organisationId: orgIds.get(p.meeting.org.slug)!,
        position: position + 1,
        number: mi.number,
        agendaItemId: itemIds.get(mi.item)!,
        agendaNumber: mi.item.number,
        title: mi.item.title,
        narrative: mi.narrative,
        presenters: mi.presenters,
        alternativesConsidered: mi.alternatives,
        reasons: mi.reasons,
        ...demoPublication(p.approvedBy ? new Date(p.approvedBy.startAt.getTime() + 10 * 60_000) : new Date(p.meeting.startAt.getTime() + 7 * 86_400_000), ctx.now),
      },
    })),
  );
  // Each minute takes its agenda item's access class.
  const minuteItemIds = written(await saveMinuteItems(trx, demoActor, fresh(itemRows.map((r) => r.row)), { now }), 'minute');
  const resolutionRows = itemRows.flatMap((r, i) =>
    r.planned.resolutions.map((res, k) => ({
      owner: r.planned.item,
      row: { minuteItemId: minuteItemIds[i]!, position: k + 1, number: String(k + 1), text: res.text, delegation: res.delegation },
    })),
  );
  const resolutionIds = written(await saveResolutions(trx, demoActor, fresh(resolutionRows.map((r) => r.row)), { now }), 'resolution');

  const attendanceRows = planned.flatMap((p) =>
    p.attendance.map((a) => ({
      meetingId: meetingIds.get(p.meeting)!,
      personId: personIds.get(a.slug) ?? null,
      printedName: names.get(a.slug) ?? a.slug,
      kind: a.kind,
      substituteFor: a.substituteFor,
    })),
  );
  written(await saveAttendances(trx, demoActor, fresh(attendanceRows), { now }), 'attendance');

  const byItem = new Map<PlannedItem, MinuteRef>();
  itemRows.forEach((r, i) =>
    byItem.set(r.planned.item, { minuteItemId: minuteItemIds[i]!, firstResolutionId: null, resolutions: r.planned.resolutions.map((x) => x.text), conflicts: [] }),
  );
  resolutionRows.forEach((r, i) => {
    const ref = byItem.get(r.owner)!;
    ref.firstResolutionId ??= resolutionIds[i]!;
  });

  const declarationRows = planned.flatMap((p) =>
    p.declarations.map((d) => {
      byItem.get(d.item)?.conflicts.push(`${d.name} declared an interest ${d.interest.interest}.${d.interest.action ? ` ${d.interest.action}` : ''}`);
      return {
        meetingId: meetingIds.get(p.meeting)!,
        agendaItemId: itemIds.get(d.item)!,
        minuteItemId: byItem.get(d.item)?.minuteItemId ?? null,
        personId: personIds.get(d.personSlug)!,
        printedName: d.name,
        interest: d.interest.interest.replace(/^as /, 'As '),
        kind: d.interest.kind,
        action: d.interest.action,
      };
    }),
  );
  written(await saveDeclarations(trx, demoActor, fresh(declarationRows), { now }), 'declaration');
  const approved = planned.map((p, i) => ({ p, id: minutesIds[i]!, approvedAt: approvedAtOf(p) })).filter((x) => x.approvedAt !== null);
  written(
    await saveMinutes(
      trx,
      demoActor,
      approved.map(({ p, id, approvedAt }) => ({
        id,
        values: {
          status: 'signed' as const,
          approvedAt,
          approvedAtMeetingId: meetingIds.get(p.approvedBy!)!,
          approvalNote: 'Approved as a correct record.',
          signedBy: p.chair,
          signedAt: approvedAt,
        },
      })),
      { now, verb: 'approve' },
    ),
    'minutes approval',
  );

  return {
    counts: {
      minutes: planned.length,
      minuteItems: itemRows.length,
      resolutions: resolutionRows.length,
      attendances: attendanceRows.length,
      declarations: declarationRows.length,
    },
    byItem,
  };
}

// ---------------------------------------------------------------------------------------------
// Decisions

async function insertDecisions(ctx: RecordsContext, refOf: Map<PlannedItem, string>, minutesResult: MinutesResult): Promise<number> {
  const { trx, bodyId, nation, now, meetingIds, orgIds, plan } = ctx;
  const names = printedNamesBySlug();
  const rows: { values: Omit<typeof decisions.$inferInsert, 'access' | 'exemptParagraph' | 'accessInherited' | 'accessReason'>; access: AccessChoice }[] = [];
  for (const m of plan.filter((x) => x.org.slug === 'cabinet' && past(x))) {
    // Decision notices go out two working days after the meeting; those not yet published are not recorded.
    const publishedOn = addWorkingDays(m.date, 2, nation);
    const publishedAt = fromLondonLocal(`${publishedOn}T12:00`);
    if (publishedAt > now) continue;
    const deadlineLocal = resolveDeadline(defaultRules.callIn, `${publishedOn}T12:00`, nation);
    const callInDeadline = fromLondonLocal(deadlineLocal);
    const effectiveFrom = fromLondonLocal(`${nextWorkingDay(deadlineLocal.slice(0, 10), nation)}T09:00`);
    for (const item of decisionItems(m)) {
      const minute = minutesResult.byItem.get(item);
      const rng = rngFor(`decision:${m.date}:${item.title}`);
      const resolved = minute?.resolutions.length ? minute.resolutions : cabinetResolutions(item, rngFor(`resolutions:${m.date}:${item.title}`), names).map((r) => r.text);
      const ref = refOf.get(item) ?? null;
      rows.push({
        values: {
          bodyId,
          meetingId: meetingIds.get(m)!,
          minuteItemId: minute?.minuteItemId ?? null,
          resolutionId: minute?.firstResolutionId ?? null,
          makerOrganisationId: orgIds.get('cabinet')!,
          makerText: 'Cabinet',
          title: item.title,
          decisionText: item.isPublic ? resolved.join(' ') : `${resolved.join(' ')} The Cabinet accepted the offer set out in exempt appendix A and agreed the heads of terms.`,
          decidedOn: m.date,
          reasons: item.isPublic ? pick(rng, decisionReasons) : item.publicInterestReason,
          alternativesRejected: item.isPublic ? pick(rng, rejectedAlternatives) : null,
          conflicts: minute?.conflicts.length ? minute.conflicts.join(' ') : 'None declared.',
          dispensations: 'None.',
          isKey: ref !== null,
          forwardPlanRef: ref,
          publication: 'published',
          publishedAt,
          publishedBy: 'Democratic Services',
          callInDeadline,
          // Nobody called these in: once the window has passed the register says so ("Call-in period ended: not called in").
          callInStatus: 'open',
          effectiveFrom,
        },
        // A decision follows the minute it came from (and so its item's access class).
        access: minute ? {} : item.isPublic ? { access: 'public' } : { access: 'exempt', exemptParagraph: item.exemptParagraph },
      });
    }
  }
  written(await saveDecisions(trx, demoActor, rows, { now }), 'decision');
  return rows.length;
}
