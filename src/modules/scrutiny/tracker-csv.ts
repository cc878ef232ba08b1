// The one CSV format of a committee's outcome tracker, for export and import (officer area and API).
import { readCsvFile, writeCsvFile, type LineError } from '../../lib/csv-file.ts';
import { isIsoDate } from '../../lib/dates.ts';
import type { trackerOutcomes } from './scrutiny.table.ts';
import type { TrackerStatus } from './tracker-status.ts';

/**
 * The columns, in order. `id` finds the outcome (an import changes existing outcomes only);
 * `meeting` (the day it was agreed), `item` and `status` (computed) are for reading and are not
 * changed by an import; `progress` is the latest action taken, `progress_on` the day it was taken and
 * `completed_on` the day the outcome was completed (dates as 2027-06-30 or 30/06/2027, or blank).
 */
export const TRACKER_COLUMNS = ['id', 'meeting', 'item', 'outcome', 'owner', 'link', 'status', 'progress', 'progress_on', 'completed_on'] as const;

/** The columns an import reads; the others may be left out. */
const IMPORTED = ['id', 'outcome', 'owner', 'link', 'progress', 'progress_on', 'completed_on'] as const;

/** One row of the file as the import applies it to the outcome with its id. */
export type TrackerCsvRow = {
  line: number;
  id: number;
  outcome: string | null;
  owner: string | null;
  link: string | null;
  progress: string | null;
  progressOn: string | null;
  completedOn: string | null;
};

type Outcome = typeof trackerOutcomes.$inferSelect & { status: TrackerStatus };

/**
 * A committee's outcomes as CSV text in the one file format (`writeCsvFile`), one row per outcome.
 * @example trackerToCsv(rows).split('\r\n')[0] // '\uFEFFid,meeting,item,outcome,owner,link,status,progress,progress_on,completed_on'
 */
export function trackerToCsv(rows: Outcome[]): string {
  return writeCsvFile(
    TRACKER_COLUMNS,
    rows.map((o) => [String(o.id), o.meetingDate ?? '', o.item, o.outcome ?? '', o.owner ?? '', o.link ?? '', o.status, o.progress ?? '', o.progressOn ?? '', o.completedOn ?? '']),
  );
}

const blank = (s: string) => (s.trim() ? s : null);

/** A day written as 2027-06-30 or 30/06/2027, as an ISO date; null when blank; undefined when it is not a real date. */
function readDay(text: string): string | null | undefined {
  const s = text.trim();
  if (!s) return null;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : s;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Reads a file in the tracker format: the rows it could read, and every objection with its line (the
 * header being line 1), so the caller changes nothing when one row is bad.
 * @example parseTrackerCsv('id,outcome,owner,link,progress,progress_on,completed_on\n7,,,,,31/02/2030,\n').errors // [{ line: 2, field: 'progress_on', … }]
 */
export function parseTrackerCsv(text: string): { rows: TrackerCsvRow[]; errors: LineError[] } {
  const file = readCsvFile(text, TRACKER_COLUMNS, (header) => IMPORTED.filter((c) => !header.includes(c)));
  if (file.errors.length) return { rows: [], errors: file.errors };
  const rows: TrackerCsvRow[] = [];
  const errors: LineError[] = [];
  const seen = new Map<number, number>();
  for (const { line, cell } of file.rows) {
    const before = errors.length;
    const err = (field: string, message: string) => errors.push({ line, field, message: `Line ${line}: ${message}` });
    const idText = cell('id').trim();
    const id = /^\d{1,9}$/.test(idText) ? Number(idText) : null;
    if (!idText) err('id', 'enter the id of the outcome');
    else if (id === null) err('id', `the id must be a whole number, not “${idText}”`);
    else if (seen.has(id)) err('id', `outcome ${id} is already on line ${seen.get(id)}`);
    else seen.set(id, line);
    const progressOn = readDay(cell('progress_on'));
    const completedOn = readDay(cell('completed_on'));
    if (progressOn === undefined) err('progress_on', `enter the date of the action as a date such as 2027-06-30 or 30/06/2027, not “${cell('progress_on').trim()}”`);
    if (completedOn === undefined) err('completed_on', `enter the date it was completed as a date such as 2027-06-30 or 30/06/2027, not “${cell('completed_on').trim()}”`);
    if (progressOn && !cell('progress').trim()) err('progress', 'enter the action taken on the date of the action');
    for (const [name, max] of [
      ['outcome', 4000],
      ['owner', 200],
      ['link', 300],
      ['progress', 4000],
    ] as const)
      if (cell(name).length > max) err(name, `the ${name} must be ${max} characters or fewer`);
    if (errors.length > before || id === null || progressOn === undefined || completedOn === undefined) continue;
    rows.push({ line, id, outcome: blank(cell('outcome')), owner: blank(cell('owner')), link: blank(cell('link')), progress: blank(cell('progress')), progressOn, completedOn });
  }
  return { rows, errors };
}
