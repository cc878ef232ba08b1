import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../db/audit.ts';
import type { Executor } from '../../db/connect.ts';
import {
  actionPlans,
  agendaItems,
  attendances,
  declarations,
  forwardPlanEntries,
  locations,
  meetings,
  memberships,
  minuteItems,
  minutes,
  organisations,
  people,
  planActions,
  reports,
  reportSignOffs,
  resolutions,
  trackerOutcomes,
  workProgrammeItems,
} from '../../db/schema.ts';
import { saveOrganisations } from '../../modules/organisations/index.ts';
import { saveMemberships, savePeople } from '../../modules/people/index.ts';
import { saveAgendaItems, saveLocations, saveMeetings } from '../../modules/meetings/index.ts';
import { saveAttendances, saveDeclarations, saveMinuteItems, saveMinutes, saveResolutions } from '../../modules/minutes/index.ts';
import { saveReports, saveReportSignOffs } from '../../modules/reports/index.ts';
import { saveForwardPlanEntries } from '../../modules/forward-plan/index.ts';
import { saveTrackerOutcomes, saveWorkProgrammeItems } from '../../modules/scrutiny/index.ts';
import { saveActionPlans, savePlanActions } from '../../modules/action-plans/index.ts';
import type { RowWrite, RowsResult } from '../../modules/records/index.ts';
import type { AccessChoice } from '../../modules/visibility/index.ts';

/** A table the importer writes, with its id and soft-delete columns. */
export type SubjectTable = PgTable & { id: PgColumn; deletedAt: PgColumn; updatedAt: PgColumn };

/** A row the importer hands to a domain command, with the access choice of records that inherit it. */
export type SubjectWrite = RowWrite & { access?: AccessChoice };

/** The domain command that writes one kind of record, with its rules. */
export type SubjectSave = (ex: Executor, actor: Actor, rows: SubjectWrite[], opts: { now?: Date; allowUnstated?: boolean; verb?: string }) => Promise<RowsResult>;

/** What the importer knows about each kind of record it produces. */
export type SubjectSpec = {
  table: SubjectTable;
  label: string;
  /** Owned by one pack: soft-deleted when a corrected version no longer has it. Shared records (organisations, people, meetings) never are. */
  owned: boolean;
  /** Text fields an officer may correct, with their labels. */
  correctable: Record<string, string>;
  /** The domain's many-rows command: every write of this kind (import, re-import, correction) goes through it. */
  save: SubjectSave;
};

const t = (table: unknown) => table as SubjectTable;
// Called through a function so the module graph (routes import this registry) has no load-order trap.
const s =
  (fn: () => (ex: Executor, actor: Actor, rows: never[], opts: never) => Promise<RowsResult>): SubjectSave =>
  (ex, actor, rows, opts) =>
    fn()(ex, actor, rows as never[], opts as never);

/** Every subject type the importer produces, by the name stored in provenance.subject_type. */
export const subjects = {
  organisation: { table: t(organisations), label: 'Organisation', owned: false, correctable: { name: 'Name' }, save: s(() => saveOrganisations) },
  person: { table: t(people), label: 'Person', owned: false, correctable: {}, save: s(() => savePeople) },
  membership: { table: t(memberships), label: 'Membership', owned: false, correctable: { roleLabel: 'Role as printed' }, save: s(() => saveMemberships) },
  location: { table: t(locations), label: 'Venue', owned: false, correctable: { description: 'Description' }, save: s(() => saveLocations) },
  meeting: { table: t(meetings), label: 'Meeting', owned: false, correctable: { title: 'Title', issuedBy: 'Issued by' }, save: s(() => saveMeetings) },
  agenda_item: {
    table: t(agendaItems),
    label: 'Agenda item',
    owned: true,
    correctable: { title: 'Title', number: 'Number as printed', instruction: 'Instruction' },
    save: s(() => saveAgendaItems),
  },
  minutes: { table: t(minutes), label: 'Minutes', owned: true, correctable: { approvalNote: 'Approval note' }, save: s(() => saveMinutes) },
  minute_item: {
    table: t(minuteItems),
    label: 'Minute',
    owned: true,
    correctable: { title: 'Title', number: 'Minute number', narrative: 'Narrative' },
    save: s(() => saveMinuteItems),
  },
  resolution: { table: t(resolutions), label: 'Resolution', owned: true, correctable: { text: 'Text' }, save: s(() => saveResolutions) },
  attendance: { table: t(attendances), label: 'Attendance', owned: true, correctable: { printedName: 'Name as printed' }, save: s(() => saveAttendances) },
  declaration: { table: t(declarations), label: 'Declaration', owned: true, correctable: { interest: 'Interest' }, save: s(() => saveDeclarations) },
  report: {
    table: t(reports),
    label: 'Report',
    owned: true,
    correctable: { title: 'Title', kind: 'Kind', summary: 'Summary', leadOfficer: 'Lead officer' },
    save: s(() => saveReports),
  },
  report_sign_off: {
    table: t(reportSignOffs),
    label: 'Sign-off',
    owned: true,
    correctable: { role: 'Role', name: 'Name', dateText: 'Date as printed' },
    save: s(() => saveReportSignOffs),
  },
  forward_plan_entry: {
    table: t(forwardPlanEntries),
    label: 'Forward Plan entry',
    owned: true,
    correctable: { decisionDateText: 'Decision date as printed', issue: 'Issue', decision: 'Decision', exempt: 'Exempt' },
    save: s(() => saveForwardPlanEntries),
  },
  work_programme_item: { table: t(workProgrammeItems), label: 'Work programme item', owned: true, correctable: { item: 'Item' }, save: s(() => saveWorkProgrammeItems) },
  tracker_outcome: {
    table: t(trackerOutcomes),
    label: 'Tracker outcome',
    owned: true,
    correctable: { item: 'Item', outcome: 'Agreed outcome', statusText: 'Status', owner: 'Owner' },
    save: s(() => saveTrackerOutcomes),
  },
  action_plan: { table: t(actionPlans), label: 'Action plan', owned: true, correctable: { title: 'Title' }, save: s(() => saveActionPlans) },
  plan_action: {
    table: t(planActions),
    label: 'Action',
    owned: true,
    correctable: { action: 'Action', success: 'What success looks like', status: 'Status', dueText: 'Due as printed', progress: 'Progress' },
    save: s(() => savePlanActions),
  },
} satisfies Record<string, SubjectSpec>;

/** The name of a kind of imported record. */
export type SubjectType = keyof typeof subjects;

/** Whether a string names a kind of imported record. */
export function isSubjectType(s: string): s is SubjectType {
  return Object.hasOwn(subjects, s);
}
