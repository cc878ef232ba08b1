import type { Executor } from '../../db/connect.ts';
import { formatDate, toLondonDate } from '../../lib/dates.ts';
import type { GeneratedPaper } from '../../lib/generated-paper.ts';
import { publicViewer } from '../visibility/index.ts';
import { previousMeetingDate, trackerRows } from './tracker.repo.ts';

/**
 * The outcome tracker for a meeting as its agenda pack prints it: what the public page
 * `/meetings/{id}/outcome-tracker` shows — the published outcomes agreed before the meeting, those
 * completed by the last meeting left off, each status worked out for the meeting's date.
 * @example await trackerPaper(db, { id: 9, organisationId: 3, startAt })
 */
export async function trackerPaper(ex: Executor, meeting: { id: number; organisationId: number; startAt: Date }): Promise<GeneratedPaper> {
  const date = toLondonDate(meeting.startAt);
  const previous = await previousMeetingDate(ex, meeting.organisationId, date);
  const rows = await trackerRows(ex, publicViewer, { organisationId: meeting.organisationId, meetingDate: date });
  const intro = [
    `The outcomes the committee agreed before this meeting and their status on ${formatDate(date)}.`,
    previous ? `Outcomes completed by the meeting of ${formatDate(previous)} were reported then and are left off.` : '',
    'An outcome with no action recorded at least 3 months after it was agreed is Incomplete.',
  ].filter(Boolean);
  return {
    title: `Outcome tracker for the meeting of ${formatDate(date)}`,
    href: `/meetings/${meeting.id}/outcome-tracker`,
    blocks: [
      { text: intro.join(' ') },
      rows.length === 0
        ? { text: 'There are no outcomes on the tracker for this meeting.' }
        : {
            table: {
              caption: `${rows.length} ${rows.length === 1 ? 'outcome' : 'outcomes'}`,
              head: ['Meeting', 'Agenda item', 'Link to plan', 'Action owner', 'Agreed outcome', 'Status'],
              rows: rows.map((r) => [
                r.meetingDate ? formatDate(r.meetingDate) : '–',
                r.item,
                r.link || '–',
                r.owner || '–',
                [r.outcome || '–', r.progress ? `Action${r.progressOn ? ` (${formatDate(r.progressOn)})` : ''}: ${r.progress}` : ''].filter(Boolean).join('\n'),
                r.status,
              ]),
            },
          },
    ],
  };
}
