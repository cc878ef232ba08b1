// The fictional demo council as plain data: names, places, organisations and agenda material.
// Everything here is invented; any likeness to a real council, person or place is accidental.

/** The demo council. */
export const demoCouncil = {
  name: 'Wessex County Council',
  shortName: 'Wessex CC',
  slug: 'wessex',
  nation: 'england-and-wales',
  website: 'https://www.wessex-county.example',
  email: 'democratic.services@wessex-county.example',
  keyDecisionThreshold: 500_000,
  rules: {
    agendaClearDays: 5,
    callInWorkingDays: 5,
    publicQuestionTimeMinutes: 30,
    publicSpeakerMinutes: 2,
    summonsIssuedBy: 'Head of Democratic Services',
    contact: { phone: '01632 960 140', address: 'Democratic Services, County Hall, Wyvern Road, Castlebury, WX1 4CH' },
  },
} as const;

/** A party group on the council. */
export type Party = 'Conservative' | 'Liberal Democrat' | 'Labour' | 'Green' | 'Independent';

/** A councillor as the seed needs them; the slug is derived from the name. */
export type DemoCouncillor = { given: string; family: string; party: Party; division: string };

/** The 48 electoral divisions, one councillor each. */
export const divisions = [
  'Abbotsmead',
  'Ashcombe and Tidwell',
  'Barrowfield North',
  'Barrowfield South',
  'Bramley Vale',
  'Brockhurst',
  'Castlebury Central',
  'Castlebury East',
  'Castlebury West',
  'Chalkdown',
  'Coldharbour and Fenn',
  'Crossways',
  'Daneholt',
  'Eastmere',
  'Elmstead Rural',
  'Fairholme',
  'Foxley Downs',
  'Greywell',
  'Harbourside',
  'Hartsmoor',
  'Hazelwick',
  'Highcombe',
  'Hollowbrook',
  'Kingsmead',
  'Larkspur',
  'Longridge',
  'Merrow Down',
  'Millbrook',
  'Netherby',
  'Oakridge Vale',
  'Orchard Heath',
  'Pennington Marsh',
  'Portmere North',
  'Portmere South',
  'Quarry Hill',
  'Redlands',
  'Rowan Cross',
  'Saltings',
  'Sedgecombe',
  'Silverbrook',
  'Stonebridge',
  'Summerleaze',
  'Thornleigh',
  'Upper Wyvern Valley',
  'Warrenhill',
  'Whitecross',
  'Willowmead',
  'Wyvern Valley South',
] as const;

const councillorNames: ReadonlyArray<readonly [string, string, Party]> = [
  // The ruling group; the first eight form the Cabinet.
  ['Geoffrey', 'Tarrant', 'Conservative'],
  ['Susan', 'Avery', 'Conservative'],
  ['Ruth', 'Penhallow', 'Conservative'],
  ['Michael', 'Okonjo', 'Conservative'],
  ['Peter', 'Lisle', 'Conservative'],
  ['Harriet', 'Quayle', 'Conservative'],
  ['Imran', 'Siddiqui', 'Conservative'],
  ['Deborah', 'Fairweather', 'Conservative'],
  ['Malcolm', 'Drewe', 'Conservative'],
  ['Janet', 'Kellow', 'Conservative'],
  ['Andrew', 'Pettifer', 'Conservative'],
  ['Caroline', 'Ashby', 'Conservative'],
  ['Nigel', 'Fothergill', 'Conservative'],
  ['Victoria', 'Lamb', 'Conservative'],
  ['Edward', 'Hume', 'Conservative'],
  ['Margaret', 'Solloway', 'Conservative'],
  ['Simon', 'Verity', 'Conservative'],
  ['Patricia', 'Dunstan', 'Conservative'],
  ['Graham', 'Yeo', 'Conservative'],
  ['Lucy', 'Hammond', 'Conservative'],
  ['Charles', 'Whitfield', 'Conservative'],
  ['Sandra', 'Pike', 'Conservative'],
  ['Jonathan', 'Rees', 'Conservative'],
  ['Rachel', 'Morley', 'Conservative'],
  ['Alan', 'Chubb', 'Conservative'],
  ['Oliver', 'Brennan', 'Liberal Democrat'],
  ['Amira', 'Hollis', 'Liberal Democrat'],
  ['Tessa', 'Rowe', 'Liberal Democrat'],
  ['Jasmine', 'Kaur', 'Liberal Democrat'],
  ['Felix', 'Abernethy', 'Liberal Democrat'],
  ['Hannah', 'Pruett', 'Liberal Democrat'],
  ['Gwen', 'Tregarthen', 'Liberal Democrat'],
  ['David', 'Osei', 'Liberal Democrat'],
  ['Marcus', 'Lindqvist', 'Liberal Democrat'],
  ['Clare', 'Bishop', 'Liberal Democrat'],
  ['Stephen', 'Mayhew', 'Liberal Democrat'],
  ['Laura', 'Ingram', 'Liberal Democrat'],
  ['Yusuf', 'Rahman', 'Liberal Democrat'],
  ['Kevin', 'Doyle', 'Labour'],
  ['Shazia', 'Begum', 'Labour'],
  ['Tom', 'Ridley', 'Labour'],
  ['Bernadette', 'Flynn', 'Labour'],
  ['Marek', 'Nowak', 'Labour'],
  ['Isla', 'Fenwick', 'Green'],
  ['Joe', 'Carver', 'Green'],
  ['Nia', 'Pritchard', 'Green'],
  ['Roger', 'Halse', 'Independent'],
  ['Wendy', 'Trebilcock', 'Independent'],
];

// A fixed shuffle so that divisions do not follow party lines alphabetically.
const divisionOrder = [
  7, 22, 3, 40, 15, 31, 0, 44, 19, 11, 36, 27, 5, 47, 24, 13, 33, 2, 41, 9, 29, 17, 45, 38, 20, 8, 34, 26, 14, 43, 1, 30, 12, 39, 6, 25, 46, 18, 32, 10, 37, 4, 28, 21, 42, 16, 35,
  23,
];

/** The councillors, each with their division. */
export const councillors: DemoCouncillor[] = councillorNames.map(([given, family, party], i) => ({
  given,
  family,
  party,
  division: divisions[divisionOrder[i]!]!,
}));

/** A person who is not a councillor: an officer, co-opted member or partner member. */
export type DemoPerson = {
  kind: 'officer' | 'co-opted' | 'partner';
  honorific?: string;
  given: string;
  family: string;
  jobTitle: string;
  onBehalfOf?: string;
};

/** Officers of the council. Daniel Penhallow shares a family name with Cllr Ruth Penhallow. */
export const officers: DemoPerson[] = [
  { kind: 'officer', given: 'Catherine', family: 'Ashdown', jobTitle: 'Chief Executive' },
  { kind: 'officer', given: 'Gareth', family: 'Pryce', jobTitle: 'Director of Finance and Section 151 Officer' },
  { kind: 'officer', given: 'Nadia', family: 'Okafor', jobTitle: 'Director of Law and Governance and Monitoring Officer' },
  { kind: 'officer', given: 'Daniel', family: 'Penhallow', jobTitle: "Director of Children's Services" },
  { kind: 'officer', given: 'Fiona', family: 'Calloway', jobTitle: 'Director of Adult Social Services' },
  { kind: 'officer', honorific: 'Dr', given: 'Samuel', family: 'Adeyemi', jobTitle: 'Director of Public Health' },
  { kind: 'officer', given: 'Richard', family: 'Thorne', jobTitle: 'Director of Place' },
  { kind: 'officer', given: 'Simon', family: 'Hartley', jobTitle: 'County Solicitor' },
  { kind: 'officer', given: 'Joanna', family: 'Fielding', jobTitle: 'Head of Democratic Services' },
  { kind: 'officer', given: 'Liam', family: 'Bancroft', jobTitle: 'Democratic Services Officer' },
  { kind: 'officer', given: 'Priya', family: 'Chandran', jobTitle: 'Democratic Services Officer' },
  { kind: 'officer', given: 'Grace', family: 'Nwosu', jobTitle: 'Scrutiny Manager' },
  { kind: 'officer', given: 'Martin', family: 'Greaves', jobTitle: 'Head of Corporate Property' },
  { kind: 'officer', given: 'Helen', family: 'Whitlock', jobTitle: 'Chief Internal Auditor' },
  { kind: 'officer', given: 'Owen', family: 'Carrick', jobTitle: 'Head of Planning and Development Management' },
  { kind: 'officer', given: 'Alice', family: 'Dunmore', jobTitle: 'Head of Highways and Transport' },
];

/** Co-opted and partner members who sit on committees and boards. */
export const coOptees: DemoPerson[] = [
  { kind: 'co-opted', given: 'Eleanor', family: 'Voss', jobTitle: 'Parent Governor Representative', onBehalfOf: 'Parent governors of maintained schools' },
  { kind: 'co-opted', honorific: 'Revd', given: 'Thomas', family: 'Ashworth', jobTitle: 'Diocesan Representative', onBehalfOf: 'Diocese of Castlebury Board of Education' },
  { kind: 'co-opted', given: 'Anthony', family: 'Rudd', jobTitle: 'Independent Member' },
  { kind: 'partner', honorific: 'Dr', given: 'Kavita', family: 'Rao', jobTitle: 'Place Director', onBehalfOf: 'NHS Wessex Integrated Care Board' },
  { kind: 'partner', given: 'Peter', family: 'Mallory', jobTitle: 'Chair, Healthwatch Wessex', onBehalfOf: 'Healthwatch Wessex' },
  { kind: 'partner', honorific: 'Ch Supt', given: 'Lorna', family: 'Hale', jobTitle: 'Area Commander', onBehalfOf: 'Wessex Constabulary' },
  { kind: 'partner', given: 'Sarah', family: 'Quinton', jobTitle: 'Group Manager, Prevention', onBehalfOf: 'Wessex Fire and Rescue Service' },
];

/** A person's name as printed in papers: 'Cllr Amira Hollis', 'Dr Samuel Adeyemi'. */
export function printedName(p: { given: string; family: string; honorific?: string }, isCouncillor: boolean): string {
  const honorific = isCouncillor ? 'Cllr' : p.honorific;
  return `${honorific ? `${honorific} ` : ''}${p.given} ${p.family}`;
}

/** Every demo person's printed name by slug. */
export function printedNamesBySlug(): Map<string, string> {
  return new Map([
    ...councillors.map((c) => [personSlug(c.given, c.family), printedName(c, true)] as const),
    ...[...officers, ...coOptees].map((p) => [personSlug(p.given, p.family), printedName(p, false)] as const),
  ]);
}

/** A URL slug from a person's names. */
export function personSlug(given: string, family: string): string {
  return slugify(`${given} ${family}`);
}

/** Lower-case, hyphen-separated ASCII slug. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A venue key. */
export type VenueKey = 'chamber' | 'room-1' | 'alfred-room' | 'exchange';

/** Where meetings are held. */
export const venues: Record<VenueKey, { description: string; room: string | null; streetAddress: string; postcode: string }> = {
  chamber: { description: 'County Hall', room: 'Council Chamber', streetAddress: 'Wyvern Road, Castlebury', postcode: 'WX1 4CH' },
  'room-1': { description: 'County Hall', room: 'Committee Room 1', streetAddress: 'Wyvern Road, Castlebury', postcode: 'WX1 4CH' },
  'alfred-room': { description: 'County Hall', room: 'The Alfred Room', streetAddress: 'Wyvern Road, Castlebury', postcode: 'WX1 4CH' },
  exchange: { description: 'The Exchange', room: 'Harbour Suite', streetAddress: '14 Harbour Street, Portmere', postcode: 'WX7 2LB' },
};

/** How often an organisation meets. */
export type Cadence =
  { kind: 'monthly'; week: 1 | 2 | 3 | 4; skipMonths?: number[] } | { kind: 'months'; months: number[]; week: 1 | 2 | 3 | 4 } | { kind: 'weeks'; every: number; anchor: string };

/** An agenda entry an organisation may consider; `{q}` and `{fy}` are filled from the meeting date. */
export type ItemTemplate = {
  title: string;
  instruction: string;
  /** Whether a report is attached; items without one are oral or for noting. */
  report?: boolean;
  /** Sub-items printed as 6.1, 6.2 … under this item. */
  children?: string[];
  /** An appendix to the report. */
  appendix?: string;
};

/** An organisation of the demo council with its meeting pattern and business. */
export type DemoOrganisation = {
  slug: string;
  name: string;
  kind: 'full-council' | 'cabinet' | 'scrutiny-committee' | 'board' | 'partnership' | 'committee' | 'task-and-finish-group';
  parent?: string;
  purpose: string;
  publicQuestions?: string;
  weekday: 2 | 3 | 4;
  time: string;
  venue: VenueKey;
  cadence: Cadence;
  /** Months (relative to today) the organisation exists for; absent means throughout. */
  activeMonths?: { from: number; to: number };
  contact: 'liam-bancroft' | 'priya-chandran';
  items: ItemTemplate[];
};

const consider = 'To consider the report';
const note = 'To note the report';

/** The organisations, Full Council first. */
export const organisationsData: DemoOrganisation[] = [
  {
    slug: 'full-council',
    name: 'Full Council',
    kind: 'full-council',
    purpose:
      'The meeting of all 48 county councillors. It sets the budget and council tax, agrees the policy framework and the constitution, and appoints the Leader and the committees. Members of the public may ask questions of the Leader and Cabinet members.',
    publicQuestions: '5.00pm 5 clear working days before the meeting',
    weekday: 2,
    time: '10:30',
    venue: 'chamber',
    cadence: { kind: 'months', months: [2, 5, 7, 10, 12], week: 2 },
    contact: 'liam-bancroft',
    items: [
      { title: "Chairman's announcements", instruction: 'To receive any announcements from the Chairman' },
      { title: 'Report of the Leader and Cabinet', instruction: consider, report: true },
      { title: 'Questions from members', instruction: 'To receive questions from members under the procedure rules' },
      {
        title: 'Notices of motion',
        instruction: 'To consider the following motions',
        children: ['Motion: Safer speed limits outside schools', 'Motion: Rural bus services', 'Motion: Plastic-free council buildings'],
      },
      { title: 'Annual report of the scrutiny committees', instruction: note, report: true },
      { title: 'Pay policy statement {fy}', instruction: 'To approve the pay policy statement', report: true },
      { title: 'Review of the constitution', instruction: consider, report: true, appendix: 'Proposed changes to the procedure rules' },
      { title: 'Treasury management strategy {fy}', instruction: 'To approve the strategy', report: true },
    ],
  },
  {
    slug: 'cabinet',
    name: 'Cabinet',
    kind: 'cabinet',
    purpose:
      'The Leader and seven Cabinet members who take the executive decisions of the council. Key decisions appear on the Forward Plan at least 28 clear days before they are taken. Decisions may be called in by scrutiny within five working days.',
    publicQuestions: '5.00pm 3 clear working days before the meeting',
    weekday: 3,
    time: '10:00',
    venue: 'chamber',
    cadence: { kind: 'monthly', week: 2, skipMonths: [8] },
    contact: 'liam-bancroft',
    items: [
      { title: 'Revenue and capital budget monitoring: {q}', instruction: consider, report: true, appendix: 'Budget monitoring by directorate' },
      { title: 'Forward Plan of key decisions', instruction: 'To note the Forward Plan' },
      { title: 'Home to school transport policy {fy}', instruction: consider, report: true, appendix: 'Consultation responses' },
      { title: 'Highways maintenance capital programme {fy}', instruction: consider, report: true, appendix: 'Schemes by division' },
      { title: 'Adult social care charging policy review', instruction: consider, report: true, appendix: 'Equality impact assessment' },
      { title: 'Award of contract for household waste recycling centres', instruction: consider, report: true },
      { title: 'Local Transport Plan: consultation draft', instruction: consider, report: true },
      { title: "Children's residential care sufficiency strategy", instruction: consider, report: true },
      { title: 'Climate emergency action plan: annual progress report', instruction: note, report: true },
      { title: 'Medium term financial plan {fy}', instruction: consider, report: true },
      { title: 'Library service modernisation', instruction: consider, report: true, appendix: 'Equality impact assessment' },
      { title: 'Corporate performance report: {q}', instruction: note, report: true },
      {
        title: 'Recommendations from scrutiny',
        instruction: 'To consider the recommendations and agree responses',
        children: ['Recommendations of the Place and Resources Scrutiny Committee', 'Recommendations of the Children and Families Scrutiny Committee'],
      },
    ],
  },
  {
    slug: 'children-and-families-scrutiny-committee',
    name: 'Children and Families Scrutiny Committee',
    kind: 'scrutiny-committee',
    purpose:
      "Scrutinises education, children's social care and early help, and holds the Cabinet Member for Children and Families to account. Its co-opted members vote on education matters only.",
    publicQuestions: '12 noon the working day before the meeting',
    weekday: 4,
    time: '10:00',
    venue: 'room-1',
    cadence: { kind: 'weeks', every: 7, anchor: '2024-01-11' },
    contact: 'priya-chandran',
    items: [
      { title: 'Ofsted focused visit: findings and improvement plan', instruction: consider, report: true, appendix: 'Improvement plan' },
      { title: 'Elective home education annual report', instruction: note, report: true },
      { title: 'Children in care and care leavers: sufficiency update', instruction: consider, report: true },
      { title: 'School place planning {fy}', instruction: consider, report: true },
      { title: 'Young carers: progress against the action plan', instruction: consider, report: true, appendix: 'Action plan with RAG status' },
      { title: 'Education, health and care plans: timeliness', instruction: consider, report: true },
      { title: "Children's services performance: {q}", instruction: note, report: true },
      { title: 'Safeguarding children partnership annual report', instruction: note, report: true },
    ],
  },
  {
    slug: 'adults-and-health-scrutiny-committee',
    name: 'Adults and Health Scrutiny Committee',
    kind: 'scrutiny-committee',
    purpose:
      'Scrutinises adult social care, public health and the local NHS, including proposals for substantial changes to health services. It may refer such proposals to the Secretary of State.',
    publicQuestions: '12 noon 2 working days before the meeting',
    weekday: 2,
    time: '14:00',
    venue: 'room-1',
    cadence: { kind: 'weeks', every: 8, anchor: '2024-01-16' },
    contact: 'priya-chandran',
    items: [
      { title: 'Adult social care workforce strategy', instruction: consider, report: true },
      { title: 'Hospital discharge and intermediate care', instruction: consider, report: true },
      { title: 'Care market sustainability', instruction: consider, report: true, appendix: 'Market position statement' },
      { title: 'Director of Public Health annual report', instruction: note, report: true },
      { title: 'Dementia strategy refresh', instruction: consider, report: true },
      { title: 'Access to NHS dentistry', instruction: 'To receive a presentation from the Integrated Care Board' },
      { title: 'Adult social care performance: {q}', instruction: note, report: true },
    ],
  },
  {
    slug: 'place-and-resources-scrutiny-committee',
    name: 'Place and Resources Scrutiny Committee',
    kind: 'scrutiny-committee',
    purpose:
      "Scrutinises highways, transport, waste, the environment, property, finance and the council's corporate services. It reviews the budget proposals each winter before Cabinet recommends them to Full Council.",
    publicQuestions: '12 noon the working day before the meeting',
    weekday: 2,
    time: '10:00',
    venue: 'alfred-room',
    cadence: { kind: 'weeks', every: 6, anchor: '2024-01-09' },
    contact: 'priya-chandran',
    items: [
      { title: 'Pothole repairs: performance and backlog', instruction: consider, report: true },
      { title: 'Bus service improvement plan', instruction: consider, report: true },
      { title: 'Flood risk management annual report', instruction: note, report: true },
      { title: 'Waste and recycling strategy', instruction: consider, report: true, appendix: 'Recycling rates by district' },
      { title: 'Property asset review', instruction: consider, report: true },
      { title: 'Rural broadband programme', instruction: note, report: true },
      { title: 'Budget proposals {fy}', instruction: consider, report: true },
      { title: 'Customer contact performance: {q}', instruction: note, report: true },
    ],
  },
  {
    slug: 'health-and-wellbeing-board',
    name: 'Health and Wellbeing Board',
    kind: 'board',
    purpose:
      'Brings together the council, the NHS and Healthwatch to improve the health of people in the county and reduce health inequalities. It owns the joint strategic needs assessment and the joint local health and wellbeing strategy.',
    publicQuestions: '5pm on the Monday before the meeting',
    weekday: 4,
    time: '14:00',
    venue: 'exchange',
    cadence: { kind: 'months', months: [3, 6, 9, 12], week: 1 },
    contact: 'priya-chandran',
    items: [
      { title: 'Joint local health and wellbeing strategy: progress', instruction: consider, report: true },
      { title: 'Pharmaceutical needs assessment', instruction: 'To approve the assessment for consultation', report: true },
      { title: 'Better Care Fund plan {fy}', instruction: 'To approve the plan', report: true, appendix: 'Better Care Fund metrics' },
      { title: 'Healthwatch Wessex annual report', instruction: note, report: true },
      { title: 'Joint strategic needs assessment: mental health', instruction: consider, report: true },
      { title: 'Smokefree generation: tobacco control plan', instruction: consider, report: true },
      { title: 'Integrated care partnership update', instruction: 'To receive an update' },
    ],
  },
  {
    slug: 'safer-communities-partnership-board',
    name: 'Safer Communities Partnership Board',
    kind: 'partnership',
    purpose:
      'The statutory community safety partnership for the county, bringing together the council, police, fire and rescue service, probation and health. It agrees the annual strategic assessment and the partnership plan.',
    publicQuestions: '5pm on the Friday before the meeting',
    weekday: 3,
    time: '13:30',
    venue: 'alfred-room',
    cadence: { kind: 'months', months: [1, 4, 7, 10], week: 3 },
    contact: 'priya-chandran',
    items: [
      { title: 'Strategic assessment of crime and disorder', instruction: consider, report: true },
      { title: 'Domestic abuse safe accommodation strategy', instruction: consider, report: true },
      { title: 'Serious violence duty: response strategy', instruction: consider, report: true },
      { title: 'Road safety partnership update', instruction: 'To receive an update' },
      { title: 'Anti-social behaviour case reviews', instruction: note, report: true },
      { title: 'Partnership plan performance: {q}', instruction: note, report: true },
    ],
  },
  {
    slug: 'planning-and-regulatory-committee',
    name: 'Planning and Regulatory Committee',
    kind: 'committee',
    purpose:
      "Determines the county council's own planning applications and applications for minerals and waste development. It also deals with commons, village greens and rights of way.",
    publicQuestions: '12 noon 2 working days before the meeting',
    weekday: 4,
    time: '10:00',
    venue: 'chamber',
    cadence: { kind: 'monthly', week: 4, skipMonths: [8, 12] },
    contact: 'liam-bancroft',
    items: [
      { title: 'Extension of mineral working at Highcroft Quarry, Stonebridge', instruction: 'To determine the application', report: true, appendix: 'Site plan' },
      { title: 'New primary school, land east of Willowmead', instruction: 'To determine the application', report: true },
      { title: 'Waste transfer station, Saltings Industrial Estate', instruction: 'To determine the application', report: true },
      { title: 'Replacement footbridge over the Wyvern, Millbrook', instruction: 'To determine the application', report: true },
      { title: 'Application to register land at Orchard Heath as a town or village green', instruction: consider, report: true },
      { title: 'Extension to Castlebury park and ride', instruction: 'To determine the application', report: true },
      { title: 'Planning enforcement update', instruction: note, report: true },
      { title: 'Appeals and decisions under delegated powers', instruction: note },
    ],
  },
  {
    slug: 'audit-and-governance-committee',
    name: 'Audit and Governance Committee',
    kind: 'committee',
    purpose:
      "Gives independent assurance on the council's risk management, internal control and governance. It approves the statement of accounts and oversees the standards of conduct of members.",
    publicQuestions: '5.00pm 3 clear working days before the meeting',
    weekday: 4,
    time: '14:00',
    venue: 'alfred-room',
    cadence: { kind: 'months', months: [1, 3, 6, 9, 11], week: 2 },
    contact: 'liam-bancroft',
    items: [
      { title: 'Internal audit progress report', instruction: note, report: true },
      { title: 'External audit findings report {fy}', instruction: consider, report: true },
      { title: 'Annual governance statement', instruction: 'To approve the statement', report: true },
      { title: 'Strategic risk register', instruction: consider, report: true, appendix: 'Strategic risk register' },
      { title: 'Treasury management mid-year review', instruction: note, report: true },
      { title: 'Counter fraud annual report', instruction: note, report: true },
      { title: 'Code of conduct complaints', instruction: 'To note the summary of complaints' },
    ],
  },
  {
    slug: 'home-to-school-transport-task-and-finish-group',
    name: 'Home to School Transport Task and Finish Group',
    kind: 'task-and-finish-group',
    parent: 'children-and-families-scrutiny-committee',
    purpose:
      'A time-limited review of home to school transport for children with special educational needs. It will report its findings and recommendations to the Children and Families Scrutiny Committee.',
    weekday: 2,
    time: '14:00',
    venue: 'room-1',
    cadence: { kind: 'weeks', every: 5, anchor: '2024-01-09' },
    activeMonths: { from: -4, to: 5 },
    contact: 'priya-chandran',
    items: [
      { title: 'Evidence session: eligibility and appeals', instruction: 'To hear evidence from officers' },
      { title: 'Evidence session: contracted operators', instruction: 'To hear evidence from operators' },
      { title: 'Parent and carer survey results', instruction: consider, report: true },
      { title: 'Benchmarking with other councils', instruction: consider, report: true },
      { title: 'Draft findings and recommendations', instruction: consider, report: true },
    ],
  },
];

/** Agenda items placed at the end of some meetings, taken in private. */
export const exemptItems: ReadonlyArray<{ title: string; paragraph: 1 | 2 | 3 | 4 | 5 | 6 | 7; reason: string }> = [
  {
    title: 'Disposal of surplus depot land at Millbrook',
    paragraph: 3,
    reason: "Disclosure of the valuation and the bids received would prejudice the council's position in negotiating the best price.",
  },
  {
    title: 'Award of contract for special educational needs transport',
    paragraph: 3,
    reason: 'The tender prices are commercially sensitive to the bidders while the contract is being awarded.',
  },
  {
    title: 'Senior management restructure: individual posts',
    paragraph: 1,
    reason: 'The report contains information about identifiable employees whose privacy outweighs the public interest in disclosure.',
  },
  {
    title: 'Highways claim: legal advice',
    paragraph: 5,
    reason: 'The report contains legal advice subject to legal professional privilege; disclosure would harm the council in the proceedings.',
  },
  {
    title: "Acquisition of premises for a children's home",
    paragraph: 3,
    reason: "Publishing the proposed price before contracts are exchanged would weaken the council's negotiating position.",
  },
];

/** Posts held by councillors and officers; holder is a person slug. */
export const postsData: ReadonlyArray<{ title: string; kind: 'executive' | 'officer' | 'opposition' | 'civic'; holder: string }> = [
  { title: 'Leader of the Council', kind: 'executive', holder: 'geoffrey-tarrant' },
  { title: 'Deputy Leader and Cabinet Member for Finance and Resources', kind: 'executive', holder: 'susan-avery' },
  { title: 'Cabinet Member for Children and Families', kind: 'executive', holder: 'ruth-penhallow' },
  { title: 'Cabinet Member for Adult Social Care and Health', kind: 'executive', holder: 'michael-okonjo' },
  { title: 'Cabinet Member for Highways and Transport', kind: 'executive', holder: 'peter-lisle' },
  { title: 'Cabinet Member for Environment and Climate', kind: 'executive', holder: 'harriet-quayle' },
  { title: 'Cabinet Member for Communities and Public Safety', kind: 'executive', holder: 'imran-siddiqui' },
  { title: 'Cabinet Member for Economy and Skills', kind: 'executive', holder: 'deborah-fairweather' },
  { title: 'Chairman of the Council', kind: 'civic', holder: 'malcolm-drewe' },
  { title: 'Vice-Chairman of the Council', kind: 'civic', holder: 'janet-kellow' },
  { title: 'Leader of the Opposition', kind: 'opposition', holder: 'oliver-brennan' },
  { title: 'Opposition Spokesperson for Children and Families', kind: 'opposition', holder: 'amira-hollis' },
  { title: 'Opposition Spokesperson for Finance and Resources', kind: 'opposition', holder: 'tessa-rowe' },
  { title: 'Opposition Spokesperson for Adult Social Care and Health', kind: 'opposition', holder: 'jasmine-kaur' },
  { title: 'Head of Paid Service', kind: 'officer', holder: 'catherine-ashdown' },
  { title: 'Chief Finance Officer', kind: 'officer', holder: 'gareth-pryce' },
  { title: 'Monitoring Officer', kind: 'officer', holder: 'nadia-okafor' },
  { title: 'Deputy Monitoring Officer', kind: 'officer', holder: 'simon-hartley' },
  { title: 'Head of Democratic Services', kind: 'officer', holder: 'joanna-fielding' },
  { title: "Director of Children's Services", kind: 'officer', holder: 'daniel-penhallow' },
  { title: 'Director of Adult Social Services', kind: 'officer', holder: 'fiona-calloway' },
  { title: 'Director of Public Health', kind: 'officer', holder: 'samuel-adeyemi' },
  { title: 'Statutory Scrutiny Officer', kind: 'officer', holder: 'grace-nwosu' },
];

/** Seats on a committee: chair and vice-chair by slug, then seats per party filled in rotation. */
export type Composition = {
  chair: string;
  viceChair?: string;
  chairLabel: string;
  viceChairLabel?: string;
  seats: Partial<Record<Party, number>>;
  substitutes: Partial<Record<Party, number>>;
  /** Further members who are not councillors: person slug, role, voting right. */
  others?: ReadonlyArray<{ slug: string; role: 'member' | 'co-opted'; voting: boolean; label?: string }>;
  /** Councillors who must sit on it (beyond the chairs), e.g. the demo user. */
  include?: string[];
};

/** Committee compositions by organisation slug (Full Council and Cabinet are built separately). */
export const compositions: Record<string, Composition> = {
  'children-and-families-scrutiny-committee': {
    chair: 'edward-hume',
    viceChair: 'amira-hollis',
    chairLabel: 'Chairman',
    viceChairLabel: 'Vice-Chairman',
    seats: { Conservative: 6, 'Liberal Democrat': 2, Labour: 1, Green: 1 },
    substitutes: { Conservative: 1, 'Liberal Democrat': 1 },
    others: [
      { slug: 'eleanor-voss', role: 'co-opted', voting: true, label: 'Parent Governor Representative' },
      { slug: 'thomas-ashworth', role: 'co-opted', voting: true, label: 'Diocesan Representative' },
    ],
  },
  'adults-and-health-scrutiny-committee': {
    chair: 'margaret-solloway',
    viceChair: 'david-osei',
    chairLabel: 'Chairman',
    viceChairLabel: 'Vice-Chairman',
    seats: { Conservative: 6, 'Liberal Democrat': 3, Labour: 1, Independent: 1 },
    substitutes: { Conservative: 1, 'Liberal Democrat': 1 },
  },
  'place-and-resources-scrutiny-committee': {
    chair: 'simon-verity',
    viceChair: 'clare-bishop',
    chairLabel: 'Chairman',
    viceChairLabel: 'Vice-Chairman',
    seats: { Conservative: 6, 'Liberal Democrat': 3, Labour: 1, Green: 1 },
    substitutes: { Conservative: 1, Labour: 1 },
  },
  'health-and-wellbeing-board': {
    chair: 'michael-okonjo',
    viceChair: 'kavita-rao',
    chairLabel: 'Chair',
    viceChairLabel: 'Vice-Chair',
    seats: { Conservative: 1, 'Liberal Democrat': 1 },
    substitutes: {},
    include: ['ruth-penhallow'],
    others: [
      { slug: 'peter-mallory', role: 'co-opted', voting: true, label: 'Healthwatch Wessex' },
      { slug: 'samuel-adeyemi', role: 'member', voting: false, label: 'Director of Public Health' },
      { slug: 'daniel-penhallow', role: 'member', voting: false, label: "Director of Children's Services" },
      { slug: 'fiona-calloway', role: 'member', voting: false, label: 'Director of Adult Social Services' },
    ],
  },
  'safer-communities-partnership-board': {
    chair: 'imran-siddiqui',
    viceChair: 'lorna-hale',
    chairLabel: 'Chair',
    viceChairLabel: 'Vice-Chair',
    seats: { Conservative: 1, Labour: 1 },
    substitutes: {},
    others: [
      { slug: 'sarah-quinton', role: 'co-opted', voting: false, label: 'Wessex Fire and Rescue Service (non-voting)' },
      { slug: 'richard-thorne', role: 'member', voting: false, label: 'Director of Place' },
    ],
  },
  'planning-and-regulatory-committee': {
    chair: 'charles-whitfield',
    viceChair: 'sandra-pike',
    chairLabel: 'Chairman',
    viceChairLabel: 'Vice-Chairman',
    seats: { Conservative: 7, 'Liberal Democrat': 3, Labour: 1, Green: 1, Independent: 1 },
    substitutes: { Conservative: 2, 'Liberal Democrat': 1 },
  },
  'audit-and-governance-committee': {
    chair: 'laura-ingram',
    viceChair: 'graham-yeo',
    chairLabel: 'Chairman',
    viceChairLabel: 'Vice-Chairman',
    seats: { Conservative: 4, 'Liberal Democrat': 2, Independent: 1 },
    substitutes: { Conservative: 1 },
    include: ['amira-hollis'],
    others: [{ slug: 'anthony-rudd', role: 'co-opted', voting: false, label: 'Independent Member (non-voting)' }],
  },
  'home-to-school-transport-task-and-finish-group': {
    chair: 'amira-hollis',
    chairLabel: 'Chair',
    seats: { Conservative: 3, Labour: 1 },
    substitutes: {},
  },
};

/** Slugs of the Cabinet, Leader first then Deputy Leader. */
export const cabinetSlugs = [
  'geoffrey-tarrant',
  'susan-avery',
  'ruth-penhallow',
  'michael-okonjo',
  'peter-lisle',
  'harriet-quayle',
  'imran-siddiqui',
  'deborah-fairweather',
] as const;
