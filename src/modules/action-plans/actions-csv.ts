// The one CSV format of an action plan's actions, for export and import (officer area and API).
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FieldError } from '../../lib/result.ts';
import { dueCell, parseDue, type Due } from './action-due.ts';
import { rags, type planActions } from './action-plans.table.ts';

/**
 * The columns, in order. `number` finds the action in the plan (it is not changed by an import);
 * `owners` are separated by semicolons (blank: "To identify lead"); `rag` is Red, Amber, Green, Blue
 * (complete) or blank; `due` is a day (2027-06-30 or 30/06/2027), a month (June 2027), "Ongoing" or
 * blank; `progress` is the latest progress note.
 */
export const ACTION_COLUMNS = ['number', 'action', 'success', 'owners', 'rag', 'due', 'direction', 'progress'] as const;

/** One row of the file as the import applies it to the action with its number. */
export type ActionCsvRow = {
  line: number;
  number: string;
  action: string;
  success: string | null;
  owners: string[];
  rag: (typeof rags)[number] | null;
  direction: string | null;
  progress: string | null;
  /** The due date as written, and as read (null when it is not a date, month or "Ongoing"). */
  dueRaw: string;
  due: Due | null;
};

/** An objection to one line of the file. */
export type LineError = FieldError & { line: number };

// A spreadsheet runs a cell that starts with one of these as a formula: exported, such a cell gets a
// leading apostrophe, which the import takes off again.
const formulaStart = /^[=+\-@\t\r]/;
const guard = (s: string) => (formulaStart.test(s) ? `'${s}` : s);
const unguard = (s: string) => (s.startsWith("'") && formulaStart.test(s.slice(1)) ? s.slice(1) : s);

/**
 * The actions as CSV text: a UTF-8 byte order mark (so spreadsheets read accents), a header row and
 * one row per action in plan order; quotes, commas and line breaks in text are quoted.
 * @example actionsToCsv(actions).split('\r\n')[0] // '\uFEFFnumber,action,success,owners,rag,due,direction,progress'
 */
export function actionsToCsv(actions: (typeof planActions.$inferSelect)[]): string {
  const rows = actions.map((a) => [a.number, a.action, a.success ?? '', a.owners.join('; '), a.rag ?? '', dueCell(a), a.direction ?? '', a.progress ?? ''].map(guard));
  return `\uFEFF${stringify([[...ACTION_COLUMNS], ...rows], { record_delimiter: '\r\n', quoted_match: /^\s|\s$/ })}`;
}

const blank = (s: string | undefined) => (s?.trim() ? s : null);

/**
 * Reads a file in the actions format: the rows it could read, and every objection with its line (the
 * line a quoted row starts on, the header being line 1), so the caller changes nothing when one row is bad.
 * @example parseActionsCsv('number,action,success,owners,rag,due,direction,progress\n1,Map services,,,Reds,,,\n').errors // [{ line: 2, field: 'rag', … }]
 */
export function parseActionsCsv(text: string): { rows: ActionCsvRow[]; errors: LineError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ line, field: 'file', message: `Line ${line}: the file is not valid CSV (check that every quote mark is closed)` }] };
  }
  if (!records.length) return { rows: [], errors: [{ line: 1, field: 'file', message: 'The selected file is empty' }] };
  const header = records[0]!.record.map((h) => h.trim().toLowerCase());
  const missing = ACTION_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    return {
      rows: [],
      errors: [{ line: 1, field: 'file', message: `Line 1: the header row must name the columns ${ACTION_COLUMNS.join(', ')} (missing: ${missing.join(', ')})` }],
    };
  const col = (r: string[], name: (typeof ACTION_COLUMNS)[number]) => unguard(r[header.indexOf(name)] ?? '');
  const rows: ActionCsvRow[] = [];
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  let lastLine = records[0]!.info.lines;
  for (const { record, info } of records.slice(1)) {
    // csv-parse counts lines to the end of a record; a quoted note may span several.
    const line = lastLine + 1 + leadingBlankLines(record, info.lines - lastLine);
    lastLine = info.lines;
    const err = (field: string, message: string) => errors.push({ line, field, message: `Line ${line}: ${message}` });
    const number = col(record, 'number').trim();
    const action = col(record, 'action');
    const ragText = col(record, 'rag').trim();
    const rag = ragText ? (rags.find((r) => r.toLowerCase() === ragText.toLowerCase()) ?? (/^complete(d)?$/i.test(ragText) ? 'Blue' : undefined)) : null;
    const due = parseDue(col(record, 'due'));
    if (!number) err('number', 'enter the number of the action');
    else if (seen.has(number)) err('number', `action ${number} is already on line ${seen.get(number)}`);
    else seen.set(number, line);
    if (!action.trim()) err('action', 'enter the action');
    if (rag === undefined) err('rag', `the RAG rating must be Red, Amber, Green, Blue or blank, not “${ragText}”`);
    for (const [name, max] of [
      ['action', 4000],
      ['success', 4000],
      ['progress', 4000],
      ['direction', 200],
      ['owners', 2000],
    ] as const)
      if (col(record, name).length > max) err(name, `the ${name} must be ${max} characters or fewer`);
    if (rag === undefined || !number || !action.trim() || errors.at(-1)?.line === line) continue;
    rows.push({
      line,
      number,
      action,
      success: blank(col(record, 'success')),
      owners: col(record, 'owners')
        .split(';')
        .map((o) => o.trim())
        .filter((o) => o),
      rag,
      dueRaw: col(record, 'due').trim(),
      due,
      direction: blank(col(record, 'direction')),
      progress: blank(col(record, 'progress')),
    });
  }
  return { rows, errors };
}

// Blank lines skipped before a record are counted in its lines; a record's own line breaks are in its cells.
function leadingBlankLines(record: string[], linesSpanned: number): number {
  const own = record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  return Math.max(0, linesSpanned - 1 - own);
}
