/** Cleaning PDF-to-text and HTML debris out of lines and cells. */

import {
  CONTACT_DETAIL,
  CONTACT_HEADING,
  COOKIE_BANNER_CLASS,
  EDITOR_COMMENT_BACK,
  EDITOR_MARK_TARGET,
  NAV_LIST_CLASS,
  NOTE_BACK_LINK,
  NOTE_REF_LINK,
  TITLE_SMALL_WORDS,
} from './layouts.ts';
import type { Line } from './doc.ts';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  euro: '€',
  hellip: '…',
  bull: '•',
  raquo: '»',
  laquo: '«',
  middot: '·',
  copy: '©',
  reg: '®',
  eacute: 'é',
  times: '×',
};

/** The accents HTML names after a letter ("&acirc;" is "a" with a circumflex), as combining marks. */
const ACCENT_MARKS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327' };

/** A named reference to an accented letter ("&Eacute;", "&acirc;", "&ccedil;"): the letter, composed; undefined for any other name. */
function accentedLetter(ref: string): string | undefined {
  const m = /^([a-z])(grave|acute|circ|tilde|uml|ring|cedil)$/i.exec(ref);
  if (!m) return undefined;
  const letter = `${m[1] as string}${ACCENT_MARKS[(m[2] as string).toLowerCase()] as string}`.normalize('NFC');
  return letter.length === 1 ? letter : undefined;
}

/** Decodes HTML character references (&amp;, &#8217;, &#x2019;, &acirc;). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    // An accented letter keeps its case ("&Eacute;" is "É"), which the lower-cased table would lose.
    return accentedLetter(ref) ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * An input as a reader sees it: a box, ticked (☒) or not (☐); a hidden one (a web form's saved state, "__VIEWSTATE",
 * however long its value) shows nothing.
 */
function inputMark(tag: string): string {
  if (/\btype\s*=\s*["']?hidden\b/i.test(tag)) return ' ';
  return /\bchecked\b/i.test(tag) ? ' ☒ ' : ' ☐ ';
}

/** Replaces checkbox inputs with ☒ (ticked) or ☐ and removes all other tags. */
export function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(/<input\b[^<>]*>/gi, inputMark)
    .replace(/<\/?(?:p|li|ul|ol|td|th|tr|table|thead|tbody|div|br|h[1-6])\b[^<>]{0,2000}>/gi, ' ')
    .replace(/<\/?[a-z][a-z0-9]{0,15}\b[^<>]{0,2000}>/gi, '')
    .replace(/<\/?[a-z][a-z0-9]{0,15}>/gi, '');
}

const ODD_SPACE = '\\t\\n\\r\\f\\v\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
// White space other than a plain space; a run of spaces and these becomes one space.
const SPACE_RUN = new RegExp(`[ ${ODD_SPACE}]{2,}|[${ODD_SPACE}]`, 'g');

// A character class alone scans faster than a class with an alternative, so two spaces are looked for apart.
const NEEDS_WORK = new RegExp(`[<&*#\\]${ODD_SPACE}]`);

/** One cell or line as plain text: tags, entities, bold and link markup removed, spaces collapsed (tabs too). */
export function cleanInline(text: string): string {
  // A third of all lines are blank.
  if (text === '') return text;
  // Most lines hold none of the characters that need work: one scan, then a trim.
  if (!NEEDS_WORK.test(text) && !text.includes('  ')) return text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 ? text.trim() : text;
  let t = text;
  if (t.includes('<')) t = stripTags(t);
  if (t.includes('&')) t = decodeEntities(t);
  if (t.includes('*')) t = t.replace(/\*{2,}/g, '');
  if (t.includes('](')) t = t.replace(/\[([^\]\n]{0,500})\]\([^()\s]{0,2000}\)/g, '$1');
  // Any run of white space that is not a single plain space becomes one space (one pass).
  t = t.replace(SPACE_RUN, ' ');
  t = t.trim();
  if (t.startsWith('#')) t = t.replace(/^#{1,6}\s+/, '');
  return t;
}

/** Splits a raw line into cleaned tab-separated cells. */
export function splitCells(raw: string): string[] {
  return raw.split('\t').map(cleanInline);
}

/**
 * Whether a heading matches `pattern` as printed or in either half of a heading in two languages.
 * @example inEitherLanguage(/^agenda$/i, 'RHAGLEN / AGENDA') // true
 */
export function inEitherLanguage(pattern: RegExp, text: string): boolean {
  return pattern.test(text) || (text.includes(' / ') && text.split(' / ').some((half) => pattern.test(half.trim())));
}

/**
 * Whether a cleaned line is page furniture that carries no content. Given the line itself, a number alone inside a
 * page's content (`numberInText`: a wrapped year, an amount, a cell) is content; given its text alone, it is taken for
 * a page number.
 */
export function isPageFurniture(line: string | Pick<Line, 'text' | 'numberInText'>): boolean {
  if (typeof line !== 'string') return !line.numberInText && isPageFurniture(line.text);
  const text = line;
  if (text.length > 60) return false;
  // Furniture starts with "page", "this", "public", a digit, a dash, an underscore or a space: a line
  // starting with any other ASCII letter is not, and most lines do.
  const c = text.charCodeAt(0) | 0x20;
  if (c >= 0x61 && c <= 0x7a && c !== 0x70 /* p */ && c !== 0x74 /* t */) return false;
  return /^(?:page \d{1,4}(?: of \d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4} of \d{1,4}|this page is (?:intentionally|deliberately) (?:left )?blank\.?|public document pack|-{2,}(?:\s+-{2,})*|_{3,})$/i.test(
    text,
  );
}

/** Converts an HTML document to text lines, table cells separated by tabs. */
export function htmlToText(html: string): string {
  return convertHtml(html, false);
}

const MARKER = /\ue000\d+\ue001/g;

/** The attributes of a button that shows or hides a section of the page (an accordion's toggle). */
const DISCLOSURE_BUTTON = /\baria-(?:controls|expanded)\s*=|\bdata-(?:bs-)?toggle\s*=\s*"?collapse/i;

/** A list item that prints its own number first ("<span>6A</span> Title", "12. Title"), tags and markers aside. */
const PRINTED_ITEM_NUMBER = /^(?:\s|\ue000\d+\ue001|<[^<>]{0,500}>)*\d{1,3}[a-z]?\.?(?:\s|<)/i;

/**
 * An ordered list's items with the numbers a browser shows ("1. ", from its `start`, or an item's `value`; "a. " for
 * `type="a"`), as printed text. Only the list's own items are numbered, not those of a bulleted list inside one; a
 * list whose items mostly print their own numbers ("6A", with the list's markers styled away) keeps those alone.
 */
function numberListItems(_whole: string, attrs: string, inner: string): string {
  let n = Number(/\bstart\s*=\s*"?(\d{1,4})/i.exec(attrs)?.[1] ?? '1');
  const type = /\btype\s*=\s*"?([aA])\b/.exec(attrs)?.[1];
  const label = (k: number): string => (type !== undefined && k >= 1 && k <= 26 ? String.fromCharCode(type.charCodeAt(0) + k - 1) : String(k));
  const TAG = /<(\/?)(ul|li)\b([^>]*)>/gi;
  // The offsets of the list's own <li> tags (depth 0: outside any nested <ul>).
  const own: Array<{ at: number; attrs: string }> = [];
  let depth = 0;
  for (let m = TAG.exec(inner); m; m = TAG.exec(inner)) {
    if ((m[2] as string).toLowerCase() === 'ul') depth = Math.max(0, depth + (m[1] === '/' ? -1 : 1));
    else if (m[1] === '' && depth === 0) own.push({ at: m.index, attrs: m[3] as string });
  }
  const printed = own.filter((li) => PRINTED_ITEM_NUMBER.test(inner.slice(li.at).replace(/^<li\b[^>]*>/i, ''))).length;
  const selfNumbered = own.length > 0 && printed * 2 > own.length;
  let out = '';
  let from = 0;
  for (const li of own) {
    out += inner.slice(from, li.at);
    const value = /\bvalue\s*=\s*"?(\d{1,4})/i.exec(li.attrs)?.[1];
    if (value !== undefined) n = Number(value);
    out += selfNumbered ? '\n' : `\n${label(n++)}. `;
    from = li.at + (/^<li\b[^>]*>/i.exec(inner.slice(li.at))?.[0].length ?? 0);
    // An item that opens with a paragraph ("<li><p>That …", as word processors save lists) shows its number on the
    // paragraph's first line: the <p> tag goes, the line markers before it stay.
    const para = selfNumbered ? null : LI_OPENING_PARAGRAPH.exec(inner.slice(from));
    if (para) {
      out += para[1];
      from += para[0].length;
    }
  }
  return `\n${out}${inner.slice(from)}\n`;
}

/** An item's opening paragraph tag, the white space and line markers before it kept (group 1). */
const LI_OPENING_PARAGRAPH = /^((?:\s|\ue000\d+\ue001)*)<p\b[^>]*>/i;

/** The innermost ordered list, none inside it. */
const INNERMOST_OL = /<ol\b([^>]*)>((?:(?!<ol\b)[\s\S])*?)<\/ol\s*>/gi;

/**
 * Every ordered list numbered as a browser shows it, the lists inside a list's items first and then the list
 * itself (an agenda whose items each hold a numbered "Resolved" list is numbered 1, 2, 3 by its own items).
 */
function numberNestedLists(html: string): string {
  let out = html;
  for (let pass = 0; pass < 8 && /<ol\b/i.test(out); pass++) {
    const next = out.replace(INNERMOST_OL, numberListItems);
    if (next === out) break;
    out = next;
  }
  return out;
}

// A cell's first paragraph opening just after the cell opens, or its last closing just before the cell closes (markers between kept).
const CELL_EDGE_BLOCK = /(<(?:td|th)\b[^>]*>)((?:\s|\ue000\d+\ue001)*)<(?:p|div)\b[^>]*>|<\/(?:p|div)\s*>((?:\s|\ue000\d+\ue001)*)(?=<\/(?:td|th)\s*>)/gi;

/**
 * A cell's first and last paragraph marks dropped, so that a cell of paragraphs (a word processor's table) starts
 * on its row's line and its cells stay on one line when each holds one paragraph; inner paragraphs still break.
 */
function cellEdge(_whole: string, open: string | undefined, before: string | undefined, after: string | undefined): string {
  return open !== undefined ? `${open}${before ?? ''}` : (after ?? '');
}

/**
 * A description list's term and its description ("<dt>Decision maker</dt><dd>…</dd>"): a label and its value. A
 * description of one line of text is printed beside its term ("Decision maker:\tCouncillor …"); one of paragraphs or
 * lists goes under its term, which ends in a colon ("Decision:").
 */
const DESCRIPTION_TERM =
  /<dt\b[^>]*>((?:(?!<\/?(?:dt|dd|dl)\b)[^])*?)<\/dt\s*>((?:\s|\ue000\d+\ue001)*)<dd\b[^>]*>((?:(?!<\/?(?:dt|dd|dl|p|div|ol|ul|li|table|h[1-6]|br)\b)[^])*?<\/dd\s*>)?/gi;

function describedTerm(_whole: string, term: string, between: string, inline: string | undefined): string {
  const label = term.replace(/\s+$/, '');
  const colon = /[:?]\s*(?:\ue000\d+\ue001\s*)*$/.test(label) || label.replace(MARKER, '').trim() === '' ? '' : ':';
  if (inline !== undefined) return `\n${label}${colon}\t${between}${inline.replace(/<\/dd\s*>$/i, '')}\n`;
  return `\n${label}${colon}\n${between}<dd>`;
}

/** A link to a place in the page that only moves about it: "Skip to main content", "Back to top", "Top of page". */
const IN_PAGE_LINK =
  /<a\b[^>]*href="#[^"]*"[^>]*>(?:\s|\ue000\d+\ue001)*(?:skip to[^<]{0,40}|(?:back|return|go) to (?:the )?top(?: of (?:the )?page)?|top of (?:the )?page)(?:\s|\ue000\d+\ue001)*<\/a>/gi;

/** A list marked as the page's navigation (a menu, breadcrumb or tab strip) by its class or id, with its items. */
const NAVIGATION_LIST = new RegExp(`<(ul|ol)\\b[^>]*\\b(?:class|id)\\s*=\\s*"[^"]*(?:${NAV_LIST_CLASS.source})[^"]*"[^>]*>[\\s\\S]*?<\\/\\1\\s*>`, 'gi');

/**
 * A cookie banner: a block (no block of its kind inside) whose class, id or label names cookies or consent (see
 * COOKIE_BANNER_CLASS), with what it holds.
 */
const COOKIE_BANNER = new RegExp(
  `<(div|section|aside|dialog)\\b[^>]*\\b(?:class|id|aria-label)\\s*=\\s*"[^"]*(?:${COOKIE_BANNER_CLASS.source})[^"]*"[^>]*>(?:(?!<\\/?\\1\\b)[\\s\\S]){0,5000}<\\/\\1\\s*>`,
  'gi',
);

/** A table row's cells, opening tags only: where each starts and how many rows and columns it spans. */
const CELL_OPEN = /<(?:td|th)\b([^>]*)>/gi;

/**
 * A table's rows with an empty cell in each place a cell above spans into (`rowspan`), so that every row keeps its
 * columns: the rows under a grouping cell ("Review" over its recommendations) have one cell fewer as written. A first
 * cell spanning rows heads them: it ends its line, so that its row's other cells start on a line of their own.
 */
function fillRowSpans(table: string): string {
  const pending = new Map<number, number>();
  return table.replace(/(<tr\b[^>]*>)([\s\S]*?)(?=<tr\b|<\/table\s*>|$)/gi, (_whole, open: string, row: string) => {
    let out = '';
    let from = 0;
    let column = 0;
    let heads = false;
    const slice = (to: number): string => {
      const text = row.slice(from, to);
      return heads ? text.replace(/<\/(?:td|th)\s*>/i, '$&<br>') : text;
    };
    const fill = (): string => {
      let cells = '';
      for (let left = pending.get(column) ?? 0; left > 0; left = pending.get(column) ?? 0) {
        pending.set(column, left - 1);
        cells += '<td></td>';
        column++;
      }
      return cells;
    };
    for (const m of row.matchAll(CELL_OPEN)) {
      out += slice(m.index) + fill();
      heads = false;
      from = m.index;
      const attrs = m[1] as string;
      const rows = Number(/\browspan\s*=\s*"?(\d{1,3})/i.exec(attrs)?.[1] ?? '1');
      const cols = Number(/\bcolspan\s*=\s*"?(\d{1,3})/i.exec(attrs)?.[1] ?? '1');
      heads = column === 0 && rows > 1;
      for (let k = 0; k < Math.max(1, cols); k++) {
        if (rows > 1) pending.set(column, rows - 1);
        column++;
      }
    }
    // Cells spanning into the row's end come before its close.
    const close = /<\/tr\s*>/i.exec(row.slice(from));
    const at = close ? from + close.index : row.length;
    return `${open}${out}${slice(at)}${fill()}${row.slice(at)}`;
  });
}

/** A page style's header or footer as LibreOffice exports it: a `<div title="header">` (or "footer") holding paragraphs, no inner div. */
const PAGE_HEADER_DIV = /<div\b[^<>]{0,200}?\btitle\s*=\s*"(?:header|footer)"[^<>]{0,200}>(?:(?!<\/?div\b)[\s\S]){0,20000}<\/div\s*>/gi;

/** A heading in a sidebar with what follows it up to the next heading (the card it titles): heading text, then the card. */
const SIDEBAR_CARD = /<(h[2-6])\b[^>]*>((?:(?!<\/?h[1-6]\b)[^]){1,300}?)<\/\1\s*>((?:(?!<h[1-6]\b)[^]){0,3000})/gi;

/**
 * A sidebar dropped as page chrome but for its contact cards: each block under a contact heading ("Contact", "Contact
 * details") that gives a phone number or e-mail address is kept, with its heading; the rest goes as `drop` leaves it.
 */
function keepContactCards(aside: string, drop: (removed: string) => string): string {
  let out = '';
  let from = 0;
  for (const m of aside.matchAll(SIDEBAR_CARD)) {
    const heading = decodeEntities(stripTags((m[2] as string).replace(MARKER, ' ')))
      .replace(/\s+/g, ' ')
      .trim();
    if (!CONTACT_HEADING.test(heading) || !CONTACT_DETAIL.test(m[3] as string)) continue;
    out += `${drop(aside.slice(from, m.index))}<div>${m[0]}</div>`;
    from = m.index + m[0].length;
  }
  return from === 0 ? drop(aside) : `${out}${drop(aside.slice(from))}`;
}

/** A Word tab (see WORD_TAB_SPAN) until white space is collapsed: a private-use character no text holds. */
const WORD_TAB = '\ue002';
/** Word's tab as a web page saves it: `<span style='mso-tab-count:1'>&nbsp;&nbsp; </span>`, line markers inside kept (group 1). */
const WORD_TAB_SPAN = /<span\b[^<>]{0,300}?\bmso-tab-count\s*:\s*\d[^<>]{0,300}>((?:[^<]|<(?!\/?span\b)[^<>]{0,300}>){0,400}?)<\/span\s*>/gi;

/** A link within the page (group 1 its attributes, group 2 the target's id). */
const IN_PAGE_ANCHOR = /<a\b([^>]*?\bhref\s*=\s*"#([^"]{1,80})"[^>]*)>[\s\S]*?<\/a\s*>/gi;

/**
 * A page's end notes read where their marks are (pandoc's "…minutes.<a class="footnote-ref" href="#fn1"><sup>1</sup></a>"
 * over a closing list of notes, `<li id="fn1">…↩</li>`): each note marked in the text is set as a paragraph of its own
 * at its first mark, its back-link dropped, and taken from the list; the mark's number goes. A note with no mark stays.
 * The moved note carries the mark's source line, not its own.
 */
function inlineNotes(html: string, drop: (removed: string) => string): string {
  if (!/<a\b[^>]*\bhref\s*=\s*"#/i.test(html) || !NOTE_REF_LINK.test(html)) return html;
  const notes = new Map<string, { whole: string; inner: string }>();
  for (const m of html.matchAll(/<li\b[^>]*\bid\s*=\s*"([^"]{1,80})"[^>]*>([\s\S]*?)<\/li\s*>/gi)) {
    notes.set(m[1] as string, { whole: m[0], inner: m[2] as string });
  }
  const placed = new Set<string>();
  let out = html.replace(IN_PAGE_ANCHOR, (whole, attrs: string, id: string) => {
    const note = notes.get(id);
    if (!NOTE_REF_LINK.test(attrs) || note === undefined) return whole;
    if (placed.has(id)) return drop(whole);
    placed.add(id);
    const text = note.inner.replace(IN_PAGE_ANCHOR, (link, a: string) => (NOTE_BACK_LINK.test(a) ? drop(link) : link)).replace(MARKER, ' ');
    return `<div>${text}</div>${drop(whole)}`;
  });
  for (const id of placed) out = out.replace((notes.get(id) as { whole: string }).whole, drop);
  return out;
}

/** A bracketed mark linking within the page ("<sup><a href="#cmnt1">[a]</a></sup>"), group 1 its target. */
const BRACKET_MARK_LINK = /(?:<sup\b[^>]*>\s*)?<a\b[^>]*?\bhref\s*=\s*"#([^"]{1,80})"[^>]*>\s*\[[^\]<]{1,6}\]\s*<\/a\s*>(?:\s*<\/sup\s*>)?/gi;

/** A `<div>` with no inner div whose first link goes within the page, group 1 its target: an exported comment's block. */
const LINKED_DIV = /<div\b[^>]*>(?:(?!<\/?div\b|<a\b)[\s\S]){0,400}<a\b[^>]*?\bhref\s*=\s*"#([^"]{1,80})"(?:(?!<\/?div\b)[\s\S]){0,20000}?<\/div\s*>/gi;

/** A word processor's comments and the marks of its comments and footnotes dropped (see EDITOR_MARK_TARGET). */
function dropEditorMarks(html: string, drop: (removed: string) => string): string {
  if (!/href\s*=\s*"#(?:cmnt|ftnt)/i.test(html)) return html;
  return html
    .replace(LINKED_DIV, (whole, id: string) => (EDITOR_COMMENT_BACK.test(id) ? drop(whole) : whole))
    .replace(BRACKET_MARK_LINK, (whole, id: string) => (EDITOR_MARK_TARGET.test(id) ? drop(whole) : whole));
}

/** htmlToText; with `keepMarkers`, line markers inside dropped comments, scripts and styles are kept. */
function convertHtml(html: string, keepMarkers: boolean): string {
  const drop = (removed: string): string => (keepMarkers ? ` ${(removed.match(MARKER) ?? []).join('')} ` : ' ');
  const listed = numberNestedLists(
    inlineNotes(dropEditorMarks(html.replace(/<!--[\s\S]*?-->/g, drop), drop), drop)
      .replace(/<(script|style|head|nav|noscript|template|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, drop)
      // A page's own header and footer are chrome when they hold menus; an article's header is content.
      // A sidebar beside the content is chrome when it holds a menu too, but for its contact card ("Contact" over a
      // name, phone and e-mail), which is the page's own.
      .replace(/<(header|footer|aside)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, (whole, tag: string) =>
        !/<(?:ul|nav|form)\b/i.test(whole) ? whole : tag.toLowerCase() === 'aside' ? keepContactCards(whole, drop) : drop(whole),
      )
      // A word processor's page header and footer (LibreOffice writes each once, as `<div title="header">`): the running
      // head and page number printed on every page, furniture rather than the document's text.
      .replace(PAGE_HEADER_DIV, drop)
      .replace(/<![a-z][^<>]{0,500}>/gi, drop)
      // Struck-through text is withdrawn (a target date replaced by a revised one): a reader sees it deleted.
      .replace(/<(s|strike|del)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, drop)
      .replace(/<table\b[^>]*>[\s\S]*?<\/table\s*>/gi, (table) => (/\browspan\s*=\s*"?[2-9]/i.test(table) ? fillRowSpans(table) : table))
      // Word's downlevel-revealed conditionals ("<![if !supportLists]>1. <![endif]>"): the marks go, what they hold is shown.
      .replace(/<!\[(?:if\b[^<>\]]{0,200}|endif)\]>/gi, drop)
      // A button that opens a section (an accordion's "aria-controls") is that section's heading; other buttons are controls.
      .replace(/<(button)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, (whole, _tag: string, attrs: string) => (DISCLOSURE_BUTTON.test(attrs) ? whole : drop(whole)))
      // Links within the page that only move about it ("Skip to main content", "Back to top") are controls, not text;
      // their words may wrap onto the anchor's next source lines (line markers between them).
      .replace(IN_PAGE_LINK, drop)
      // Menus: lists marked as navigation by their class or id.
      .replace(NAVIGATION_LIST, drop)
      // A cookie banner asks leave of the reader: the site's, not the page's text.
      .replace(COOKIE_BANNER, drop)
      // Word's tab character saved as a web page: a span of spaces styled "mso-tab-count" (a tab stop's gap, as between an
      // item's number and its title, or before a page range set at a right tab), a cell break as a text export's tab is.
      .replace(WORD_TAB_SPAN, (_whole, inner: string) => `${WORD_TAB}${(inner.match(MARKER) ?? []).join('')}`)
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/<input\b[^<>]*>/gi, inputMark)
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(DESCRIPTION_TERM, describedTerm),
  );
  return decodeEntities(
    listed
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(CELL_EDGE_BLOCK, cellEdge)
      .replace(/<\/(?:td|th)\s*>/gi, '\t')
      .replace(/<(?:td|th)\b[^>]*>/gi, '')
      .replace(/<\/?(?:p|div|tr|table|thead|tbody|tfoot|ul|ol|li|h[1-6]|section|article|header|footer|main|nav|aside|blockquote|pre|title|caption|dl|dt|dd|hr)\b[^>]*>/gi, '\n')
      .replace(/<\/?[a-z][^<>]{0,2000}>/gi, '')
      .replaceAll(WORD_TAB, '\t'),
  )
    .split('\n')
    .map((line) => line.replace(/ *\t */g, '\t').replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

const MARK_OPEN = '\ue000';
const MARK_CLOSE = '\ue001';

/**
 * The HTML with a marker carrying the source line number after each line break; a break inside a
 * tag is marked just after the tag closes, so that no tag pattern ever sees a marker.
 */
function markLineBreaks(html: string): string {
  const out: string[] = [];
  let inTag = false;
  let pending = false;
  let line = 1;
  let from = 0;
  const mark = (at: number): void => {
    out.push(html.slice(from, at), `${MARK_OPEN}${line}${MARK_CLOSE}`);
    from = at;
  };
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */ && !inTag) {
      const n = html.charCodeAt(i + 1) | 0x20;
      // A letter, "/", "!" or "?" after "<" opens a tag.
      if ((n >= 97 && n <= 122) || n === 47 || n === 33 || n === 63) inTag = true;
    } else if (c === 62 /* > */ && inTag) {
      inTag = false;
      if (pending) mark(i + 1);
      pending = false;
    } else if (c === 10 /* \n */) {
      line++;
      if (inTag) pending = true;
      else mark(i + 1);
    }
  }
  out.push(html.slice(from));
  return out.join('');
}

/** Whether the character with code `code` at `s[i]` is white space (as `\s` matches). */
const isSpaceCode = (code: number, s: string, i: number): boolean => {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(s[i] as string);
};

/** The source lines of a line of text converted from HTML; a table row's line also says where each of its cells starts. */
export interface SourceRange {
  from: number;
  to: number;
  /** For a line of tab-separated cells: the source line each cell's text starts on, 0 for an empty cell. */
  cells?: number[];
}

/**
 * The source line range of each line of `htmlToText(html)`: the text is converted again with line
 * markers, and its visible characters are matched one by one to the plain conversion. Null when
 * they do not match (or the HTML itself holds the marker characters).
 */
export function htmlSourceLines(html: string, text: string): SourceRange[] | null {
  if (html.includes(MARK_OPEN) || html.includes(MARK_CLOSE)) return null;
  const marked = convertHtml(`${MARK_OPEN}1${MARK_CLOSE}${markLineBreaks(html)}`, true);
  const open = MARK_OPEN.charCodeAt(0);
  let m = 0;
  let current = 1;
  const ranges: SourceRange[] = [];
  let lastLine = 1;
  let from = 0;
  let to = 0;
  // The line's cells so far (a tab parts them) and the source line each starts on.
  let cell = 0;
  let cells: number[] = [];
  const endLine = (): void => {
    const range: SourceRange = from === 0 ? { from: lastLine, to: lastLine } : { from, to };
    if (cell > 0) range.cells = Array.from({ length: cell + 1 }, (_, k) => cells[k] ?? 0);
    ranges.push(range);
    if (from !== 0) lastLine = to;
    from = 0;
    to = 0;
    cell = 0;
    cells = [];
  };
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(k + 1) === 10) k++;
      endLine();
      continue;
    }
    if (c === 9) cell++;
    if (isSpaceCode(c, text, k)) continue;
    // The next visible character of the marked text, moving past markers and white space.
    for (;;) {
      if (m >= marked.length) return null;
      const d = marked.charCodeAt(m);
      if (d === open) {
        const close = marked.indexOf(MARK_CLOSE, m);
        if (close < 0) return null;
        current = Number(marked.slice(m + 1, close));
        m = close + 1;
      } else if (isSpaceCode(d, marked, m)) m++;
      else break;
    }
    if (marked.charCodeAt(m) !== c) return null;
    m++;
    cells[cell] ??= current;
    if (from === 0) from = current;
    if (current > to) to = current;
  }
  endLine();
  return ranges;
}

/** Converts `pdftotext -layout` column gaps (3+ spaces) into tabs so tables read as cells; a line indented by a tab (typed text saved with the layout) stays indented. */
export function layoutToCells(line: string): string {
  if (!/\S/.test(line)) return '';
  const lead = /^(?: {3,}| *\t)/.test(line) ? '\t' : '';
  return lead + line.trim().replace(/ {3,}/g, '\t');
}

/**
 * How many words of text start in lower case and are no title's small words (TITLE_SMALL_WORDS): a sentence's words.
 * A title in Title Case has none ("Review of the Charges and Fees" gives 0; "The panel considered a report" gives 2).
 */
export function lowerWords(text: string): number {
  return text.split(/\s+/).filter((w) => /^[a-z]{4,}/.test(w) && !TITLE_SMALL_WORDS.test(w.replace(/[^a-z]/g, ''))).length;
}
