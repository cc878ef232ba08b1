import type { agendaItems, locations, meetings } from './meetings.table.ts';

const statusLabels: Record<string, { text: string; colour: string }> = {
  scheduled: { text: 'Scheduled', colour: 'grey' },
  'agenda-published': { text: 'Agenda published', colour: 'blue' },
  held: { text: 'Held', colour: 'turquoise' },
  'minutes-draft': { text: 'Draft minutes', colour: 'yellow' },
  'minutes-approved': { text: 'Minutes approved', colour: 'green' },
  cancelled: { text: 'Cancelled', colour: 'red' },
  postponed: { text: 'Postponed', colour: 'orange' },
};

/** Label and tag colour for a meeting status. */
export const meetingStatus = (status: string) => statusLabels[status] ?? { text: status, colour: 'grey' };

/** The wording shown in place of exempt content. */
export const exemptNotice = (paragraph: number | null) =>
  `Not for publication: paragraph ${paragraph ?? '?'} of Schedule 12A to the Local Government Act 1972`;

/** One-line address of a location. */
export function locationLine(l: typeof locations.$inferSelect | null | undefined): string {
  if (!l) return '';
  return [l.room, l.description, l.streetAddress, l.postcode].filter(Boolean).join(', ');
}

/** The public view of a meeting. */
export function presentMeeting(
  m: typeof meetings.$inferSelect,
  organisation: { name: string; slug: string },
  location: typeof locations.$inferSelect | null | undefined,
) {
  return {
    id: m.id,
    url: `/meetings/${m.id}`,
    title: m.title ?? organisation.name,
    organisationName: organisation.name,
    organisationSlug: organisation.slug,
    startAt: m.startAt,
    endAt: m.endAt,
    status: m.status,
    statusLabel: meetingStatus(m.status),
    statusNote: m.statusNote,
    location: locationLine(location),
    issuedBy: m.issuedBy,
    issuedOn: m.issuedOn,
  };
}

/** Document summary as the public may see it. */
export type PublicDocument = { id: number; title: string; kind: string; fileName: string; mimeType: string; byteSize: number; agendaItemId: number | null; isPublic: boolean; exemptParagraph: number | null };

/**
 * An agenda item for display. Exempt items keep their number and title and the Schedule 12A notice,
 * and nothing more unless the viewer may read exempt information.
 */
export function presentAgendaItem(item: typeof agendaItems.$inferSelect, docs: PublicDocument[], mayReadExempt: boolean) {
  const base = {
    id: item.id,
    number: item.number,
    title: item.title,
    pageFrom: item.pageFrom,
    pageTo: item.pageTo,
    isPublic: item.isPublic,
    exemptParagraph: item.exemptParagraph,
    exemptNotice: item.isPublic ? null : exemptNotice(item.exemptParagraph),
    isSubItem: !!item.number && /[.)]/.test(item.number),
  };
  if (!item.isPublic && !mayReadExempt) return { ...base, instruction: null, publicInterestReason: null, documents: [] as PublicDocument[] };
  return {
    ...base,
    instruction: item.instruction,
    publicInterestReason: item.publicInterestReason,
    documents: docs.filter((d) => d.agendaItemId === item.id && (d.isPublic || mayReadExempt)),
  };
}

/** Human-readable file size. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
