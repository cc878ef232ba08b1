import type { Db } from '../../db/connect.ts';
import type { meetings } from '../../db/schema.ts';
import type { Viewer } from '../visibility/index.ts';

/** A section of the officer meeting page contributed by another module (deadlines, publication, minutes…). */
export type MeetingPanel = {
  /** Template path from src/, included in the officer meeting page; it reads its data from `panelData[key]`. */
  template: string;
  key: string;
  /** Loads what the signed-in viewer may see, through the visibility rules. */
  load: (db: Db, meeting: typeof meetings.$inferSelect, viewer: Viewer) => Promise<Record<string, unknown>>;
};

/** The registered panels, in page order. Modules append to this from their index.ts. */
export const meetingPanels: MeetingPanel[] = [];

/** Registers a panel on the officer meeting page. */
export function registerMeetingPanel(panel: MeetingPanel): void {
  if (!meetingPanels.some((p) => p.key === panel.key)) meetingPanels.push(panel);
}
