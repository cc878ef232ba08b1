import type { Db } from '../../db/connect.ts';
import { formatDateTime } from '../../lib/dates.ts';
import type { meetings } from '../../db/schema.ts';
import { registerMeetingPanel, type MeetingPanel } from '../meetings/index.ts';
import { meetingDeadlines, type MeetingDeadline } from './meeting-deadlines.ts';
import { loadMeetingFacts, meetingRules } from './deadlines.repo.ts';

type Meeting = typeof meetings.$inferSelect;

const stateTags: Record<MeetingDeadline['state'], { text: string; colour: string }> = {
  met: { text: 'Met', colour: 'green' },
  due: { text: 'Due', colour: 'yellow' },
  missed: { text: 'Missed', colour: 'red' },
  open: { text: 'Open', colour: 'blue' },
  closed: { text: 'Closed', colour: 'grey' },
};

const sourceLabels = { committee: 'committee rule', council: 'council rule', default: 'default rule' } as const;

/** The Deadlines panel's rows for one meeting, ready for the template. */
export async function loadDeadlinesPanel(db: Db, meeting: Meeting, now = new Date()) {
  const [facts, rules] = await Promise.all([loadMeetingFacts(db, meeting), meetingRules(db, meeting)]);
  const rows = meetingDeadlines(facts, rules.organisationRules, rules.bodyRules, rules.nation, now);
  return {
    rows: rows.map((r) => ({
      ...r,
      dueText: formatDateTime(r.due),
      phraseText: r.phrase.charAt(0).toUpperCase() + r.phrase.slice(1),
      tag: stateTags[r.state],
      sourceLabel: sourceLabels[r.source],
    })),
  };
}

/** The "Deadlines" panel on the officer meeting page. */
export const deadlinesPanel: MeetingPanel = {
  key: 'deadlines',
  template: 'modules/deadlines/views/deadlines-panel.njk',
  load: (db, meeting) => loadDeadlinesPanel(db, meeting),
};

/** Adds the Deadlines panel to the officer meeting page. */
export async function deadlinesModule(): Promise<void> {
  registerMeetingPanel(deadlinesPanel);
}
