// The one CSV format of the risk register, for export and import (officer area and API).
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FieldError } from '../../lib/result.ts';
import { fieldErrors } from '../../lib/validation.ts';
import { riskFields, riskInput, type RiskInput } from './risks.schema.ts';
import type { risks } from './risks.table.ts';

/**
 * The columns, in order. `ref` finds the risk (a new reference adds a draft risk); `likelihood`,
 * `impact` and the targets are whole numbers from 1 to 5; `score` and `target_score` are computed
 * (blank, or the product of the two ratings); `review_date` is 2027-06-30, 30/06/2027 or blank.
 */
export const RISK_COLUMNS = [
  'ref',
  'title',
  'category',
  'owner',
  'likelihood',
  'impact',
  'score',
  'target_likelihood',
  'target_impact',
  'target_score',
  'mitigations',
  'review_date',
] as const;

/** One row of the file, read and checked, with its line. */
export type RiskCsvRow = { line: number; input: RiskInput };

/** An objection to one line of the file. */
export type LineError = FieldError & { line: number };

// A spreadsheet runs a cell that starts with one of these as a formula: exported, such a cell gets a
// leading apostrophe, which the import takes off again.
const formulaStart = /^[=+\-@\t\r]/;
const guard = (s: string) => (formulaStart.test(s) ? `'${s}` : s);
const unguard = (s: string) => (s.startsWith("'") && formulaStart.test(s.slice(1)) ? s.slice(1) : s);

/**
 * The risks as CSV text: a UTF-8 byte order mark, a header row and one row per risk in the order given.
 * @example risksToCsv(rows).split('\r\n')[0] // '\uFEFFref,title,category,owner,likelihood,impact,score,…'
 */
export function risksToCsv(rows: (typeof risks.$inferSelect)[]): string {
  const cell = (x: string | number | null) => (x === null ? '' : String(x));
  const body = rows.map((r) =>
    [r.ref, r.title, r.category, r.owner, r.likelihood, r.impact, r.score, r.targetLikelihood, r.targetImpact, r.targetScore, r.mitigations, r.reviewDate].map((x) =>
      guard(cell(x)),
    ),
  );
  return `\uFEFF${stringify([[...RISK_COLUMNS], ...body], { record_delimiter: '\r\n', quoted_match: /^\s|\s$/ })}`;
}

/** A review date cell as YYYY-MM-DD: blank stays blank, 30/06/2027 is turned round, anything else is kept for the check to refuse. */
function isoCell(s: string): string | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : t;
}

const csvName: Record<string, string> = {
  targetLikelihood: 'target_likelihood',
  targetImpact: 'target_impact',
  reviewDate: 'review_date',
};

/**
 * Reads a file in the register's format: the rows it could read, and every objection with its line
 * (the line a quoted row starts on, the header being line 1), so the caller changes nothing when one
 * row is bad. Each row is checked with the same rules as the form.
 * @example parseRisksCsv('ref,title,category,owner,likelihood,impact,score,target_likelihood,target_impact,target_score,mitigations,review_date\nORG1,Flood,,Head of Highways,6,2,,,,,,\n').errors[0].message // 'Line 2: Likelihood must be a whole number from 1 to 5'
 */
export function parseRisksCsv(text: string): { rows: RiskCsvRow[]; errors: LineError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ line, field: 'file', message: `Line ${line}: the file is not valid CSV (check that every quote mark is closed)` }] };
  }
  if (!records.length) return { rows: [], errors: [{ line: 1, field: 'file', message: 'The selected file is empty' }] };
  const header = records[0]!.record.map((h) => h.trim().toLowerCase());
  const missing = RISK_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    return {
      rows: [],
      errors: [{ line: 1, field: 'file', message: `Line 1: the header row must name the columns ${RISK_COLUMNS.join(', ')} (missing: ${missing.join(', ')})` }],
    };
  const col = (r: string[], name: (typeof RISK_COLUMNS)[number]) => unguard(r[header.indexOf(name)] ?? '');
  const rows: RiskCsvRow[] = [];
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  let lastLine = records[0]!.info.lines;
  for (const { record, info } of records.slice(1)) {
    // csv-parse counts lines to the end of a record; a quoted note may span several.
    const line = lastLine + 1 + leadingBlankLines(record, info.lines - lastLine);
    lastLine = info.lines;
    const err = (field: string, message: string) => errors.push({ line, field, message: `Line ${line}: ${message}` });
    const blank = (s: string) => (s.trim() ? s : undefined);
    const raw = {
      ref: blank(col(record, 'ref')),
      title: blank(col(record, 'title')),
      category: blank(col(record, 'category')),
      owner: blank(col(record, 'owner')),
      likelihood: blank(col(record, 'likelihood')),
      impact: blank(col(record, 'impact')),
      targetLikelihood: blank(col(record, 'target_likelihood')),
      targetImpact: blank(col(record, 'target_impact')),
      mitigations: blank(col(record, 'mitigations')),
      reviewDate: isoCell(col(record, 'review_date')),
    };
    const parsed = riskInput.safeParse(raw);
    if (!parsed.success) {
      for (const e of fieldErrors(parsed.error).sort((a, b) => riskFields.indexOf(a.field) - riskFields.indexOf(b.field))) err(csvName[e.field] ?? e.field, e.message);
      continue;
    }
    const v = parsed.data;
    const score = col(record, 'score').trim();
    if (score && Number(score) !== v.likelihood * v.impact)
      err('score', `The score must be the likelihood multiplied by the impact (${v.likelihood} × ${v.impact} = ${v.likelihood * v.impact}), not ${score}`);
    const target = col(record, 'target_score').trim();
    const targetScore = v.targetLikelihood !== undefined && v.targetImpact !== undefined ? v.targetLikelihood * v.targetImpact : null;
    if (target && Number(target) !== targetScore)
      err('target_score', targetScore === null ? 'Leave the target score blank when there is no target rating' : `The target score must be ${targetScore}, not ${target}`);
    if (seen.has(v.ref)) err('ref', `risk ${v.ref} is already on line ${seen.get(v.ref)}`);
    else seen.set(v.ref, line);
    if (errors.at(-1)?.line === line) continue;
    rows.push({ line, input: v });
  }
  return { rows, errors };
}

// Blank lines skipped before a record are counted in its lines; a record's own line breaks are in its cells.
function leadingBlankLines(record: string[], linesSpanned: number): number {
  const own = record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  return Math.max(0, linesSpanned - 1 - own);
}
