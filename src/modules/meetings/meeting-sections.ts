import type { Db } from '../../db/connect.ts';
import type { CurrentUser } from '../accounts/accounts.policy.ts';
import type { meetings } from './meetings.table.ts';

/** A section of the public meeting page contributed by another module (public questions, minutes, decisions…). */
export type PublicMeetingSection = {
  /** Template path from src/, included in the public meeting page; it reads its data from `sectionData[key]`. */
  template: string;
  key: string;
  /** Loads only what the public (or the signed-in `user`) may see. */
  load: (db: Db, meeting: typeof meetings.$inferSelect, user: CurrentUser | null) => Promise<Record<string, unknown>>;
};

/** The registered sections, in page order. */
export const publicMeetingSections: PublicMeetingSection[] = [];

/** Registers a section on the public meeting page (idempotent by key). */
export function registerPublicMeetingSection(section: PublicMeetingSection): void {
  if (!publicMeetingSections.some((s) => s.key === section.key)) publicMeetingSections.push(section);
}
