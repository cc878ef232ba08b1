import type { CsvColumn } from '../../lib/csv.ts';
import { formatDate } from '../../web/format.ts';
import type { Period } from './attendance.schema.ts';

/** The tallies of one row of an attendance table. */
type Tallies = { expected: number; attended: number; apologies: number; absent: number; substitute: number };

/** A share of the meetings expected, as a whole percentage, or null when none were expected. */
function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}

/** A row of an attendance table with its percentages. */
export function presentTallies<T extends Tallies>(row: T) {
  return { ...row, attendedPercent: percent(row.attended, row.expected), apologiesPercent: percent(row.apologies, row.expected) };
}

/** The row adding up every other row. */
export function totalOf(rows: Tallies[]) {
  const sum = (k: keyof Tallies) => rows.reduce((a, r) => a + r[k], 0);
  return presentTallies({ expected: sum('expected'), attended: sum('attended'), apologies: sum('apologies'), absent: sum('absent'), substitute: sum('substitute') });
}

/** "1 December 2025 to 30 November 2026". */
export function periodLabel(p: Period): string {
  return `${formatDate(p.from)} to ${formatDate(p.to)}`;
}

type Row = ReturnType<typeof presentTallies<Tallies & { name: string }>>;

/** The columns of an attendance CSV: the same as the table on the page, the first one named `first`. */
export function attendanceColumns(first: string): CsvColumn<Row>[] {
  return [
    { header: first, value: (r) => r.name },
    { header: 'Meetings expected', value: (r) => r.expected },
    { header: 'Attended', value: (r) => r.attended },
    { header: 'Attended (%)', value: (r) => r.attendedPercent },
    { header: 'Apologies', value: (r) => r.apologies },
    { header: 'Apologies (%)', value: (r) => r.apologiesPercent },
    { header: 'Absent', value: (r) => r.absent },
    { header: 'Attended as substitute', value: (r) => r.substitute },
  ];
}
