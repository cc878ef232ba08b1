// Reads that several channels share: every value the viewer may see, as the one CSV format.
import type { Executor } from '../../db/connect.ts';
import type { Viewer } from '../visibility/index.ts';
import { listMeasures, valuesOf } from './measures.repo.ts';
import { valuesToCsv } from './values-csv.ts';

/** Every value of every measure the viewer may see, by measure name and period, as CSV (the import's format). */
export async function measureValuesCsv(ex: Executor, v: Viewer): Promise<string> {
  const rows = (await listMeasures(ex, v)).sort((a, b) => a.measure.name.localeCompare(b.measure.name) || a.measure.id - b.measure.id);
  const values = await valuesOf(
    ex,
    rows.map((r) => r.measure.id),
  );
  return valuesToCsv(
    rows.flatMap((r) => (values.get(r.measure.id) ?? []).map((v) => ({ measureId: r.measure.id, measure: r.measure.name, label: v.label, value: v.value, note: v.note }))),
  );
}
