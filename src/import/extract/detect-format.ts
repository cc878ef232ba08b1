import type { SourceFormat } from './contract.ts';
import { ExtractError, MAX_INPUT_BYTES } from './errors.ts';
import { pdfToText } from './pdf-text.ts';
import { blankFrontMatter } from './markdown.ts';
import { htmlToText } from './text-normalise.ts';

/** The pack as text, with the format it was read from. */
export interface DecodedSource {
  format: SourceFormat;
  /** Text to extract from; tables as tab-separated cells (or, for `layout` text, as column gaps). */
  text: string;
  /** Text whose newlines count as the source's lines. */
  lineText: string;
  /** Whether form feeds mark page breaks. */
  paged: boolean;
  /** Whether the text is laid out in columns with spaces (`pdftotext -layout`), so gaps are cell breaks. */
  layout: boolean;
  /** Whether lines carry Markdown hard breaks (a trailing backslash). */
  markdown: boolean;
}

/**
 * Whether plain text is a page layout (the output of `pdftotext -layout` or a printed page saved as
 * text): form feeds between pages, or, with no tabs, many lines with column gaps or deep indents.
 */
export function looksLikeLayout(text: string): boolean {
  if (text.includes('\f')) return true;
  const sample = text.slice(0, 65536);
  if (sample.includes('\t')) return false;
  let lines = 0;
  let laid = 0;
  for (const line of sample.split('\n')) {
    if (line.trim() === '') continue;
    lines++;
    if (/\S {3,}\S|^ {4,}\S/.test(line)) laid++;
  }
  return lines >= 8 && laid >= lines * 0.15;
}

/** Whether the bytes are a PDF (magic number within the first kilobyte). */
export function looksLikePdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).includes(PDF_MAGIC);
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** Whether the bytes look binary: NUL bytes or many control characters near the start. */
export function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) return true;
  // Control characters other than tab, newline, form feed and carriage return.
  const control = sample.toString('latin1').match(CONTROL_CHARS)?.length ?? 0;
  return control > sample.length * 0.05;
}

// eslint-disable-next-line no-control-regex -- sniffing binary input means looking for control bytes
const CONTROL_CHARS = /[\u0001-\u0008\u000b\u000e-\u001f]/g;

/**
 * The character encoding a document declares near its start, as a browser's pre-scan finds it: an XML
 * declaration's `encoding`, or a `<meta charset>` / `<meta http-equiv=Content-Type content="…; charset=…">`
 * (as Word's "Save as Web Page" writes); null when nothing is declared.
 * @example declaredCharset(Buffer.from('<meta charset="windows-1252">')) // 'windows-1252'
 */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, CHARSET_PRESCAN_BYTES).toString('latin1');
  const xml = XML_ENCODING.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  const top = head.split(/<body\b/i)[0] ?? '';
  for (const tag of top.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = META_CHARSET.exec(tag[0]);
    if (charset?.[1]) return charset[1].toLowerCase();
  }
  return null;
}

// A Word page's <head> carries namespaces and a title before its Content-Type; browsers look at 1 KB, this a little further.
const CHARSET_PRESCAN_BYTES = 4096;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;
const META_CHARSET = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Windows-1252's printable characters at 0x80–0x9F (curly quotes, dashes, the euro, an ellipsis), which
 * Node's own windows-1252 decoder leaves as C1 control codes; the five bytes Windows leaves unassigned stay as they are.
 */
const CP1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decodes bytes in a declared legacy encoding; null when the label names no encoding a decoder knows. */
function decodeDeclared(bytes: Buffer, label: string): string | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  // A page may claim UTF-16 in its markup, but markup that can be read that way is ASCII-compatible (so not UTF-16).
  if (decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16')) return null;
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * Decodes UTF-8 (or BOM-marked UTF-16) text strictly. Bytes that are not valid UTF-8 are read in the
 * encoding the document itself declares (a Word page saved in windows-1252); with none declared (or
 * UTF-8 declared) they are refused. Valid UTF-8 stays UTF-8 whatever is declared, since a stale
 * declaration is more common than legacy bytes that happen to form UTF-8.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // Node's own decoder is much faster; only text holding a replacement character needs the strict check.
  const fast = bytes.toString('utf8');
  if (!fast.includes('\uFFFD')) return fast;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const label = declaredCharset(bytes);
    const declared = label === null ? null : decodeDeclared(bytes, label);
    if (declared !== null) return declared;
    throw new ExtractError('invalid-utf8', 'the file is not valid UTF-8 text');
  }
}

/** Whether decoded text is an HTML document rather than text with stray tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\s+/, '');
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return true;
  if (!head.startsWith('<')) return false;
  const sample = text.slice(0, 65536);
  const tags = sample.match(/<\/?[a-z][a-z0-9]*\b[^<>]*>/gi)?.length ?? 0;
  return tags >= 5 && /<\/(?:p|div|table|td|li|h[1-6]|body)>/i.test(sample);
}

/** Whether text uses markdown markup (headings, bold, links, bullet lists). */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 65536);
  // Two points make markdown: stop at the first test that reaches them; a substring test before a pattern.
  // YAML front matter, as static-site generators publish minutes.
  if (sample.startsWith('---') && /^---[ \t]*\r?\n(?:[^\n]*\n){0,60}?---[ \t]*\r?\n/.test(sample) && /^[a-z_]+:/im.test(sample.slice(0, 2000))) return true;
  if (sample.includes('#') && /^#{1,6} \S/m.test(sample)) return true;
  let score = 0;
  if (sample.includes('**') && /\*\*[^*\n]{1,200}\*\*/.test(sample)) score += 1;
  if (sample.includes('](') && /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/.test(sample)) score += 1;
  if (score >= 2) return true;
  // A footnote's definition ("[^1]: The projection ..."), as pandoc writes a Word document's footnotes.
  if (sample.includes('[^') && /^\[\^[^\]\s]{1,20}\]: \S/m.test(sample)) score += 1;
  if (score >= 2) return true;
  // A bullet list, pandoc's "-   item" (the marker padded to a tab stop) as well as "- item".
  if (/^[-*] {1,3}\S/m.test(sample)) score += 1;
  if (score >= 2) return true;
  // A pipe table's rule row ("|----|:---|"), as pandoc writes a Word table.
  if (sample.includes('|-') && /^\|(?: ?:?-{3,}:? ?\|){2,}\s*$/m.test(sample)) score += 1;
  if (score >= 2) return true;
  // Pandoc's own marks: a grid table's border ("+----+----+"), a span with a class ("[TITLE]{.underline}"),
  // a superscript ordinal ("3^rd^").
  if (sample.includes('+-') && /^\+(?:[-=:]{3,}\+){2,}\s*$/m.test(sample)) score += 1;
  if (sample.includes(']{.') && /\][{]\.[a-z][\w-]*[}]/.test(sample)) score += 1;
  if (sample.includes('^') && /\d\^(?:st|nd|rd|th)\^/.test(sample)) score += 1;
  return score >= 2;
}

/** Detects the format from content (never the file name) and returns the text to extract. */
export function decodeSource(bytes: Buffer): DecodedSource {
  if (bytes.length === 0) throw new ExtractError('empty', 'the file is empty');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new ExtractError('too-large', `the file is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`);
  }
  if (looksLikePdf(bytes)) {
    const raw = pdfToText(bytes);
    if (raw.replace(/\f/g, '').trim() === '') throw new ExtractError('pdf-unreadable', 'the PDF has no text layer (scanned images need OCR first)');
    return { format: 'pdf', text: raw, lineText: raw, paged: true, layout: true, markdown: false };
  }
  const hasBom = bytes[0] === 0xff || bytes[0] === 0xfe;
  if (!hasBom && looksBinary(bytes)) throw new ExtractError('binary', 'the file is binary, not a text, HTML or PDF document pack');
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ExtractError('empty', 'the file holds only white space');
  if (looksLikeHtml(text)) return { format: 'html', text: htmlToText(text), lineText: text, paged: false, layout: false, markdown: false };
  if (looksLikeMarkdown(text)) return { format: 'markdown', text: blankFrontMatter(text), lineText: text, paged: false, layout: false, markdown: true };
  const layout = looksLikeLayout(text);
  return { format: 'text', text, lineText: text, paged: layout && text.includes('\f'), layout, markdown: false };
}

/** The source line count: newlines, plus one when the last line has no newline. */
export function countLines(text: string): number {
  if (text === '') return 0;
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return text.endsWith('\n') ? count : count + 1;
}
