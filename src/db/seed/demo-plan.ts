// The demo council's meetings as a plan: dates, statuses, agendas and documents, computed from
// "now" without touching the database. Each meeting's own randomness is seeded from its
// organisation and date, so a meeting keeps the same agenda whichever day the seed runs.
import {
  addDays,
  addMonths,
  budgetYear,
  daysBetween,
  formatClock,
  formatDayDate,
  formatLongDate,
  type IsoDate,
  lastQuarter,
  londonDate,
  londonTime,
  londonToUtc,
  nthWeekdayOfMonth,
  randomInt,
  type Rng,
  rngFor,
  shuffled,
  weekdayOnOrBefore,
} from './demo-calendar.ts';
import { type DemoOrganisation, exemptItems, type ItemTemplate, organisationsData, venues } from './demo-data.ts';

/** Meeting states the plan uses. */
export type PlannedStatus = 'scheduled' | 'agenda-published' | 'held' | 'minutes-draft' | 'minutes-approved' | 'cancelled' | 'postponed';

/** A document to store: its bytes are rendered later from `heading` and `lines`. */
export type PlannedDocument = {
  title: string;
  kind: 'agenda' | 'report' | 'appendix' | 'minutes';
  format: 'pdf' | 'html' | 'csv';
  fileName: string;
  heading: string;
  lines: string[];
  textContent: string;
  isPublic: boolean;
  exemptParagraph: number | null;
  publishedAt: Date | null;
};

/** An agenda item with its sub-items and documents. */
export type PlannedItem = {
  number: string;
  title: string;
  instruction: string | null;
  pageFrom: number | null;
  pageTo: number | null;
  isPublic: boolean;
  exemptParagraph: number | null;
  publicInterestReason: string | null;
  /** Apologies, declarations, minutes, public questions, urgent business. */
  isStanding: boolean;
  /** What the minutes record for it. */
  outcome: string;
  children: PlannedItem[];
  documents: PlannedDocument[];
};

/** A meeting with everything the seed inserts for it. */
export type PlannedMeeting = {
  org: DemoOrganisation;
  date: IsoDate;
  title: string;
  startAt: Date;
  endAt: Date | null;
  status: PlannedStatus;
  statusNote: string | null;
  issuedBy: string | null;
  issuedOn: IsoDate | null;
  agendaPublishedAt: Date | null;
  items: PlannedItem[];
  documents: PlannedDocument[];
};

/** Who issues agendas. */
export const issuedBy = 'Joanna Fielding, Head of Democratic Services';

/** The officer who leads on each organisation's business, as 'Name, Job title'. */
export const leadOfficer: Record<string, string> = {
  'full-council': 'Nadia Okafor, Director of Law and Governance and Monitoring Officer',
  cabinet: 'Catherine Ashdown, Chief Executive',
  'children-and-families-scrutiny-committee': "Daniel Penhallow, Director of Children's Services",
  'adults-and-health-scrutiny-committee': 'Fiona Calloway, Director of Adult Social Services',
  'place-and-resources-scrutiny-committee': 'Richard Thorne, Director of Place',
  'health-and-wellbeing-board': 'Dr Samuel Adeyemi, Director of Public Health',
  'safer-communities-partnership-board': 'Richard Thorne, Director of Place',
  'planning-and-regulatory-committee': 'Owen Carrick, Head of Planning and Development Management',
  'audit-and-governance-committee': 'Helen Whitlock, Chief Internal Auditor',
  'home-to-school-transport-task-and-finish-group': 'Grace Nwosu, Scrutiny Manager',
};

const summaries = [
  'The report sets out progress since the last meeting, the risks that remain and the actions proposed to address them.',
  'Performance has improved against most measures, although two remain below target and are covered by recovery plans.',
  'The proposals have been shaped by consultation with residents, partners and local members over the summer.',
  'The financial implications are contained within existing budgets, with no additional borrowing required.',
  'An equality impact assessment has been completed and finds no disproportionate negative impact on any group.',
  'Officers recommend the preferred option as the best balance of cost, deliverability and benefit to residents.',
  'Demand has risen faster than forecast, and the report explains how the service intends to manage the pressure.',
  'The report responds to the recommendations made by scrutiny and sets out a timetable for implementation.',
];

const csvAppendices = new Set(['Budget monitoring by directorate', 'Strategic risk register', 'Better Care Fund metrics']);

const WINDOW_DAYS = 365;

/** Every meeting date of an organisation around today, oldest first, with one date before the window. */
export function scheduleDates(org: DemoOrganisation, today: IsoDate): IsoDate[] {
  const from = addDays(today, -WINDOW_DAYS);
  const to = addDays(today, WINDOW_DAYS);
  const candidates: IsoDate[] = [];
  const c = org.cadence;
  if (c.kind === 'weeks') {
    const step = c.every * 7;
    const k = Math.floor(daysBetween(c.anchor, from) / step) - 2;
    for (let d = addDays(c.anchor, k * step); d <= to; d = addDays(d, step)) candidates.push(d);
  } else {
    for (let i = -14; i <= 13; i++) {
      const [y, m] = addMonths(today, i).split('-').map(Number) as [number, number];
      const wanted = c.kind === 'monthly' ? !c.skipMonths?.includes(m) : c.months.includes(m);
      if (wanted) candidates.push(nthWeekdayOfMonth(y, m, org.weekday, c.week));
    }
  }
  // No meetings over Christmas and New Year; Tuesday to Thursday avoids the other bank holidays.
  let dates = candidates.filter((d) => !(d.slice(5) >= '12-20' || d.slice(5) <= '01-04')).filter((d) => d <= to);
  if (org.activeMonths) {
    const start = addMonths(today, org.activeMonths.from);
    const end = addMonths(today, org.activeMonths.to);
    return dates.filter((d) => d >= start && d <= end);
  }
  const firstInWindow = dates.findIndex((d) => d >= from);
  dates = dates.slice(Math.max(0, firstInWindow - 1));
  return dates;
}

/** The dates an organisation exists between, for organisations that are time-limited. */
export function organisationDates(org: DemoOrganisation, today: IsoDate): { startDate: IsoDate | null; endDate: IsoDate | null } {
  if (!org.activeMonths) return { startDate: null, endDate: null };
  return { startDate: addDays(addMonths(today, org.activeMonths.from), -14), endDate: addMonths(today, org.activeMonths.to) };
}

/** Fills an item template's `{q}` and `{fy}` from the meeting date. */
export function fill(template: string, date: IsoDate): string {
  return template.replace('{q}', lastQuarter(date)).replace('{fy}', budgetYear(date));
}

function pdfName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** Builds the whole meeting plan for the given instant. */
export function planMeetings(now: Date): PlannedMeeting[] {
  const today = londonDate(now);
  const meetings: PlannedMeeting[] = [];
  for (const org of organisationsData) meetings.push(...planOrganisation(org, today, now));
  ensureOneExemptItem(meetings, now);
  for (const m of meetings) {
    if (m.items.length === 0) continue;
    m.documents.push(agendaDocument(m, publishAt(m.issuedOn)));
    if (m.status === 'minutes-approved' || m.status === 'minutes-draft') m.documents.push(minutesDocument(m, now));
  }
  return meetings.sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.org.slug.localeCompare(b.org.slug));
}

function planOrganisation(org: DemoOrganisation, today: IsoDate, now: Date): PlannedMeeting[] {
  const dates = scheduleDates(org, today);
  const windowStart = addDays(today, -WINDOW_DAYS);
  const hasLeadIn = !org.activeMonths && dates.length > 0 && dates[0]! < windowStart;
  const base = dates.map((date) => {
    const startAt = londonToUtc(date, org.time);
    const rng = rngFor(`${org.slug}:${date}`);
    const duration = randomInt(rng, 15, 42) * 5;
    let status: PlannedStatus = 'scheduled';
    let statusNote: string | null = null;
    if (org.slug === 'planning-and-regulatory-committee' && date === firstOnOrAfter(dates, addDays(today, -120))) {
      status = 'cancelled';
      statusNote = 'Cancelled: there were no applications ready for the committee to determine.';
    }
    if (org.slug === 'adults-and-health-scrutiny-committee' && date === firstOnOrAfter(dates, addDays(today, 21))) {
      status = 'postponed';
      statusNote = 'Postponed at the request of the Chairman to allow the outcome of the care market review to be reported. A new date will be published.';
    }
    return { date, startAt, endAt: new Date(startAt.getTime() + duration * 60_000), rng, status, statusNote };
  });
  const out: PlannedMeeting[] = [];
  let previousHeld: IsoDate | null = null;
  for (let i = 0; i < base.length; i++) {
    const m = base[i]!;
    const isLeadIn = hasLeadIn && i === 0;
    if (!isLeadIn) {
      const status = m.status === 'scheduled' ? statusOf(base, i, now) : m.status;
      const past = m.startAt <= now;
      const hasAgenda = status !== 'scheduled' && status !== 'cancelled' && status !== 'postponed';
      const issuedOn = hasAgenda ? minDate(issueDate(m.date), latestIssueDay(today, now)) : null;
      const meeting: PlannedMeeting = {
        org,
        date: m.date,
        title: meetingTitle(org, m.date),
        startAt: m.startAt,
        endAt: past && status !== 'cancelled' ? m.endAt : null,
        status,
        statusNote: m.statusNote,
        issuedBy: hasAgenda ? issuedBy : null,
        issuedOn,
        agendaPublishedAt: publishAt(issuedOn),
        items: [],
        documents: [],
      };
      if (hasAgenda) buildAgenda(meeting, m.rng, previousHeld, now);
      out.push(meeting);
    }
    if (m.status !== 'cancelled' && m.status !== 'postponed') previousHeld = m.date;
  }
  return out;
}

function firstOnOrAfter(dates: IsoDate[], date: IsoDate): IsoDate | undefined {
  return dates.find((d) => d >= date);
}

/** Agendas go out eight days ahead on a working day, and never over Christmas and New Year. */
function issueDate(meetingDate: IsoDate): IsoDate {
  let d = weekdayOnOrBefore(addDays(meetingDate, -8));
  if (d.slice(5) >= '12-20' || d.slice(5) <= '01-04') d = weekdayOnOrBefore(`${d.slice(5) <= '01-04' ? Number(d.slice(0, 4)) - 1 : d.slice(0, 4)}-12-19`);
  return d;
}

/** The last weekday whose 9am issue time has passed: today before 9am is yesterday's (or Friday's) business. */
function latestIssueDay(today: IsoDate, now: Date): IsoDate {
  const day = weekdayOnOrBefore(today);
  return publishAt(day)!.getTime() <= now.getTime() ? day : weekdayOnOrBefore(addDays(day, -1));
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

function statusOf(base: { startAt: Date; endAt: Date; status: PlannedStatus }[], i: number, now: Date): PlannedStatus {
  const m = base[i]!;
  if (m.startAt > now) return m.startAt.getTime() - now.getTime() <= 14 * 86_400_000 ? 'agenda-published' : 'scheduled';
  // Minutes are approved at the next meeting that actually takes place.
  const next = base.slice(i + 1).find((n) => n.status !== 'cancelled' && n.status !== 'postponed');
  if (next && next.startAt <= now) return 'minutes-approved';
  return now.getTime() - m.endAt.getTime() <= 10 * 86_400_000 ? 'held' : 'minutes-draft';
}

function meetingTitle(org: DemoOrganisation, date: IsoDate): string {
  if (org.kind === 'full-council' && date.slice(5, 7) === '05') return 'Annual Meeting of Full Council';
  if (org.kind === 'full-council' && date.slice(5, 7) === '02') return 'Full Council: Budget Meeting';
  return org.name;
}

function publishAt(date: IsoDate | null): Date | null {
  return date ? londonToUtc(date, '09:00') : null;
}

function specialItems(org: DemoOrganisation, date: IsoDate): ItemTemplate[] {
  if (org.kind !== 'full-council') return [];
  const month = date.slice(5, 7);
  if (month === '02') {
    return [
      { title: 'Revenue budget and council tax {fy}', instruction: 'To approve the budget and set the council tax', report: true, appendix: 'Budget monitoring by directorate' },
    ];
  }
  if (month === '05') {
    return [
      { title: 'Election of the Chairman and Vice-Chairman of the Council', instruction: 'To elect the Chairman and Vice-Chairman for the coming year' },
      { title: 'Appointments to committees and outside bodies', instruction: 'To make the appointments', report: true },
    ];
  }
  return [];
}

function buildAgenda(meeting: PlannedMeeting, rng: Rng, previousHeld: IsoDate | null, now: Date): void {
  const { org, date } = meeting;
  const items: PlannedItem[] = [];
  let page = 1;
  let position = 0;
  const nextNumber = () => String(++position);
  const plain = (title: string, instruction: string): PlannedItem => ({ ...blankItem(title, instruction), number: nextNumber() });
  const published = publishAt(meeting.issuedOn);
  const officer = leadOfficer[org.slug] ?? issuedBy;

  const standing = (title: string, instruction: string, outcome: string): PlannedItem => ({ ...plain(title, instruction), isStanding: true, outcome });
  const apologies = randomInt(rng, 0, 3);
  items.push(
    standing(
      'Apologies for absence',
      'To receive apologies for absence and notice of substitutions',
      apologies === 0 ? 'There were no apologies for absence.' : `Apologies for absence were received from ${['', 'one member', 'two members', 'three members'][apologies]}.`,
    ),
  );
  items.push(standing('Declarations of interest', 'To receive declarations of interest in items on this agenda', 'There were no declarations of interest.'));
  if (previousHeld) {
    const minutes = standing(
      org.kind === 'task-and-finish-group' ? 'Notes of the previous meeting' : 'Minutes of the previous meeting',
      `To approve as a correct record the minutes of the meeting held on ${formatLongDate(previousHeld)}`,
      `Resolved: that the minutes of the meeting held on ${formatLongDate(previousHeld)} be approved as a correct record and signed by the Chair.`,
    );
    const length = randomInt(rng, 4, 9);
    minutes.pageFrom = page;
    minutes.pageTo = page + length - 1;
    page += length;
    items.push(minutes);
  }
  if (org.publicQuestions) {
    const questions = randomInt(rng, 0, 3);
    items.push(
      standing(
        'Public question time',
        `To receive questions, statements and petitions submitted by ${org.publicQuestions}`,
        questions === 0
          ? 'No public questions or statements had been received.'
          : `The committee received ${['', 'one question', 'two questions', 'three questions'][questions]} from members of the public, and the answers given are published with these minutes.`,
      ),
    );
  }

  const specials = specialItems(org, date);
  const count = Math.min(org.items.length, randomInt(rng, 2, 6)) - specials.length;
  const chosen = [...specials, ...shuffled(rng, org.items).slice(0, Math.max(1, count))];
  const wantsReport = (meeting.startAt.getTime() >= now.getTime() - 120 * 86_400_000 ? 0.6 : 0.15) > rng();
  for (const template of chosen) {
    const item = plain(fill(template.title, date), template.instruction);
    const withReport = template.report === true && (wantsReport || rng() < 0.15);
    if (template.report) {
      const length = randomInt(rng, 4, 36);
      item.pageFrom = page;
      item.pageTo = page + length - 1;
      page += length;
    }
    if (withReport) {
      const summary = summaries[randomInt(rng, 0, summaries.length - 1)]!;
      item.documents.push({
        title: item.title,
        kind: 'report',
        format: 'pdf',
        fileName: `${pdfName(item.title)}-${date}.pdf`,
        heading: item.title,
        lines: [
          `Report to ${org.name}, ${formatDayDate(date)}`,
          `Lead officer: ${officer}`,
          `Agenda item ${item.number}`,
          '',
          'Summary',
          `${item.title}: ${summary}`,
          '',
          'Recommendation',
          `That the ${org.kind === 'full-council' ? 'Council' : org.name} ${template.instruction.replace(/^To /, '').toLowerCase()}.`,
          ...reportBody(item.title),
        ],
        textContent: `${item.title}. Report to ${org.name} on ${formatLongDate(date)} by ${officer}. ${summary}`,
        isPublic: true,
        exemptParagraph: null,
        publishedAt: published,
      });
      if (template.appendix) {
        const csv = csvAppendices.has(template.appendix);
        const title = `Appendix A: ${template.appendix}`;
        item.documents.push({
          title,
          kind: 'appendix',
          format: csv ? 'csv' : 'pdf',
          fileName: `${pdfName(`${item.title} appendix a`)}-${date}.${csv ? 'csv' : 'pdf'}`,
          heading: title,
          lines: csv ? appendixRows(template.appendix, rng) : [`Appendix A to the report "${item.title}"`, `${org.name}, ${formatLongDate(date)}`, '', template.appendix],
          textContent: `${title}, appendix to the report ${item.title} to ${org.name} on ${formatLongDate(date)}.`,
          isPublic: true,
          exemptParagraph: null,
          publishedAt: published,
        });
      }
    }
    if (template.children) {
      const picked = template.children.slice(0, randomInt(rng, 2, template.children.length));
      item.children = picked.map((title, i) => ({ ...blankItem(title, null), number: `${item.number}.${i + 1}` }));
    }
    items.push(item);
  }
  items.push(standing('Urgent business', 'To consider any other business the Chairman decides is urgent', 'There was no urgent business.'));
  meeting.items = items;
}

/** Report headings and the points each makes: a report runs to several printed pages, as real ones do. */
const reportSections: ReadonlyArray<[string, string[]]> = [
  [
    'Background',
    ['how the service has changed over the last three years', 'what residents told the council in the last survey', 'the duties the council holds under the relevant legislation'],
  ],
  [
    'Options considered',
    ['doing nothing, which was rejected because costs would keep rising', 'a joint service with a neighbouring authority', 'the preferred option set out in this report'],
  ],
  ['Financial implications', ['the revenue cost in each of the next three years', 'the one-off costs of making the change', 'the savings expected once the change is complete']],
  ['Legal implications', ['the powers the council relies on', 'the procurement rules that apply', 'the consultation the law requires before a decision']],
  ['Risk management', ['delivery slipping beyond the planned date', 'demand rising faster than the forecast', 'staff leaving during the change']],
  ['Equalities, health and sustainability', ['the groups most affected by the proposal', 'the effect on the health of residents', "the effect on the council's carbon emissions"]],
];

/** The numbered body of a demo report: paragraphs under the usual headings. */
function reportBody(title: string): string[] {
  const lines: string[] = [];
  let n = 0;
  for (const [heading, points] of reportSections) {
    lines.push('', heading);
    for (const point of points) {
      n += 1;
      lines.push(
        `${n}. This part of the report on ${title.toLowerCase()} considers ${point}. Officers have reviewed the evidence available, spoken to the services concerned and to partners, and set out below what they found and what they advise members to take into account when reaching a decision.`,
      );
    }
  }
  return lines;
}

function outcomeOf(instruction: string): string {
  if (instruction.startsWith('To note')) return 'The report was noted.';
  if (instruction.startsWith('To determine')) return 'Resolved: that permission be granted subject to the conditions set out in the report.';
  if (/^To (receive|hear)/.test(instruction)) return 'Members received the update and asked questions, which were answered.';
  return 'Resolved: that the recommendations in the report be agreed.';
}

function blankItem(title: string, instruction: string | null): PlannedItem {
  return {
    number: '',
    title,
    instruction,
    pageFrom: null,
    pageTo: null,
    isPublic: true,
    exemptParagraph: null,
    publicInterestReason: null,
    isStanding: false,
    outcome: outcomeOf(instruction ?? ''),
    children: [],
    documents: [],
  };
}

/** Appends an exempt item, preceded by the resolution to exclude the public, to a meeting's agenda. */
export function addExemptItem(meeting: PlannedMeeting, choice: number): void {
  const exempt = exemptItems[choice % exemptItems.length]!;
  const urgent = meeting.items.at(-1);
  let position = Number(urgent?.number ?? meeting.items.length);
  const lastPage = Math.max(0, ...meeting.items.flatMap((i) => [i.pageTo ?? 0]));
  meeting.items.push({
    ...blankItem(
      'Exclusion of the press and public',
      `To consider excluding the press and public for the following item, which involves the likely disclosure of exempt information as defined in paragraph ${exempt.paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972`,
    ),
    number: String(++position),
    outcome: `Resolved: that the press and public be excluded for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph ${exempt.paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972.`,
  });
  const number = String(++position);
  const title = `Exempt report: ${exempt.title}`;
  meeting.items.push({
    number,
    title: exempt.title,
    instruction: 'To consider the exempt report',
    pageFrom: lastPage + 1,
    pageTo: lastPage + 8,
    isPublic: false,
    exemptParagraph: exempt.paragraph,
    publicInterestReason: exempt.reason,
    isStanding: false,
    outcome: 'Resolved as set out in the exempt minute.',
    children: [],
    documents: [
      {
        title,
        kind: 'report',
        format: 'pdf',
        fileName: `exempt-${pdfName(exempt.title)}-${meeting.date}.pdf`,
        heading: title,
        lines: [`Not for publication: paragraph ${exempt.paragraph} of Schedule 12A`, `${meeting.org.name}, ${formatLongDate(meeting.date)}`, '', exempt.reason],
        textContent: `${exempt.title}. Exempt report to ${meeting.org.name} on ${formatLongDate(meeting.date)}.`,
        isPublic: false,
        exemptParagraph: exempt.paragraph,
        publishedAt: null,
      },
      {
        title: 'Exempt appendix A: financial details',
        kind: 'appendix',
        format: 'pdf',
        fileName: `exempt-${pdfName(exempt.title)}-appendix-a-${meeting.date}.pdf`,
        heading: 'Exempt appendix A: financial details',
        lines: [`Not for publication: paragraph ${exempt.paragraph} of Schedule 12A`, `Appendix to "${exempt.title}"`],
        textContent: `Financial details for ${exempt.title}, exempt appendix to the report to ${meeting.org.name}.`,
        isPublic: false,
        exemptParagraph: exempt.paragraph,
        publishedAt: null,
      },
    ],
  });
}

function ensureOneExemptItem(meetings: PlannedMeeting[], now: Date): void {
  const eligible = meetings.filter((m) => m.items.length > 0 && m.org.kind !== 'task-and-finish-group');
  let added = 0;
  for (const m of eligible) {
    const rng = rngFor(`exempt:${m.org.slug}:${m.date}`);
    if (rng() < 1 / 10) {
      addExemptItem(m, randomInt(rng, 0, exemptItems.length - 1));
      added++;
    }
  }
  if (added > 0) return;
  const latestCabinet = eligible.filter((m) => m.org.kind === 'cabinet' && m.startAt <= now).at(-1) ?? eligible[0];
  if (latestCabinet) addExemptItem(latestCabinet, 0);
}

function appendixRows(kind: string, rng: Rng): string[] {
  if (kind === 'Strategic risk register') {
    const risks = ['Failure to set a balanced budget', 'Cyber attack disrupts services', 'Insufficient school places', 'Care market failure', 'Flooding of the highway network'];
    return [
      'Reference,Risk,Likelihood,Impact,Score',
      ...risks.map((r, i) => {
        const l = randomInt(rng, 1, 5);
        const im = randomInt(rng, 2, 5);
        return `ORR${String(i + 1).padStart(3, '0')},${r},${l},${im},${l * im}`;
      }),
    ];
  }
  const areas =
    kind === 'Better Care Fund metrics'
      ? ['Avoidable admissions', 'Discharge to usual place of residence', 'Falls admissions', 'Residential admissions']
      : ["Children's Services", 'Adult Social Care', 'Place', 'Public Health', 'Corporate Services'];
  return [
    'Area,Budget (£000),Forecast (£000),Variance (£000)',
    ...areas.map((a) => {
      const budget = randomInt(rng, 8, 240) * 500;
      const forecast = budget + randomInt(rng, -40, 60) * 50;
      return `${a},${budget},${forecast},${forecast - budget}`;
    }),
  ];
}

function agendaDocument(meeting: PlannedMeeting, published: Date | null): PlannedDocument {
  const { org, date } = meeting;
  const venue = venues[org.venue];
  const lines = [
    `${formatDayDate(date)} at ${formatClock(org.time)}`,
    `${venue.room ?? ''}, ${venue.streetAddress}, ${venue.postcode}`,
    '',
    ...meeting.items.flatMap((i) => [
      i.isPublic
        ? `${i.number}. ${i.title}${i.pageFrom ? ` (Pages ${i.pageFrom} - ${i.pageTo})` : ''}`
        : `${i.number}. Exempt item: not for publication (paragraph ${i.exemptParagraph} of Schedule 12A)`,
      ...i.children.map((c) => `   ${c.number} ${c.title}`),
    ]),
    '',
    `Issued by ${issuedBy} on ${formatLongDate(meeting.issuedOn ?? date)}`,
  ];
  return {
    title: `Agenda: ${meeting.title}, ${formatLongDate(date)}`,
    kind: 'agenda',
    format: 'pdf',
    fileName: `agenda-${org.slug}-${date}.pdf`,
    heading: `${meeting.title}: Agenda`,
    lines,
    textContent: `Agenda for the meeting of ${org.name} on ${formatLongDate(date)}. Items: ${meeting.items
      .filter((i) => i.isPublic)
      .map((i) => i.title)
      .join('; ')}.`,
    isPublic: true,
    exemptParagraph: null,
    publishedAt: published,
  };
}

function minutesDocument(meeting: PlannedMeeting, now: Date): PlannedDocument {
  const { org, date } = meeting;
  const draft = meeting.status === 'minutes-draft';
  const published = londonToUtc(addDays(date, 10), '09:00');
  const title = `${draft ? 'Draft minutes' : 'Minutes'}: ${meeting.title}, ${formatLongDate(date)}`;
  return {
    title,
    kind: 'minutes',
    format: 'html',
    fileName: `minutes-${org.slug}-${date}.html`,
    heading: title,
    lines: [
      `Minutes of the meeting of ${org.name} held on ${formatDayDate(date)} at ${formatClock(org.time)}.`,
      ...meeting.items.filter((i) => i.isPublic).map((i) => `${i.number}. ${i.title}. ${i.outcome}`),
      `The meeting ended at ${formatClock(londonTime(meeting.endAt ?? meeting.startAt))}.`,
    ],
    textContent: `${title}. The committee considered ${meeting.items.filter((i) => i.isPublic).length} items.`,
    isPublic: true,
    exemptParagraph: null,
    publishedAt: published <= now ? published : now,
  };
}
