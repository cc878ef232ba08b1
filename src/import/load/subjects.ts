import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { organisations } from '../../db/schema.ts';
import { memberships, people } from '../../db/schema.ts';
import { agendaItems, locations, meetings } from '../../db/schema.ts';
import { attendances, declarations, minuteItems, minutes, resolutions } from '../../db/schema.ts';
import { reports, reportSignOffs } from '../../db/schema.ts';
import { forwardPlanEntries } from '../../db/schema.ts';
import { trackerOutcomes, workProgrammeItems } from '../../db/schema.ts';
import { actionPlans, planActions } from '../../db/schema.ts';

/** A table the importer writes, with its id and soft-delete columns. */
export type SubjectTable = PgTable & { id: PgColumn; deletedAt: PgColumn; updatedAt: PgColumn };

/** What the importer knows about each kind of record it produces. */
export type SubjectSpec = {
  table: SubjectTable;
  label: string;
  /** Owned by one pack: soft-deleted when a corrected version no longer has it. Shared records (organisations, people, meetings) never are. */
  owned: boolean;
  /** Text fields an officer may correct, with their labels. */
  correctable: Record<string, string>;
};

const t = (table: unknown) => table as SubjectTable;

/** Every subject type the importer produces, by the name stored in provenance.subject_type. */
export const subjects = {
  organisation: { table: t(organisations), label: 'Organisation', owned: false, correctable: { name: 'Name' } },
  person: { table: t(people), label: 'Person', owned: false, correctable: {} },
  membership: { table: t(memberships), label: 'Membership', owned: false, correctable: { roleLabel: 'Role as printed' } },
  location: { table: t(locations), label: 'Venue', owned: false, correctable: { description: 'Description' } },
  meeting: { table: t(meetings), label: 'Meeting', owned: false, correctable: { title: 'Title', issuedBy: 'Issued by' } },
  agenda_item: { table: t(agendaItems), label: 'Agenda item', owned: true, correctable: { title: 'Title', number: 'Number as printed', instruction: 'Instruction' } },
  minutes: { table: t(minutes), label: 'Minutes', owned: true, correctable: { approvalNote: 'Approval note' } },
  minute_item: { table: t(minuteItems), label: 'Minute', owned: true, correctable: { title: 'Title', number: 'Minute number', narrative: 'Narrative' } },
  resolution: { table: t(resolutions), label: 'Resolution', owned: true, correctable: { text: 'Text' } },
  attendance: { table: t(attendances), label: 'Attendance', owned: true, correctable: { printedName: 'Name as printed' } },
  declaration: { table: t(declarations), label: 'Declaration', owned: true, correctable: { interest: 'Interest' } },
  report: { table: t(reports), label: 'Report', owned: true, correctable: { title: 'Title', kind: 'Kind', summary: 'Summary', leadOfficer: 'Lead officer' } },
  report_sign_off: { table: t(reportSignOffs), label: 'Sign-off', owned: true, correctable: { role: 'Role', name: 'Name', dateText: 'Date as printed' } },
  forward_plan_entry: {
    table: t(forwardPlanEntries),
    label: 'Forward Plan entry',
    owned: true,
    correctable: { decisionDateText: 'Decision date as printed', issue: 'Issue', decision: 'Decision', exempt: 'Exempt' },
  },
  work_programme_item: { table: t(workProgrammeItems), label: 'Work programme item', owned: true, correctable: { item: 'Item' } },
  tracker_outcome: { table: t(trackerOutcomes), label: 'Tracker outcome', owned: true, correctable: { item: 'Item', outcome: 'Agreed outcome', statusText: 'Status', owner: 'Owner' } },
  action_plan: { table: t(actionPlans), label: 'Action plan', owned: true, correctable: { title: 'Title' } },
  plan_action: { table: t(planActions), label: 'Action', owned: true, correctable: { action: 'Action', success: 'What success looks like', status: 'Status', dueText: 'Due as printed', progress: 'Progress' } },
} satisfies Record<string, SubjectSpec>;

/** The name of a kind of imported record. */
export type SubjectType = keyof typeof subjects;

/** Whether a string names a kind of imported record. */
export function isSubjectType(s: string): s is SubjectType {
  return Object.hasOwn(subjects, s);
}
