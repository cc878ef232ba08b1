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

/** Decodes UTF-8 (or BOM-marked UTF-16) text strictly; throws on invalid UTF-8. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // Node's own decoder is much faster; only text holding a replacement character needs the strict check.
  const fast = bytes.toString('utf8');
  if (!fast.includes('\uFFFD')) return fast;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
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
