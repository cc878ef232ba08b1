import type { ExtractWarning, LineRange, Provenance } from './contract.ts';
import { cleanInline, splitCells } from './text-normalise.ts';

/** One line of the pack: raw text, cleaned text, and the source lines it came from. */
export interface Line {
  /** 1-based number of the (first) source line this line came from; source lines end at "\n". */
  no: number;
  /** 1-based number of the last source line this line came from (an HTML table row can span several). */
  last: number;
  raw: string;
  /** Cleaned text, cells joined by spaces. */
  text: string;
  /** Whether the raw line holds a tab, i.e. is a table row. */
  tabbed: boolean;
  /** Printed page, when the source gives one (PDF form feeds). */
  page: number | null;
  /** Cleaned cells, computed on first use. */
  cells?: string[];
}

/** The pack as lines, plus the warnings collected while reading it. */
export interface Doc {
  lines: Line[];
  warnings: ExtractWarning[];
  /** Whether line numbers point into the source (false when an HTML text could not be mapped back). */
  located: boolean;
  /** Whether pages are known (form feeds of a PDF's text). */
  paged: boolean;
}

/**
 * Builds the line model from extracted text; form feeds start new pages when `paged`. Line numbers
 * count "\n" line ends, as `source.lines` does, unless `sourceLines` maps each text line back to the
 * source (HTML); `null` there means the text cannot be mapped and records carry no provenance.
 */
export function buildDoc(text: string, paged: boolean, sourceLines?: readonly LineRange[] | null): Doc {
  const pieces = text.split(/(\r\n|\r|\n)/);
  const rawLines: string[] = [];
  const numbers: number[] = [];
  let no = 1;
  for (let k = 0; k < pieces.length; k += 2) {
    rawLines.push(pieces[k] as string);
    numbers.push(no);
    if ((pieces[k + 1] ?? '').includes('\n')) no++;
  }
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  let page = 1;
  const lines: Line[] = rawLines.map((rawLine, i) => {
    let raw = rawLine;
    if (raw.includes('\f')) {
      page += (raw.match(/\f/g) ?? []).length;
      raw = raw.replace(/\f/g, '');
    }
    const tabbed = raw.includes('\t');
    const mapped = sourceLines?.[i];
    const first = mapped ? mapped.from : (numbers[i] as number);
    const last = mapped ? mapped.to : first;
    return { no: first, last, raw, text: cleanInline(tabbed ? raw.replace(/\t/g, ' ') : raw), tabbed, page: paged ? page : null };
  });
  return { lines, warnings: [], located: sourceLines !== null, paged };
}

/**
 * Provenance of a record read from line indexes `first`..`last` (inclusive): the source lines, and
 * the pages for a PDF. Blank lines at either end are left out; empty when the doc is not located.
 */
export function provenanceOf(doc: Doc, first: number, last: number): Provenance {
  const { lines } = doc;
  let a = Math.max(0, Math.min(first, last));
  let b = Math.min(lines.length - 1, Math.max(first, last));
  while (a < b && (lines[a] as Line).text === '') a++;
  while (b > a && (lines[b] as Line).text === '') b--;
  const from = lines[a];
  const to = lines[b];
  if (!doc.located || !from || !to) return {};
  const out: Provenance = { lines: { from: Math.min(from.no, to.no), to: Math.max(from.last, to.last) } };
  if (doc.paged) out.pages = from.page !== null && to.page !== null ? { from: from.page, to: to.page } : null;
  return out;
}

/**
 * Sets `lines` (and for a PDF `pages`, unless `withPages` is false because the record's `pages`
 * means something else) on a record from the line indexes that produced it.
 */
export function locate<T extends Provenance>(doc: Doc, record: T, first: number, last: number, withPages = true): T {
  const p = provenanceOf(doc, first, last);
  if (p.lines) record.lines = p.lines;
  if (withPages && p.pages !== undefined) record.pages = p.pages;
  return record;
}

/** Cleaned cells of a line (split at tabs). */
export function cellsOf(line: Line): string[] {
  if (!line.tabbed) return [line.text];
  line.cells ??= splitCells(line.raw);
  return line.cells;
}

/** Records a warning against a line. */
export function warn(doc: Doc, line: Line | number | null, code: string, message: string): void {
  const no = line === null ? null : typeof line === 'number' ? line : line.no;
  doc.warnings.push({ line: no, code, message: message.length > 300 ? `${message.slice(0, 297)}...` : message });
}

/** A half-open range of line indexes [start, end) in a Doc. */
export interface Span {
  start: number;
  end: number;
}

/** Index of the next non-blank line at or after i, before end; -1 when none. */
export function nextNonBlank(lines: Line[], i: number, end: number): number {
  for (let j = i; j < end; j++) if ((lines[j] as Line).text !== '') return j;
  return -1;
}

/** Index of the previous non-blank line at or before i, at or after start; -1 when none. */
export function prevNonBlank(lines: Line[], i: number, start: number): number {
  for (let j = i; j >= start; j--) if ((lines[j] as Line).text !== '') return j;
  return -1;
}
