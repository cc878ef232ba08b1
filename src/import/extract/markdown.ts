/**
 * Markdown as councils publish it (minutes converted from Word by pandoc and the like): the markup
 * is removed line by line (by `buildDoc`), so that line numbers still point into the source. A
 * trailing backslash (a hard line break) is kept for `buildDoc`, which records it: it ends a title.
 */

const FRONT_MATTER = /^---[ \t]*\r?\n((?:[^\n]*\n){0,60}?)---[ \t]*(?=\r?\n|$)/;

/** Blanks YAML front matter (title, author, date of the web page), keeping its lines: it is not pack text. */
export function blankFrontMatter(text: string): string {
  if (!text.startsWith('---')) return text;
  const m = FRONT_MATTER.exec(text);
  if (!m || !/^[a-z_]+\s*:/im.test(m[1] as string)) return text;
  return m[0].replace(/[^\r\n]+/g, '') + text.slice(m[0].length);
}

const MARKUP = /[>{^*\\]|<!--|(?:^|\s)_\S/;
// A character class alone scans fast (an alternation does not): a line with none of these holds no markup.
const MARKUP_CHAR = /[>{^*\\<_]/;

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
  const piped = line.charCodeAt(line.length - line.trimStart().length) === 124; /* | */
  if (line.charCodeAt(line.length - line.trimStart().length) === 43 /* + */ && GRID_RULE.test(line)) return '';
  // Most lines hold no markup: one scan says so.
  if (!piped && (!MARKUP_CHAR.test(line) || !MARKUP.test(line))) return line;
  let t = piped ? pipeRow(line) : line;
  if (t.includes('>')) t = t.replace(/^\s*(?:>\s?)+/, '');
  if (t.includes('<!--')) t = t.replace(/<!--.*?-->/g, '');
  if (t.includes('{')) t = t.replace(/\[([^\]\n]*)\]\{[.#][^}\n]*\}/g, '$1').replace(/\{[.#][\w.#=\s-]*\}/g, '');
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
      if (!next.endsWith('**')) break;
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
