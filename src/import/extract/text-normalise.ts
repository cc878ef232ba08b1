/** Cleaning PDF-to-text and HTML debris out of lines and cells. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', pound: '£', euro: '€', hellip: '…', bull: '•',
  middot: '·', copy: '©', reg: '®', eacute: 'é', times: '×',
};

/** Decodes HTML character references (&amp;, &#8217;, &#x2019;). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Replaces checkbox inputs with ☒ (ticked) or ☐ and removes all other tags. */
export function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(/<input\b[^<>]{0,500}>/gi, (tag) => (/\bchecked\b/i.test(tag) ? ' ☒ ' : ' ☐ '))
    .replace(/<\/?(?:p|li|ul|ol|td|th|tr|table|thead|tbody|div|br|h[1-6])\b[^<>]{0,2000}>/gi, ' ')
    .replace(/<\/?[a-z][a-z0-9]{0,15}\b[^<>]{0,2000}>/gi, '')
    .replace(/<\/?[a-z][a-z0-9]{0,15}>/gi, '');
}

const ODD_SPACE = '\\t\\n\\r\\f\\v\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const SPACE_RUN = new RegExp(`[${ODD_SPACE}]| {2}`);
// Only runs that change: any odd white space, or two or more spaces (single spaces are left alone).
const SPACE_FIX = new RegExp(` ?(?:[${ODD_SPACE}]|  )[ ${ODD_SPACE}]*`, 'g');

/** One cell or line as plain text: tags, entities, bold and link markup removed, spaces collapsed. */
export function cleanInline(text: string): string {
  let t = text;
  if (t.includes('<')) t = stripTags(t);
  if (t.includes('&')) t = decodeEntities(t);
  if (t.includes('*')) t = t.replace(/\*{2,}/g, '');
  if (t.includes('](')) t = t.replace(/\[([^\]\n]{0,500})\]\([^()\s]{0,2000}\)/g, '$1');
  if (SPACE_RUN.test(t)) t = t.replace(SPACE_FIX, ' ');
  t = t.trim();
  if (t.startsWith('#')) t = t.replace(/^#{1,6}\s+/, '');
  return t;
}

/** Splits a raw line into cleaned tab-separated cells. */
export function splitCells(raw: string): string[] {
  return raw.split('\t').map(cleanInline);
}

/** Whether a cleaned line is page furniture that carries no content. */
export function isPageFurniture(text: string): boolean {
  return /^(?:page \d{1,4}|\d{1,4}|this page is (?:intentionally|deliberately) (?:left )?blank\.?|public document pack|-{2,}(?:\s+-{2,})*)$/i.test(text);
}

/** Converts an HTML document to text lines, table cells separated by tabs. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/<input\b[^<>]{0,500}>/gi, (tag) => (/\bchecked\b/i.test(tag) ? ' ☒ ' : ' ☐ '))
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/(?:td|th)\s*>/gi, '\t')
      .replace(/<(?:td|th)\b[^>]*>/gi, '')
      .replace(/<\/?(?:p|div|tr|table|thead|tbody|tfoot|ul|ol|li|h[1-6]|section|article|header|footer|main|nav|aside|blockquote|pre|title|caption|dl|dt|dd|hr)\b[^>]*>/gi, '\n')
      .replace(/<\/?[a-z][^<>]{0,2000}>/gi, ''),
  )
    .split('\n')
    .map((line) => line.replace(/ *\t */g, '\t').replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** Converts `pdftotext -layout` column gaps (3+ spaces) into tabs so tables read as cells. */
export function layoutToCells(line: string): string {
  if (!/\S/.test(line)) return '';
  const lead = /^ {3,}/.test(line) ? '\t' : '';
  return lead + line.trim().replace(/ {3,}/g, '\t');
}
