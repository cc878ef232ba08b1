import type { ActionPlan, DueDate, PlanAction, Rag } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, locate, nextNonBlank, prevNonBlank, warn } from './doc.ts';
import { isMonthYear, parseDate } from './date-text.ts';
import { isPageFurniture, splitCells } from './text-normalise.ts';
import {
  ACTION_LOG_COLUMNS,
  ACTION_NUMBER_HEADER,
  ACTION_REF,
  APPENDIX_HEADING,
  DUE_AT_MEETING,
  PLAN_ACTION_COLUMN,
  PLAN_GROUP_COLUMN,
  PLAN_MEETING_COLUMN,
  PLAN_PROMPT_COLUMN,
  PLAN_RESPONSE_COLUMN,
  RAG_LETTER,
  RAG_LETTERS,
  STATUS_THEN_UPDATE,
} from './layouts.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { cellsByPosition, extendHeader, fitsColumns, headerColumns, rowCellsByPosition, startsInColumn } from './layout-columns.ts';
import { joinWrapped } from './names.ts';

// A row's number as printed: "2.1", a lettered part of one ("3(a)"), or one of a lettered group ("P1", a plan's recommendations to partners).
// A log numbers its rows by a reference instead ("AS/26/07").
const NUMBER = new RegExp(`^((?:[A-Z]?\\d{1,3}(?:\\.\\d{1,3})*)(?:\\([a-z]\\))?|${ACTION_REF.source})\\.?$`);
const PLACEHOLDER = /^(?:to (?:identify|be (?:identified|confirmed|agreed|appointed))(?:\s+(?:a\s+)?(?:lead|owner))?|tbc|tba|tbd|n\/a|none|[-–—]+|\?+)$/i;

/** Splits an owner cell into people or groups at " & ", " / " and "; "; a placeholder gives []. */
export function splitOwners(cell: string): string[] {
  const t = cell.trim();
  if (t === '' || PLACEHOLDER.test(t)) return [];
  return t
    .split(/\s+&\s+|\s*\/\s+|\s+\/\s*|\s*;\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !PLACEHOLDER.test(s));
}

/** Splits a RAG cell ("Amber 17/11/17", "Green complete", "Amber June 2018") into rag, due and status. */
export function splitRag(cell: string): { rag: Rag; due: DueDate | null; status: string | null } {
  // A RAG rating given by its letter before the status ("R – Overdue", "B – Complete"), as the key under a log spells out.
  const letter = RAG_LETTER.exec(cell.trim());
  if (letter) return { rag: RAG_LETTERS[(letter[1] as string).toUpperCase() as keyof typeof RAG_LETTERS], due: null, status: (letter[2] as string).trim() };
  const m = /^(red|amber|green|blue)\b[\s,:-]*(.*)$/i.exec(cell.trim());
  const rag = m ? ((((m[1] as string)[0] as string).toUpperCase() + (m[1] as string).slice(1).toLowerCase()) as Rag) : null;
  const rest = (m ? (m[2] as string) : cell).trim();
  if (rest === '' || /^(?:[.\-–—]+|n\/?a)$/i.test(rest)) return { rag, due: null, status: null };
  const date = parseDate(rest);
  if (date && rest.length <= 24) return { rag, due: { text: rest, date }, status: null };
  if (isMonthYear(rest)) return { rag, due: { text: rest, date: null }, status: null };
  if (DUE_AT_MEETING.test(rest)) return { rag, due: { text: rest, date: null }, status: null };
  return { rag, due: null, status: rest };
}

interface Columns {
  group: number;
  number: number;
  prompt: number;
  response: number;
  action: number;
  success: number;
  owner: number;
  rag: number;
  due: number;
  progress: number;
  /** The meeting that agreed each action ("Meeting", "Date agreed"); -1 when none. */
  meeting: number;
}

function columnsOf(cells: string[]): Columns {
  const find = (re: RegExp): number => cells.findIndex((c) => re.test(c));
  // A first column grouping the rows ("Review"), the number column after it.
  const group = PLAN_GROUP_COLUMN.test(cells[0] ?? '') && ACTION_NUMBER_HEADER.test(cells[1] ?? '') ? 0 : -1;
  return {
    group,
    number: group + 1,
    prompt: find(PLAN_PROMPT_COLUMN),
    response: cells.findIndex((c, k) => k > 0 && PLAN_RESPONSE_COLUMN.test(c)),
    // The number column's heading may itself start "Action" ("Action no."): the action column is another.
    action: cells.findIndex((c, k) => k > 0 && PLAN_ACTION_COLUMN.test(c)),
    success: find(/success|outcome|measure/i),
    owner: find(/owner|lead|responsib/i),
    rag: find(/\brag\b|due|status/i),
    // A due date in a column of its own, apart from the RAG status ("Due date" | "Status").
    due: ((): number => {
      const due = find(/^(?:due|deadline|target|by when|completion)(?:\s+date)?$|^(?:due|target|completion) date/i);
      const rag = find(/\brag\b|status/i);
      return due >= 0 && rag >= 0 && due !== rag ? due : -1;
    })(),
    progress: find(/progress|notes|update|comment/i),
    meeting: find(PLAN_MEETING_COLUMN),
  };
}

/** Whether a line is a paragraph of sentences (ending in a full stop), not a heading. */
const isSentences = (l: Line): boolean => l.text.length > 80 && l.text.endsWith('.');

/**
 * The heading over a plan's table: the plain line above its header, or, where that line is a subtitle printed under
 * an appendix's heading ("Appendix A – Action Plan" over "Position at …"), the appendix heading; -1 when there is none.
 * A paragraph introducing the table ("Cabinet responded on …") under a heading of its own gives way to that heading.
 */
export function planHeading(lines: readonly Line[], headerLine: number, floor: number): number {
  let above = prevNonBlank(lines as Line[], headerLine - 1, floor);
  if (above < 0 || (lines[above] as Line).tabbed) return -1;
  // A paragraph wrapped over several lines ends on a short line: its earlier lines are long lines of running text.
  let top = above;
  if ((lines[above] as Line).text.endsWith('.')) while (top - 1 >= floor && !(lines[top - 1] as Line).tabbed && (lines[top - 1] as Line).text.length > 60) top--;
  if (top < above || isSentences(lines[above] as Line)) {
    const heading = prevNonBlank(lines as Line[], top - 1, floor);
    const h = heading >= 0 ? (lines[heading] as Line) : null;
    if (h !== null && !h.tabbed && h.text.length <= 160 && !/[.:;,]$/.test(h.text)) above = heading;
  }
  const over = lines[above - 1];
  return above - 1 >= floor && over !== undefined && !over.tabbed && APPENDIX_HEADING.test(over.text) ? above - 1 : above;
}

/**
 * One action of a plan from its row's cells, by the header's columns; the prompt column (what it answers) and the
 * response to it go before the action.
 */
function actionOf(get: (k: number) => string, cols: Columns, ragCol: number): PlanAction {
  const number = (NUMBER.exec(get(cols.number)) as RegExpExecArray)[1] as string;
  const dot = number.lastIndexOf('.');
  const split = splitRag(get(ragCol));
  const dueCell = cols.due >= 0 ? get(cols.due) : '';
  // No date to meet ("N/A", a dash: a rejected recommendation) is none.
  const due = cols.due >= 0 ? (dueCell === '' || /^(?:n\/?a|[-–—]+)$/i.test(dueCell) ? null : { text: dueCell, date: parseDate(dueCell) }) : split.due;
  const blank = (s: string): string | null => (s === '' ? null : s);
  const prompt = cols.prompt >= 0 && cols.prompt !== cols.action ? get(cols.prompt) : '';
  const response = cols.response >= 0 && cols.response !== cols.action && cols.response !== cols.prompt ? get(cols.response) : '';
  const entry: PlanAction = {
    number,
    parent: dot > 0 ? number.slice(0, dot) : null,
    // A cell of a dash alone ("–", nothing agreed) adds nothing.
    action: [prompt, response, get(cols.action)].filter((c) => c !== '' && !/^[-–—]+$/.test(c)).join(' — '),
    success: blank(get(cols.success)),
    owners: splitOwners(get(cols.owner)),
    rag: split.rag,
    status: split.status,
    due,
    progress: blank(get(cols.progress)),
  };
  // The meeting that agreed it, printed day first ("12/03/29").
  if (cols.meeting >= 0 && get(cols.meeting) !== '') entry.meetingDate = parseDate(get(cols.meeting));
  // One column for the status and the update ("Status / Update": "Complete Circulated on …"): the status first, then the update.
  const both = ragCol >= 0 && ragCol === cols.progress ? STATUS_THEN_UPDATE.exec(get(ragCol)) : null;
  return both ? { ...entry, status: both[1] as string, progress: blank((both[2] as string).trim()) } : entry;
}

/** Whether a laid-out line is the second line of a header whose headings wrap ("Action" over "no."): two headings or more, each under one. */
function headerSecondLine(columns: LaidOutColumn[], text: string): boolean {
  return (text.match(/\S+(?: \S+)*/g) ?? []).length >= 2 && !NUMBER.test(cellsByPosition(text, columns)[0] as string) && extendHeader(columns, text);
}

/**
 * Whether a laid-out line of a number alone ("2028"), which reads as a page number, is the last piece of a cell wrapped
 * under the row above ("In progress –" / "due 12 October" / "2028"): it sits under a later column, not the first, and
 * the table goes on under it on the same page, where a page number would end its page.
 */
function wrappedNumberPiece(doc: Doc, i: number, end: number, columns: readonly LaidOutColumn[]): boolean {
  const l = doc.lines[i] as Line;
  const laid = doc.laidOut ?? [];
  const text = laid[i] ?? '';
  if (l.page === null || !/^\d{1,4}$/.test(l.text) || startsInColumn(text, columns, 0) || !fitsColumns(text, columns)) return false;
  const next = nextNonBlank(doc.lines, i + 1, end);
  const after = next >= 0 ? (doc.lines[next] as Line) : undefined;
  return after !== undefined && after.page === l.page && !isPageFurniture(after) && fitsColumns(laid[next] ?? '', columns);
}

/**
 * The rows of a plan laid out as a page (pdftotext -layout), read by position: a row starts where a number starts
 * the number column, and its cells wrap onto the lines under it, on over a page break (the header repeated at the
 * top of the next page, perhaps spaced differently, is read again). Headings may wrap onto a second line ("Action"
 * over "no."). A line across the columns (a group's heading such as "Area 2 – …", a key under the table) is no row
 * and ends the one above. Each word goes to its column by where it starts, a cell jammed one space from the next
 * read by the row's own columns. The header's headings and the rows; null without a header of three columns.
 */
function rowsByPosition(doc: Doc, span: Span, headerLine: number): { header: string[]; rows: Array<{ cells: string[]; first: number; last: number }> } | null {
  const laid = doc.laidOut as string[];
  let columns: LaidOutColumn[] = headerColumns(laid[headerLine] ?? '');
  const headers = columns.map((c) => c.header).join('\t');
  if (columns.length < 3) return null;
  let from = headerLine + 1;
  if (from < span.end && headerSecondLine(columns, laid[from] ?? '')) from++;
  const header = columns.map((c) => c.header);
  // A row's lines, in runs under one set of columns (a page break may bring the header again, spaced differently).
  type Row = { runs: Array<{ columns: LaidOutColumn[]; texts: string[] }>; first: number; last: number };
  const rows: Row[] = [];
  let current: Row | null = null;
  for (let i = from; i < span.end; i++) {
    const l = doc.lines[i] as Line;
    const text = laid[i] ?? '';
    if (l.text === '' || (isPageFurniture(l) && !(current !== null && wrappedNumberPiece(doc, i, span.end, columns)))) continue;
    const again = headerColumns(text);
    if (again.map((c) => c.header).join('\t') === headers) {
      columns = again;
      if (i + 1 < span.end && headerSecondLine(columns, laid[i + 1] ?? '')) i++;
      if (current) current.runs.push({ columns, texts: [] });
      continue;
    }
    const cells = cellsByPosition(text, columns);
    // A row's lines may jam two cells one space apart (read by the row's own columns below), so its first line need
    // not fit the columns when its number stands alone, nor its next lines (nothing in the number column); a line
    // across the columns from the number column (a group's heading, a key) ends the row above.
    const numberAlone = NUMBER.test(/\S+(?: \S+)*/.exec(text)?.[0] ?? '');
    const fits = fitsColumns(text, columns);
    if (NUMBER.test(cells[0] as string) && startsInColumn(text, columns, 0) && (fits || numberAlone)) {
      current = { runs: [{ columns, texts: [text] }], first: i, last: i };
      rows.push(current);
    } else if (cells[0] === '' && current !== null) {
      (current.runs[current.runs.length - 1] as { texts: string[] }).texts.push(text);
      current.last = i;
    } else if (!fits) current = null;
    else warn(doc, l, 'row-unplaced', `action plan row not understood: "${l.text}"`);
  }
  const cellsOfRow = (r: Row): string[] => {
    const parts = r.runs.filter((run) => run.texts.length > 0).map((run) => rowCellsByPosition(run.texts, run.columns));
    return header.map((_, k) => joinWrapped(parts.map((p) => p[k] ?? '')));
  };
  return { header, rows: rows.map((r) => ({ cells: cellsOfRow(r), first: r.first, last: r.last })) };
}

const tabsIn = (raw: string): number => raw.split('\t').length - 1;

/**
 * The row of an HTML table starting on line `i`, whose cells hold line breaks and paragraphs: every cell closes with a
 * tab, so the row runs on over the lines below (blank ones between its paragraphs) until its tabs fill the header's
 * `width`, each break read as a space. Its cells and last line; null when the span ends first.
 */
function rowRunningOn(lines: readonly Line[], i: number, end: number, width: number): { cells: string[]; last: number } | null {
  const parts = [(lines[i] as Line).raw];
  let tabs = tabsIn(parts[0] as string);
  let j = i;
  while (tabs < width && j + 1 < end) {
    const l = lines[++j] as Line;
    if (l.text === '') continue;
    parts.push(l.raw);
    tabs += tabsIn(l.raw);
  }
  return tabs < width ? null : { cells: splitCells(parts.join(' ')), last: j };
}

/**
 * The plans of an HTML table grouping its rows under a first column whose cell spans each group's rows (text-normalise
 * leaves an empty cell under it): a plan for each group, titled by its cell, each row one action. A row runs on over
 * the lines its cells' breaks and lists make until its tabs fill the header's `width`; a line that is no numbered row ends the table.
 */
function groupedPlans(doc: Doc, span: Span, headerLine: number, cols: Columns, ragCol: number, width: number): ActionPlan[] {
  const plans: Array<{ plan: ActionPlan; first: number; last: number }> = [];
  for (let i = headerLine + 1; i < span.end; i++) {
    const l = doc.lines[i] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    const row = rowRunningOn(doc.lines, i, span.end, width);
    const get = (k: number): string => (k >= 0 ? (row?.cells[k] ?? '').trim() : '');
    if (row === null || !NUMBER.test(get(cols.number))) break;
    const title = get(cols.group);
    const current = plans[plans.length - 1];
    if (title === '' && current === undefined) warn(doc, l, 'row-unplaced', `action plan row not understood: "${l.text}"`);
    else {
      const group = title === '' && current !== undefined ? current : { plan: { title, actions: [] } as ActionPlan, first: i, last: i };
      if (group !== current) plans.push(group);
      // The action starts on the line of its number, after the group's cell (which may break over lines and end its line).
      let numbered = i;
      let before = 0;
      while (before + tabsIn((doc.lines[numbered] as Line).raw) < cols.number && numbered < row.last) before += tabsIn((doc.lines[numbered++] as Line).raw);
      const fromNumber = (doc.lines[numbered] as Line).raw.split('\t').slice(cols.number - before);
      if (fromNumber.join('').trim() === '') numbered = Math.max(numbered, nextNonBlank(doc.lines, numbered + 1, row.last + 1));
      group.plan.actions.push(locate(doc, actionOf(get, cols, ragCol), numbered, row.last));
      group.last = row.last;
    }
    i = row.last;
  }
  return plans.map((g) => locate(doc, g.plan, g.first, g.last));
}

/** Reads a numbered action plan table (number, action, success, owner, RAG/due, progress): one plan, or one a group of rows. */
export function parseActionPlans(doc: Doc, span: Span, headerLine: number): ActionPlan[] {
  const { lines } = doc;
  const header = lines[headerLine] as Line;
  const laid = doc.laidOut ? rowsByPosition(doc, span, headerLine) : null;
  const cellsOfHeader = laid?.header ?? cellsOf(header);
  const cols = columnsOf(cellsOfHeader);
  // With the due date in its own column, the RAG cell is read from the status column.
  const ragCol = cols.due >= 0 ? cellsOfHeader.findIndex((c) => /\brag\b|status/i.test(c)) : cols.rag;
  // An HTML table's header closes its every cell with a tab: its rows may run on over several lines.
  const width = header.raw.endsWith('\t') ? tabsIn(header.raw) : 0;
  if (cols.group >= 0 && laid === null && width > 0) return groupedPlans(doc, span, headerLine, cols, ragCol, width);
  const heading = planHeading(lines, headerLine, span.start);
  const title = heading >= 0 ? (lines[heading] as Line).text : 'Action plan';
  const actions: PlanAction[] = [];
  const spans: Array<[number, number]> = [];
  const seen = new Set<string>();
  const add = (get: (k: number) => string, l: Line, first: number, last: number): void => {
    const action = actionOf(get, cols, ragCol);
    if (seen.has(action.number)) warn(doc, l, 'action-number-repeated', `action ${action.number} appears twice`);
    seen.add(action.number);
    if (action.parent !== null && !seen.has(action.parent)) warn(doc, l, 'action-parent-missing', `action ${action.number} has no parent ${action.parent} above it`);
    actions.push(action);
    spans.push([first, last]);
  };
  for (const row of laid?.rows ?? []) add((k) => (k >= 0 ? (row.cells[k] ?? '') : ''), lines[row.first] as Line, row.first, row.last);
  for (let i = headerLine + 1; laid === null && i < span.end; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    if (!l.tabbed) continue;
    let cells = cellsOf(l);
    if (cells.join('\t') === cellsOf(header).join('\t')) continue;
    const first = i;
    const runOn = width > 0 && tabsIn(l.raw) < width && NUMBER.test((cells[cols.number] ?? '').trim()) ? rowRunningOn(lines, i, span.end, width) : null;
    if (runOn !== null) {
      cells = runOn.cells;
      i = runOn.last;
    }
    const get = (k: number): string => (k >= 0 ? (cells[k] ?? '').trim() : '');
    if (!NUMBER.test(get(cols.number))) {
      const last = actions[actions.length - 1];
      if (get(cols.number) !== '' || !last) {
        warn(doc, l, 'row-unplaced', `action plan row not understood: "${l.text}"`);
        continue;
      }
      // A row split at a page break: join its cells to the action above.
      const join = (a: string | null, b: string): string | null => (b === '' ? a : a ? `${a} ${b}` : b);
      last.action = join(last.action, get(cols.action)) ?? '';
      last.success = join(last.success, get(cols.success));
      last.progress = join(last.progress, get(cols.progress));
      if (get(cols.owner) !== '') last.owners.push(...splitOwners(get(cols.owner)));
      (spans[spans.length - 1] as [number, number])[1] = i;
      continue;
    }
    add(get, l, first, i);
  }
  actions.forEach((a, k) => locate(doc, a, ...(spans[k] as [number, number])));
  const plan: ActionPlan = { title, actions };
  const top = heading >= 0 ? heading : headerLine;
  return [locate(doc, plan, top, spans.length > 0 ? (spans[spans.length - 1] as [number, number])[1] : headerLine)];
}

/** A row of an action log: each column's pieces (a cell wrapped onto lines, or broken by line breaks), and its lines. */
interface LogRow {
  cells: string[][];
  first: number;
  last: number;
}

/** A row's cells without the empty one a closed last cell leaves ("Action\tWho\tBy when\t"). */
function filledCells(l: Line): string[] {
  const cells = [...cellsOf(l)];
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * The rows of a log laid out on a page, read by position: a row starts after a blank line, or where the due column
 * is filled again; its cells wrap onto the lines under it. A line after a blank with no owner or due is past the table.
 */
function laidOutLogRows(doc: Doc, laid: readonly string[], columns: LaidOutColumn[], owner: number, due: number, from: number, end: number): { rows: LogRow[]; next: number } {
  const rows: LogRow[] = [];
  let blank = false;
  let j = from;
  for (; j < end; j++) {
    const l = doc.lines[j] as Line;
    if (l.text === '' || isPageFurniture(l)) {
      blank = true;
      continue;
    }
    const text = laid[j] ?? '';
    if (!fitsColumns(text, columns)) break;
    const cells = cellsByPosition(text, columns);
    const row = rows[rows.length - 1];
    const starts = row === undefined || blank || (cells[due] !== '' && (row.cells[due] as string[]).length > 0);
    if (starts && cells[owner] === '' && cells[due] === '') break;
    if (starts) rows.push({ cells: cells.map((c) => (c === '' ? [] : [c])), first: j, last: j });
    else {
      cells.forEach((c, k) => c !== '' && (row?.cells[k] as string[]).push(c));
      (row as { last: number }).last = j;
    }
    blank = false;
  }
  return { rows, next: j };
}

/**
 * The rows of a log printed as a table of cells (a web page's): one line a row, or, where a cell holds a line break
 * ("Karen Lister<br>Grants Officer"), the row runs on to the next line until it has every column, the broken cell's
 * pieces kept together. A line that is not a row of the table ends it.
 */
function tabbedLogRows(doc: Doc, width: number, from: number, end: number): { rows: LogRow[]; next: number } {
  const rows: LogRow[] = [];
  let open: LogRow | null = null;
  let j = from;
  for (; j < end; j++) {
    const l = doc.lines[j] as Line;
    if (l.text === '' || isPageFurniture(l)) {
      if (open) break;
      continue;
    }
    if (!l.tabbed && !open) break;
    const cells = filledCells(l);
    if (open) {
      // The line goes on with the broken cell: its first piece is that cell's.
      const [head = '', ...rest] = cells;
      if (head !== '') (open.cells[open.cells.length - 1] as string[]).push(head);
      open.cells.push(...rest.map((c) => (c === '' ? [] : [c])));
      open.last = j;
    } else open = { cells: cells.map((c) => (c === '' ? [] : [c])), first: j, last: j };
    if (open.cells.length > width) break;
    if (open.cells.length === width && l.tabbed) {
      rows.push(open);
      open = null;
    }
  }
  return { rows, next: open ? open.first : j };
}

/**
 * The action logs printed without numbers inside a span (minutes closing with "Action | Owner | Due"): the header's
 * cells are ACTION_LOG_COLUMNS; on a page layout the rows are read by position, in a table of cells cell by cell.
 * The actions carry no number, since none is printed. Each log with its first and last line.
 */
export function readActionLogs(doc: Doc, span: Span): Array<{ plan: ActionPlan; first: number; last: number }> {
  const laid = doc.laidOut;
  const plans: Array<{ plan: ActionPlan; first: number; last: number }> = [];
  for (let i = span.start; i < span.end; i++) {
    if (!(doc.lines[i] as Line).tabbed) continue;
    const columns = laid ? headerColumns(laid[i] ?? '') : null;
    const headers = columns ? columns.map((c) => c.header) : filledCells(doc.lines[i] as Line);
    const kinds = headers.map((h) => ACTION_LOG_COLUMNS.find((k) => k.pattern.test(h))?.column);
    if (headers.length !== 3 || new Set(kinds).size !== 3 || kinds.includes(undefined)) continue;
    const [action, owner, due] = (['action', 'owner', 'due'] as const).map((k) => kinds.indexOf(k)) as [number, number, number];
    const { rows, next } = laid && columns ? laidOutLogRows(doc, laid, columns, owner, due, i + 1, span.end) : tabbedLogRows(doc, 3, i + 1, span.end);
    if (rows.length === 0) continue;
    const actions = rows.map((row) => {
      const cell = (k: number): string => joinWrapped(row.cells[k] as string[]);
      const dueText = cell(due);
      const entry: PlanAction = {
        number: '',
        parent: null,
        action: cell(action),
        success: null,
        owners: splitOwners(cell(owner)),
        rag: null,
        status: null,
        due: dueText === '' ? null : { text: dueText, date: parseDate(dueText) },
        progress: null,
      };
      return locate(doc, entry, row.first, row.last);
    });
    const above = prevNonBlank(doc.lines, i - 1, span.start);
    // A heading over the table ("Action log"): a short line of its own, not a sentence.
    const over = above >= 0 ? (doc.lines[above] as Line) : null;
    const heading = over !== null && !over.tabbed && over.text.length <= 60 && !/[.:;,]$/.test(over.text) ? above : i;
    const last = (rows[rows.length - 1] as { last: number }).last;
    const plan: ActionPlan = { title: heading === i ? 'Action log' : (doc.lines[above] as Line).text, actions };
    plans.push({ plan: locate(doc, plan, heading, last), first: heading, last });
    i = next - 1;
  }
  return plans;
}
