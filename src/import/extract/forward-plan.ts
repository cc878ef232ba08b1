import type { DateQualifier, DecisionDate, ForwardPlanEntry } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, locate, warn } from './doc.ts';
import { findDate, isMonthYear, LONG_DATE_SOURCE } from './date-text.ts';
import { isGarbage } from './similarity.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { cellsByPosition, extendHeader, fitsColumns, headerColumns, rowCellsByPosition } from './layout-columns.ts';
import { isPageFurniture } from './text-normalise.ts';
import { joinWrapped } from './names.ts';
import {
  CELL_DECISION_MAKER,
  CELL_FIRST_PUBLISHED,
  CELL_REF,
  CELL_REF_BRACKETED,
  FP_DECIDED_HEADER,
  FP_HEADER_CUT,
  MAKER_CONSULTS,
  NOTICE_MEETING_LABELS,
  PRIVATE_NOTICE_COLUMNS,
} from './layouts.ts';

const REF = /^([A-Za-z]{1,5}\/\d{2}\/\d{2}\/\d{2,3}|[A-Za-z]{1,5}[/-]\d{2,4}[/-]\d{1,4}(?:[/-]\d{1,4})?)\b/;
const DATE_MAKER = new RegExp(
  `^(?:(not before|no earlier than|on or after|after|before|by|no later than)\\s+)?(${LONG_DATE_SOURCE}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})\\s*(.*)$`,
  'i',
);

function qualifierOf(word: string | undefined): DateQualifier {
  if (word === undefined) return 'on';
  const w = word.toLowerCase();
  if (w === 'not before' || w === 'no earlier than' || w === 'on or after' || w === 'after') return 'not-before';
  return 'before';
}

function splitIssue(text: string): { issue: string | null; decision: string | null } {
  const m = /^(?:issue\s*:\s*)?(.*?)\s*\bdecision\s*:\s*(.*)$/i.exec(text);
  if (m && /^issue\s*:/i.test(text)) return { issue: (m[1] as string).trim() || null, decision: (m[2] as string).trim() || null };
  const only = /^issue\s*:\s*(.*)$/i.exec(text);
  if (only) return { issue: (only[1] as string).trim() || null, decision: null };
  return { issue: null, decision: text.trim() === '' ? null : text.trim() };
}

const append = (a: string | null, b: string): string | null => (b.trim() === '' ? a : a ? `${a} ${b.trim()}` : b.trim());

function joinRow(entry: ForwardPlanEntry, rel: string[]): void {
  if (rel[2]) {
    if (entry.decision !== null || entry.issue === null) entry.decision = append(entry.decision, rel[2]);
    else entry.issue = append(entry.issue, rel[2]);
  }
  if (rel[3]) entry.documents = append(entry.documents, rel[3]);
  if (rel[4]) entry.exempt = append(entry.exempt, rel[4]);
  const contact = rel
    .slice(5)
    .filter((c) => c.trim() !== '')
    .join(' ');
  if (contact !== '') {
    if (entry.contacts.length > 0) entry.contacts[entry.contacts.length - 1] += ` ${contact}`;
    else entry.contacts.push(contact);
  }
}

/** What each column of a forward plan table holds, by its header; -1 when the table has no such column. */
interface Columns {
  ref: number;
  issue: number;
  /** What is to be decided, beside the subject: "Purpose and decision sought". */
  decision: number;
  makers: number;
  date: number;
  documents: number;
  exempt: number;
  contact: number;
  published: number;
}

/** Reads a forward plan header row into column roles; null when a column holds both date and maker (read by position). */
function columnsOf(cells: readonly string[]): Columns | null {
  const find = (re: RegExp, not?: RegExp): number => cells.findIndex((c) => re.test(c) && !(not?.test(c) ?? false));
  const date = find(/\bdate\b|\bwhen\b|decision due/i, /first published|date added|maker|publish/i);
  const makers = find(/decision[- ]?(?:maker|taker)|taken by|who will (?:decide|take)|decision by|^decision[- ]?making body/i);
  if (date < 0 || makers < 0 || date === makers) return null;
  const issue = find(/matter|subject|title|issue|description|proposal|^decision(?: to be (?:made|taken))?$|key decision/i, /maker|taker|date|ref|exempt/i);
  const decision = find(/purpose|decision sought|decision (?:required|to be (?:made|taken))/i, /maker|taker|date|ref|exempt/i);
  return {
    ref: find(/^(?:fp|forward plan|key decision|notice)?\s*(?:ref(?:erence)?s?|no\.?|number)\.?(?: no\.?)?$/i),
    issue,
    decision: decision === issue ? -1 : decision,
    makers,
    date,
    documents: find(/document|papers|reports? to be/i),
    exempt: find(/exempt|confidential|private|open or|public or/i),
    contact: find(/contact|officer|lead/i, /decision/i),
    published: find(/first published|date added|added to (?:the )?plan/i),
  };
}

/** A decision date cell: "23 April 2025", "Not before 21 May 2025", "June 2025" (no day, so no date). */
export function decisionDateOf(cell: string): DecisionDate {
  const dm = DATE_MAKER.exec(cell);
  const parsed = dm ? findDate(dm[2] as string) : null;
  if (dm && parsed) return { text: `${dm[1] ? `${dm[1]} ` : ''}${dm[2] as string}`, date: parsed.date, qualifier: qualifierOf(dm[1]) };
  return { text: cell, date: null, qualifier: null };
}

/** Reads a forward plan laid out with a header row naming its columns (a reference column or none). */
function parseByColumns(doc: Doc, span: Span, first: Columns): ForwardPlanEntry[] {
  const { lines } = doc;
  const out: ForwardPlanEntry[] = [];
  let cols = first;
  let last: ForwardPlanEntry | null = null;
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i] as Line;
    if (!l.tabbed || l.text === '') continue;
    const cells = [...cellsOf(l)];
    const header = columnsOf(cells);
    if (header) {
      cols = header;
      last = null;
      continue;
    }
    // A matter cell broken by a line break ("Title (Ref: 2031/044)" / "First published: ..."): its first line stands
    // alone, untabbed, straight above the row after a blank line.
    let from = i;
    const above = lines[i - 1];
    if (cols.issue === 0 && above && i - 1 > span.start && !above.tabbed && above.text !== '' && (lines[i - 2]?.text ?? '') === '' && refInMatter(above.text.trim())) {
      cells[0] = `${above.text.trim()} ${cells[0] ?? ''}`.trim();
      from = i - 1;
    }
    const get = (k: number): string => (k >= 0 ? (cells[k] ?? '').trim() : '');
    const content = cells.filter((c) => c.trim() !== '');
    if (content.length === 0) continue;
    let matter = get(cols.issue);
    const inRef = cols.ref < 0 || get(cols.ref) === '' ? refInMatter(matter) : null;
    if (inRef) matter = inRef.rest;
    const inPublished = cols.published < 0 ? CELL_FIRST_PUBLISHED.exec(matter) : null;
    if (inPublished) matter = matter.slice(0, inPublished.index).trim();
    if (matter === '' && get(cols.ref) === '' && get(cols.date) === '' && last) {
      // A row split at a page break continues the entry above.
      if (get(cols.makers) !== '') last.decisionMakers.push(...get(cols.makers).split(/\s*,\s+/));
      if (get(cols.contact) !== '') last.contacts.push(get(cols.contact));
      continue;
    }
    if (content.length < 2) {
      warn(doc, l, 'table-row-unplaced', `forward plan row not understood: "${l.text}"`);
      continue;
    }
    const blank = (v: string): string | null => (v === '' || /^(?:n\/?a|-+|none)$/i.test(v) ? null : v);
    const dateCell = get(cols.date);
    const decisionDate = decisionDateOf(dateCell);
    if (decisionDate.date === null && !isMonthYear(dateCell) && dateCell !== '') warn(doc, l, 'fp-date-unreadable', `decision date not understood: "${dateCell}"`);
    const entry: ForwardPlanEntry = {
      ref: (inRef ? inRef.ref : get(cols.ref)).toUpperCase(),
      firstPublished: cols.published >= 0 ? (findDate(get(cols.published))?.date ?? null) : inPublished ? (findDate(inPublished[1] as string)?.date ?? null) : null,
      decisionDate,
      decisionMakers: get(cols.makers)
        .split(/\s*,\s+/)
        .map((x) => x.trim())
        .filter((x) => x !== ''),
      issue: blank(matter),
      decision: null,
      documents: blank(get(cols.documents)),
      exempt: blank(get(cols.exempt)),
      contacts: get(cols.contact) === '' ? [] : [get(cols.contact)],
    };
    out.push(locate(doc, entry, from, i));
    last = entry;
  }
  return out;
}

/** Reads the entries of a forward plan table (rows with a reference such as FP/17/06/04, or a header naming the columns). */
export function parseForwardPlan(doc: Doc, span: Span & { header?: number | null }): ForwardPlanEntry[] {
  const headerCols = span.header !== null && span.header !== undefined ? headerRoles(doc, span.header) : null;
  if (headerCols && doc.laidOut && span.header !== null && span.header !== undefined) {
    const positional = laidOutHeader(doc, span.header);
    if (positional) return parseByPosition(doc, span);
  }
  if (headerCols) return parseByColumns(doc, span, headerCols);
  return parseByReference(doc, span);
}

/**
 * The column roles of a forward plan header at line index i: its own cells, or, laid out, its cells with the lines
 * under it when a heading on it is cut where it wraps ("Decision" over "maker", "Date of" over "decision",
 * FP_HEADER_CUT). Null for any other line.
 */
function headerRoles(doc: Doc, i: number): Columns | null {
  const l = doc.lines[i] as Line;
  if (!l.tabbed) return null;
  const cells = cellsOf(l);
  const own = columnsOf(cells);
  if (own || !doc.laidOut || !cells.some((c) => FP_HEADER_CUT.test(c.trim()))) return own;
  const wrapped = laidOutHeader(doc, i);
  return wrapped && wrapped.next > i + 1 ? wrapped.roles : null;
}

/** Reads a forward plan whose rows carry a reference (FP/17/06/04) and a date-and-maker cell. */
function parseByReference(doc: Doc, span: Span): ForwardPlanEntry[] {
  const { lines } = doc;
  const entries: ForwardPlanEntry[] = [];
  let last: { entry: ForwardPlanEntry; refAt: number; first: number; last: number } | null = null;
  const spans: Array<{ entry: ForwardPlanEntry; first: number; last: number }> = [];
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i] as Line;
    if (!l.tabbed || l.text === '') continue;
    const cells = cellsOf(l);
    const refAt = cells.findIndex((c) => REF.test(c));
    if (refAt < 0) {
      if (cells.some((c) => /decision/i.test(c)) && cells.some((c) => /ref/i.test(c))) continue;
      const content = cells.filter((c) => c !== '');
      if (content.length === 0) continue;
      if (content.every(isGarbage) || !last) {
        warn(doc, l, 'table-row-unplaced', `forward plan row not understood: "${l.text}"`);
        continue;
      }
      // A row split at a page break continues the entry above.
      joinRow(last.entry, cells.slice(last.refAt));
      last.last = i;
      warn(doc, l, 'row-joined', `forward plan row joined to ${last.entry.ref}`);
      continue;
    }
    const rel = cells.slice(refAt);
    const refCell = rel[0] as string;
    const ref = (REF.exec(refCell)?.[1] as string).toUpperCase();
    const published = /first published:?\s*(.*)$/i.exec(refCell);
    const firstPublished = published ? (findDate(published[1] as string)?.date ?? null) : null;
    let dateMaker = rel[1] ?? '';
    let details = rel[2] ?? '';
    const inlineIssue = /\s\bissue\s*:/i.exec(dateMaker);
    if (inlineIssue) {
      details = `${dateMaker.slice(inlineIssue.index).trim()} ${details}`.trim();
      dateMaker = dateMaker.slice(0, inlineIssue.index).trim();
    }
    let decisionDate: DecisionDate = { text: dateMaker, date: null, qualifier: null };
    let makers: string[] = [];
    const dm = DATE_MAKER.exec(dateMaker);
    const parsed = dm ? findDate(dm[2] as string) : null;
    if (dm && parsed) {
      const text = `${dm[1] ? `${dm[1]} ` : ''}${dm[2] as string}`;
      decisionDate = { text, date: parsed.date, qualifier: qualifierOf(dm[1]) };
      makers = (dm[dm.length - 1] as string)
        .split(/\s*,\s+/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    } else {
      warn(doc, l, 'fp-date-unreadable', `${ref}: decision date not understood: "${dateMaker}"`);
    }
    const { issue, decision } = splitIssue(details);
    const blank = (s: string | undefined): string | null => (s === undefined || s.trim() === '' ? null : s.trim());
    const entry: ForwardPlanEntry = {
      ref,
      firstPublished,
      decisionDate,
      decisionMakers: makers,
      issue,
      decision,
      documents: blank(rel[3]),
      exempt: blank(rel[4]),
      contacts: rel.slice(5).filter((c) => c.trim() !== ''),
    };
    if (!published) warn(doc, l, 'fp-first-published-missing', `${ref}: no "First published" date`);
    entries.push(entry);
    last = { entry, refAt, first: i, last: i };
    spans.push(last);
  }
  for (const s of spans) locate(doc, s.entry, s.first, s.last);
  return entries;
}

/**
 * Decision makers in a cell: "Cabinet, Council" is two; a portfolio title's own commas ("Cabinet Member for Children,
 * Families & Education") are not breaks, nor is the comma before whom the maker consults ("Director of Place, in
 * consultation with the Portfolio Holder for Housing": one maker, see MAKER_CONSULTS).
 */
export function splitMakers(cell: string): string[] {
  const out: string[] = [];
  for (const part of cell.split(/\s*[,;]\s+/)) {
    const p = part.trim();
    if (p === '') continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && MAKER_CONSULTS.test(p)) out[out.length - 1] = `${prev}, ${p}`;
    else if (
      prev !== undefined &&
      /\bfor\b/i.test(prev) &&
      !/^(?:the\s+)?(?:cabinet|council|executive|leader|mayor|committee|board|director|chief|head|portfolio|cllr|councillor)\b/i.test(p)
    )
      out[out.length - 1] = `${prev}, ${p}`;
    else out.push(p);
  }
  return out;
}

/**
 * The columns of a laid-out forward plan header at line index i, by position (with its wrapped lines, `most` of them at
 * most: a header repeated on a later page wraps as the first did, and a row's cut end may follow it with no blank line);
 * null unless it names four columns or more. A line starting with a reference is the first row, not the header's.
 */
function laidOutHeader(doc: Doc, i: number, most = Infinity): { columns: LaidOutColumn[]; roles: Columns; next: number } | null {
  const laid = doc.laidOut as string[];
  const columns = headerColumns(laid[i] ?? '');
  if (columns.length < 4) return null;
  let next = i + 1;
  while (
    next < doc.lines.length &&
    next - i <= most &&
    (doc.lines[next] as Line).text !== '' &&
    !isRule(laid[next] ?? '') &&
    !REF.test((laid[next] ?? '').trim()) &&
    extendHeader(columns, laid[next] ?? '')
  )
    next++;
  const roles = columnsOf(columns.map((c) => c.header));
  return roles ? { columns, roles, next } : null;
}

const isRule = (text: string): boolean => /^\s*[-=_]{5,}[-=_ ]*$/.test(text);

/** A table row being read: its laid-out lines (each with its page's columns), its date cell so far and its reference cell's last line. */
interface LaidOutRow {
  parts: Array<{ text: string; columns: LaidOutColumn[] }>;
  date: string;
  refTail: string;
  first: number;
  last: number;
}

/**
 * Reads a forward plan laid out as a page (pdftotext -layout): the header row gives each column's position,
 * a row starts at a reference (or, with no reference column, after a blank line), or where the date column
 * starts a new date under a row whose date is whole; its cells wrap over the lines under it. A repeated header
 * starts a new page of the table, and a line that is not a row ends one: with a reference column, a line
 * starting at that column's left edge with no reference (a month heading, a closing note) is not a row.
 */
function parseByPosition(doc: Doc, span: Span, first: { columns: LaidOutColumn[]; roles: Columns; wraps: number } | null = null): ForwardPlanEntry[] {
  const { lines } = doc;
  const laid = doc.laidOut as string[];
  const out: ForwardPlanEntry[] = [];
  let table: { columns: LaidOutColumn[]; roles: Columns; wraps: number } | null = first;
  let row: LaidOutRow | null = null;
  let blankBefore = true;
  // Rows that print their reference at the top of the matter cell ("Ref: KD/31/04"): only such a line starts a row,
  // so a row cut by a page break goes on under the repeated header.
  let labelled = false;
  let page = lines[span.start]?.page ?? null;
  const flush = (): void => {
    if (row && table) out.push(locate(doc, entryOf(rowCells(row.parts), table.roles), row.first, row.last));
    row = null;
  };
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isRule(laid[i] ?? '')) {
      blankBefore = true;
      continue;
    }
    if (labelled && l.page !== page) {
      // A new page: its running lines down to the repeated header are not the row's.
      page = l.page;
      const header = repeatedHeaderAt(lines, i, Math.min(span.end, i + 8));
      if (header > i) {
        i = header - 1;
        continue;
      }
    }
    if (headerRoles(doc, i)) {
      const found = laidOutHeader(doc, i, table?.wraps);
      const header = found ? { ...found, wraps: found.next - i - 1 } : null;
      if (header && header.columns.some((c) => FP_DECIDED_HEADER.test(c.header))) {
        // A table of decisions already taken, after the plan's entries: the plan ends.
        flush();
        table = null;
        i = header.next - 1;
        continue;
      }
      if (header) {
        // With a reference column a row cut by a page break goes on under the header repeated on the next page.
        if (!labelled && !(row && table && table.roles.ref >= 0 && header.roles.ref === table.roles.ref)) flush();
        table = header;
        i = header.next - 1;
        blankBefore = true;
        continue;
      }
    }
    if (!table) continue;
    if ((labelled || table.roles.ref >= 0) && isPageFurniture(l) && !completesDate(row?.date ?? '', l.text)) continue;
    const text = laid[i] ?? '';
    const cells = cellsByPosition(text, table.columns);
    const { ref, issue, date } = table.roles;
    const refCell = ref >= 0 ? (cells[ref] ?? '') : '';
    const dateCell = date >= 0 ? (cells[date] ?? '') : '';
    if (ref < 0 && !labelled && blankBefore && issue >= 0 && CELL_REF.test(cells[issue] ?? '')) labelled = true;
    // A row without a reference starts where a new date and its matter begin, under a row whose date is whole.
    const newDate = !labelled && dateCell !== '' && (issue < 0 || (cells[issue] ?? '') !== '') && (row === null || wholeDate(row.date));
    // A line at the reference column's edge without a reference (a month heading, a closing note) is no row's, unless it
    // sits in the columns beside the row's other cells, or gives the value of a label above it: the reference cell
    // stacked over lines ("First" / "published:" / "13/11/2031").
    const atEdge =
      ref === 0 &&
      refCell !== '' &&
      text.length - text.trimStart().length <= (table.columns[0] as LaidOutColumn).start + 1 &&
      !(leadFits(text, table.columns) && (cells.some((c, k) => k !== ref && c !== '') || (row?.refTail.endsWith(':') ?? false)));
    const starts = ref >= 0 ? REF.test(refCell) || (newDate && !atEdge) : labelled ? CELL_REF.test(cells[issue] ?? '') : blankBefore || newDate;
    if (starts) {
      flush();
      row = { parts: [{ text, columns: table.columns }], date: dateCell, refTail: refCell, first: i, last: i };
    } else if (
      row &&
      // A reference cell wrapped in a column after the first ("KD/31/004" over "(first published" …) goes on while the first column is empty.
      (ref < 0 || refCell === '' || (ref === 0 && !atEdge) || (ref > 0 && (cells[0] ?? '') === '')) &&
      (!isPageFurniture(l) || completesDate(row.date, dateCell))
    ) {
      const r: LaidOutRow = row;
      r.parts.push({ text, columns: table.columns });
      r.date = joinWrapped([r.date, dateCell]);
      if (refCell !== '') r.refTail = refCell;
      r.last = i;
    } else {
      // Page furniture, a heading across the table or a note under it ends the row above.
      flush();
    }
    blankBefore = false;
  }
  flush();
  return out;
}

/** Whether a laid-out line's first run of words ends inside the first column, as a cell of it does (a heading across the table runs on). */
function leadFits(text: string, columns: readonly LaidOutColumn[]): boolean {
  const lead = /^ *\S+(?: \S+)*/.exec(text);
  const next = columns[1];
  return lead !== null && (next === undefined || lead[0].length < next.start);
}

/** Whether a decision date cell is whole, so a date under it starts another row: a full date, a month and year, or a placeholder. */
function wholeDate(cell: string): boolean {
  return cell !== '' && (decisionDateOf(cell).date !== null || isMonthYear(cell) || /^(?:tbc|tba|to be (?:confirmed|agreed|decided))\.?$/i.test(cell));
}

/** Whether a line's date cell completes the row's date ("9 March" over "2031"): a year alone on its line, not a page number. */
function completesDate(date: string, cell: string): boolean {
  return cell !== '' && !wholeDate(date) && wholeDate(joinWrapped([date, cell]));
}

/** The cells of a row from its laid-out lines, each page's lines read by that page's columns. */
function rowCells(parts: ReadonlyArray<{ text: string; columns: LaidOutColumn[] }>): string[] {
  let cells: string[] = [];
  for (let a = 0; a < parts.length;) {
    const columns = (parts[a] as { columns: LaidOutColumn[] }).columns;
    let b = a;
    while (b < parts.length && (parts[b] as { columns: LaidOutColumn[] }).columns === columns) b++;
    const group = rowCellsByPosition(
      parts.slice(a, b).map((p) => p.text),
      columns,
    );
    cells = a === 0 ? group : group.map((c, k) => joinWrapped([cells[k] ?? '', c]));
    a = b;
  }
  return cells;
}

/** Index of a repeated table header among lines [from, to), or -1. */
function repeatedHeaderAt(lines: readonly Line[], from: number, to: number): number {
  for (let j = from; j < to; j++) if ((lines[j] as Line).tabbed && columnsOf(cellsOf(lines[j] as Line))) return j;
  return -1;
}

/** A forward plan entry from a row's cells and the roles of its columns. */
function entryOf(cells: readonly string[], cols: Columns): ForwardPlanEntry {
  const get = (k: number): string => (k >= 0 ? (cells[k] ?? '').trim() : '');
  const blank = (v: string): string | null => (v === '' || /^(?:n\/?a|-+|none)$/i.test(v) ? null : v);
  // A plan without a reference column may print the reference and the first published date in the matter cell.
  let issue = get(cols.issue);
  let refCell = get(cols.ref);
  const inRef = refCell === '' ? refInMatter(issue) : null;
  if (inRef) issue = inRef.rest;
  // A reference is one word: what follows it in its column ran over from the subject beside it.
  const after = REF.exec(refCell);
  // Or the reference cell goes on over lines with the date the entry was first published ("First" / "published:" / "13/11/2031").
  const stacked = after ? CELL_FIRST_PUBLISHED.exec(refCell.slice(after[0].length)) : null;
  if (after && stacked && stacked.index === 0) refCell = after[1] as string;
  else if (after && after[0].length < refCell.length) {
    issue = `${refCell.slice(after[0].length).trim()} ${issue}`.trim();
    refCell = after[1] as string;
  }
  const inIssue = stacked?.index !== 0 && cols.published < 0 ? CELL_FIRST_PUBLISHED.exec(issue) : null;
  if (inIssue) issue = issue.slice(0, inIssue.index);
  const inPublished = stacked?.index === 0 ? stacked : inIssue;
  // Without a maker column the subject cell may name its maker under the subject ("Decision maker: Cabinet").
  const shared = cols.makers === cols.issue;
  let makers = shared ? '' : get(cols.makers);
  const labelled = makers === '' ? CELL_DECISION_MAKER.exec(issue) : null;
  if (labelled) {
    issue = issue.slice(0, labelled.index).trim();
    makers = labelled[1] as string;
  }
  return {
    ref: (inRef ? inRef.ref : refCell).toUpperCase(),
    firstPublished: cols.published >= 0 ? (findDate(get(cols.published))?.date ?? null) : inPublished ? (findDate(inPublished[1] as string)?.date ?? null) : null,
    decisionDate: decisionDateOf(get(cols.date)),
    decisionMakers: splitMakers(makers),
    issue: blank(issue),
    decision: blank(get(cols.decision)),
    documents: blank(get(cols.documents)),
    exempt: blank(get(cols.exempt)),
    contacts: get(cols.contact) === '' ? [] : [get(cols.contact)],
  };
}

/** A reference printed in the matter cell, at its start ("Ref: KD/31/04 ...") or in brackets after the title ("... (Ref: 2031/044)"), and the matter without it. */
function refInMatter(matter: string): { ref: string; rest: string } | null {
  const lead = CELL_REF.exec(matter);
  if (lead) return { ref: lead[1] as string, rest: lead[2] as string };
  const bracketed = CELL_REF_BRACKETED.exec(matter);
  if (bracketed)
    return { ref: bracketed[1] as string, rest: `${matter.slice(0, bracketed.index)} ${matter.slice(bracketed.index + bracketed[0].length)}`.replace(/\s+/g, ' ').trim() };
  return null;
}

/** The columns of a private business notice's table by their headers; null unless it has a reference, a subject and an exemption column, and no date. */
function privateNoticeRoles(headers: readonly string[]): Columns | null {
  const find = (re: RegExp): number => headers.findIndex((h) => re.test(h));
  const ref = find(PRIVATE_NOTICE_COLUMNS.ref);
  const issue = find(PRIVATE_NOTICE_COLUMNS.issue);
  const exempt = find(PRIVATE_NOTICE_COLUMNS.exempt);
  if (ref < 0 || issue < 0 || exempt < 0 || new Set([ref, issue, exempt]).size < 3 || find(PRIVATE_NOTICE_COLUMNS.date) >= 0) return null;
  const makers = find(PRIVATE_NOTICE_COLUMNS.makers);
  return { ref, issue, decision: -1, makers: makers >= 0 ? makers : issue, date: -1, documents: -1, exempt, contact: -1, published: -1 };
}

/**
 * The table of a private business notice laid out as a page, its header at line index i (wrapped over the lines under
 * it): its columns, their roles, the first line under the header and the line where the table ends (the first line
 * starting left of the table or running across its columns: the notice's text under it). Null when line i heads no
 * such table.
 */
export function privateNoticeTable(doc: Doc, i: number): { columns: LaidOutColumn[]; roles: Columns; wraps: number; next: number; end: number } | null {
  const laid = doc.laidOut;
  if (!laid || !(doc.lines[i] as Line).tabbed) return null;
  const columns = headerColumns(laid[i] ?? '');
  if (columns.length < 3) return null;
  let next = i + 1;
  // The header's words wrap over the lines under it, down to the first row (a line holding a reference).
  while (
    next < doc.lines.length &&
    (doc.lines[next] as Line).text !== '' &&
    !headerColumns(laid[next] ?? '').some((run) => REF.test(run.header)) &&
    extendHeader(columns, laid[next] ?? '')
  )
    next++;
  const roles = privateNoticeRoles(columns.map((c) => c.header));
  if (!roles) return null;
  const left = (columns[0] as LaidOutColumn).start - 1;
  let end = next;
  for (; end < doc.lines.length; end++) {
    const text = laid[end] ?? '';
    if (text.trim() === '') continue;
    if (text.length - text.trimStart().length < left || !fitsColumns(text, columns) || isPageFurniture(doc.lines[end] as Line)) break;
  }
  return { columns, roles, wraps: next - i - 1, next, end };
}

/** The value of a notice's label line ("Date and time:  Tuesday 9 March 2031", laid out or as "Label: value") whose label matches. */
function labelValue(l: Line, label: RegExp): string | null {
  if (l.text === '') return null;
  if (l.tabbed) {
    const cells = cellsOf(l).filter((c) => c !== '');
    return cells.length === 2 && label.test((cells[0] as string).trim()) ? (cells[1] as string).trim() : null;
  }
  const colon = l.text.indexOf(':');
  return colon > 0 && colon < 60 && label.test(l.text.slice(0, colon + 1).trim()) ? l.text.slice(colon + 1).trim() || null : null;
}

/**
 * Reads a notice that part of a meeting will be held in private: its table's rows are forward plan entries, each
 * decided at the meeting the notice's labels give ("Meeting: Cabinet", "Date and time: …") unless its row says
 * otherwise (a maker labelled in the subject cell).
 */
export function parsePrivateNotice(doc: Doc, span: Span & { header?: number | null }): ForwardPlanEntry[] {
  const header = span.header ?? span.start;
  const table = privateNoticeTable(doc, header);
  if (!table) return [];
  let body: string | null = null;
  let date: string | null = null;
  for (let j = span.start; j < header; j++) {
    const l = doc.lines[j] as Line;
    body ??= labelValue(l, NOTICE_MEETING_LABELS.body);
    date ??= labelValue(l, NOTICE_MEETING_LABELS.date);
  }
  const entries = parseByPosition(doc, { start: table.next, end: Math.min(span.end, table.end) }, table);
  for (const e of entries) {
    if (e.decisionDate.text === '' && date !== null) e.decisionDate = decisionDateOf(date);
    if (e.decisionMakers.length === 0 && body !== null) e.decisionMakers = splitMakers(body);
  }
  return entries;
}
