import type { locations, meetings } from '../../db/schema.ts';
import type { PaperSource } from '../../lib/generated-paper.ts';
import { redact } from '../visibility/index.ts';
import type { AgendaItemRow } from './meetings.repo.ts';
import type { CsvColumn } from '../../lib/csv.ts';
import { toLondonDate, toLondonLocal } from '../../lib/dates.ts';

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

/** One-line address of a location. */
export function locationLine(l: Pick<typeof locations.$inferSelect, 'room' | 'description' | 'streetAddress' | 'postcode'> | null | undefined): string {
  if (!l) return '';
  return [l.room, l.description, l.streetAddress, l.postcode].filter(Boolean).join(', ');
}

/** The public view of a meeting. */
export function presentMeeting(
  m: Pick<typeof meetings.$inferSelect, 'id' | 'title' | 'startAt' | 'endAt' | 'status' | 'statusNote' | 'issuedBy' | 'issuedOn'>,
  organisation: { name: string; slug: string },
  location: Parameters<typeof locationLine>[0],
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

const eventStatus: Record<string, string> = { cancelled: 'EventCancelled', postponed: 'EventPostponed' };

/**
 * A meeting as a schema.org Event, for search engines and calendars: JSON ready to put in a
 * `<script type="application/ld+json">` (every `<` escaped, so text cannot close the element). The
 * page's absolute address is included only when PUBLIC_URL is configured.
 * @example meetingJsonLd(presentMeeting(m, org, loc), 'Wessex County Council', 'https://democracy.example.gov.uk')
 */
export function meetingJsonLd(m: ReturnType<typeof presentMeeting>, councilName: string, publicUrl: string | undefined): string {
  const event = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: m.title === m.organisationName ? m.organisationName : `${m.organisationName}: ${m.title}`,
    startDate: m.startAt.toISOString(),
    ...(m.endAt ? { endDate: m.endAt.toISOString() } : {}),
    eventStatus: `https://schema.org/${eventStatus[m.status] ?? 'EventScheduled'}`,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(m.location ? { location: { '@type': 'Place', name: m.location, address: m.location } } : {}),
    organizer: { '@type': 'Organization', name: councilName },
    ...(publicUrl ? { url: `${publicUrl}${m.url}` } : {}),
  };
  return JSON.stringify(event).replace(/</g, '\\u003c');
}

/** The public view of a meeting read by `listedMeetingRows`, which carries its committee and venue. */
export function presentListedMeeting(
  r: Parameters<typeof presentMeeting>[0] & { organisationName: string; organisationSlug: string } & NonNullable<Parameters<typeof locationLine>[0]>,
) {
  return presentMeeting(r, { name: r.organisationName, slug: r.organisationSlug }, r);
}

/**
 * An agenda item for display through the one redaction: an exempt item the viewer may not read keeps
 * its number, title and the Schedule 12A notice, and nothing else. `docs` are already only those the
 * viewer may see (the query decided), so they are attached as they are.
 */
export function presentAgendaItem<D extends { agendaItemId: number | null }>(
  item: Pick<
    AgendaItemRow,
    'id' | 'number' | 'title' | 'instruction' | 'pageFrom' | 'pageTo' | 'access' | 'exemptParagraph' | 'accessReason' | 'publicInterestReason' | 'publication' | 'readable'
  > & { paperSource?: PaperSource | null; meetingId?: number },
  docs: D[],
) {
  const r = redact('agenda_item', item);
  const source = r.withheld ? null : (item.paperSource ?? null);
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    pageFrom: r.pageFrom,
    pageTo: r.pageTo,
    access: r.access,
    exemptParagraph: r.exemptParagraph,
    exemptNotice: r.exemptNotice,
    withheld: r.withheld,
    publication: r.publication,
    isSubItem: !!r.number && /[.)]/.test(r.number),
    instruction: r.instruction,
    publicInterestReason: r.publicInterestReason,
    documents: docs.filter((d) => d.agendaItemId === r.id),
    paper: source && item.meetingId !== undefined ? generatedPaperLink(item.meetingId, source) : null,
  };
}

/**
 * Where the public reads the paper Shirehall generates for an item (it is printed into the pack too).
 * @example generatedPaperLink(9, { kind: 'outcome-tracker' }) // { href: '/meetings/9/outcome-tracker', text: 'Outcome tracker for this meeting' }
 */
export function generatedPaperLink(meetingId: number, source: PaperSource): { href: string; text: string } {
  switch (source.kind) {
    case 'outcome-tracker':
      return { href: `/meetings/${meetingId}/outcome-tracker`, text: 'Outcome tracker for this meeting' };
    case 'highlight-reports':
      return { href: `/plans/by-id/${source.planId}/highlight-reports/${source.quarter.toLowerCase().replace(/[\s/]/g, '-')}`, text: `Highlight reports ${source.quarter}` };
  }
}

/** Human-readable file size. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The columns of the meetings calendar as CSV: date and times in London time, the meeting's page address last. */
export function meetingCsvColumns(origin: string): CsvColumn<ReturnType<typeof presentListedMeeting>>[] {
  return [
    { header: 'Date', value: (m) => toLondonDate(m.startAt) },
    { header: 'Start time', value: (m) => toLondonLocal(m.startAt).slice(11) },
    { header: 'End time', value: (m) => (m.endAt ? toLondonLocal(m.endAt).slice(11) : '') },
    { header: 'Committee', value: (m) => m.organisationName },
    { header: 'Title', value: (m) => m.title },
    { header: 'Status', value: (m) => m.statusLabel.text },
    { header: 'Status note', value: (m) => m.statusNote },
    { header: 'Location', value: (m) => m.location },
    { header: 'Web page', value: (m) => `${origin}${m.url}` },
  ];
}
