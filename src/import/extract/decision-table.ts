import type { Doc, Line } from './doc.ts';
import { cellsOf } from './doc.ts';
import { COVER_LABELS, WRAPPED_LABEL_TAIL } from './layouts.ts';
import type { MinuteRow, MinuteTable } from './minute-table.ts';
import { joinWrapped } from './names.ts';
import { isPageFurniture } from './text-normalise.ts';

const labelsOf = (field: string): RegExp[] => COVER_LABELS.filter((c) => c.field === field).map((c) => c.pattern);
const NUMBER_LABELS = labelsOf('decisionNo');
const TITLE_LABELS = labelsOf('title');
const ITEM_LABELS = labelsOf('agendaItem');
const AGENDA_NUMBER = /^\d{1,4}(?:\.\d{1,2})?[a-z]?$/i;

/** A line's cells without the empty one its indent leaves in front. */
function filled(l: Line): string[] {
  return cellsOf(l).filter((c, k) => k > 0 || c !== '');
}

/** A line as text of its own: one cell of a label table's row. */
function lineOf(l: Line, text: string): Line {
  return { ...l, raw: text, text, tabbed: false, cells: undefined, coverFields: undefined };
}

/**
 * The decision number's row of a label table ("Decision No. | EX12/31 | Agenda item | 4"): the number, and the agenda
 * item when the row prints it beside the number, its label maybe wrapped onto the next line ("Agenda" over "item").
 */
function numberRow(lines: readonly Line[], i: number): { minute: string; agendaItem: string | null; tail: boolean } | null {
  const cells = filled(lines[i] as Line);
  if (cells.length < 2 || !NUMBER_LABELS.some((p) => p.test(cells[0] as string))) return null;
  const minute = cells[1] as string;
  const label = cells[2];
  const number = cells[3];
  if (label === undefined || number === undefined || !AGENDA_NUMBER.test(number)) return { minute, agendaItem: null, tail: false };
  if (ITEM_LABELS.some((p) => p.test(label))) return { minute, agendaItem: number, tail: false };
  const next = lines[i + 1];
  const tail = next ? filled(next) : [];
  if (tail.length === 1 && ITEM_LABELS.some((p) => p.test(`${label} ${tail[0] as string}`))) return { minute, agendaItem: number, tail: true };
  return { minute, agendaItem: null, tail: false };
}

/**
 * A record of decisions printed as one bordered label table per decision ("Decision No. | Subject | Decision |
 * Reasons for the decision | …", the label column left, values right): each table is one row of the minutes, numbered
 * by its decision number and titled by its subject. The other labels stay in the row's text, each alone on its line
 * over its value, so that the decision, the reasons and the declarations are read as a record of decisions' sections.
 * Null when the lines hold no such table.
 */
export function readDecisionTables(doc: Doc, from: number, end: number): MinuteTable | null {
  const { lines } = doc;
  const rows: MinuteRow[] = [];
  let header = -1;
  let tableEnd = from;
  for (let i = from; i < end; i++) {
    const start = numberRow(lines, i);
    if (!start) continue;
    const indent = (lines[i] as Line).indent;
    if (header < 0) header = i;
    const row: MinuteRow = { minute: start.minute, agendaItem: start.agendaItem, title: '', body: [], first: i, last: i };
    let title: string[] | null = null;
    let labelAt = -1;
    let j = start.tail ? i + 2 : i + 1;
    for (; j < end; j++) {
      const l = lines[j] as Line;
      if (l.text === '' || isPageFurniture(l)) continue;
      if (l.indent < indent || numberRow(lines, j)) break;
      const cells = filled(l);
      if (l.indent === indent && cells.length === 1) {
        // A label's tail wrapped alone onto the row's next line ("Declarations of" over "interest").
        const label = row.body[labelAt];
        if (!WRAPPED_LABEL_TAIL.test(cells[0] as string) || !label) break;
        row.body[labelAt] = lineOf(label, `${label.text} ${cells[0] as string}`);
        row.last = j;
        continue;
      }
      if (l.indent === indent) {
        const label = cells[0] as string;
        const value = cells.slice(1).join(' ');
        title = TITLE_LABELS.some((p) => p.test(label)) ? [value] : null;
        labelAt = title ? -1 : row.body.length + 1;
        if (!title) row.body.push(lineOf(l, ''), lineOf(l, label), { ...lineOf(l, value), raw: ` ${value}` });
      } else if (title) title.push(l.text);
      else row.body.push({ ...lineOf(l, l.text), raw: ` ${l.text}` });
      if (title) row.title = joinWrapped(title);
      row.last = j;
    }
    tableEnd = row.last + 1;
    if (row.title !== '') rows.push(row);
    i = j - 1;
  }
  return rows.length > 0 ? { header, rows, end: tableEnd, decisions: true } : null;
}
