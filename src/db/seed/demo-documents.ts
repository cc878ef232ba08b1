// Renders the demo's planned documents to bytes: small, valid PDF, HTML and CSV files.
// PDFs carry no creation dates so the same plan always gives the same bytes and SHA-256.
import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import type { PlannedDocument } from './demo-plan.ts';

/** A rendered file. */
export type RenderedFile = { bytes: Uint8Array; mimeType: string; sha256: string };

const mimeTypes = { pdf: 'application/pdf', html: 'text/html; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

/** Renders one planned document. */
export async function renderDocument(doc: PlannedDocument): Promise<RenderedFile> {
  const bytes = doc.format === 'pdf' ? await renderPdf(doc.heading, doc.lines) : doc.format === 'html' ? renderHtml(doc.heading, doc.lines) : renderCsv(doc.lines);
  return { bytes, mimeType: mimeTypes[doc.format], sha256: createHash('sha256').update(bytes).digest('hex') };
}

function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out;
}

async function renderPdf(heading: string, lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(heading, { showInWindowTitleBar: true });
  pdf.setAuthor('Wessex County Council');
  pdf.setProducer('Shirehall demo seed');
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of('en-GB'));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([595, 842]);
  let y = 780;
  for (const line of wrap(heading, 60)) {
    page.drawText(line, { x: 56, y, size: 16, font: bold });
    y -= 22;
  }
  y -= 8;
  for (const line of lines.flatMap((l) => (l === '' ? [''] : wrap(l, 92)))) {
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 780;
    }
    if (line) page.drawText(line, { x: 56, y, size: 11, font: regular });
    y -= line ? 15 : 9;
  }
  return pdf.save({ useObjectStreams: false });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function renderHtml(heading: string, lines: string[]): Uint8Array {
  const body = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  const html = `<!doctype html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head>\n<body>\n<h1>${escapeHtml(heading)}</h1>\n${body}\n</body>\n</html>\n`;
  return new TextEncoder().encode(html);
}

function renderCsv(lines: string[]): Uint8Array {
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}
