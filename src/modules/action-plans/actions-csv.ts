// The one CSV format of an action plan's actions, for export and import (officer area and API).
import { readCsvFile, writeCsvFile, type LineError } from '../../lib/csv-file.ts';
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

/**
 * The actions as CSV text: a UTF-8 byte order mark (so spreadsheets read accents), a header row and
 * one row per action in plan order; quotes, commas and line breaks in text are quoted.
 * @example actionsToCsv(actions).split('\r\n')[0] // '\uFEFFnumber,action,success,owners,rag,due,direction,progress'
 */
export function actionsToCsv(actions: (typeof planActions.$inferSelect)[]): string {
  return writeCsvFile(
    ACTION_COLUMNS,
    actions.map((a) => [a.number, a.action, a.success ?? '', a.owners.join('; '), a.rag ?? '', dueCell(a), a.direction ?? '', a.progress ?? '']),
  );
}

const blank = (s: string | undefined) => (s?.trim() ? s : null);

/**
 * Reads a file in the actions format: the rows it could read, and every objection with its line (the
 * line a quoted row starts on, the header being line 1), so the caller changes nothing when one row is bad.
 * @example parseActionsCsv('number,action,success,owners,rag,due,direction,progress\n1,Map services,,,Reds,,,\n').errors // [{ line: 2, field: 'rag', … }]
 */
export function parseActionsCsv(text: string): { rows: ActionCsvRow[]; errors: LineError[] } {
  const file = readCsvFile(text, ACTION_COLUMNS);
  if (file.errors.length) return { rows: [], errors: file.errors };
  const rows: ActionCsvRow[] = [];
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  for (const { line, cell } of file.rows) {
    const err = (field: string, message: string) => errors.push({ line, field, message: `Line ${line}: ${message}` });
    const number = cell('number').trim();
    const action = cell('action');
    const ragText = cell('rag').trim();
    const rag = ragText ? (rags.find((r) => r.toLowerCase() === ragText.toLowerCase()) ?? (/^complete(d)?$/i.test(ragText) ? 'Blue' : undefined)) : null;
    const due = parseDue(cell('due'));
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
      if (cell(name).length > max) err(name, `the ${name} must be ${max} characters or fewer`);
    if (rag === undefined || !number || !action.trim() || errors.at(-1)?.line === line) continue;
    rows.push({
      line,
      number,
      action,
      success: blank(cell('success')),
      owners: cell('owners')
        .split(';')
        .map((o) => o.trim())
        .filter((o) => o),
      rag,
      dueRaw: cell('due').trim(),
      due,
      direction: blank(cell('direction')),
      progress: blank(cell('progress')),
    });
  }
  return { rows, errors };
}
