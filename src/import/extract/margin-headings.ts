/**
 * Minutes typed as a two-column table without a header row (see MARGIN_HEADING_ROW): the number and the heading
 * wrapped in the left column, the text in the right. The layout prints the cells' lines side by side, so each line
 * reads as a heading word beside a line of text. This rewrites each row as a heading line ("EX 31/012 APOLOGIES FOR
 * ABSENCE") over its text lines, and a "(continued)" row as text lines only, so the minutes read as typed in one column.
 */
import type { Line } from './doc.ts';
import { HEADING_WRAPS_ON, MARGIN_HEADING_CELL, MARGIN_HEADING_ROW, RIGHT_MARGIN_MINUTE } from './layouts.ts';

/** A laid-out line's left cell and the text cell beside it (with where it starts), when the left cell starts at `at`. */
function splitRow(laid: string, at: number): { left: string; right: string; rightAt: number } | null {
  const line = laid.trimEnd();
  const m = /^(\s*)(\S+(?: \S+)*)(?:(\s{2,})(\S.*))?$/.exec(line);
  if (!m || Math.abs((m[1] as string).length - at) > 2) return null;
  const left = m[2] as string;
  const right = m[4] ?? '';
  return { left, right, rightAt: right === '' ? -1 : line.length - right.length };
}

/** A minute number's letters ("EX" of "EX 31/012"), empty for one of figures alone. */
function letters(minute: string): string {
  return /^[A-Z&]*/.exec(minute)?.[0] ?? '';
}

function setLine(lines: Line[], laidOut: string[], k: number, text: string, indent: number): void {
  const l = lines[k] as Line;
  l.raw = text;
  l.text = text;
  l.tabbed = false;
  l.indent = text === '' ? 0 : indent;
  l.cells = undefined;
  laidOut[k] = text === '' ? '' : `${' '.repeat(indent)}${text}`;
}

/** Rewrites the rows of a headerless two-column minutes table in place (lines and their laid-out copies alike). */
export function marginHeadingRows(lines: Line[], laidOut: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const laid = laidOut[i] ?? '';
    const m = MARGIN_HEADING_ROW.exec(laid);
    if (!m) continue;
    const numAt = laid.search(/\S/);
    const textAt = laid.length - (m[3] as string).length;
    // The heading's lines: each a capitals cell at the number's column, the text beside it at the text's column.
    const heads: string[] = [];
    const texts: string[] = [(m[3] as string).trim()];
    for (let j = i + 1; j < lines.length; j++) {
      // The next row's number, its letters the same, ends the heading (rows of a table of references are no headings).
      const next = MARGIN_HEADING_ROW.exec(laidOut[j] ?? '');
      if (next && letters(next[1] as string) === letters(m[1] as string)) break;
      const row = splitRow(laidOut[j] ?? '', numAt);
      if (!row || !MARGIN_HEADING_CELL.test(row.left) || (row.rightAt >= 0 && Math.abs(row.rightAt - textAt) > 2)) break;
      heads.push(row.left);
      texts.push(row.right.trim());
    }
    const continued = m[2] !== undefined;
    if (!continued && heads.length === 0) continue;
    const k = heads.length;
    if (continued) {
      // The number repeated over a page break: the text only, in the minute above.
      texts.forEach((t, n) => setLine(lines, laidOut, i + n, t, textAt));
    } else {
      // The heading on the number's line; the text on the lines below, its first two lines joined to fit.
      const body = texts.filter((t) => t !== '');
      const fitted = body.length > k ? [`${body[0] as string} ${body[1] as string}`, ...body.slice(2)] : body;
      setLine(lines, laidOut, i, `${m[1] as string} ${heads.join(' ')}`, numAt);
      for (let n = 0; n < k; n++) setLine(lines, laidOut, i + 1 + n, fitted[n] ?? '', textAt);
    }
    i += k;
  }
}

/**
 * Rewrites minute headings whose number is set far right on the heading's line ("COMMON SEAL          C.51") as the
 * number before the heading ("C.51 COMMON SEAL"), a heading wrapped on to the next line in capitals joined whole (the
 * wrapped line left blank), so the minutes read as if numbered at the left.
 */
export function rightMarginNumbers(lines: Line[], laidOut: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const m = RIGHT_MARGIN_MINUTE.exec((laidOut[i] ?? '').trimEnd());
    if (!m || !MARGIN_HEADING_CELL.test((m[1] as string).trim())) continue;
    let heading = (m[1] as string).trim();
    const next = (laidOut[i + 1] ?? '').trim();
    const wraps = HEADING_WRAPS_ON.test(heading) && next !== '' && MARGIN_HEADING_CELL.test(next) && !RIGHT_MARGIN_MINUTE.test(next);
    if (wraps) heading = `${heading} ${next}`;
    setLine(lines, laidOut, i, `${m[2] as string} ${heading}`, 0);
    if (wraps) setLine(lines, laidOut, i + 1, '', 0);
  }
}
