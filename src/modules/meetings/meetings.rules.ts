import type { FieldError } from '../../lib/result.ts';
import type { meetingStatuses } from './meetings.table.ts';

type MeetingStatus = (typeof meetingStatuses)[number];

/**
 * The rules every meeting keeps, whoever writes it: it ends after it starts, a cancelled or
 * postponed meeting carries its public notice, and (given the time of writing) its agenda was not
 * published at a time still to come.
 */
export function meetingErrors(m: { startAt?: unknown; endAt?: unknown; status?: unknown; statusNote?: unknown; agendaPublishedAt?: unknown }, now?: Date): FieldError[] {
  const errors: FieldError[] = [];
  // An agenda cannot have been published at a time still to come: the meeting would read as published while its papers are not.
  if (now && m.agendaPublishedAt instanceof Date && m.agendaPublishedAt.getTime() > now.getTime())
    errors.push({ field: 'agendaPublishedAt', message: 'The agenda cannot be published at a time that has not yet come' });
  if (!(m.startAt instanceof Date) || Number.isNaN(m.startAt.getTime())) errors.push({ field: 'startAt', message: 'Enter the date and time of the meeting' });
  else if (m.endAt instanceof Date && m.endAt.getTime() <= m.startAt.getTime()) errors.push({ field: 'endAt', message: 'The end time must be after the start time' });
  if ((m.status === 'cancelled' || m.status === 'postponed') && !String(m.statusNote ?? '').trim()) {
    errors.push({ field: 'statusNote', message: 'Enter the public notice explaining why the meeting is cancelled or postponed' });
  }
  return errors;
}

/**
 * The rules every agenda item keeps: a title; an exempt item names its paragraph of Schedule 12A
 * (1 to 7) unless it was imported from a pack that prints none (`allowUnstated`: "exempt, paragraph
 * not stated", which keeps it and its papers private); a public item has no paragraph; its pages run forwards.
 * @example agendaItemErrors({ title: 'Land sale', access: 'exempt', exemptParagraph: null }) // [{ field: 'exemptParagraph', … }]
 */
export function agendaItemErrors(
  v: { title?: unknown; access?: unknown; exemptParagraph?: unknown; pageFrom?: unknown; pageTo?: unknown },
  opts: { allowUnstated?: boolean } = {},
): FieldError[] {
  const errors: FieldError[] = [];
  if (v.title !== undefined && !String(v.title ?? '').trim()) errors.push({ field: 'title', message: 'Enter the title of the item' });
  if (v.access === 'exempt' && (v.exemptParagraph === null || v.exemptParagraph === undefined) && !opts.allowUnstated) {
    errors.push({ field: 'exemptParagraph', message: 'Select the paragraph of Schedule 12A' });
  }
  if (v.access === 'public' && v.exemptParagraph !== null && v.exemptParagraph !== undefined)
    errors.push({ field: 'exemptParagraph', message: 'A public item has no paragraph of Schedule 12A' });
  const from = typeof v.pageFrom === 'number' ? v.pageFrom : null;
  const to = typeof v.pageTo === 'number' ? v.pageTo : null;
  if (to !== null && from === null) errors.push({ field: 'pageFrom', message: 'Enter the first page' });
  else if (from !== null && to !== null && to < from) errors.push({ field: 'pageTo', message: 'The last page must be the same as or after the first page' });
  return errors;
}

const statusRank: MeetingStatus[] = ['scheduled', 'agenda-published', 'held', 'minutes-draft', 'minutes-approved'];

/**
 * A meeting's status moved on to what a new record proves, never backwards: a published agenda
 * proves "agenda published", minutes prove "held" and their approval "minutes approved". Cancelled
 * and postponed stay as a clerk set them.
 * @example advanceStatus('minutes-approved', 'agenda-published') // 'minutes-approved'
 */
export function advanceStatus(existing: MeetingStatus | null | undefined, proven: MeetingStatus): MeetingStatus {
  if (!existing) return proven;
  if (!statusRank.includes(existing)) return existing;
  return statusRank.indexOf(existing) >= statusRank.indexOf(proven) ? existing : proven;
}
