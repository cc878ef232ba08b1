import type { SQL, SQLWrapper } from 'drizzle-orm';
import type { Viewer } from '../visibility/index.ts';
import type { MeetingCore } from './meeting-page.repo.ts';

/**
 * The meeting, as a section's SQL refers to it: the meeting page builds its query once and runs it for
 * every meeting, so this is a placeholder there; use it only inside SQL (`eq(t.meetingId, meetingId)`).
 */
export type MeetingRef = number | SQLWrapper;

type Selected<S extends Record<string, SQL>> = { [K in keyof S]: S[K] extends SQL<infer T> ? T : never };

/**
 * A section of the public meeting page contributed by another module (public questions, minutes,
 * packs, sources). Its data is read by the meeting page's one query: `select` gives the columns it adds
 * (JSON lists built in SQL through the visibility rules), `present` shapes them without I/O.
 */
export type PublicMeetingSection = {
  /** Template path from src/, included in the public meeting page; it reads its data from `sectionData[key]`. */
  template: string;
  key: string;
  /** The columns this section adds to the meeting page's query, for one meeting and viewer. */
  select: (meetingId: MeetingRef, viewer: Viewer) => Record<string, SQL>;
  /** A cheap condition (no visibility rules) without which the section shows nothing: its columns are then not read, and `present` is not called. */
  when?: (meetingId: MeetingRef) => SQL;
  /** The template's data from what `select` read; no I/O. */
  present: (data: Record<string, unknown>, meeting: MeetingCore, viewer: Viewer, now: Date) => Record<string, unknown>;
};

/** The registered sections, in page order. */
export const publicMeetingSections: PublicMeetingSection[] = [];

/**
 * Registers a section on the public meeting page (idempotent by key); `present` receives what `select` read, typed.
 * @example registerPublicMeetingSection({ key: 'x', template: 't.njk', select: (id, v) => ({ rows: jsonRows(…) }), present: (d) => ({ rows: d.rows }) })
 */
export function registerPublicMeetingSection<S extends Record<string, SQL>>(section: {
  template: string;
  key: string;
  select: (meetingId: MeetingRef, viewer: Viewer) => S;
  when?: (meetingId: MeetingRef) => SQL;
  present: (data: Selected<S>, meeting: MeetingCore, viewer: Viewer, now: Date) => Record<string, unknown>;
}): void {
  if (!publicMeetingSections.some((s) => s.key === section.key)) publicMeetingSections.push(section as unknown as PublicMeetingSection);
}
