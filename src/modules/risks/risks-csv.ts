// The one CSV format of the risk register, for export and import (officer area and API).
import { readCsvFile, writeCsvFile, type LineError } from '../../lib/csv-file.ts';
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

/**
 * The risks as CSV text: a UTF-8 byte order mark, a header row and one row per risk in the order given.
 * @example risksToCsv(rows).split('\r\n')[0] // '\uFEFFref,title,category,owner,likelihood,impact,score,…'
 */
export function risksToCsv(rows: (typeof risks.$inferSelect)[]): string {
  const text = (x: string | number | null) => (x === null ? '' : String(x));
  return writeCsvFile(
    RISK_COLUMNS,
    rows.map((r) =>
      [r.ref, r.title, r.category, r.owner, r.likelihood, r.impact, r.score, r.targetLikelihood, r.targetImpact, r.targetScore, r.mitigations, r.reviewDate].map(text),
    ),
  );
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
  const file = readCsvFile(text, RISK_COLUMNS);
  if (file.errors.length) return { rows: [], errors: file.errors };
  const rows: RiskCsvRow[] = [];
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  for (const { line, cell } of file.rows) {
    const err = (field: string, message: string) => errors.push({ line, field, message: `Line ${line}: ${message}` });
    const blank = (s: string) => (s.trim() ? s : undefined);
    const raw = {
      ref: blank(cell('ref')),
      title: blank(cell('title')),
      category: blank(cell('category')),
      owner: blank(cell('owner')),
      likelihood: blank(cell('likelihood')),
      impact: blank(cell('impact')),
      targetLikelihood: blank(cell('target_likelihood')),
      targetImpact: blank(cell('target_impact')),
      mitigations: blank(cell('mitigations')),
      reviewDate: isoCell(cell('review_date')),
    };
    const parsed = riskInput.safeParse(raw);
    if (!parsed.success) {
      for (const e of fieldErrors(parsed.error).sort((a, b) => riskFields.indexOf(a.field) - riskFields.indexOf(b.field))) err(csvName[e.field] ?? e.field, e.message);
      continue;
    }
    const v = parsed.data;
    const score = cell('score').trim();
    if (score && Number(score) !== v.likelihood * v.impact)
      err('score', `The score must be the likelihood multiplied by the impact (${v.likelihood} × ${v.impact} = ${v.likelihood * v.impact}), not ${score}`);
    const target = cell('target_score').trim();
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
