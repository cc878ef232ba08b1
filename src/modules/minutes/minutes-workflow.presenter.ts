import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { meetings } from '../meetings/meetings.table.ts';
import type { attendances, minutes } from './minutes.table.ts';
import { listAttendances, listDeclarations, listMinuteItems, listMinutesVersions } from './minutes-workflow.repo.ts';

const statusLabels: Record<string, { text: string; classes: string }> = {
  draft: { text: 'Draft', classes: 'govuk-tag--yellow' },
  approved: { text: 'Approved', classes: 'govuk-tag--green' },
  signed: { text: 'Approved and signed', classes: 'govuk-tag--green' },
};

/** Labels for kinds of interest. */
export const interestKindLabels: Record<string, string> = {
  'disclosable-pecuniary': 'Disclosable pecuniary interest',
  'other-registrable': 'Other registrable interest',
  'non-registrable': 'Non-registrable interest',
  unspecified: 'Interest',
};

const attendanceLabels: [string, string][] = [
  ['present', 'Present'],
  ['substitute', 'Substitutes'],
  ['apologies', 'Apologies'],
  ['absent', 'Absent'],
  ['other-member', 'Other members present'],
  ['officer', 'Officers present'],
];

/** Attendance grouped for display: "Present: …", "Substitutes: X (for Y)", "Apologies: …". */
export function groupAttendance(rows: (typeof attendances.$inferSelect)[]) {
  return attendanceLabels
    .map(([kind, label]) => ({
      label,
      names: rows.filter((r) => r.kind === kind).map((r) => (r.substituteFor ? `${r.printedName} (for ${r.substituteFor})` : r.printedName)),
    }))
    .filter((g) => g.names.length > 0);
}

/**
 * Every version of a meeting's minutes presented newest first, with items, resolutions and actions,
 * and where each was approved. Exempt minutes are kept (isPublic false) for the template to withhold.
 */
export async function presentMinutesVersions(ex: Executor, meetingId: number) {
  const versions = await listMinutesVersions(ex, meetingId);
  const approvingIds = versions.map((v) => v.approvedAtMeetingId).filter((x): x is number => x !== null);
  const approving = approvingIds.length ? await ex.select({ id: meetings.id, startAt: meetings.startAt }).from(meetings).where(inArray(meetings.id, approvingIds)) : [];
  return Promise.all(
    versions.map(async (v: typeof minutes.$inferSelect) => ({
      ...v,
      statusLabel: statusLabels[v.status]!.text,
      statusClass: statusLabels[v.status]!.classes,
      approvedAtMeetingStart: approving.find((a) => a.id === v.approvedAtMeetingId)?.startAt ?? null,
      replacedReason: versions.find((n) => n.supersedesId === v.id)?.correctionReason ?? null,
      items: await listMinuteItems(ex, v.id),
    })),
  );
}

/** The attendance, declarations and minutes of a meeting for a page. */
export async function presentMeetingRecord(ex: Executor, meetingId: number) {
  const [versions, attendance, declarations] = await Promise.all([presentMinutesVersions(ex, meetingId), listAttendances(ex, meetingId), listDeclarations(ex, meetingId)]);
  return {
    current: versions[0] ?? null,
    earlier: versions.slice(1),
    attendance: groupAttendance(attendance),
    attendanceCount: attendance.length,
    attendanceIds: attendance.map((a) => a.id),
    declarations: declarations.map((d) => ({
      ...d.declaration,
      kindLabel: interestKindLabels[d.declaration.kind],
      item: d.itemNumber || d.itemTitle ? `Item ${d.itemNumber ?? ''} ${d.itemTitle ?? ''}`.replace(/\s+/g, ' ').trim() : 'General',
    })),
  };
}

/** Audit events about a meeting's record: its attendance, declarations, minutes, minutes items, resolutions and actions. */
export async function meetingRecordHistory(ex: Executor, meetingId: number, record: Awaited<ReturnType<typeof presentMeetingRecord>>) {
  const versions = [record.current, ...record.earlier].filter((v) => v !== null);
  const ids = (type: string, list: number[]) => (list.length ? and(eq(auditEvents.subjectType, type), inArray(auditEvents.subjectId, list.map(String))) : undefined);
  const items = versions.flatMap((v) => v.items);
  const clauses = [
    and(eq(auditEvents.subjectType, 'meeting'), eq(auditEvents.subjectId, String(meetingId)), inArray(auditEvents.action, ['attendance.roll-call'])),
    ids('minutes', versions.map((v) => v.id)),
    ids('minute_item', items.map((i) => i.id)),
    ids('resolution', items.flatMap((i) => i.resolutions.map((r) => r.id))),
    ids('minute_action', items.flatMap((i) => i.actions.map((a) => a.id))),
    ids('declaration', record.declarations.map((d) => d.id)),
    ids('attendance', record.attendanceIds),
  ].filter((c) => c !== undefined);
  return ex.select({ at: auditEvents.at, actorLabel: auditEvents.actorLabel, action: auditEvents.action }).from(auditEvents).where(or(...clauses)).orderBy(desc(auditEvents.id)).limit(100);
}
