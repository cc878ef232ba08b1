import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { auditEvents, decisions, meetings, type attendances, type minutes } from '../../db/schema.ts';
import { redact, seesEverything, visible, type Viewer } from '../visibility/index.ts';
import { listAttendances, listDeclarations, listMinuteItems, listMinutesVersions, type meetingRecordRows } from './minutes-workflow.repo.ts';

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
export function groupAttendance(rows: Pick<typeof attendances.$inferSelect, 'kind' | 'printedName' | 'substituteFor'>[]) {
  return attendanceLabels
    .map(([kind, label]) => ({
      label,
      names: rows.filter((r) => r.kind === kind).map((r) => (r.substituteFor ? `${r.printedName} (for ${r.substituteFor})` : r.printedName)),
    }))
    .filter((g) => g.names.length > 0);
}

/**
 * Every version of a meeting's minutes the viewer may see, presented newest first, with items,
 * resolutions and actions, and where each was approved. A minute of an exempt item the viewer may not
 * read goes through the one redaction: its number, title and Schedule 12A notice only.
 */
export async function presentMinutesVersions(ex: Executor, v: Viewer, meetingId: number) {
  const versions = await listMinutesVersions(ex, v, meetingId);
  const approvingIds = versions.map((v) => v.approvedAtMeetingId).filter((x): x is number => x !== null);
  const approving = approvingIds.length ? await ex.select({ id: meetings.id, startAt: meetings.startAt }).from(meetings).where(inArray(meetings.id, approvingIds)) : [];
  return Promise.all(
    versions.map(async (m: typeof minutes.$inferSelect) => ({
      ...m,
      statusLabel: statusLabels[m.status]!.text,
      statusClass: statusLabels[m.status]!.classes,
      approvedAtMeetingStart: approving.find((a) => a.id === m.approvedAtMeetingId)?.startAt ?? null,
      replacedReason: versions.find((n) => n.supersedesId === m.id)?.correctionReason ?? null,
      items: await withDecisions(
        ex,
        v,
        (await listMinuteItems(ex, v, m.id)).map((i) => redact('minute_item', i)),
      ),
    })),
  );
}

type RecordRows = { [K in keyof ReturnType<typeof meetingRecordRows>]: ReturnType<typeof meetingRecordRows>[K] extends SQL<infer T> ? T : never };

/** The declaration's agenda item as the minutes print it: "Item 6 Land sale", or "General". */
const declarationItem = (d: { itemNumber: string | null; itemTitle: string | null }) =>
  d.itemNumber || d.itemTitle ? `Item ${d.itemNumber ?? ''} ${d.itemTitle ?? ''}`.replace(/\s+/g, ' ').trim() : 'General';

/**
 * The public meeting page's minutes section from what `meetingRecordRows` read (no I/O): the current
 * version and earlier ones with their minutes through the one redaction, attendance grouped, declarations.
 */
export function presentPublicRecord(data: RecordRows) {
  const versions = data.versions.map((m) => ({
    ...m,
    statusLabel: statusLabels[m.status]!.text,
    statusClass: statusLabels[m.status]!.classes,
    replacedReason: data.versions.find((n) => n.supersedesId === m.id)?.correctionReason ?? null,
    items: m.items.map((i) => joinDecisions(redact('minute_item', i), i.decisions)),
  }));
  return {
    current: versions[0] ?? null,
    earlier: versions.slice(1),
    attendance: groupAttendance(data.attendance),
    declarations: data.declarations.map((d) => ({ ...d, kindLabel: interestKindLabels[d.kind], item: declarationItem(d) })),
  };
}

/** One minute with its decisions (newest version of each): a resolution's on the resolution, the rest on the minute. */
function joinDecisions<I extends { resolutions?: { id: number }[] }>(item: I, rows: { id: number; title: string; resolutionId: number | null; supersedesId: number | null }[]) {
  const current = rows.filter((d) => !rows.some((n) => n.supersedesId === d.id));
  const resolutions = item.resolutions ?? [];
  return {
    ...item,
    resolutions: resolutions.map((r) => ({ ...r, decision: current.find((d) => d.resolutionId === r.id) ?? null })),
    decisions: current.filter((d) => !resolutions.some((r) => r.id === d.resolutionId)),
  };
}

/**
 * Each minute with the decisions recorded from it that the viewer may see (newest version of each):
 * a resolution's decision on the resolution, one recorded from the minute as a whole on the minute.
 */
async function withDecisions<I extends { id: number; resolutions: { id: number }[] }>(ex: Executor, v: Viewer, items: I[]) {
  const ids = items.map((i) => i.id);
  const rows = ids.length
    ? await ex
        .select({ id: decisions.id, title: decisions.title, minuteItemId: decisions.minuteItemId, resolutionId: decisions.resolutionId, supersedesId: decisions.supersedesId })
        .from(decisions)
        .where(and(inArray(decisions.minuteItemId, ids), visible(v, 'decision')))
        .orderBy(asc(decisions.version), asc(decisions.id))
    : [];
  const current = rows.filter((d) => !rows.some((n) => n.supersedesId === d.id));
  return items.map((i) => ({
    ...i,
    resolutions: i.resolutions.map((r) => ({ ...r, decision: current.find((d) => d.resolutionId === r.id) ?? null })),
    decisions: current.filter((d) => d.minuteItemId === i.id && !i.resolutions.some((r) => r.id === d.resolutionId)),
  }));
}

/**
 * The attendance, declarations and minutes of a meeting as the viewer may see them. Attendance and
 * declarations are part of the minutes: nobody but a clerk sees them before minutes are published.
 */
export async function presentMeetingRecord(ex: Executor, v: Viewer, meetingId: number) {
  const versions = await presentMinutesVersions(ex, v, meetingId);
  const open = versions.length > 0 || seesEverything(v);
  const [attendance, declarations] = open ? await Promise.all([listAttendances(ex, meetingId), listDeclarations(ex, v, meetingId)]) : [[], []];
  return {
    current: versions[0] ?? null,
    earlier: versions.slice(1),
    attendance: groupAttendance(attendance),
    attendanceCount: attendance.length,
    attendanceIds: attendance.map((a) => a.id),
    declarations: declarations.map((d) => ({
      ...d.declaration,
      kindLabel: interestKindLabels[d.declaration.kind],
      item: declarationItem(d),
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
    ids(
      'minutes',
      versions.map((v) => v.id),
    ),
    ids(
      'minute_item',
      items.map((i) => i.id),
    ),
    ids(
      'resolution',
      items.flatMap((i) => i.resolutions.map((r) => r.id)),
    ),
    ids(
      'minute_action',
      items.flatMap((i) => i.actions.map((a) => a.id)),
    ),
    ids(
      'declaration',
      record.declarations.map((d) => d.id),
    ),
    ids('attendance', record.attendanceIds),
  ].filter((c) => c !== undefined);
  return ex
    .select({ at: auditEvents.at, actorLabel: auditEvents.actorLabel, action: auditEvents.action })
    .from(auditEvents)
    .where(or(...clauses))
    .orderBy(desc(auditEvents.id))
    .limit(100);
}
