// Invented wording for the demo council's records: Cabinet portfolios, key decisions, minute
// narratives, interests and the action plan. Everything here is fictional.

/** A Cabinet portfolio: who holds it, who leads and writes its reports, and who scrutinises it. */
export type Portfolio = {
  member: string;
  post: string;
  officer: string;
  author: string;
  authorTitle: string;
  scrutiny: string;
  opposition: string;
  priority: string;
};

/** The Cabinet portfolios by key. */
export const portfolios = {
  leader: {
    member: 'geoffrey-tarrant',
    post: 'Leader of the Council',
    officer: 'catherine-ashdown',
    author: 'Paul Denning',
    authorTitle: 'Head of Policy and Performance',
    scrutiny: 'place-and-resources-scrutiny-committee',
    opposition: 'oliver-brennan',
    priority: 'Wessex Plan priority 4: a council that works well for residents',
  },
  finance: {
    member: 'susan-avery',
    post: 'Deputy Leader and Cabinet Member for Finance and Resources',
    officer: 'gareth-pryce',
    author: 'Alan Prescott',
    authorTitle: 'Head of Strategic Finance',
    scrutiny: 'place-and-resources-scrutiny-committee',
    opposition: 'tessa-rowe',
    priority: 'Wessex Plan priority 4: a council that works well for residents',
  },
  children: {
    member: 'ruth-penhallow',
    post: 'Cabinet Member for Children and Families',
    officer: 'daniel-penhallow',
    author: 'Megan Tully',
    authorTitle: 'Head of Children in Care',
    scrutiny: 'children-and-families-scrutiny-committee',
    opposition: 'amira-hollis',
    priority: 'Wessex Plan priority 1: the best start in life',
  },
  adults: {
    member: 'michael-okonjo',
    post: 'Cabinet Member for Adult Social Care and Health',
    officer: 'fiona-calloway',
    author: 'Rhys Owen',
    authorTitle: 'Head of Commissioning',
    scrutiny: 'adults-and-health-scrutiny-committee',
    opposition: 'jasmine-kaur',
    priority: 'Wessex Plan priority 2: living well and independently',
  },
  highways: {
    member: 'peter-lisle',
    post: 'Cabinet Member for Highways and Transport',
    officer: 'richard-thorne',
    author: 'Alice Dunmore',
    authorTitle: 'Head of Highways and Transport',
    scrutiny: 'place-and-resources-scrutiny-committee',
    opposition: 'oliver-brennan',
    priority: 'Wessex Plan priority 3: a connected and sustainable county',
  },
  environment: {
    member: 'harriet-quayle',
    post: 'Cabinet Member for Environment and Climate',
    officer: 'richard-thorne',
    author: 'Tom Aldridge',
    authorTitle: 'Climate Programme Manager',
    scrutiny: 'place-and-resources-scrutiny-committee',
    opposition: 'oliver-brennan',
    priority: 'Wessex Plan priority 3: a connected and sustainable county',
  },
  communities: {
    member: 'imran-siddiqui',
    post: 'Cabinet Member for Communities and Public Safety',
    officer: 'richard-thorne',
    author: 'Sara Lindley',
    authorTitle: 'Head of Libraries and Culture',
    scrutiny: 'place-and-resources-scrutiny-committee',
    opposition: 'oliver-brennan',
    priority: 'Wessex Plan priority 2: living well and independently',
  },
} as const satisfies Record<string, Portfolio>;

/** A portfolio key. */
export type PortfolioKey = keyof typeof portfolios;

const portfolioByTitle: ReadonlyArray<[RegExp, PortfolioKey]> = [
  [/budget|financial|treasury|performance report/i, 'finance'],
  [/school|children/i, 'children'],
  [/adult social care/i, 'adults'],
  [/highways|transport plan/i, 'highways'],
  [/waste|recycling|climate/i, 'environment'],
  [/library/i, 'communities'],
];

/** The portfolio an agenda item belongs to, by its title; the Leader's when nothing matches. */
export function portfolioOf(title: string): PortfolioKey {
  return portfolioByTitle.find(([re]) => re.test(title))?.[1] ?? 'leader';
}

/** A Cabinet item that is a key decision, with its Forward Plan wording and resolution. */
export type KeyDecision = { match: RegExp; issue: string; decision: string; resolution: string };

/** Cabinet business that is always a key decision. */
export const keyDecisions: KeyDecision[] = [
  {
    match: /^Home to school transport policy/,
    issue: 'The council publishes its home to school transport policy each year. Changes are proposed to post-16 travel charges and to how shared routes are planned.',
    decision: 'To approve the home to school transport policy for the coming school year.',
    resolution: 'That the home to school transport policy for the coming school year, as set out in the report, be approved.',
  },
  {
    match: /^Highways maintenance capital programme/,
    issue: 'The programme allocates the capital budget for resurfacing, drainage and bridge works in every division.',
    decision: 'To approve the highways maintenance capital programme and its list of schemes.',
    resolution: 'That the highways maintenance capital programme and the schemes listed by division be approved.',
  },
  {
    match: /^Adult social care charging policy review/,
    issue: 'After public consultation, changes are proposed to the charging policy for care provided in people’s own homes.',
    decision: 'To approve the revised charging policy for non-residential adult social care.',
    resolution: 'That the revised charging policy for non-residential adult social care be approved, to take effect from 1 April.',
  },
  {
    match: /^Award of contract for household waste recycling centres/,
    issue: 'The contract to run the county’s nine household waste recycling centres ends next year and has been re-tendered.',
    decision: 'To award the contract to operate the household waste recycling centres.',
    resolution: 'That the contract to operate the household waste recycling centres be awarded to the highest-scoring bidder named in the report.',
  },
  {
    match: /^Local Transport Plan/,
    issue: 'A draft of the new Local Transport Plan, covering buses, walking, cycling and freight, is ready for public consultation.',
    decision: 'To approve the draft Local Transport Plan for public consultation.',
    resolution: 'That the draft Local Transport Plan be approved for a twelve-week public consultation.',
  },
  {
    match: /^Children's residential care sufficiency strategy/,
    issue: 'Too many children in care live outside the county because there are not enough homes for them locally.',
    decision: 'To approve the sufficiency strategy and capital investment in two new children’s homes.',
    resolution: 'That the sufficiency strategy be approved and £2.4 million be added to the capital programme for two new children’s homes.',
  },
  {
    match: /^Medium term financial plan/,
    issue: 'The plan sets out the forecast budget gap over the next four years and the savings proposed to close it.',
    decision: 'To approve the medium term financial plan and recommend the budget to Full Council.',
    resolution: 'That the medium term financial plan be approved and the revenue budget be recommended to Full Council.',
  },
  {
    match: /^Library service modernisation/,
    issue: 'Proposals to modernise the library service, with longer self-service opening hours and a new mobile library route.',
    decision: 'To approve the library service modernisation programme.',
    resolution: 'That the library service modernisation programme be approved, with self-service opening introduced in phases.',
  },
];

/** A future key decision on the Forward Plan; `cabinet` entries fall on a scheduled Cabinet date. */
export type FutureDecision = {
  title: string;
  makers: string[];
  portfolio: PortfolioKey;
  when: { cabinet: number } | { notBeforeDays: number } | { beforeMonths: number };
  issue: string;
  decision: string;
  exemptParagraph?: number;
};

/** Key decisions still to be taken. */
export const futureDecisions: FutureDecision[] = [
  {
    title: 'Special educational needs transport: new route contracts',
    makers: ['Cabinet'],
    portfolio: 'children',
    when: { cabinet: 0 },
    issue: 'Contracts for about 400 routes carrying children with special educational needs end in the summer.',
    decision: 'To award new contracts for special educational needs transport routes.',
    exemptParagraph: 3,
  },
  {
    title: 'Castlebury western relief road: full business case',
    makers: ['Cabinet'],
    portfolio: 'highways',
    when: { cabinet: 1 },
    issue: 'Approval is needed to submit the full business case for the western relief road to the Department for Transport.',
    decision: 'To approve submission of the full business case and the local funding contribution.',
  },
  {
    title: 'Adult day services: outcome of consultation',
    makers: ['Cabinet'],
    portfolio: 'adults',
    when: { cabinet: 2 },
    issue: 'The council consulted on changes to its day services for adults with learning disabilities.',
    decision: 'To decide the future model of adult day services in the light of the consultation.',
  },
  {
    title: 'Extra care housing at Hazelwick: development partner',
    makers: ['Cabinet'],
    portfolio: 'adults',
    when: { cabinet: 3 },
    issue: 'A development partner is sought to build 60 extra care flats on council land at Hazelwick.',
    decision: 'To appoint a development partner and agree the heads of terms for the land.',
    exemptParagraph: 3,
  },
  {
    title: 'Disposal of the former Millbrook depot',
    makers: ['Cabinet Member for Finance and Resources'],
    portfolio: 'finance',
    when: { notBeforeDays: 45 },
    issue: 'The former highways depot at Millbrook is surplus to requirements and has been marketed for sale.',
    decision: 'To agree the sale of the former Millbrook depot to the preferred bidder.',
    exemptParagraph: 3,
  },
  {
    title: '20mph limits in Castlebury town centre: traffic regulation order',
    makers: ['Cabinet Member for Highways and Transport'],
    portfolio: 'highways',
    when: { notBeforeDays: 60 },
    issue: 'Objections were received to the proposed 20mph limits on twelve streets in Castlebury town centre.',
    decision: 'To decide whether to make the traffic regulation order, having considered the objections.',
  },
  {
    title: 'Winter gritting services contract',
    makers: ['Director of Place'],
    portfolio: 'highways',
    when: { beforeMonths: 4 },
    issue: 'The current winter service contract expires at the end of the next gritting season.',
    decision: 'To award a five-year contract for winter gritting services.',
  },
  {
    title: 'Energy efficiency retrofit of council buildings: phase two',
    makers: ['Cabinet Member for Environment and Climate'],
    portfolio: 'environment',
    when: { beforeMonths: 6 },
    issue: 'Phase two covers heat pumps and solar panels at fourteen libraries and day centres.',
    decision: 'To approve phase two of the retrofit programme and the grant funding bid.',
  },
];

/** Sentences for the discussion part of a minute. */
export const discussion = [
  'Members asked about the timetable and were told that the first phase would begin in the spring.',
  'In answer to a question, officers confirmed that local members would be consulted before work began in their divisions.',
  'Members welcomed the improvement in performance but noted that two measures remained below target.',
  'A member asked how the proposals would affect rural areas; officers undertook to circulate a written answer.',
  'Members discussed the risks set out in the report and the mitigations in place.',
  'A member asked about the cost of the proposals to residents and was told that there would be no change to charges this year.',
  'Members asked for the next report to include comparisons with similar councils.',
  'Officers explained how the views of young people and families had been gathered and used.',
];

/** Reasons given for Cabinet decisions. */
export const decisionReasons = [
  'The proposals offer the best balance of cost, deliverability and benefit to residents, as set out in the report.',
  'The decision allows the council to meet its statutory duties within the approved budget.',
  'Consultation showed broad support for the approach, and the concerns raised have been addressed in the final proposals.',
  'Acting now avoids higher costs later and reduces the risks identified in the risk register.',
];

/** Alternatives the Cabinet considered and rejected. */
export const rejectedAlternatives = [
  'To make no change: rejected because the current arrangements do not meet demand and cost more each year.',
  'To delay the decision for a year: rejected because the existing contract cannot be extended further.',
  'To deliver the service entirely in-house: rejected as higher cost and greater risk to delivery.',
  'A smaller scheme: rejected because it would not achieve the outcomes the council has set.',
];

/** Interests members declare, with what they did about them. */
export const interests: ReadonlyArray<{ kind: 'disclosable-pecuniary' | 'other-registrable' | 'non-registrable'; interest: string; action: string | null }> = [
  { kind: 'other-registrable', interest: 'as a governor of a primary school in their division', action: null },
  { kind: 'other-registrable', interest: 'as a member of Castlebury Town Council', action: null },
  { kind: 'non-registrable', interest: 'as a close family member works for the service concerned', action: 'Remained in the meeting but did not vote.' },
  {
    kind: 'disclosable-pecuniary',
    interest: 'as the owner of land next to a site named in the report',
    action: 'Left the room for the item and took no part in the discussion or vote.',
  },
  { kind: 'other-registrable', interest: 'as a trustee of a local carers’ charity', action: null },
];

/** The demo action plan: numbered actions, sub-actions under 3 and 7, due dates in months from today. */
export const actionPlan = {
  title: 'Wessex Care Leavers Action Plan',
  slug: 'wessex-care-leavers-action-plan',
  actions: [
    {
      number: '1',
      action: 'Publish a refreshed local offer for care leavers, written with young people',
      success: 'Every care leaver receives the offer and says it is clear',
      owners: ['Head of Children in Care'],
      rag: 'Blue',
      due: -5,
      dueKind: 'month',
    },
    {
      number: '2',
      action: 'Give every care leaver a named personal adviser within 5 working days of turning 18',
      success: '100% allocated on time',
      owners: ['Leaving Care Team Manager'],
      rag: 'Green',
      due: 2,
      dueKind: 'date',
    },
    {
      number: '3',
      action: 'Increase the supply of suitable accommodation for care leavers',
      success: 'No care leaver placed in bed and breakfast',
      owners: ['Head of Housing Partnerships', 'Head of Children in Care'],
      rag: 'Amber',
      due: 9,
      dueKind: 'month',
    },
    {
      number: '3.1',
      action: 'Agree a protocol with the district councils on priority for social housing',
      success: 'Protocol signed by all districts',
      owners: ['Head of Housing Partnerships'],
      rag: 'Red',
      due: -2,
      dueKind: 'date',
    },
    {
      number: '3.2',
      action: 'Commission ten supported lodgings placements',
      success: 'Ten placements in use',
      owners: ['Commissioning Manager'],
      rag: 'Amber',
      due: 4,
      dueKind: 'month',
    },
    {
      number: '4',
      action: 'Exempt care leavers from council tax up to the age of 25',
      success: 'Exemption applied automatically by every district',
      owners: ['Director of Finance and Section 151 Officer'],
      rag: 'Blue',
      due: -8,
      dueKind: 'date',
    },
    {
      number: '5',
      action: 'Create twenty apprenticeships and work placements for care leavers within the council',
      success: 'Twenty places filled each year',
      owners: ['Head of HR'],
      rag: 'Amber',
      due: 1,
      dueKind: 'month',
    },
    {
      number: '6',
      action: 'Offer every care leaver a health passport and a review with a nurse',
      success: '90% of care leavers have a health passport',
      owners: ['Designated Nurse for Children in Care'],
      rag: 'Green',
      due: null,
      dueKind: 'ongoing',
    },
    {
      number: '7',
      action: 'Improve support for care leavers’ mental health',
      success: 'Waiting time for a first appointment under 6 weeks',
      owners: ['To identify lead'],
      rag: 'Red',
      due: -1,
      dueKind: 'month',
    },
    {
      number: '7.1',
      action: 'Set up a drop-in session with the young people’s mental health service',
      success: 'Fortnightly sessions running in three towns',
      owners: ['Leaving Care Team Manager'],
      rag: 'Amber',
      due: -3,
      dueKind: 'date',
    },
    {
      number: '7.2',
      action: 'Train personal advisers in trauma-informed practice',
      success: 'All advisers trained',
      owners: ['Principal Social Worker'],
      rag: 'Green',
      due: 3,
      dueKind: 'date',
    },
    {
      number: '8',
      action: 'Hold an annual celebration event for care leavers’ achievements',
      success: 'Event held with young people leading the planning',
      owners: ['Participation Officer'],
      rag: 'Blue',
      due: -4,
      dueKind: 'date',
    },
    {
      number: '9',
      action: 'Extend the staying close scheme to young people leaving residential care',
      success: 'Scheme available in every area of the county',
      owners: ['Head of Children in Care'],
      rag: 'Amber',
      due: 6,
      dueKind: 'month',
    },
    {
      number: '10',
      action: 'Survey care leavers each year and publish what changed as a result',
      success: 'Survey response rate above 40%',
      owners: ['Participation Officer'],
      rag: 'Green',
      due: null,
      dueKind: 'ongoing',
    },
    {
      number: '11',
      action: 'Report progress on this plan to the Corporate Parenting Panel every quarter',
      success: 'Quarterly reports received',
      owners: ["Director of Children's Services"],
      rag: 'Green',
      due: null,
      dueKind: 'ongoing',
    },
  ],
} as const;
