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
 * Joins a bold paragraph wrapped over up to three source lines ("**4. School Catchment Review: Outcome" /
 * "of Engagement**") onto its first line, the lines it took left empty: a heading wrapped inside its bold is
 * one heading. Only a paragraph that opens with "**" and closes with "**" is joined. Returns, for each line
 * joined onto, how many lines it took.
 */
export function joinWrappedBold(lines: string[]): Map<number, number> {
  const joined = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as string;
    if (!first.trimStart().startsWith('**') || (first.match(BOLD) ?? []).length % 2 === 0) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      const next = (lines[j] as string).trim();
      if (next === '' || next.startsWith('**')) break;
      if ((next.match(BOLD) ?? []).length % 2 === 0) continue;
      if (!next.endsWith('**')) break;
      lines[i] = [first, ...lines.slice(i + 1, j + 1).map((l) => l.trim())].join(' ');
      for (let k = i + 1; k <= j; k++) lines[k] = '';
      joined.set(i, j - i);
      i = j;
      break;
    }
  }
  return joined;
}
