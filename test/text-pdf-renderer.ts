import { inflateSync, constants } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFName, StandardFonts, type PDFRef } from 'pdf-lib';

/** What publishing an agenda prints with: the same shape as the app's Chromium renderer. */
export type TestPdfRenderer = { render(html: string): Promise<Uint8Array>; close(): Promise<void> };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an HTML fragment, one line per block, entities decoded. */
function textOfHtml(html: string): string[] {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d|tr|dt|dd|section)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, name: string) => entities[name.toLowerCase()] ?? m)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Lines of at most `width` characters, breaking between words (a word is never split). */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

/**
 * A PDF renderer for tests that need no Chromium: each `<h1>` of the pack's HTML starts a page and an
 * outline entry (as Chromium's tagged print does), and the text is written in Helvetica, so the
 * pack's page ranges, merging and stamping run for real and `pdfText` can read the result back.
 * @example await publishAgenda(db, storage, async () => textPdfRenderer(), actor, meetingId, { lateReason: 'Urgent' })
 */
export function textPdfRenderer(): TestPdfRenderer {
  return {
    async render(html: string): Promise<Uint8Array> {
      const body = html.replace(/<head[\s\S]*?<\/head>/i, '');
      const [before = '', ...sections] = body.split(/(?=<h1[\s>])/i);
      if (sections.length > 0) sections[0] = before + sections[0];
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const starts: { title: string; page: PDFRef }[] = [];
      for (const section of sections.length ? sections : [before]) {
        const lines = textOfHtml(section).flatMap((l) => wrap(l.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?'), 90));
        let page = doc.addPage([595, 842]);
        starts.push({ title: lines[0] ?? '', page: page.ref });
        let y = 790;
        for (const line of lines) {
          if (y < 60) {
            page = doc.addPage([595, 842]);
            y = 790;
          }
          page.drawText(line, { x: 50, y, size: 10, font });
          y -= 14;
        }
      }
      const outlines = doc.context.nextRef();
      const refs = starts.map(() => doc.context.nextRef());
      starts.forEach((s, i) => {
        const entry = doc.context.obj({ Title: PDFHexString.fromText(s.title), Parent: outlines, Dest: [s.page, 'Fit'] });
        if (i > 0) entry.set(PDFName.of('Prev'), refs[i - 1]!);
        if (i < refs.length - 1) entry.set(PDFName.of('Next'), refs[i + 1]!);
        doc.context.assign(refs[i]!, entry);
      });
      doc.context.assign(outlines, doc.context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: refs.length }));
      doc.catalog.set(PDFName.of('Outlines'), outlines);
      return doc.save();
    },
    async close(): Promise<void> {},
  };
}

/** Decodes the strings of a content stream's text-showing operators (Tj, TJ, ' and "). */
function showText(content: string): string {
  const out: string[] = [];
  const literal = (s: string) =>
    s.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
      /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e),
    );
  const hex = (s: string) => Buffer.from(s.replace(/\s+/g, '').padEnd(Math.ceil(s.replace(/\s+/g, '').length / 2) * 2, '0'), 'hex').toString('latin1');
  for (const m of content.matchAll(/<([0-9A-Fa-f\s]*)>\s*(?:Tj|'|")|\(((?:\\.|[^\\)])*)\)\s*(?:Tj|'|")|\[((?:[^\]\\]|\\.)*)\]\s*TJ/g)) {
    if (m[1] !== undefined) out.push(hex(m[1]));
    else if (m[2] !== undefined) out.push(literal(m[2]));
    else if (m[3] !== undefined) {
      const parts = [...m[3].matchAll(/<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\)/g)].map((p) => (p[1] !== undefined ? hex(p[1]) : literal(p[2]!)));
      out.push(parts.join(''));
    }
  }
  return out.join('\n');
}

/**
 * The text shown on the pages of a PDF written with standard fonts (pdf-lib's, `textPdfRenderer`'s):
 * every stream is inflated when compressed and its text operators decoded. Text in embedded
 * subset fonts (glyph ids) is not decoded.
 * @example expect(pdfText(bytes)).toContain('Agenda')
 */
export function pdfText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes);
  const texts: string[] = [];
  let at = 0;
  for (;;) {
    const start = buf.indexOf('stream', at, 'latin1');
    if (start < 0) break;
    if (buf.subarray(Math.max(0, start - 3), start).toString('latin1') === 'end') {
      at = start + 6;
      continue;
    }
    let from = start + 6;
    if (buf[from] === 0x0d) from++;
    if (buf[from] === 0x0a) from++;
    const end = buf.indexOf('endstream', from, 'latin1');
    if (end < 0) break;
    const raw = buf.subarray(from, end);
    let content: Buffer;
    try {
      content = inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      content = raw;
    }
    texts.push(showText(content.toString('latin1')));
    at = end + 9;
  }
  return texts.filter(Boolean).join('\n');
}
