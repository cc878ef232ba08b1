import type { Db } from '../../db/connect.ts';
import type { meetings } from '../../db/schema.ts';
import type { Viewer } from '../visibility/index.ts';

/** A section of the public meeting page contributed by another module (public questions, minutes, decisions…). */
export type PublicMeetingSection = {
  /** Template path from src/, included in the public meeting page; it reads its data from `sectionData[key]`. */
  template: string;
  key: string;
  /** Loads only what the viewer may see, through the visibility rules. */
  load: (db: Db, meeting: typeof meetings.$inferSelect, viewer: Viewer) => Promise<Record<string, unknown>>;
};

/** The registered sections, in page order. */
export const publicMeetingSections: PublicMeetingSection[] = [];

/** Registers a section on the public meeting page (idempotent by key). */
export function registerPublicMeetingSection(section: PublicMeetingSection): void {
  if (!publicMeetingSections.some((s) => s.key === section.key)) publicMeetingSections.push(section);
}
