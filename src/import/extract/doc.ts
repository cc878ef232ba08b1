import type { ExtractWarning, Provenance } from './contract.ts';
import {
  BILINGUAL_LABEL_TAIL,
  BILINGUAL_UPPER_LABEL_TAIL,
  COVER_LABELS,
  DECISION_SECTION_HEADINGS,
  DOUBLE_SPACING,
  EMAIL_QUOTE_MARKER,
  EMAIL_QUOTE_RUN,
  HEARING_OUTCOME_HEADINGS,
  LANGUAGE_VERSION_MARK,
  LOGO_MONOGRAM,
  FOOTER_WRAP_END,
  HEADING_RULE,
  PAGE_NUMBER_END,
  RUNNING_EDGE_DATE,
  PAGE_NUMBER_PLACE,
  YEAR_CUT_BEFORE,
  PROTECTIVE_MARKING,
  MULTILINE_TABLE_BORDER,
  WATERMARK_DRIFT,
  WATERMARK_WORD,
  SIMPLE_TABLE_RULE,
  WRAPPED_LABEL_TAIL,
  NUMBER_ALONE_CELL,
  registryMatcher,
} from './layouts.ts';
import { attendanceLabelOf } from './names.ts';
import { blankSiteMarkup, cleanMarkdownLine, joinWrappedBold, unwrapEmphasis } from './markdown.ts';
import { marginHeadingRows, rightMarginNumbers } from './margin-headings.ts';
import { inEnglish, sequentialEnglish } from './parallel-text.ts';
import type { SourceRange } from './text-normalise.ts';
import { cleanInline, layoutToCells, splitCells } from './text-normalise.ts';

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
  /** Leading spaces of the line as laid out (0 for text that is not a page layout). */
  indent: number;
  /** Whether the line ends in a hard line break (Markdown's trailing backslash): a title ends here. */
  brk: boolean;
  /** Whether the line is the first page's copy of a running header (kept as text; no part starts on it). */
  running: boolean;
  /**
   * Whether the line is a number alone inside a page's content (see markNumbersInText): a year or amount wrapped onto
   * its own line, or a table cell's number, not the page's number.
   */
  numberInText: boolean;
  /** Cleaned cells, computed on first use. */
  cells?: string[];
  /** For a web page's table row: the source line each cell (split at tabs) starts on, 0 for an empty one. */
  cellLines?: readonly number[];
  /** The report cover labels read from the line, computed on first use. */
  coverFields?: ReadonlyArray<{ field: string; label: string; value: string }>;
}

/** The pack as lines, plus the warnings collected while reading it. */
export interface Doc {
  lines: Line[];
  warnings: ExtractWarning[];
  /** Whether line numbers point into the source (false when an HTML text could not be mapped back). */
  located: boolean;
  /** Whether pages are known (form feeds of a PDF's text). */
  paged: boolean;
  /** Whether the text is a page layout (columns as gaps), where a title may wrap onto indented lines. */
  layout: boolean;
  /** Whether the text is Markdown, where a pipe table's row is one line (its cells never run on below it). */
  markdown: boolean;
  /** The text's line count as `countLines` gives it, when known from splitting it ("\n" line ends only). */
  textLines?: number;
  /** For a page layout, each line as laid out (before gaps became cells), so that a table's columns can be read by position. */
  laidOut?: string[];
  /** Whether the text is a web page's (converted from HTML), where a section's heading stands alone on its line. */
  web?: boolean;
  /** Whether each line of plain text is a paragraph (a word processor's text export), never a paragraph wrapped: see paragraphPerLine. */
  lineParagraphs?: boolean;
}

/** How to read the text given to `buildDoc`. */
export interface DocOptions {
  /** Whether form feeds start new pages. */
  paged?: boolean;
  /** Whether column gaps of three or more spaces are cell breaks (`pdftotext -layout`). */
  layout?: boolean;
  /** Whether lines are Markdown: markup is removed and a trailing backslash is a hard line break. */
  markdown?: boolean;
  /** The source line range of each text line (HTML); null when the text cannot be mapped back. */
  sourceLines?: readonly SourceRange[] | null;
}

// Zero-width characters some converters put after list numbers ("1.\u200b"); they only hide text.
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/;

/**
 * Builds the line model from extracted text; form feeds start new pages when `paged`. Line numbers
 * count "\n" line ends, as `source.lines` does, unless `sourceLines` maps each text line back to the
 * source (HTML); `null` there means the text cannot be mapped and records carry no provenance.
 */
export function buildDoc(input: string, options: DocOptions = {}): Doc {
  const { paged = false, layout = false, markdown = false, sourceLines } = options;
  const text = ZERO_WIDTH.test(input) ? input.replace(/[\u200b-\u200d\u2060]/g, '') : input;
  let rawLines: string[];
  // The source line number of each line; null when it is the line's index + 1.
  let numbers: number[] | null = null;
  let textLines: number | undefined;
  if (!text.includes('\r')) {
    // The common case, "\n" line ends only: a plain split, each line its own number.
    rawLines = text.split('\n');
    textLines = text === '' ? 0 : text.endsWith('\n') ? rawLines.length - 1 : rawLines.length;
  } else {
    rawLines = [];
    numbers = [];
    const pieces = text.split(/(\r\n|\r|\n)/);
    let no = 1;
    for (let k = 0; k < pieces.length; k += 2) {
      rawLines.push(pieces[k] as string);
      numbers.push(no);
      if ((pieces[k + 1] ?? '').includes('\n')) no++;
    }
  }
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  // A typescript saved double-spaced: the blank line after each text line is spacing, not a paragraph break.
  if (!markdown && sourceLines === undefined && doubleSpaced(rawLines)) {
    const kept: string[] = [];
    const keptNumbers: number[] = [];
    rawLines.forEach((r, i) => {
      if (r.trim() === '' && i > 0 && (rawLines[i - 1] as string).trim() !== '') return;
      kept.push(r);
      keptNumbers.push(numbers === null ? i + 1 : (numbers[i] as number));
    });
    rawLines = kept;
    numbers = keptNumbers;
  }
  // An e-mail quoting the minutes ("> Resolved: …"): the quoted lines read without their markers.
  if (!markdown && (text.charCodeAt(0) === 62 /* > */ || text.includes('\n>'))) unquoteEmail(rawLines);
  // A page set in two languages side by side is read in its English column.
  if (layout) rawLines = inEnglish(rawLines);
  // A document printed in two languages one after the other is read in its English pages.
  if (paged && text.includes('\f')) rawLines = sequentialEnglish(rawLines);
  // Simple tables ("Name   Role" over dashed rules): a row's cells separated by tabs, as a table row is everywhere else.
  const tableSpans = new Map<number, number>();
  const tableRows = rawLines.some((r) => r.includes('- -')) ? simpleTableCells(rawLines, tableSpans) : null;
  let page = 1;
  const formFeeds = text.includes('\f');
  const laidOut: string[] | undefined = layout ? [] : undefined;
  if (markdown) blankSiteMarkup(rawLines);
  if (markdown && (text.includes('*') || text.includes('_'))) unwrapEmphasis(rawLines);
  const boldJoined = markdown && text.includes('**') ? joinWrappedBold(rawLines) : null;
  const lines: Line[] = rawLines.map((rawLine, i) => {
    let raw = rawLine;
    if (formFeeds && raw.includes('\f')) {
      page += (raw.match(/\f/g) ?? []).length;
      raw = raw.replace(/\f/g, '');
    }
    let indent = 0;
    if (layout) {
      // A page laid out with a table drawn in ASCII rules ("+----+", "| Label: | value |"): rules are blank, borders spaces.
      const lead = raw.charCodeAt(0) === 32 ? raw.length - raw.trimStart().length : 0;
      const c0 = raw.charCodeAt(lead);
      // A table whose pipes touch its cells' text ("|Cllr A Bell   |Cllr B Cole   |") is split at its pipes, not at gaps.
      let boxed: string | null = null;
      if (c0 === 124 /* | */ || c0 === 43 /* + */) {
        boxed = boxCells(raw);
        raw = unboxLine(raw);
      }
      while (raw.charCodeAt(indent) === 32) indent++;
      const row = tableRows?.get(i);
      laidOut?.push(row === '' ? '' : raw);
      raw = row ?? boxed ?? layoutToCells(raw);
    } else if (tableRows?.has(i)) raw = tableRows.get(i) as string;
    let brk = false;
    if (markdown) {
      raw = cleanMarkdownLine(raw);
      if (raw.endsWith('\\')) {
        brk = true;
        raw = raw.slice(0, -1);
      }
    }
    const tabbed = raw.includes('\t');
    const mapped = sourceLines?.[i];
    const first = mapped ? mapped.from : numbers === null ? i + 1 : (numbers[i] as number);
    const last = mapped ? mapped.to : first + (boldJoined?.get(i) ?? tableSpans.get(i) ?? 0);
    // Every property is set here, the lazy ones too, so that all lines share one shape (fast property access).
    return {
      no: first,
      last,
      raw,
      // Tabs are white space to cleanInline: the cells' text joined by spaces.
      text: cleanInline(raw),
      tabbed,
      page: paged ? page : null,
      indent,
      brk,
      running: false,
      numberInText: false,
      cells: undefined,
      cellLines: mapped?.cells,
      coverFields: undefined,
    };
  });
  if (laidOut) {
    marginHeadingRows(lines, laidOut);
    rightMarginNumbers(lines, laidOut);
    stackedLabelsInEnglish(lines, laidOut);
    joinWrappedFormLabels(lines, laidOut);
    splitNarrowGaps(lines, laidOut);
  }
  if (paged && page > 1) {
    markRunningLines(lines);
    markWatermarks(lines);
  } else if (!paged) markFooterPages(lines);
  markNumbersInText(lines, laidOut);
  const lineParagraphs = !layout && !markdown && sourceLines === undefined && paragraphPerLine(lines);
  return { lines, warnings: [], located: sourceLines !== null, paged, layout, markdown, textLines, laidOut, lineParagraphs, web: sourceLines !== undefined };
}

/**
 * Whether plain text is typed double-spaced, as an old word processor saves it: nearly every text line is followed by
 * one blank line, a paragraph break is two or more, and the lines are wrapped at a page's width. A text with a blank
 * line between one-line paragraphs has no wider breaks, and is not.
 */
function doubleSpaced(rawLines: readonly string[]): boolean {
  const s = DOUBLE_SPACING;
  let prev = -1;
  let tight = 0;
  let single = 0;
  let wide = 0;
  for (let i = 0; i < rawLines.length; i++) {
    const t = (rawLines[i] as string).replace(/\f/g, '').trim();
    if (t === '') continue;
    if (t.length > s.maxLine) return false;
    if (prev >= 0) {
      const gap = i - prev - 1;
      if (gap === 0) tight++;
      else if (gap === 1) single++;
      else wide++;
    }
    prev = i;
  }
  const gaps = tight + single + wide;
  return gaps >= s.minGaps && tight <= gaps * s.maxTight && single >= gaps * s.minSingle && wide >= gaps * s.minWide;
}

/** A line of prose longer than any page prints on one line: a paragraph its writer never wrapped. */
const UNWRAPPED_LINE = 180;

/** Prose lines shorter than this say nothing of where a text wraps (headings, names, short sentences). */
const PROSE_LINE = 60;

/**
 * Whether plain text is written a paragraph per line, as a word processor saves it as text ("Save as Text", "Plain
 * Text"): of its prose lines (one cell, after any tab indent) of some length, three or more, and a quarter or more,
 * run past any page's width. A text wrapped at a width (an e-mail, a typed notice) has a few such lines at most.
 */
function paragraphPerLine(lines: readonly Line[]): boolean {
  let prose = 0;
  let unwrapped = 0;
  for (const l of lines) {
    if (l.text.length < PROSE_LINE || (l.tabbed && l.raw.trim().includes('\t'))) continue;
    prose++;
    if (l.text.length > UNWRAPPED_LINE) unwrapped++;
  }
  return unwrapped >= 3 && unwrapped * 4 >= prose;
}

/**
 * Drops the mail client's quote markers from each run of at least `EMAIL_QUOTE_RUN` quoted lines, in place: a clerk's
 * e-mail may paste a minute as another member sent it, every line of it marked ("> 15. Staffing", ">", "> Resolved: …").
 * A lone line starting ">" ("> 30 mph in 40% of readings") is text, and keeps it.
 */
function unquoteEmail(rawLines: string[]): void {
  let k = 0;
  while (k < rawLines.length) {
    if ((rawLines[k] as string).charCodeAt(0) !== 62 /* > */) {
      k++;
      continue;
    }
    let end = k;
    while (end < rawLines.length && (rawLines[end] as string).charCodeAt(0) === 62) end++;
    if (end - k >= EMAIL_QUOTE_RUN) for (let j = k; j < end; j++) rawLines[j] = (rawLines[j] as string).replace(EMAIL_QUOTE_MARKER, '');
    k = end;
  }
}

/**
 * Each simple table's rows ("  Present     Role" / "  -------- -------" / "  Cllr A Bell  Chair") by line index, as
 * cells separated by tabs, split where the rule's runs of dashes start; the rule itself blank. The heading row is the
 * line above the rule; the rows run to a blank line. A cell left empty stays an empty cell, so columns keep their places.
 * A multiline table (MULTILINE_TABLE_BORDER above its headings) runs to its closing border instead, and each of its rows,
 * wrapped over several lines, becomes its first line, each cell's pieces joined, the lines it took left blank; `spans`
 * gets how many lines each such row took.
 */
function simpleTableCells(rawLines: readonly string[], spans: Map<number, number>): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = 0; i < rawLines.length; i++) {
    const rule = rawLines[i] as string;
    if (!rule.includes('- -') || rule.includes('\t') || !SIMPLE_TABLE_RULE.test(rule)) continue;
    const starts = [...rule.matchAll(/-+/g)].map((m) => m.index);
    const split = (row: string): string[] =>
      starts
        // A cell starts at its column only where a space is before it: text running over a column's start is one cell.
        .filter((at, k) => k === 0 || at >= row.length || row[at - 1] === ' ')
        .map((at, k, kept) => row.slice(k === 0 ? 0 : at, kept[k + 1] ?? row.length).trim());
    const cells = (row: string): string => split(row).join('\t');
    const multiline = multilineTable(rawLines, i);
    if (multiline !== null) {
      const [border, close] = multiline;
      out.set(border, '');
      out.set(i, '');
      out.set(close, '');
      for (let j = border + 1; j < close;) {
        if (j === i || (rawLines[j] as string).trim() === '') {
          j++;
          continue;
        }
        // One row: its lines up to a blank line (the headings: up to the column rule), each column's pieces joined.
        let k = j;
        while (k < close && k !== i && (rawLines[k] as string).trim() !== '') k++;
        const joined: string[] = [];
        for (let r = j; r < k; r++) {
          // A column's pieces only: a wrapped cell may run over its column's start on a later line.
          const parts = starts.map((at, c) => (rawLines[r] as string).slice(c === 0 ? 0 : at, starts[c + 1] ?? undefined).trim());
          parts.forEach((p, c) => (joined[c] = joined[c] ? (p ? `${joined[c]} ${p}` : joined[c]) : p));
          if (r > j) out.set(r, '');
        }
        out.set(j, k - j > 1 ? joined.join('\t') : cells(rawLines[j] as string));
        if (k - j > 1) spans.set(j, k - j - 1);
        j = k;
      }
      i = close;
      continue;
    }
    const above = rawLines[i - 1];
    if (above !== undefined && above.trim() !== '' && !above.includes('\t') && !out.has(i - 1)) out.set(i - 1, cells(above));
    out.set(i, '');
    let j = i + 1;
    for (; j < rawLines.length && (rawLines[j] as string).trim() !== '' && !(rawLines[j] as string).includes('\t'); j++) {
      // A headless table's closing rule ends it.
      if (SIMPLE_TABLE_RULE.test(rawLines[j] as string)) {
        out.set(j, '');
        break;
      }
      out.set(j, cells(rawLines[j] as string));
    }
    i = j;
  }
  return out;
}

/**
 * The top and closing borders of the multiline table whose column rule is line `rule` ([border, close]): a border
 * (MULTILINE_TABLE_BORDER) right above its headings and another, or a column rule, closing it before the text goes on
 * unindented. Null for a simple table.
 */
function multilineTable(rawLines: readonly string[], rule: number): [number, number] | null {
  let top = rule - 1;
  while (top >= 0 && rule - top <= 4 && (rawLines[top] as string).trim() !== '' && !MULTILINE_TABLE_BORDER.test(rawLines[top] as string)) top--;
  if (top < 0 || top === rule - 1 || !MULTILINE_TABLE_BORDER.test(rawLines[top] as string)) return null;
  for (let j = rule + 1; j < rawLines.length && j - rule < 400; j++) {
    const r = rawLines[j] as string;
    if (r.includes('\t')) return null;
    if (r.charCodeAt(0) === 45 /* - */ || r.charCodeAt(0) === 32) {
      if (MULTILINE_TABLE_BORDER.test(r) || SIMPLE_TABLE_RULE.test(r)) return [top, j];
    }
  }
  return null;
}

/**
 * Running headers and footers of a paged text: the first line of each page after the first (the first page's
 * copy is marked `running`), and the last line of each page (numbers aside), whose text recurs in the same place on most pages (two at least)
 * ("Summons and Agenda   Page 2 of 4", "Borough Council   Cabinet, 3 May 2031"). They become page
 * furniture ("Page N"), which no reader takes as content; a table's header row repeated over a page
 * break is left alone.
 */
function markRunningLines(lines: Line[]): void {
  const tops: number[] = [];
  const bottoms: number[] = [];
  let last = -1;
  let firstTop = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.text === '') continue;
    if (last < 0 || (lines[last] as Line).page !== l.page) {
      if (last >= 0) bottoms.push(last);
      if (last >= 0) tops.push(i);
      else firstTop = i;
    }
    last = i;
  }
  if (last >= 0) bottoms.push(last);
  const marked = markEdges(lines, tops, bottoms, firstTop);
  // A header or footer of two lines ("OFFICIAL" over "Council   Decision – REF"; "Form X1   Page 2 of 3" over
  // "OFFICIAL"): the line inside each edge line found running is the page's edge in turn, counted the same way.
  const inner = (i: number, step: 1 | -1): number => {
    for (let j = i + step; j >= 0 && j < lines.length && (lines[j] as Line).page === (lines[i] as Line).page; j += step) if ((lines[j] as Line).text !== '') return j;
    return -1;
  };
  // Only a header or footer the same on every page is taken this way: inside the edge, a repeated line may be content.
  if (marked.tops.length === tops.length)
    markInnerEdge(
      lines,
      marked.tops.map((i) => inner(i, 1)),
      firstTop >= 0 && (lines[firstTop] as Line).running ? inner(firstTop, 1) : -1,
    );
  if (marked.bottoms.length === bottoms.length)
    markInnerEdge(
      lines,
      marked.bottoms.map((i) => inner(i, -1)),
      -1,
    );
  markEdgeRules(lines, [...marked.tops, ...marked.bottoms]);
}

/**
 * Marks a rule (a line of dashes, equals signs or underscores, however long) printed straight inside a running header or
 * footer found at `edges` ("Minute Book page 12" / "Chair's initials ....." over "------" at a page's top) as page
 * furniture too: it parts the footer from the page's text, and is neither text nor a heading's underline.
 */
function markEdgeRules(lines: Line[], edges: readonly number[]): void {
  for (const e of edges) {
    for (const step of [1, -1] as const) {
      let j = e + step;
      // The edge's other lines (a footer of two lines) are furniture already.
      while (j >= 0 && j < lines.length && (lines[j] as Line).page === (lines[e] as Line).page && /^(?:Page \d*)?$/.test((lines[j] as Line).text)) j += step;
      const l = lines[j];
      if (l === undefined || l.page !== (lines[e] as Line).page || !HEADING_RULE.test(l.text)) continue;
      l.raw = `Page ${l.page ?? ''}`.trim();
      l.text = l.raw;
      l.tabbed = false;
    }
  }
}

/**
 * Marks a watermark word printed across the middle of the pages (WATERMARK_WORD) as page furniture ("Page N"), so that
 * the paragraph or table row it cuts reads on over it as over a page break: the same word alone on its line, well
 * inside the page (not its header or footer), at about the same height (WATERMARK_DRIFT) on two pages or more.
 */
function markWatermarks(lines: Line[]): void {
  const pageFirst = new Map<number, number>();
  const pageLast = new Map<number, number>();
  lines.forEach((l, i) => {
    if (l.page === null) return;
    if (!pageFirst.has(l.page)) pageFirst.set(l.page, i);
    pageLast.set(l.page, i);
  });
  // Each candidate by its word: the line and how far down its page it is.
  const found = new Map<string, Array<{ i: number; depth: number }>>();
  lines.forEach((l, i) => {
    if (l.page === null || l.tabbed || l.text.length > 24 || !WATERMARK_WORD.test(l.text)) return;
    const depth = i - (pageFirst.get(l.page) as number);
    if (depth < WATERMARK_DRIFT || (pageLast.get(l.page) as number) - i < WATERMARK_DRIFT) return;
    found.set(l.text, [...(found.get(l.text) ?? []), { i, depth }]);
  });
  for (const marks of found.values()) {
    const pages = new Set(marks.map((m) => (lines[m.i] as Line).page));
    const depths = marks.map((m) => m.depth).sort((a, b) => a - b);
    const middle = depths[Math.floor(depths.length / 2)] as number;
    // Once a page, at one height: a heading printed on several pages is neither.
    if (pages.size < 2 || pages.size !== marks.length || marks.some((m) => Math.abs(m.depth - middle) > WATERMARK_DRIFT)) continue;
    for (const { i } of marks) {
      const l = lines[i] as Line;
      l.raw = `Page ${l.page ?? ''}`.trim();
      l.text = l.raw;
    }
  }
}

/**
 * Marks the lines just inside the pages' running edges as page furniture when there is one on every page and all
 * print the same text (a footer's page number aside); `first`, the first page's copy of a header, is marked running.
 */
function markInnerEdge(lines: Line[], edge: number[], first: number): void {
  // A paper of two pages: the first page's copy is the only other witness a header has.
  const witnesses = edge.length === 1 && first >= 0 ? [...edge, first] : edge;
  if (witnesses.length < 2 || witnesses.some((i) => i < 0)) return;
  const key = (i: number): string => {
    const t = (lines[i] as Line).text;
    return PAGE_NUMBER_END.test(t) ? t.replace(/\d+/g, '#') : runningKey(lines[i] as Line);
  };
  const k = key(edge[0] as number);
  if (k.length > 160 || runningExcluded((lines[edge[0] as number] as Line).text) || witnesses.some((i) => key(i) !== k)) return;
  if (first >= 0 && key(first) === k) (lines[first] as Line).running = true;
  for (const i of edge) {
    const l = lines[i] as Line;
    l.raw = `Page ${l.page ?? ''}`.trim();
    l.text = l.raw;
    l.tabbed = false;
  }
}

function markEdges(lines: Line[], tops: number[], bottoms: number[], firstTop: number): { tops: number[]; bottoms: number[] } {
  const found = { tops: [] as number[], bottoms: [] as number[] };
  // Running lines are on most pages; a line repeated on two pages of many is content.
  const need = Math.max(2, Math.ceil(tops.length / 2));
  // A pack of several papers prints each paper's own header and footer, so none is on most pages. A line at a page's
  // edge that ends in a protective marking ("…   OFFICIAL") printed at the edge of two pages or more is a header still,
  // and so is a footer ending in its page's number ("Chair's initials ....   Page 5") that two pages print.
  const marked = (i: number): boolean => PROTECTIVE_MARKING.test((lines[i] as Line).raw.split('\t').pop()?.trim() ?? '');
  const markings = [...tops, ...bottoms].filter(marked).length;
  // A header carrying the page's number or folio ("Folio 215", "Page 3") differs on every page: it is counted with its
  // number aside, and without a scan's stray mark before it ("." or "'" alone in its own cell).
  const numberedTop = (i: number): string | null => {
    const t = (lines[i] as Line).text;
    return t.length <= 160 && PAGE_NUMBER_END.test(t) ? t.replace(STRAY_MARK, '').replace(/\d+/g, '#') : null;
  };
  const topMarks = new Map<string, number>();
  for (const i of tops) {
    const k = numberedTop(i);
    if (k !== null) topMarks.set(k, (topMarks.get(k) ?? 0) + 1);
  }
  // A running header repeats word for word; a footer may carry the page number.
  for (const [edge, key] of [
    // A header whose left part repeats while its right part names the page's section ("Audit Committee – 3 May 2031 | Agenda Item 4") counts by its left part.
    [tops, (i: number): string => runningKey(lines[i] as Line)],
    [bottoms, (i: number): string => (lines[i] as Line).text.replace(/\d+/g, '#')],
  ] as const) {
    const counts = new Map<string, number>();
    // A paper of two pages: the first page's top line is the only other copy a running header can have.
    const witnesses = edge === tops && tops.length === 1 && firstTop >= 0 ? [...edge, firstTop] : edge;
    for (const i of witnesses) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
    // Matched more loosely (its first cell however short, or its date aside), a line is running too; with its date
    // aside, on three pages at least, so that two papers' headings at the tops of their pages are not taken for one.
    const loose = new Map<string, number>();
    for (const i of witnesses) for (const k of looseRunningKeys(lines, i, edge === tops ? 1 : -1, key(i))) loose.set(k, (loose.get(k) ?? 0) + 1);
    const count = (i: number): number =>
      Math.max(
        counts.get(key(i)) ?? 0,
        ...looseRunningKeys(lines, i, edge === tops ? 1 : -1, key(i))
          .map((k) => [k, loose.get(k) ?? 0] as const)
          .filter(([k, n]) => k.startsWith('\t') || n >= 3)
          .map(([, n]) => n),
      );
    // The first page carries the running header too: its text may be the only place the front sheet names the
    // meeting, so it is kept, marked as running so that no part is taken to start there.
    const top = lines[firstTop];
    if (edge === tops && top && count(firstTop) >= need && top.text.length <= 160 && !runningExcluded(top.text)) top.running = true;
    for (const i of edge) {
      const l = lines[i] as Line;
      const n = count(i);
      const numbered = edge === bottoms ? n >= 2 && PAGE_NUMBER_END.test(l.text) : (topMarks.get(numberedTop(i) ?? '') ?? 0) >= 2;
      if ((n < need && !numbered && !(markings >= 2 && marked(i))) || l.text.length > 160 || runningExcluded(l.text)) continue;
      l.raw = `Page ${l.page ?? ''}`.trim();
      l.text = l.raw;
      l.tabbed = false;
      (edge === tops ? found.tops : found.bottoms).push(i);
    }
  }
  return found;
}

/** Whether a text's last character is an ASCII digit. */
function lastIsDigit(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c >= 48 && c <= 57;
}

/**
 * Marks each number alone on its line (what `isPageFurniture` takes for a page number, "12", "- 3 -") that lies inside a
 * page's content: not among the first or last non-blank lines of its page (pages as form feeds or footers give them; the
 * whole text when none does), and not one of a run of numbers counting up (a page number printed where no page break is
 * kept). Such a number is content: a year wrapped from a date, an amount's digits, a table cell's number.
 */
function markNumbersInText(lines: Line[], laidOut?: readonly string[]): void {
  const edge = PAGE_NUMBER_PLACE.edgeLines;
  const values: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as Line).text;
    if (t.length > 9 || !PAGE_NUMBER_PLACE.bare.test(t)) continue;
    bare.push(i);
    values.push(Number(/\d+/.exec(t)?.[0]));
  }
  if (bare.length === 0) return;
  // Where each value is first and last seen, for the run test.
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  bare.forEach((i, k) => {
    const v = values[k] as number;
    if (!first.has(v)) first.set(v, i);
    last.set(v, i);
  });
  // A year ("2028" over "2029") counts up too, but is no page's number.
  const counted = (i: number, v: number): boolean => !PAGE_NUMBER_PLACE.year.test(String(v)) && ((first.get(v - 1) ?? Infinity) < i || (last.get(v + 1) ?? -1) > i);
  // Whether line i is among the first or last `edge` non-blank lines of its page.
  const atEdge = (i: number): boolean => {
    const page = (lines[i] as Line).page;
    let above = 0;
    for (let j = i - 1; j >= 0 && above < edge && (lines[j] as Line).page === page; j--) if ((lines[j] as Line).text !== '') above++;
    if (above < edge) return true;
    let below = 0;
    for (let j = i + 1; j < lines.length && below < edge && (lines[j] as Line).page === page; j++) if ((lines[j] as Line).text !== '') below++;
    return below < edge;
  };
  // A year right under a date cut before it (YEAR_CUT_BEFORE): the line's end, or laid out, the run of words over it.
  const endsDate = (i: number): boolean => {
    const above = lines[i - 1];
    if (!above || above.text === '' || above.page !== (lines[i] as Line).page || !PAGE_NUMBER_PLACE.year.test((lines[i] as Line).text)) return false;
    if (YEAR_CUT_BEFORE.test(above.text)) return true;
    const at = /\S/.exec(laidOut?.[i] ?? '')?.index ?? -1;
    const run = [...(laidOut?.[i - 1] ?? '').matchAll(/\S+(?: \S+)*/g)].find((m) => Math.abs(m.index - at) <= 2);
    return at >= 0 && run !== undefined && YEAR_CUT_BEFORE.test(run[0]);
  };
  bare.forEach((i, k) => {
    if ((!atEdge(i) && !counted(i, values[k] as number)) || endsDate(i)) (lines[i] as Line).numberInText = true;
  });
}

/**
 * A text saved without form feeds, its pages marked only by a footer ending in the page's number and otherwise the same
 * on every page ("Planning Committee – 3.5.31   Page 2 of 4"): each such footer ends a page, so that the running
 * header and footer are page furniture as in a paged text. The pages are not kept: the source gives none.
 */
function markFooterPages(lines: Line[]): void {
  // Each line's key once (three passes read it); a line not ending in a digit cannot end in a page number.
  const keys = lines.map((l) => (l.text.length <= 160 && lastIsDigit(l.text) && PAGE_NUMBER_END.test(l.text) ? l.text.replace(/\d+/g, '#') : null));
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  const footer = [...counts].find(([, n]) => n >= 2)?.[0];
  if (footer === undefined) return;
  let page = 1;
  lines.forEach((l, i) => {
    l.page = page;
    if (keys[i] === footer) page++;
  });
  // A footer wrapped before its page number: the line over each page number, the same on every page and ending in a
  // dangling separator, is the footer's first half.
  const over = lines.flatMap((l, i) => (keys[i] === footer && i > 0 && FOOTER_WRAP_END.test((lines[i - 1] as Line).text) ? [lines[i - 1] as Line] : []));
  markRunningLines(lines);
  if (over.length >= 2 && over.every((l) => l.text === (over[0] as Line).text))
    for (const l of over) {
      l.raw = `Page ${l.page ?? ''}`.trim();
      l.text = l.raw;
      l.tabbed = false;
    }
  for (const l of lines) l.page = null;
}

/** The text a page's top line is matched by: its first cell where it has several and that cell is a phrase of three words or more. */
function runningKey(l: Line): string {
  const first = l.raw.split('\t')[0]?.trim() ?? '';
  return l.tabbed && first.split(/\s+/).length >= 3 ? first : l.text;
}

/**
 * The looser texts a line `i` at a page's edge is matched by besides `key` (see runningKey), the page's inside a `step`
 * away: its text with its dates aside ("Cabinet – 4 May 2028" on one paper's pages, "Cabinet – 2 March 2028" on the
 * minutes'), and its first cell however short ("Hexbridge Council | Agenda Item 4", "Confidential | Agenda Item 5"),
 * unless the cell is a label closed by its colon ("Exempt: | No") or the line is a row of a table or form going on
 * inside the page ("Decision ref | 2025/121" over "Decision maker | Cabinet").
 */
function looseRunningKeys(lines: readonly Line[], i: number, step: 1 | -1, key: string): string[] {
  const l = lines[i] as Line;
  const keys: string[] = [];
  const undated = l.text.replace(RUNNING_EDGE_DATE, '#');
  if (undated !== l.text) keys.push(undated);
  const first = l.raw.split('\t')[0]?.trim() ?? '';
  const next = lines[i + step];
  const row = next !== undefined && next.page === l.page && next.tabbed;
  if (l.tabbed && first !== key && /^\p{L}/u.test(first) && !/:$/.test(first) && !row) keys.push(`\t${first}`);
  return keys;
}

/** A laid-out form row: the label's column, the label, and the value's column and text. */
const FORM_ROW = /^( *)(\S(?:\S| (?! ))*)( {3,})(\S.*)$/;

/** A form's label alone on its laid-out line, complete with its colon: the tail of a label whose value is beside the line above. */
const LABEL_ALONE = /^( *)(\S(?:\S| (?! ))*:)\s*$/;

/** Whether text is a label of a form the extractor reads: a report cover's, a decision record's section, or an attendance group's. */
const knownLabel = (
  (match) =>
  (text: string): boolean =>
    match(text) >= 0 || attendanceLabelOf(text)?.rest === ''
)(registryMatcher([...COVER_LABELS.map((c) => c.pattern), ...DECISION_SECTION_HEADINGS.map((d) => d.pattern)]));

/**
 * A two-column form (label | value) whose label wraps in its column onto the row's next line, beside the value's next
 * line ("Decision maker (name and   Jo Bloggs" / "post)   Head of Service"): the label's tail (see WRAPPED_LABEL_TAIL)
 * is joined to the label, and the line under is left as the value's column only, as any wrapped value is. A label
 * printed in two languages may break after its slash ("Yn bresennol /" over "Present:") or inside its second half
 * ("PRESENT / YN" over "BRESENNOL:"), the tail alone on its line when the value is short; the line is then left blank.
 */
function joinWrappedFormLabels(lines: Line[], laidOut: string[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const row = FORM_ROW.exec(laidOut[i] ?? '');
    // A row of a table of four columns or more ("Role | Name | Post | Date") is no label | value form: its cells wrap in
    // their columns, read by position.
    if (!row || (row[2] as string).length > 40 || /:$/.test(row[2] as string) || (row[4] as string).split(/ {3,}/).length > 2) continue;
    const labelAt = (row[1] as string).length;
    const valueAt = labelAt + (row[2] as string).length + (row[3] as string).length;
    let label = row[2] as string;
    for (let j = i + 1; j < lines.length && (lines[j] as Line).page === (lines[i] as Line).page; j++) {
      const next = FORM_ROW.exec(laidOut[j] ?? '');
      const alone = next ? null : LABEL_ALONE.exec(laidOut[j] ?? '');
      const parts = next ?? alone;
      if (!parts || (parts[1] as string).length !== labelAt) break;
      const tail = parts[2] as string;
      const nextValueAt = next ? labelAt + tail.length + (next[3] as string).length : valueAt;
      const otherHalf =
        (/ \/$/.test(label) && BILINGUAL_LABEL_TAIL.test(tail)) || (label.includes(' / ') && label === label.toUpperCase() && BILINGUAL_UPPER_LABEL_TAIL.test(tail));
      if (nextValueAt < valueAt || nextValueAt > valueAt + 6 || !(WRAPPED_LABEL_TAIL.test(tail) || otherHalf)) break;
      const joined = `${label} ${tail}`;
      // A left column's text wrapped (a minute's title, a name) is not a label: the tail closes a bracketed prompt, or makes a known label.
      const open = (label.match(/\(/g) ?? []).length > (label.match(/\)/g) ?? []).length;
      const prompt = open ? /\)\s*:?$/.test(tail) : /^\([^()]+\)\s*:?$/.test(tail);
      if (!prompt && !knownLabel(joined.replace(/\s*:$/, ''))) break;
      label = joined;
      const value = next ? `${' '.repeat(nextValueAt)}${next[4] as string}` : '';
      laidOut[j] = value;
      const l = lines[j] as Line;
      l.raw = layoutToCells(value);
      l.text = cleanInline(l.raw);
      l.indent = next ? nextValueAt : 0;
      l.tabbed = l.raw.includes('\t');
      l.cells = undefined;
      if (!next) break;
    }
    if (label === row[2]) continue;
    const l = lines[i] as Line;
    const cells = l.raw.split('\t');
    const k = cells[0] === '' ? 1 : 0;
    cells[k] = label;
    l.raw = cells.join('\t');
    l.text = cleanInline(l.raw);
    l.cells = undefined;
  }
}

/** Runs of words of a laid-out line, split at gaps of two spaces or more. */
const CELL_RUN = /\S+(?: \S+)*/g;

/** A label cell of a laid-out form row: where it starts, its text, and where the value beside it starts (-1: none). */
interface LabelCell {
  at: number;
  label: string;
  valueAt: number;
}

/**
 * The label cell of laid-out line `text` in a label column at `at` (any column when -1), a number cell left of it
 * allowed ("115.3   Rhif y Cais:   DM/…"): null when the line has no short cell there.
 */
function labelCellAt(text: string, at: number): LabelCell | null {
  const runs = [...text.matchAll(CELL_RUN)].map((m) => ({ start: m.index, text: m[0] }));
  const number = runs[0];
  const k = runs.length > 1 && number !== undefined && NUMBER_ALONE_CELL.test(number.text) && (at < 0 || Math.abs(number.start - at) > 1) ? 1 : 0;
  const cell = runs[k];
  if (!cell || cell.text.length > 40 || (at >= 0 && Math.abs(cell.start - at) > 1) || !/^\p{L}/u.test(cell.text)) return null;
  return { at: cell.start, label: cell.text, valueAt: runs[k + 1]?.start ?? -1 };
}

/**
 * One label of a label column, its cell wrapped onto the lines under it until its colon ("Aelodau eraill yn" over
 * "bresennol:"): its text and last line; null when the cells from line `i` end no label within three lines.
 */
function columnLabel(laidOut: readonly string[], i: number, at: number, valueAt: number): { label: string; last: number } | null {
  const parts: string[] = [];
  for (let j = i; j < Math.min(i + 3, laidOut.length); j++) {
    const cell = labelCellAt(laidOut[j] ?? '', at);
    if (cell === null || (j > i && NUMBER_ALONE_CELL.test((laidOut[j] ?? '').trim().split(/\s{2,}/)[0] ?? ''))) return null;
    if (cell.valueAt >= 0 && valueAt >= 0 && Math.abs(cell.valueAt - valueAt) > 1) return null;
    parts.push(cell.label);
    if (cell.label.endsWith(':')) return { label: parts.join(' '), last: j };
  }
  return null;
}

/**
 * A label column printed in two languages with each label stacked, the other language's over the English one
 * ("Yn bresennol:" over "Present:", "Rhif y Cais:" over "Application No:"), either wrapped in the column
 * ("Aelodau eraill yn" / "bresennol:" / "Other Members present:"), the value beside the first line and wrapped
 * under it: the English label (a known one: see knownLabel) goes on the row's first line and the label cells under it
 * are emptied, the values left in place, a line left with no value blank. Two such rows in one column at least, so
 * that a row under a label of its own is never taken for another language's.
 */
function stackedLabelsInEnglish(lines: Line[], laidOut: string[]): void {
  type Pair = { first: number; last: number; at: number; english: string };
  const pairs: Pair[] = [];
  for (let i = 0; i < laidOut.length; i++) {
    const cell = labelCellAt(laidOut[i] ?? '', -1);
    if (cell === null) continue;
    const valueAt = cell.valueAt;
    const other = columnLabel(laidOut, i, cell.at, valueAt);
    if (other === null || knownLabel(other.label.replace(/\s*:$/, ''))) continue;
    const english = columnLabel(laidOut, other.last + 1, cell.at, valueAt);
    if (english === null || !knownLabel(english.label.replace(/\s*:$/, '')) || (valueAt >= 0 && english.label.length > valueAt - cell.at - 2)) continue;
    pairs.push({ first: i, last: english.last, at: cell.at, english: english.label });
    i = english.last;
  }
  // A label of the same column right above or below a pair (values between allowed) that is in no pair itself is a
  // form of one language ("Please ask for:" over "Direct line:" over "Email:"): none of its rows is stacked.
  const inPair = (j: number): boolean => pairs.some((p) => p.first <= j && j <= p.last);
  const loneLabelBeside = (p: Pair, step: 1 | -1): boolean => {
    let j = step < 0 ? p.first - 1 : p.last + 1;
    while (j >= 0 && j < laidOut.length && (laidOut[j] ?? '').trim() !== '' && (laidOut[j] ?? '').search(/\S/) > p.at + 2) j += step;
    const cell = labelCellAt(laidOut[j] ?? '', p.at);
    return cell !== null && cell.label.endsWith(':') && !inPair(j);
  };
  const formed = pairs.filter((p) => !loneLabelBeside(p, -1) && !loneLabelBeside(p, 1));
  // A pair counts with another in its column: the next starts where the rows above end, values only between them.
  const between = (a: Pair, b: Pair): boolean => a.at === b.at && b.first > a.last && laidOut.slice(a.last + 1, b.first).every((t) => t.trim() !== '' && t.search(/\S/) > a.at + 2);
  const kept = formed.filter((p, k) => (k > 0 && between(formed[k - 1] as Pair, p)) || (k + 1 < formed.length && between(p, formed[k + 1] as Pair)));
  for (const p of kept) {
    for (let j = p.first; j <= p.last; j++) {
      const text = laidOut[j] ?? '';
      const cell = labelCellAt(text, p.at) as LabelCell;
      const value = text.slice(cell.at + cell.label.length).trimStart();
      const label = `${text.slice(0, cell.at)}${j === p.first ? p.english : ''}`;
      const laid = value === '' ? label.trimEnd() : `${label.padEnd(Math.max(cell.valueAt, label.length + 2))}${value}`;
      laidOut[j] = laid.trim() === '' ? '' : laid;
      const l = lines[j] as Line;
      l.raw = laidOut[j] === '' ? '' : layoutToCells(laidOut[j] as string);
      l.text = cleanInline(l.raw);
      l.indent = laidOut[j] === '' ? 0 : (laidOut[j] as string).search(/\S/);
      l.tabbed = l.raw.includes('\t');
      l.cells = undefined;
    }
  }
}

/**
 * A two-column list whose left cell is long enough to leave only two spaces before the right column ("Councillor Ann
 * Bellingham-Tate  Leader of the Council" over "Councillor Carl Dunn     Deputy Leader"): the gap is a cell break where
 * the line above or below, itself split into cells, starts a cell at the same column. A gap after a sentence's stop is
 * left alone.
 */
function splitNarrowGaps(lines: Line[], laidOut: readonly string[]): void {
  const cellStarts = (k: number): number[] => {
    const l = lines[k];
    if (!l || !l.tabbed) return [];
    const at: number[] = [];
    for (const m of (laidOut[k] ?? '').matchAll(WIDE_GAP)) at.push((m.index as number) + m[0].length);
    return at;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const laid = laidOut[i] ?? '';
    if (l.tabbed || l.text === '' || !laid.includes('  ', l.indent)) continue;
    NARROW_GAP.lastIndex = l.indent;
    const m = NARROW_GAP.exec(laid);
    if (!m) continue;
    const at = m.index + m[0].length;
    if (!cellStarts(i - 1).includes(at) && !cellStarts(i + 1).includes(at)) continue;
    l.raw = `${laid.slice(0, at).trim()}\t${layoutToCells(laid.slice(at))}`;
    l.text = cleanInline(l.raw);
    l.tabbed = true;
    l.cells = undefined;
  }
}
/** Two spaces alone between words, not after a sentence's stop or a label's colon. */
const NARROW_GAP = /[^\s.!?:] {2}(?=\S)/g;
/** A gap of three spaces or more before a cell's text. */
const WIDE_GAP = /\S {3,}(?=\S)/g;

/**
 * Lines at a page's edge that are content even when repeated: a numbered item or a table's column headings. A line
 * ending in its page's number ("Draft minutes – not yet approved   Page 2 of 3") is a footer, whatever its words.
 */
function runningExcluded(text: string): boolean {
  return EDGE_CONTENT.test(text) && !(PAGE_NUMBER_END.test(text) && !/^\(?\d{1,3}[.)]?\s/.test(text));
}

const EDGE_CONTENT =
  /^(?:\(?\d{1,3}[.)]?\s|\(?[a-z]\)\s)|\b(?:ref(?:erence)?|no\.?|item|title|subject|decision|date|description)\b.*\b(?:ref(?:erence)?|no\.?|item|title|subject|decision|date|description|pages?|status|lead|owner)\b/i;

/** A speck a scanned page's text starts with, a lone mark before the line's words (". Folio 215"). */
const STRAY_MARK = /^[.,'’`]\s+/;

/** A line of a table drawn with ASCII rules, as text: a rule is blank, a border is a space (columns kept). */
export function unboxLine(raw: string): string {
  if (BOX_RULE.test(raw)) return '';
  if (!BOX_ROW.test(raw)) return raw;
  // Every pipe of a tightly drawn row is a border: each becomes a space, so the columns keep their places.
  if (TIGHT_PIPE.test(raw)) return raw.replace(/\|/g, ' ').trimEnd();
  // Cells left empty at the row's end ("| Strategy   |      |      |") are no text: their borders go with the last.
  let row = raw.trimEnd();
  while (row.endsWith('|')) row = row.slice(0, -1).trimEnd();
  return row.replace(/^(\s*)\|/, '$1 ').replace(/ \| /g, '   ');
}
const BOX_RULE = /^\s*[+|][-=+|]*[-=]{3}[-=+|]*\s*$/;
const BOX_ROW = /^\s*\|.*\|\s*$/;
/**
 * A pipe set against a cell's text, as a word processor's table comes out as text (antiword: "|Cllr A Bell   |(Chair)|",
 * each cell padded to its column, a full cell running into the next pipe): no " | " spacing marks the borders.
 */
const TIGHT_PIPE = /[^\s|]\||\|[^\s|]/;

/**
 * The cells of a tightly drawn table row ("|Ref  |Address |Proposal|"), split at its pipes and joined by tabs, an empty
 * cell kept in its place and empty cells at the end dropped; null for a line that is no such row.
 */
function boxCells(raw: string): string | null {
  if (!BOX_ROW.test(raw) || !TIGHT_PIPE.test(raw)) return null;
  const cells = raw
    .trim()
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.join('\t');
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

/**
 * The source line cell k of line i starts on, for a web page's table row: a record read from a cell of a row that
 * opens with other cells ("TBC | Item | …") starts there. Null when the text is not located or the cell is empty.
 */
export function cellSourceLine(doc: Doc, i: number, k: number): number | null {
  const at = doc.located ? (doc.lines[i]?.cellLines?.[k] ?? 0) : 0;
  return at > 0 ? at : null;
}

/** Cleaned cells of a line (split at tabs). */
export function cellsOf(line: Line): string[] {
  if (!line.tabbed) return [line.text];
  line.cells ??= splitCells(line.raw);
  return line.cells;
}

/**
 * A heading line's words without the marks printed in cells beside it: the council's monogram before it, the
 * language version a bilingual document's page belongs to after it ("ABC   NOTICE OF DECISIONS   English version"
 * gives "NOTICE OF DECISIONS"). The line's text when it has no such cells.
 */
export function headingTextOf(line: Line): string {
  if (!line.tabbed) return line.text;
  const cells = cellsOf(line).filter((c) => c !== '');
  const kept = cells.filter((c, k) => !LANGUAGE_VERSION_MARK.test(c) && !(k === 0 && cells.length > 1 && LOGO_MONOGRAM.test(c)));
  return kept.length === cells.length ? line.text : kept.join(' ');
}

/** The label cell of a laid-out label table's row ("Decision   RESOLVED that …" gives "Decision"); '' for a line that is no such row. */
export function labelCellOf(l: Line): string {
  if (!l.tabbed) return '';
  const cells = cellsOf(l);
  return (cells[0] === '' ? cells[1] : cells[0]) ?? '';
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

/**
 * Whether line `j` is a bare heading: a short line alone, blank lines (or the edge of `lines`) around it, that does not
 * end as a sentence or a lead-in does ("Findings of fact", "Sanctions", "Right of appeal").
 */
export function bareHeadingAt(lines: readonly Line[], j: number): boolean {
  const t = lines[j]?.text ?? '';
  if (t === '' || t.length > 60 || (lines[j - 1]?.text ?? '') !== '' || (lines[j + 1]?.text ?? '') !== '') return false;
  return /^[A-Z]/.test(t) && !/[.,;:]$/.test(t);
}

/** Whether line `j` is a hearing decision notice's bare heading over what was decided ("Breach", "Sanctions"). */
export function outcomeHeadingAt(lines: readonly Line[], j: number): boolean {
  return bareHeadingAt(lines, j) && HEARING_OUTCOME_HEADINGS.some((re) => re.test((lines[j] as Line).text));
}

/** Index of the next non-blank line at or after i, before end; -1 when none. */
export function nextNonBlank(lines: Line[], i: number, end: number): number {
  for (let j = i; j < end; j++) if ((lines[j] as Line).text !== '') return j;
  return -1;
}

/** How many lines of text a web page's table cell of paragraphs may run on over (see rowCloseOf). */
const CELL_PARAGRAPH_LINES = 8;

/**
 * A web page's table row whose cell holds several paragraphs (a word processor's table saved as HTML): line `i` stops
 * inside that cell, no tab closing it, and the cell's other paragraphs follow on lines of their own, blank lines
 * between, up to the line that closes the row with a tab ("Venue:\tCouncil Chamber, Town Hall," over "High Street,
 * Town AB1 2CD\t"). The index of that closing line; -1 when line i closes its own row, is no table row, the text is no
 * web page's, line i ends a list of described terms, or the paragraphs run into a label's row of their own ("Time:\t…").
 */
export function rowCloseOf(doc: Doc, i: number, end: number): number {
  const l = doc.lines[i];
  if (!doc.web || !l?.tabbed || l.raw.endsWith('\t')) return -1;
  // The last of a list of described terms ("Time:\t6 pm" over "Venue:\tRoom 4"), each on a line no tab closes, is no table's row.
  const above = prevNonBlank(doc.lines, i - 1, 0);
  if (above >= 0 && (doc.lines[above] as Line).tabbed && !(doc.lines[above] as Line).raw.endsWith('\t')) return -1;
  for (let j = i + 1, seen = 0; j < end && seen < CELL_PARAGRAPH_LINES; j++) {
    const n = doc.lines[j] as Line;
    if (n.text === '') continue;
    seen++;
    // A label's cell ("Time:\t7 pm", a described term or the table's next row) starts a row of its own: no paragraph of this cell.
    if (n.tabbed && /[:?]$/.test((cellsOf(n)[0] ?? '').trim())) return -1;
    if (n.raw.endsWith('\t')) return ownRow(doc, j, end) ? -1 : j;
  }
  return -1;
}

/**
 * Whether the row closing on line j is a whole row of its own: the row under it has as many cells (a table's header row
 * over its rows). A row closing a cell of paragraphs opened above holds only that row's last cells, fewer than a row.
 */
function ownRow(doc: Doc, j: number, end: number): boolean {
  const below = nextNonBlank(doc.lines, j + 1, end);
  const n = below >= 0 ? (doc.lines[below] as Line) : null;
  return n !== null && n.tabbed && n.raw.endsWith('\t') && n.raw.split('\t').length === (doc.lines[j] as Line).raw.split('\t').length;
}

/** Index of the previous non-blank line at or before i, at or after start; -1 when none. */
export function prevNonBlank(lines: Line[], i: number, start: number): number {
  for (let j = i; j >= start; j--) if ((lines[j] as Line).text !== '') return j;
  return -1;
}

/**
 * The page layout with lines [from, to) read one column at a time: the text from `cut` rightwards first, then the
 * text left of it, each line keeping the source line it came from. A line empty in one column is left out of that
 * column (its text is the other column's), so an entry wrapped down its column stays together; a line blank in both
 * stays blank in each. `shift` is how many lines the block grew by. Null when one of the columns is empty.
 */
export function columnsInTurn(doc: Doc, from: number, to: number, cut: number): { doc: Doc; shift: number } | null {
  const laid = doc.laidOut;
  if (!laid) return null;
  const margin = Math.min(...laid.slice(from, to).map((t) => (t.trim() === '' ? Infinity : t.length - t.trimStart().length)));
  const right: Array<[number, string]> = [];
  const left: Array<[number, string]> = [];
  for (let i = from; i < to; i++) {
    const text = laid[i] ?? '';
    const r = text.slice(cut).trimEnd();
    const l = text.slice(0, cut).trimEnd();
    if (text.trim() === '' || r.trim() !== '') right.push([i, r.trim() === '' ? '' : `${' '.repeat(margin)}${r.trimStart()}`]);
    if (text.trim() === '' || l.trim() !== '') left.push([i, l]);
  }
  if (!right.some(([, t]) => t !== '') || !left.some(([, t]) => t !== '')) return null;
  const piece = ([i, text]: [number, string]): Line => {
    const l = doc.lines[i] as Line;
    const raw = layoutToCells(text);
    return { ...l, raw, text: cleanInline(raw), tabbed: raw.includes('\t'), indent: text.length - text.trimStart().length, cells: undefined, coverFields: undefined };
  };
  // A blank line parts the columns.
  const parted: Array<[number, string]> = [...right, [to - 1, ''], ...left];
  const lines = [...doc.lines.slice(0, from), ...parted.map(piece), ...doc.lines.slice(to)];
  const laidOut = [...laid.slice(0, from), ...parted.map(([, t]) => t), ...laid.slice(to)];
  return { doc: { ...doc, lines, laidOut }, shift: parted.length - (to - from) };
}
