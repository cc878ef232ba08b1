import type { ExtractWarning } from './contract.ts';
import { cleanInline, splitCells } from './text-normalise.ts';

/** One line of the pack: raw text, cleaned text, and 1-based number in the extracted text. */
export interface Line {
  /** 1-based line number in the extracted text. */
  no: number;
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
}

/** Builds the line model from extracted text; form feeds start new pages when `paged`. */
export function buildDoc(text: string, paged: boolean): Doc {
  const rawLines = text.split(/\r\n|\r|\n/);
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  let page = 1;
  const lines: Line[] = rawLines.map((rawLine, i) => {
    let raw = rawLine;
    if (raw.includes('\f')) {
      page += (raw.match(/\f/g) ?? []).length;
      raw = raw.replace(/\f/g, '');
    }
    const tabbed = raw.includes('\t');
    return { no: i + 1, raw, text: cleanInline(tabbed ? raw.replace(/\t/g, ' ') : raw), tabbed, page: paged ? page : null };
  });
  return { lines, warnings: [] };
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
