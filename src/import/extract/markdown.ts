/**
 * Markdown as councils publish it (minutes converted from Word by pandoc and the like): the markup
 * is removed line by line (by `buildDoc`), so that line numbers still point into the source. A
 * trailing backslash (a hard line break) is kept for `buildDoc`, which records it: it ends a title.
 */

import { BOLD_CLOSED_BEFORE_PAGES } from './layouts.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n((?:[^\n]*\n){0,60}?)---[ \t]*(?=\r?\n|$)/;

/** Blanks YAML front matter (title, author, date of the web page), keeping its lines: it is not pack text. */
export function blankFrontMatter(text: string): string {
  if (!text.startsWith('---')) return text;
  const m = FRONT_MATTER.exec(text);
  if (!m || !/^[a-z_]+\s*:/im.test(m[1] as string)) return text;
  return m[0].replace(/[^\r\n]+/g, '') + text.slice(m[0].length);
}

const MARKUP = /[>{^*\\]|<!--|\]\[|(?:^|\s)_\S/;
// A character class alone scans fast (an alternation does not): a line with none of these holds no markup.
const MARKUP_CHAR = /[>{^*\\<_\]]/;

/**
 * A line that is only a static site's template tag: a Liquid (Jekyll) tag or output ("{% include callout.html … %}",
 * "{{ page.title }}"), or a Hugo shortcode ("{{< figure … >}}", "{{% notice %}}"). What it draws (a breadcrumb, a
 * callout box, a figure, a footer) is the site's, not the minutes' text.
 */
const TEMPLATE_TAG_LINE = /^\s*\{(?:%.*%|\{.*\})\}\s*$/;

/** A template tag inside a line ("Published {{ page.date | date: "%-d %B %Y" }}."): removed, the text around it kept. */
const TEMPLATE_TAG = /\{%[^%\n]*(?:%(?!\})[^%\n]*)*%\}|\{\{[^}\n]*(?:\}(?!\})[^}\n]*)*\}\}/g;

/** A Liquid block whose body is not page text: a comment, or raw template code. */
const LIQUID_BLOCK_OPEN = /^\s*\{%-?\s*(comment|raw)\s*-?%\}\s*$/;

/** A kramdown attribute list on a line of its own ("{: .table-actions}", "{:toc}", "{::options … /}"): a class for the block above. */
const ATTRIBUTE_LIST_LINE = /^\s*\{::?[^{}\n]*\}\s*$/;

/** A table of contents the site generates in place: a list item "TOC" over kramdown's "{:toc}", "[TOC]", "[[_TOC_]]". */
const TOC_MARKER = /^\s*(?:[-*+]|\d{1,2}\.)\s+TOC\s*$/;
const TOC_LINE = /^\s*(?:\[TOC\]|\[\[_TOC_\]\])\s*$/;

/** A reference link's definition ("[fund]: /area-forums/fund/ "Title""): where a "[text][fund]" link points, not text. A footnote ("[^1]: …") is text. */
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]\n]{1,200}\]:\s*\S/;

/** A reference link ("[Area Forum Fund][fund]", "[the fund][]"): its text kept, the reference dropped. */
const REFERENCE_LINK = /\[([^\]\n]{0,500})\]\[[^\]\n]{0,200}\]/g;

/** A generated table of contents' title above its marker: a short heading or bold line alone ("**On this page**", "## Contents"). */
const TOC_TITLE = /^\s*(?:#{1,6}\s+[^#.:;!?]{1,40}|\*\*[^*.:;!?]{1,40}\*\*)\s*$/;

/** Blanks a table of contents' marker at line i, and its title above it, past one blank line at most. */
function blankToc(lines: string[], i: number): void {
  lines[i] = '';
  const above = (lines[i - 1] ?? '').trim() === '' ? i - 2 : i - 1;
  if (TOC_TITLE.test(lines[above] ?? '')) lines[above] = '';
}

/**
 * Blanks, keeping their lines, what a static site's Markdown source (Jekyll, Hugo and the like, as councils keep their
 * web pages in a repository) holds besides the page's text: an HTML comment over several lines (an editor's note),
 * template tags on lines of their own and Liquid comment blocks, kramdown attribute lists and a generated table of
 * contents, and reference links' definitions. One pass: a cheap test of each line's first character before any pattern.
 */
export function blankSiteMarkup(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const first = line.trimStart().charCodeAt(0);
    if (first === 60 /* < */) {
      const open = line.lastIndexOf('<!--');
      if (open < 0 || line.indexOf('-->', open + 4) >= 0) continue;
      // An HTML comment left open runs to its "-->": its lines are blank, the text before it on the first kept.
      let j = i + 1;
      while (j < lines.length && j < i + 200 && !(lines[j] as string).includes('-->')) j++;
      if (j >= lines.length || !(lines[j] as string).includes('-->')) continue;
      lines[i] = line.slice(0, open);
      for (let k = i + 1; k < j; k++) lines[k] = '';
      lines[j] = (lines[j] as string).slice((lines[j] as string).indexOf('-->') + 3);
      i = j - 1;
    } else if (first === 123 /* { */) {
      const block = LIQUID_BLOCK_OPEN.exec(line);
      if (block) {
        const close = new RegExp(`^\\s*\\{%-?\\s*end${block[1] as string}\\s*-?%\\}\\s*$`);
        let j = i + 1;
        while (j < lines.length && j < i + 500 && !close.test(lines[j] as string)) j++;
        if (j >= lines.length || !close.test(lines[j] as string)) continue;
        for (let k = i; k <= j; k++) lines[k] = '';
        i = j;
      } else if (TEMPLATE_TAG_LINE.test(line) || ATTRIBUTE_LIST_LINE.test(line)) {
        if (/^\s*\{:toc\}/.test(line) && TOC_MARKER.test(lines[i - 1] ?? '')) blankToc(lines, i - 1);
        lines[i] = '';
      } else if (line.includes('{%') && !line.includes('%}')) {
        // A template tag wrapped over several lines ("{% include figure.html" / "   alt="…" %}"): blank to its close.
        let j = i + 1;
        while (j < lines.length && j < i + 20 && !(lines[j] as string).includes('%}')) j++;
        if (j >= lines.length || !(lines[j] as string).trimEnd().endsWith('%}')) continue;
        for (let k = i; k <= j; k++) lines[k] = '';
        i = j;
      }
    } else if (first === 91 /* [ */) {
      if (TOC_LINE.test(line)) blankToc(lines, i);
      else if (LINK_DEFINITION.test(line)) lines[i] = '';
    }
  }
}

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A pandoc grid table's border or header rule ("+-----+----+", "+=====+====+"): no text. */
const GRID_RULE = /^\s*\+(?:[-=:]{3,}\+)+\s*$/;

/**
 * A pipe table's row as cells separated by tabs (as a table row is everywhere else), its rule row blank;
 * a cell left empty stays an empty cell, so columns keep their places.
 */
function pipeRow(line: string): string {
  if (TABLE_RULE.test(line)) return '';
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
  return cells.join('\t');
}

/** Removes Markdown markup from one line, keeping its text. */
export function cleanMarkdownLine(line: string): string {
  // The first character after the indent, found once (trimStart copies the line).
  const first = line.charCodeAt(line.length - line.trimStart().length);
  const piped = first === 124; /* | */
  if (first === 43 /* + */ && GRID_RULE.test(line)) return '';
  // Most lines hold no markup: one scan says so.
  if (!piped && (!MARKUP_CHAR.test(line) || !MARKUP.test(line))) return line;
  let t = piped ? pipeRow(line) : line;
  if (t.includes('>')) t = t.replace(/^\s*(?:>\s?)+/, '');
  if (t.includes('<!--')) t = t.replace(/<!--.*?-->/g, '');
  if (t.includes('{')) {
    t = t.replace(/\[([^\]\n]*)\]\{[.#][^}\n]*\}/g, '$1').replace(/\{:?[.#][\w.#=\s-]*\}/g, '');
    if (t.includes('{%') || t.includes('{{')) t = t.replace(TEMPLATE_TAG, '');
  }
  if (t.includes('][')) t = t.replace(REFERENCE_LINK, '$1');
  if (t.includes('^')) t = t.replace(/\^([^^\s]{1,12})\^/g, '$1').replace(/\[\^[^\]\s]{1,20}\](?!:)/g, '');
  if (t.includes('*')) {
    t = t.replace(/\*\*/g, '');
    // Emphasis may sit against a table cell's inline line break ("<br>*(note)*").
    if (t.includes('*')) t = t.replace(/(^|[\s(["'>])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s).,;:!?'"\]<])/g, '$1$2');
  }
  // Emphasis by underscores ("_DRAFT – to be approved_"), never the underscores inside a word or of a blank to fill in.
  if (t.includes('_')) t = t.replace(/(^|[\s(["'])_(?=[^\s_])([^_\n]*?[^\s_])_(?=$|[\s).,;:!?'"\]])/g, '$1$2');
  if (t.includes('\\')) {
    const hard = /\\\s*$/.test(t);
    t = t.replace(/\\\s*$/, '').replace(/\\([\\`*_{}[\]()#+\-.!|<>~^"'$&%])/g, '$1');
    if (hard) t += '\\';
  }
  return t;
}

/**
 * A line break inside a pipe table's cell, where a Word cell held paragraphs or a list: "<br>", or a list's
 * "<ul><li>" tags (a cell of a pipe table is one source line, so its lines are written as inline HTML).
 */
export const CELL_LINE_BREAK = /<br\s*\/?>|<\/?(?:ul|ol|li|p)\b[^<>]{0,200}>/i;

const BOLD = /\*\*/g;

/**
 * Where a bold paragraph opens: at the line's start, inside a block quote (Word's indent), or after the item's
 * number ("7.2 **…", "1\\. **…", "(b) **…").
 */
const BOLD_OPENING = /^\s*(?:>\s?)*(?:(?:\d{1,3}(?:\.\d{1,2})*\\?[.)]?|\(?(?:[a-z]|[ivx]{1,4})\))\s+)?\*\*/;

/** A block quote's markers opening a line ("> ", "> > "). */
const QUOTE_MARKERS = /^(?:>\s?)+/;

/**
 * Joins a bold paragraph wrapped over up to three source lines ("**4. School Catchment Review: Outcome" /
 * "of Engagement**") onto its first line, the lines it took left empty: a heading wrapped inside its bold is
 * one heading. Only a paragraph that opens with "**" (after any quote marker and item number) and closes with
 * "**" is joined; a wrapped line's quote markers go. Returns, for each line joined onto, how many lines it took.
 */
export function joinWrappedBold(lines: string[]): Map<number, number> {
  const joined = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as string;
    if (!BOLD_OPENING.test(first) || (first.match(BOLD) ?? []).length % 2 === 0) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      const next = (lines[j] as string).trim().replace(QUOTE_MARKERS, '');
      if (next === '' || next.startsWith('**')) break;
      if ((next.match(BOLD) ?? []).length % 2 === 0) continue;
      if (!next.endsWith('**') && !BOLD_CLOSED_BEFORE_PAGES.test(next)) break;
      lines[i] = [first, ...lines.slice(i + 1, j + 1).map((l) => l.trim().replace(QUOTE_MARKERS, ''))].join(' ');
      for (let k = i + 1; k <= j; k++) lines[k] = '';
      joined.set(i, j - i);
      i = j;
      break;
    }
  }
  return joined;
}

/** A line opening an emphasised run with a single "*" or "_" (after any quote marker), and what follows the mark. */
const EMPHASIS_OPENING = /^(\s*(?:>\s?)*)([*_])(?=[^\s*_])(.*)$/;

/** A line closing an emphasised run: its one mark at the end, before any closing punctuation ("… meeting.*"). */
const EMPHASIS_CLOSING = /^[^*_]*[^\s*_]([*_])[.,;:!?)]*$/;

/**
 * Removes the marks of an emphasised paragraph wrapped over up to four source lines ("*These minutes are in draft
 * until approved at the next" / "meeting.*"), which `cleanMarkdownLine`, reading one line at a time, leaves. Only
 * a paragraph that opens with the mark and whose first line holds no other is unwrapped.
 */
export function unwrapEmphasis(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const open = EMPHASIS_OPENING.exec(lines[i] as string);
    if (!open || (open[3] as string).includes(open[2] as string)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const raw = lines[j] as string;
      const next = raw.trim().replace(QUOTE_MARKERS, '');
      if (next === '' || next.startsWith('*') || next.startsWith('_')) break;
      if (!next.includes(open[2] as string)) continue;
      if (EMPHASIS_CLOSING.exec(next)?.[1] === open[2]) {
        lines[i] = `${open[1] as string}${open[3] as string}`;
        lines[j] = raw.trimEnd().replace(/[*_]([.,;:!?)]*)$/, '$1');
      }
      break;
    }
  }
}
