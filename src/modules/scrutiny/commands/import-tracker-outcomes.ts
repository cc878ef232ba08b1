import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { trackerOutcomes } from '../../../db/schema.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import type { LineError } from '../../../lib/csv-file.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { sameValue } from '../../records/index.ts';
import { visible, type Viewer } from '../../visibility/index.ts';
import { parseTrackerCsv } from '../tracker-csv.ts';
import { saveTrackerOutcomes, type TrackerOutcomeValues } from './save-tracker-outcomes.ts';

/**
 * Applies a CSV file of a committee's outcome tracker (the format of `trackerToCsv`) to the outcomes
 * with the same ids, among those of the committee the viewer may see: all rows or none. A row that
 * would change nothing writes nothing, so importing an export answers `changed: 0` with no audit rows.
 * Dates of actions and completions are not in the future nor before the outcome was agreed.
 * Objections name their line. Audited as `tracker-outcome.update`.
 * @example await importTrackerOutcomes(trx, actor, viewer, committeeId, 'id,outcome,owner,link,progress,progress_on,completed_on\r\n7,Report back,Head of Highways,,Survey done,2030-02-01,\r\n')
 */
export async function importTrackerOutcomes(ex: Executor, actor: Actor, v: Viewer, organisationId: number, csv: string, now = new Date()): Promise<Result<{ changed: number }>> {
  const parsed = parseTrackerCsv(csv);
  const current = await ex
    .select()
    .from(trackerOutcomes)
    .where(and(eq(trackerOutcomes.organisationId, organisationId), visible(v, 'tracker_outcome')));
  const byId = new Map(current.map((o) => [o.id, o]));
  const today = toLondonDate(now);
  const errors: LineError[] = [...parsed.errors];
  const writes: { id: number; line: number; values: TrackerOutcomeValues }[] = [];
  for (const row of parsed.rows) {
    const err = (field: string, message: string) => errors.push({ line: row.line, field, message: `Line ${row.line}: ${message}` });
    const before = byId.get(row.id);
    if (!before) {
      err('id', `there is no outcome ${row.id} on this committee’s tracker (an import changes existing outcomes only)`);
      continue;
    }
    const dates = [
      ['progress_on', 'date of the action', row.progressOn],
      ['completed_on', 'date it was completed', row.completedOn],
    ] as const;
    const objections = errors.length;
    for (const [field, what, day] of dates) {
      if (day && day > today) err(field, `the ${what} must be today or in the past`);
      else if (day && before.meetingDate && day < before.meetingDate) err(field, `the ${what} must be on or after the meeting that agreed the outcome (${before.meetingDate})`);
    }
    if (errors.length > objections) continue;
    const values: TrackerOutcomeValues = {
      outcome: row.outcome,
      owner: row.owner,
      link: row.link,
      progress: row.progress,
      progressOn: row.progressOn,
      completedOn: row.completedOn,
    };
    const changed = Object.fromEntries(Object.entries(values).filter(([k, val]) => !sameValue(before[k as keyof typeof before], val)));
    if (Object.keys(changed).length) writes.push({ id: before.id, line: row.line, values: changed });
  }
  if (errors.length) return invalid(errors.sort((a, b) => a.line - b.line));
  if (!writes.length) return ok({ changed: 0 });
  return ex.transaction(async (trx) => {
    const saved = await saveTrackerOutcomes(
      trx,
      actor,
      writes.map((w) => ({ id: w.id, values: w.values })),
      { now },
    );
    if (!saved.ok) return invalid(saved.errors.map((e) => ({ ...e, message: `Line ${writes[e.row]!.line}: ${e.message}` })));
    return ok({ changed: saved.value.outcomes.filter((o) => o === 'updated').length });
  });
}
