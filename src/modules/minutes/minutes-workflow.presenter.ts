import type { SQL } from 'drizzle-orm';
import type { attendances } from '../../db/schema.ts';
import { redact } from '../visibility/index.ts';
import type { loadMeetingRecord, meetingRecordRows, RecordSubjects } from './minutes-workflow.repo.ts';

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
  ['also-attending', 'Also in attendance'],
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
 * A meeting's record from what `loadMeetingRecord` read (no I/O): every version of the minutes newest
 * first, each minute through the one redaction (a minute of an exempt item the viewer may not read keeps
 * its number, title and Schedule 12A notice only) with its decisions; attendance grouped; declarations.
 */
export function presentMeetingRecord(data: Awaited<ReturnType<typeof loadMeetingRecord>>) {
  const versions = data.versions.map((m) => ({
    ...m,
    statusLabel: statusLabels[m.status]!.text,
    statusClass: statusLabels[m.status]!.classes,
    approvedAtMeetingStart: data.approving.find((a) => a.id === m.approvedAtMeetingId)?.startAt ?? null,
    replacedReason: data.versions.find((n) => n.supersedesId === m.id)?.correctionReason ?? null,
    items: m.items.map((i) =>
      joinDecisions(
        redact('minute_item', i),
        data.decisions.filter((d) => d.minuteItemId === i.id),
      ),
    ),
  }));
  return {
    current: versions[0] ?? null,
    earlier: versions.slice(1),
    attendance: groupAttendance(data.attendance),
    attendanceCount: data.attendance.length,
    attendanceIds: data.attendance.map((a) => a.id),
    declarations: data.declarations.map((d) => ({ ...d.declaration, kindLabel: interestKindLabels[d.declaration.kind], item: declarationItem(d) })),
  };
}

/** The records a presented meeting record is made of, by audit subject type: what its history lists. */
export function recordSubjects(record: ReturnType<typeof presentMeetingRecord>): RecordSubjects {
  const versions = [record.current, ...record.earlier].filter((v) => v !== null);
  const items = versions.flatMap((v) => v.items);
  return {
    minutes: versions.map((v) => v.id),
    minute_item: items.map((i) => i.id),
    resolution: items.flatMap((i) => i.resolutions.map((r) => r.id)),
    minute_action: items.flatMap((i) => (i.actions ?? []).map((a) => a.id)),
    declaration: record.declarations.map((d) => d.id),
    attendance: record.attendanceIds,
  };
}

/** What each change to a meeting's record did, in words, for its history table. */
const recordActs: Record<string, string> = {
  'attendance.roll-call': 'Recorded the roll call',
  'attendance.add': 'Added to the attendance',
  'declaration.create': 'Recorded a declaration of interest',
  'minutes.start': 'Started the minutes',
  'minutes.publish-draft': 'Published the draft minutes',
  'minutes.approve': 'Recorded the approval of the minutes',
  'minutes.sign': 'Recorded the chair’s signature',
  'minutes.correct': 'Corrected the approved minutes (new version)',
  'minute.exclude-public': 'Recorded the exclusion of the press and public',
  'resolution.create': 'Added a resolution',
  'minute-action.create': 'Added an action',
};

const subjectWords: Record<string, string> = {
  minutes: 'the minutes',
  minute: 'a minute',
  'minute-item': 'a minute',
  resolution: 'a resolution',
  'minute-action': 'an action',
  declaration: 'a declaration of interest',
  attendance: 'the attendance',
};
const verbWords: Record<string, string> = { create: 'Added', update: 'Changed', delete: 'Removed', publish: 'Published', withdraw: 'Withdrew', add: 'Added' };

/**
 * An audit action as words a clerk reads: a known act, else "<verb> <subject>", else the code itself.
 * @example describeRecordAction('minutes.correct') // 'Corrected the approved minutes (new version)'
 */
export function describeRecordAction(action: string): string {
  const known = recordActs[action];
  if (known) return known;
  const [subject = '', verb = ''] = action.split('.');
  const words = subjectWords[subject.replace(/_/g, '-')];
  return words && verbWords[verb] ? `${verbWords[verb]} ${words}` : action;
}

/** A meeting record's history rows with each action in words. */
export function presentRecordHistory(rows: { at: Date; actorLabel: string; action: string }[]) {
  return rows.map((r) => ({ ...r, action: describeRecordAction(r.action) }));
}
