/**
 * A page printed in two languages side by side (Welsh beside English, Gaelic beside English): `pdftotext -layout`
 * gives every line a half in each language, the halves wrapping independently, so no reader can follow either.
 * Such a block is read in English only: the other language's column is blanked and the English column moved
 * into its place, so the page reads as an ordinary single-language layout. A column of item or minute numbers
 * left of the language columns, shared by both, is kept. Lines are neither added nor removed.
 */
import { ENGLISH_PROSE_WORDS, LANGUAGE_COLUMN_HEAD, OTHER_LANGUAGE_PROSE_WORDS, WRAPPED_YEAR_CELL } from './layouts.ts';

interface Run {
  start: number;
  end: number;
  text: string;
}

/** Runs of words of a laid-out line: words one or two spaces apart, as a column keeps them. */
const COLUMN_RUN = /\S+(?: {1,2}\S+)*/g;

/** An item or minute number alone in its column ("7.", "112/25", "a)"), not text in either language. */
const NUMBER_CELL = /^(?:\(?[a-z]\)|\(?[ivx]{1,5}\)|[A-Z]{0,4}\/?\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?[.)]?)$/;

/** The most lines one block may hold (a page's worth and more), so that reading a long text stays linear. */
const MAX_BLOCK = 150;

/**
 * How far past the gutter a line of the right-hand column may start: a lettered sub-item, a wrapped reference or a
 * list of applications indented under its lead-in (minutes indent these six to eight places).
 */
const RIGHT_SLACK = 10;

/** The fewest lines holding both languages whose right-hand halves start at one place, for that place to be the page's gutter. */
const GUTTER_LINES = 3;

function runsOf(text: string): Run[] {
  return [...text.matchAll(COLUMN_RUN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** How far the centres of a heading's two halves may stray from mirroring each other across the gutter. */
const CENTRED_SLACK = 6;

/**
 * Whether a line's runs sit on either side of a gutter at `g`: none crosses it, and none starts far right of it (or of
 * `lead`, where the right-hand column's text started on the last line that started near the gutter: a list indented
 * under its lead-in, itself indented), or far right of a number just before it (an indented sub-item's number and its
 * text); or the line is one run a side, each centred in its column (a letterhead's name, a heading over both columns),
 * the left-hand column starting at `margin`.
 */
function fits(runs: readonly Run[], g: number, margin: number, lead = g): boolean {
  if (!runs.every((r) => r.end <= g - 2 || r.start >= g - 2)) return false;
  const right = runs.filter((r) => r.start >= g - 2);
  const near = (r: Run, k: number): boolean => {
    const before = right[k - 1];
    return r.start <= Math.max(g, lead) + RIGHT_SLACK || (before !== undefined && NUMBER_CELL.test(before.text) && near(before, k - 1) && r.start <= before.end + RIGHT_SLACK);
  };
  if (right.every(near)) return true;
  if (runs.length !== 2 || right.length !== 1) return false;
  const [l, r] = runs as [Run, Run];
  const centre = (x: Run): number => (x.start + x.end) / 2;
  return l.start > margin && Math.abs(centre(r) - centre(l) - (g - margin)) <= CENTRED_SLACK;
}

/** Share of a column's words that are English prose words ("the", "of", "to"): high for English, near nil for the other language. */
function englishShare(words: readonly string[]): number {
  if (words.length === 0) return 0;
  return words.filter((w) => ENGLISH_PROSE_WORDS.test(w.replace(/^[^a-z]+|[^a-z]+$/gi, ''))).length / words.length;
}

const wordsOf = (runs: readonly Run[]): string[] => runs.flatMap((r) => r.text.split(/\s+/));

/** Share of a column's words that start in lower case: prose has many ("a", "yn", "the"), a column of names or titles few. */
function lowerShare(words: readonly string[]): number {
  const alpha = words.filter((w) => /^\p{L}/u.test(w));
  return alpha.length === 0 ? 0 : alpha.filter((w) => /^\p{Ll}/u.test(w)).length / alpha.length;
}

/** Where an earlier page of the document read its two languages apart: the gutter and the English column's side. */
interface Known {
  g: number;
  side: 'left' | 'right';
}

/** How far from an earlier page's gutter a later page's may lie and still be the same two columns. */
const KNOWN_GUTTER_SLACK = 3;

/**
 * Which column of a block of lines split at gutter `g` is English: null unless both hold prose of a like length, one
 * English and one not. A block at the gutter an earlier page was read at (`known`) needs only text in both columns on a
 * few lines, and the other column no English prose words: a list of names or titles printed in both languages (a
 * membership list, a letterhead) is no prose, but on such a page it is the same two columns.
 */
function englishSide(page: ReadonlyArray<readonly Run[]>, g: number, known: Known | null): 'left' | 'right' | null {
  const left: Run[] = [];
  const right: Run[] = [];
  let both = 0;
  for (const runs of page) {
    const l = runs.filter((r) => r.end <= g - 2 && !NUMBER_CELL.test(r.text));
    const r = runs.filter((x) => x.start >= g - 2);
    if (l.length > 0 && r.length > 0) both++;
    left.push(...l);
    right.push(...r);
  }
  const lw = wordsOf(left);
  const rw = wordsOf(right);
  if (known && Math.abs(known.g - g) <= KNOWN_GUTTER_SLACK && both >= GUTTER_LINES) {
    const [en, other] = known.side === 'right' ? [rw, lw] : [lw, rw];
    if (englishShare(other) <= 0.03 && englishShare(en) > englishShare(other)) return known.side;
  }
  if (both < 3 || lw.length < 15 || rw.length < 15 || lw.length > rw.length * 2 || rw.length > lw.length * 2) return null;
  // Both columns are prose wrapped to their width, not labels beside values.
  const wide = (runs: readonly Run[]): boolean => runs.reduce((s, r) => s + r.text.length, 0) / runs.length >= 20;
  if (!wide(left) || !wide(right)) return null;
  // Both columns are prose, not names beside posts: many of their words start in lower case.
  if (lowerShare(lw) < 0.25 || lowerShare(rw) < 0.25) return null;
  const ls = englishShare(lw);
  const rs = englishShare(rw);
  if (rs >= 0.1 && ls <= 0.03) return 'right';
  if (ls >= 0.1 && rs <= 0.03) return 'left';
  return null;
}

/** A line rebuilt from runs placed at the given columns (at least three spaces apart, so they stay cells). */
function place(runs: ReadonlyArray<{ at: number; text: string }>): string {
  let out = '';
  for (const r of runs) {
    const at = out === '' ? r.at : Math.max(r.at, out.length + 3);
    out = `${out.padEnd(at, ' ')}${r.text}`;
  }
  return out;
}

/** The lines of one block (its runs) in English only, English's column moved to where the other language's began. */
function keepEnglish(block: ReadonlyArray<readonly Run[]>, g: number, side: 'left' | 'right'): string[] {
  if (side === 'left') return block.map((runs) => place(runs.filter((r) => r.end <= g - 2).map((r) => ({ at: r.start, text: r.text }))));
  // Where the language column starts: the commonest start of its runs (a number column may stand left of it).
  const starts = new Map<number, number>();
  for (const runs of block) for (const r of runs) if (r.end <= g - 2 && !NUMBER_CELL.test(r.text)) starts.set(r.start, (starts.get(r.start) ?? 0) + 1);
  const from = [...starts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const gutter = Math.min(...block.flatMap((runs) => runs.filter((r) => r.start >= g - 2).map((r) => r.start)));
  // A number shared by both columns stands left of them once; one the English column prints again is the other
  // language's own copy, and a year wrapped onto a line of its own ("2027.") is that language's text.
  const shared = (runs: readonly Run[], r: Run): boolean =>
    r.end <= g - 2 && r.start < from - 1 && NUMBER_CELL.test(r.text) && !WRAPPED_YEAR_CELL.test(r.text) && !NUMBER_CELL.test(runs.find((x) => x.start >= g - 2)?.text ?? '');
  return block.map((runs) =>
    place([
      ...runs.filter((r) => shared(runs, r)).map((r) => ({ at: r.start, text: r.text })),
      ...runs.filter((r) => r.start >= g - 2).map((r) => ({ at: r.start - gutter + from, text: r.text })),
    ]),
  );
}

/**
 * Where a block of lines from `from` (up to `end`) split at gutter `g` ends: after the paragraph of its last line
 * holding both languages, so that a line after it in one column only (a name signing a letter, a heading) is not
 * taken for one language's half.
 */
function lastParagraphEnd(runs: ReadonlyArray<readonly Run[]>, from: number, end: number, g: number): number {
  let last = from;
  for (let k = from; k < end; k++) {
    const line = runs[k] as Run[];
    if (line.some((r) => r.end <= g - 2) && line.some((r) => r.start >= g - 2)) last = k;
  }
  let stop = last + 1;
  while (stop < end && (runs[stop] as Run[]).length > 0) stop++;
  return stop;
}

/** Where a run of words on a line starts the right-hand column: past column 20, after a run of text (not a number) to its left. */
function splitsAt(line: readonly Run[], r: Run): boolean {
  return r.start >= 20 && line.some((l) => l.end <= r.start - 2 && !NUMBER_CELL.test(l.text));
}

/**
 * The page's gutter: the place where the right-hand halves of most lines holding two columns start, when a few do.
 * A block whose first line starts its right-hand half indented (a sub-item run on from the page before) splits there.
 */
function pageGutter(runs: ReadonlyArray<readonly Run[]>): number | null {
  const count = new Map<number, number>();
  for (const line of runs) {
    if (line.length < 2) continue;
    const r = line.find((x) => splitsAt(line, x));
    if (r) count.set(r.start, (count.get(r.start) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [at, n] of count) if (n >= GUTTER_LINES && (best === null || n > (count.get(best) ?? 0))) best = at;
  return best;
}

/**
 * Where a block of lines from `from` (up to `end`) split at gutter `g` meets a paragraph printed in the left-hand
 * column only (a letter's signature and the signatory's post, a heading over an agenda set out at another gutter):
 * the block ends before it, since a translation has its English beside it. `end` when there is none.
 */
function leftOnlyParagraph(runs: ReadonlyArray<readonly Run[]>, from: number, end: number, g: number): number {
  for (let k = from + 1; k < end; k++) {
    if ((runs[k] as Run[]).length === 0 || (runs[k - 1] as Run[]).length > 0) continue;
    let stop = k;
    while (stop < end && (runs[stop] as Run[]).length > 0 && !(runs[stop] as Run[]).some((r) => r.start >= g - 2)) stop++;
    if (stop === end || (runs[stop] as Run[]).length === 0) return k;
    k = stop;
  }
  return end;
}

/** Where a page's lines start: the commonest start of their first runs. */
function pageMargin(runs: ReadonlyArray<readonly Run[]>): number {
  const count = new Map<number, number>();
  for (const line of runs) if (line[0]) count.set(line[0].start, (count.get(line[0].start) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/**
 * One page's lines with each block set in two languages side by side read in English only, and where the last
 * block read was split (`known` when none was: where an earlier page's was).
 */
function pageInEnglish(lines: string[], known: Known | null): { lines: string[]; known: Known | null } {
  const runs = lines.map(runsOf);
  const out = [...lines];
  const gutter = pageGutter(runs);
  const margin = pageMargin(runs);
  let last = known;
  let i = 0;
  while (i < lines.length) {
    let best: { g: number; end: number; side: 'left' | 'right' } | null = null;
    const here = runs[i] as Run[];
    // A block starts on a line holding both languages, split at one of its runs or at the page's gutter.
    const at = here.filter((r) => splitsAt(here, r)).map((r) => r.start);
    if (gutter !== null && !at.includes(gutter) && here.some((r) => r.start > gutter && splitsAt(here, r))) at.unshift(gutter);
    for (const g of at) {
      let end = i + 1;
      // Where the right-hand column's text starts on the last line that starts it near the gutter.
      let lead = g;
      const led = (line: readonly Run[]): void => {
        const r = line.find((x) => x.start >= g - 2);
        if (r && r.start <= g + RIGHT_SLACK) lead = r.start;
      };
      led(here);
      while (end < lines.length && end - i < MAX_BLOCK && fits(runs[end] as Run[], g, margin, lead)) led(runs[end++] as Run[]);
      end = lastParagraphEnd(runs, i, leftOnlyParagraph(runs, i, end, g), g);
      if (!fits(here, g, margin) || (best && end <= best.end)) continue;
      const side = englishSide(runs.slice(i, end), g, last);
      if (side) best = { g, end, side };
    }
    if (!best) {
      i++;
      continue;
    }
    const { g } = best;
    last = { g, side: best.side };
    keepEnglish(runs.slice(i, best.end), g, best.side).forEach((text, k) => {
      // The table's head naming each column's language ("Cymraeg" | "English") is not text: the row goes.
      const line = runs[i + k] as Run[];
      const head = line.some((r) => r.end <= g - 2 && LANGUAGE_COLUMN_HEAD.test(r.text)) && line.some((r) => r.start >= g - 2 && LANGUAGE_COLUMN_HEAD.test(r.text));
      out[i + k] = head ? '' : text;
    });
    i = best.end;
  }
  return { lines: out, known: last };
}

/**
 * Laid-out lines (form feeds kept) with every block printed in two languages side by side read in English only;
 * the same lines when there is none. Each page is read apart, since a page break ends a block.
 * @example inEnglish([' Annwyl Gynghorydd,        Dear Councillor,', …])[0] // ' Dear Councillor,' (given a few such lines)
 */
export function inEnglish(lines: readonly string[]): string[] {
  const out: string[] = [];
  let page: string[] = [];
  let feeds: string[] = [];
  let known: Known | null = null;
  const flush = (): void => {
    const read = pageInEnglish(page, known);
    known = read.known;
    read.lines.forEach((t, k) => out.push(`${feeds[k] ?? ''}${t}`));
    page = [];
    feeds = [];
  };
  for (const line of lines) {
    const feed = /^\f+/.exec(line)?.[0] ?? '';
    if (line.includes('\f') && page.length > 0) flush();
    feeds.push(feed);
    page.push(line.includes('\f') ? line.replace(/\f/g, '') : line);
  }
  flush();
  return out;
}

/** The fewest words a page must hold for its language to be judged (a cover or a signature page is not judged). */
const LANGUAGE_PAGE_WORDS = 40;

/** Which language a page's words are in: 'en' or 'other' when one language's prose words are many and the other's few. */
function pageLanguage(lines: readonly string[]): 'en' | 'other' | null {
  let words = 0;
  let en = 0;
  let other = 0;
  for (const line of lines) {
    for (const raw of line.split(/\s+/)) {
      const w = raw.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '');
      if (w === '') continue;
      words++;
      if (ENGLISH_PROSE_WORDS.test(w)) en++;
      else if (OTHER_LANGUAGE_PROSE_WORDS.test(w)) other++;
    }
  }
  if (words < LANGUAGE_PAGE_WORDS) return null;
  if (en >= words * 0.08 && other <= words * 0.03) return 'en';
  if (other >= words * 0.08 && en <= words * 0.03) return 'other';
  return null;
}

/**
 * Laid-out pages (form feeds kept) of a document printed in two languages one after the other (the Welsh version's
 * pages, then the English version's, or the other way round) read in English only: the other language's run of pages
 * is blanked, its lines kept (empty) so that line and page numbers still point at the source. The same lines when
 * the pages are in one language, or the two languages' pages are mixed rather than two halves of like length.
 * @example sequentialEnglish(['Cofnodion …', …, '\fMinutes …', …]) // the Welsh pages' lines '' (form feeds kept)
 */
export function sequentialEnglish(lines: readonly string[]): string[] {
  const starts: number[] = [0];
  for (let i = 1; i < lines.length; i++) if ((lines[i] as string).includes('\f')) starts.push(i);
  if (starts.length < 2) return [...lines];
  const langs = starts.map((s, k) => pageLanguage(lines.slice(s, starts[k + 1] ?? lines.length)));
  const en = langs.flatMap((l, k) => (l === 'en' ? [k] : []));
  const other = langs.flatMap((l, k) => (l === 'other' ? [k] : []));
  if (en.length === 0 || other.length === 0) return [...lines];
  const first = other[0] as number;
  const last = other[other.length - 1] as number;
  // Two halves: no English page among the other language's, which stand wholly before or wholly after the English.
  if (en.some((k) => k > first && k < last)) return [...lines];
  const before = last < (en[0] as number);
  if (!before && first < (en[en.length - 1] as number)) return [...lines];
  // The other half runs from the document's start (or the English half's end) to the English half's start (or the end).
  const from = before ? 0 : (starts[(en[en.length - 1] as number) + 1] as number);
  const to = before ? (starts[en[0] as number] as number) : lines.length;
  const englishLines = lines.length - (to - from);
  if (to - from > englishLines * 2 || englishLines > (to - from) * 2) return [...lines];
  return lines.map((line, i) => (i >= from && i < to ? (/^\f+/.exec(line)?.[0] ?? '') : line));
}
