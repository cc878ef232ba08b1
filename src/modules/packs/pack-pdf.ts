import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFRef, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** The font stamped page numbers are drawn in: DejaVu Sans has the Welsh letters (ŵ, ŷ) the standard fonts lack. */
export const stampFontPath = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

let fontBytes: Promise<Uint8Array | null> | undefined;

/** DejaVu Sans, read once; null when the font is not installed. */
export function loadStampFont(path = stampFontPath): Promise<Uint8Array | null> {
  if (path !== stampFontPath)
    return readFile(path).then(
      (b) => new Uint8Array(b),
      () => null,
    );
  fontBytes ??= readFile(path).then(
    (b) => new Uint8Array(b),
    () => null,
  );
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
 * The height (in points) kept free at the foot of every pack page for its page number: Chromium's
 * print leaves it through the @page bottom margin, and attached PDFs are scaled to clear it.
 */
export const FOOTER_POINTS = 40;

/** One entry of the pack's outline: its title and 0-based page. */
export type OutlineEntry = { title: string; page: number };

/**
 * Replaces the document's outline with a flat one (front sheet, then one entry per item), so items whose
 * pages are all attached PDFs are in the outline too.
 */
function setOutline(pdf: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const ctx = pdf.context;
  const pages = pdf.getPages();
  const root = ctx.nextRef();
  const refs = entries.map(() => ctx.nextRef());
  entries.forEach((e, i) => {
    const page = pages[Math.min(Math.max(e.page, 0), pages.length - 1)]!;
    const dict = ctx.obj({ Title: PDFHexString.fromText(e.title), Parent: root, Dest: [page.ref, PDFName.of('Fit')] });
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    ctx.assign(refs[i]!, dict);
  });
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: PDFNumber.of(entries.length) }));
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * Builds the final pack from Chromium's print: attached PDFs are inserted into it (so its tags and
 * language survive), each page scaled just enough to clear the footer; then every page is stamped
 * with its pack page number inside the footer, which nothing else prints in, and the outline is set.
 */
export async function assemblePack(
  printed: Uint8Array,
  insertions: Insertion[],
  stamp: { label: string; title: string; font: Uint8Array | null; outline?: OutlineEntry[] },
): Promise<Uint8Array> {
  const pack = await PDFDocument.load(printed, { updateMetadata: false });
  // Last section first, so the indices of earlier sections stay true; of two after one page, the later first.
  const order = insertions.map((ins, i) => ({ ins, i })).sort((a, b) => b.ins.after - a.ins.after || b.i - a.i);
  for (const { ins } of order) {
    let at = ins.after + 1;
    for (const doc of ins.documents) {
      const embedded = await pack.embedPdf(doc, doc.getPageIndices());
      for (const source of embedded) {
        const { width, height } = source;
        const page = pack.insertPage(at++, [width, height]);
        const scale = Math.max(0.5, (height - FOOTER_POINTS) / height);
        page.drawPage(source, { x: (width - width * scale) / 2, y: FOOTER_POINTS, xScale: scale, yScale: scale });
      }
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
  const total = pack.getPageCount();
  pack.getPages().forEach((page, i) => {
    const text = safe(`${stamp.label}  |  Page ${i + 1} of ${total}`);
    const { width } = page.getSize();
    const textWidth = font.widthOfTextAtSize(text, size);
    const x = (width - textWidth) / 2;
    // Page numbers are furniture, not content: mark them as an artifact for screen readers.
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    page.drawText(text, { x, y: 16, size, font, color: rgb(0.04, 0.05, 0.05) });
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  });
  if (stamp.outline) setOutline(pack, stamp.outline);
  pack.setTitle(stamp.title, { showInWindowTitleBar: true });
  pack.setProducer('Shirehall');
  pack.setCreator('Shirehall');
  return pack.save({ useObjectStreams: false });
}
