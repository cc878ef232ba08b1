/**
 * TypeScript shape of the document-pack extraction contract, version 1
 * (contracts/pack-extract.schema.json). Every array is present; unknown values are null.
 */

/** Input formats the extractor recognises from content. */
export type SourceFormat = 'text' | 'markdown' | 'pdf' | 'html';

/** Where the extraction came from. */
export interface ExtractSource {
  name: string;
  sha256: string;
  lines: number;
  format: SourceFormat;
}

/** A member of the summoned body, with the role printed in brackets. */
export interface MeetingMember {
  name: string;
  role: string | null;
}

/** A contact named on the summons. */
export interface MeetingContact {
  name: string | null;
  phone: string | null;
  email: string | null;
}

/** A page range of the pack, as printed on the agenda. */
export interface PageRange {
  from: number;
  to: number;
}

/** A 1-based inclusive range of lines of the source text (for a PDF, of its pdftotext text). */
export interface LineRange {
  from: number;
  to: number;
}

/**
 * Where a record came from: the source lines that produced it and, for a PDF, the form-feed pages
 * those lines sit on. Extra properties beyond the contract, for "Show source".
 */
export interface Provenance {
  lines?: LineRange;
  pages?: PageRange | null;
}

/** One agenda item as printed. */
export interface AgendaItem {
  number: string;
  title: string;
  pages: PageRange | null;
  note: string | null;
  exempt: boolean | null;
  /** Source lines of the item (its `pages` is the printed page range, not provenance). */
  lines?: LineRange;
}

/** One numbered guidance note. */
export interface GuidanceNote {
  number: string | null;
  title: string;
  text: string;
}

/** The public question deadline as worded, resolved against the meeting date. */
export interface QuestionDeadline {
  text: string;
  at: string | null;
}

/** The meeting a pack summons. */
export interface Meeting extends Provenance {
  body: string;
  date: string;
  time: string | null;
  venue: string | null;
  issuedBy: string | null;
  issuedOn: string | null;
  members: MeetingMember[];
  contacts: MeetingContact[];
  agenda: AgendaItem[];
  guidance: GuidanceNote[];
  publicQuestionDeadline: QuestionDeadline | null;
}

/** A declaration of interest recorded in a minute. */
export interface Declaration {
  member: string;
  interest: string;
}

/** One numbered minute. */
export interface MinuteItem extends Provenance {
  minute: string;
  agendaItem: string | null;
  title: string;
  text: string;
  resolutions: string[];
  declarations: Declaration[];
  /** The minute's labelled key decision note as printed, wrapped lines joined (a property beyond the schema, as it allows). */
  keyDecision?: string;
  /** The minute's action lines ("Action: A Bell to report by 20 May 2031"), wrapped lines joined, label dropped (a property beyond the schema). */
  actions?: string[];
  /** The date the minute's decision takes effect once its call-in period is over, ISO (a property beyond the schema). */
  effectiveFrom?: string;
}

/** A labelled attendance group other than present, other members and apologies. */
export interface AttendanceGroup {
  label: string;
  names: string[];
}

/** One set of minutes in the pack. */
export interface Minutes extends Provenance {
  body: string;
  date: string;
  time: string | null;
  venue: string | null;
  present: string[];
  otherMembersPresent: string[];
  /** Officers, the clerk and others listed as in attendance rather than present. */
  inAttendance: string[];
  apologies: string[];
  otherAttendance: AttendanceGroup[];
  items: MinuteItem[];
  endedAt: string | null;
}

/** One sign-off row of a decision report. */
export interface SignOff {
  role: string;
  name: string | null;
  date: string | null;
  dateText: string | null;
}

/** The risk score of a report: likelihood × impact. */
export interface RiskScore {
  likelihood: number | null;
  impact: number | null;
  score: number | null;
}

/** A titled section of a report. */
export interface ReportSection {
  heading: string;
  text: string;
}

/** A report in the pack. */
export interface Report extends Provenance {
  title: string;
  kind: string | null;
  date: string | null;
  agendaItem: string | null;
  forwardPlanRef: string | null;
  cabinetMembers: string[];
  leadOfficer: string | null;
  author: string | null;
  contact: string | null;
  signOffs: SignOff[];
  summary: string | null;
  recommendations: string[];
  risk: RiskScore | null;
  priorityLinks: string[];
  sections: ReportSection[];
  /** The committee or decision maker the report is addressed to, as printed ("Cabinet - 30 January 2025"). */
  to?: string;
  /** The decision or record number printed on the cover ("24/00109"), which agendas often repeat. */
  decisionNumber?: string;
  /** What a decision record says was decided ("Decision: To award …"). */
  decision?: string;
  /** The decision's numbered parts, when it is printed as a list under its lead-in. */
  decisions?: string[];
  /** The declarations of interest a decision record prints under its own heading. */
  declarations?: Declaration[];
}

/** The qualifier of a forward plan decision date. */
export type DateQualifier = 'on' | 'not-before' | 'before' | null;

/** A forward plan decision date as printed and read. */
export interface DecisionDate {
  text: string;
  date: string | null;
  qualifier: DateQualifier;
}

/** One forward plan entry. */
export interface ForwardPlanEntry extends Provenance {
  ref: string;
  firstPublished: string | null;
  decisionDate: DecisionDate;
  decisionMakers: string[];
  issue: string | null;
  decision: string | null;
  documents: string | null;
  exempt: string | null;
  contacts: string[];
  /** Where the entry stands, as printed, where the plan prints it ("For determination", "Withdrawn 8 May 2031"). */
  status?: string;
}

/** One work programme row. */
export interface WorkProgrammeItem extends Provenance {
  body: string | null;
  meetingDate: string | null;
  item: string;
  leads: string[];
}

/** One outcome tracker row. */
export interface TrackerRow extends Provenance {
  meetingDate: string | null;
  item: string;
  link: string | null;
  owner: string | null;
  outcome: string | null;
  status: string | null;
  /** The target date as printed ("31 March 2027", "Q4 2026/27"), where the tracker has a target column. */
  target?: string;
  /** The response and progress printed beside the recommendation ("Response / Update"), where the tracker has such a column. */
  response?: string;
}

/** RAG rating of an action. */
export type Rag = 'Red' | 'Amber' | 'Green' | 'Blue' | null;

/** A due date as printed, with its calendar date when it has a day. */
export interface DueDate {
  text: string;
  date: string | null;
}

/** One action of an action plan. */
export interface PlanAction extends Provenance {
  number: string;
  parent: string | null;
  action: string;
  success: string | null;
  owners: string[];
  rag: Rag;
  status: string | null;
  due: DueDate | null;
  progress: string | null;
  /** The date of the meeting that agreed the action, where the plan prints it in a column of its own (an extra property the contract allows). */
  meetingDate?: string | null;
}

/** An action plan. */
export interface ActionPlan extends Provenance {
  title: string;
  actions: PlanAction[];
}

/** A risk register row. */
export interface RiskRow {
  ref: string | null;
  title: string | null;
  /** The risk owner as printed, wrapped lines joined (an extra property the contract allows). */
  owner: string | null;
  likelihood: number | null;
  impact: number | null;
  score: number | null;
}

/** Something the extractor could not place or found inconsistent. */
export interface ExtractWarning {
  line: number | null;
  code: string;
  message: string;
}

/** What `shirehall extract FILE --format json` prints for one pack. */
export interface ExtractResult {
  schemaVersion: '1';
  source: ExtractSource;
  meeting: Meeting | null;
  minutes: Minutes[];
  reports: Report[];
  forwardPlan: ForwardPlanEntry[];
  workProgramme: WorkProgrammeItem[];
  outcomeTracker: TrackerRow[];
  actionPlans: ActionPlan[];
  risks: RiskRow[];
  warnings: ExtractWarning[];
}
