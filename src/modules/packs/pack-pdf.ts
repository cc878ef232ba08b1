import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFOperator, PDFOperatorNames, PDFRef, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** The font stamped page numbers are drawn in: DejaVu Sans has the Welsh letters (ŵ, ŷ) the standard fonts lack. */
export const stampFontPath = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

let fontBytes: Promise<Uint8Array | null> | undefined;

/** DejaVu Sans, read once; null when the font is not installed. */
export function loadStampFont(path = stampFontPath): Promise<Uint8Array | null> {
  if (path !== stampFontPath) return readFile(path).then((b) => new Uint8Array(b), () => null);
  fontBytes ??= readFile(path).then((b) => new Uint8Array(b), () => null);
  return fontBytes;
}

let parsed: { bytes: Uint8Array; fontkit: Fontkit } | undefined;

/**
 * A fontkit that hands pdf-lib one parsed font, kept for the life of the process, and lays text out
 * glyph by glyph from the character map: page stamps need no shaping, and DejaVu's shaping tables
 * cost seconds to read.
 */
function plainFontkit(bytes: Uint8Array): Fontkit {
  if (parsed?.bytes === bytes) return parsed.fontkit;
  const font = fontkit.create(bytes);
  const plain = new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') return (text: string) => ({ glyphs: target.glyphsForString(text) });
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  parsed = { bytes, fontkit: { create: () => plain } as unknown as Fontkit };
  return parsed.fontkit;
}

/**
 * The 0-based pages where the printed document's top-level headings start, in order, read from the
 * outline Chromium writes (`outline: true`): one entry per h1.
 */
export async function headingStartPages(pdf: Uint8Array): Promise<{ starts: number[]; pageCount: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  const starts: number[] = [];
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let entry = outlines?.lookupMaybe(PDFName.of('First'), PDFDict);
  while (entry) {
    const dest = entry.lookupMaybe(PDFName.of('Dest'), PDFArray);
    const target = dest?.get(0);
    const index = target instanceof PDFRef ? pageRefs.indexOf(target.toString()) : -1;
    if (index < 0) throw new Error('The printed pack has an outline entry that does not point at a page');
    starts.push(index);
    entry = entry.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return { starts, pageCount: pageRefs.length };
}

/** The attachments that follow one section: parsed PDFs, inserted after printed page `after` (0-based). */
export type Insertion = { after: number; documents: PDFDocument[] };

/**
 * Loads an attached PDF for merging, or null when it cannot be read.
 * @example const doc = await loadAttachment(bytes); doc?.getPageCount()
 */
export async function loadAttachment(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    return await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    return null;
  }
}

/**
 * Builds the final pack from Chromium's print: attached PDFs are inserted into it (so its tags,
 * outline and language survive), then every page is stamped with its pack page number.
 */
export async function assemblePack(
  printed: Uint8Array,
  insertions: Insertion[],
  stamp: { label: string; title: string; font: Uint8Array | null },
): Promise<Uint8Array> {
  const pack = await PDFDocument.load(printed, { updateMetadata: false });
  // Last section first, so the indices of earlier sections stay true.
  for (const ins of [...insertions].sort((a, b) => b.after - a.after)) {
    let at = ins.after + 1;
    for (const doc of ins.documents) {
      const pages = await pack.copyPages(doc, doc.getPageIndices());
      for (const page of pages) pack.insertPage(at++, page);
    }
  }
  let font: PDFFont;
  if (stamp.font) {
    pack.registerFontkit(plainFontkit(stamp.font));
    font = await pack.embedFont(stamp.font, { subset: true });
  } else {
    font = await pack.embedFont(StandardFonts.Helvetica);
  }
  const size = 9;
  const safe = (text: string) => (stamp.font ? text : text.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?'));
  pack.getPages().forEach((page, i) => {
    const text = safe(`${stamp.label}  |  Page ${i + 1}`);
    const { width } = page.getSize();
    const textWidth = font.widthOfTextAtSize(text, size);
    const x = (width - textWidth) / 2;
    // Page numbers are furniture, not content: mark them as an artifact for screen readers.
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    page.drawRectangle({ x: x - 4, y: 18, width: textWidth + 8, height: size + 8, color: rgb(1, 1, 1) });
    page.drawText(text, { x, y: 22, size, font, color: rgb(0.04, 0.05, 0.05) });
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  });
  pack.setTitle(stamp.title, { showInWindowTitleBar: true });
  pack.setProducer('Shirehall');
  pack.setCreator('Shirehall');
  return pack.save({ useObjectStreams: false });
}
