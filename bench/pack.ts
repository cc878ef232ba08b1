/**
 * bench:pack: time to build a meeting's HTML and PDF pack of about 100 pages.
 * Generates a meeting with standing items, eleven reports (PDF and text) and an exempt item, then builds
 * the public pack with Chromium: cold (browser start and first build) and warm (median of further builds).
 * Run: npm run bench:pack
 */
import { performance } from 'node:perf_hooks';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildPack, type PackDocument, type PackInput, type PackItem } from '../src/modules/packs/index.ts';
import { openPdfRenderer } from '../src/modules/packs/index.ts';

const TARGET_MS = 3000;

async function reportPdf(title: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`${title}, page ${p}`, { x: 60, y: 780, size: 14, font });
    for (let line = 0; line < 40; line++)
      page.drawText(`Paragraph ${p}.${line + 1}: the service will review costs, risks and outcomes for residents.`, { x: 60, y: 740 - line * 16, size: 10, font });
  }
  return doc.save();
}

async function meeting(): Promise<PackInput> {
  const titles = ['Apologies for absence', 'Declarations of interest', 'Minutes of the previous meeting', 'Public question time'];
  const items: PackItem[] = titles.map((title, i) => ({ id: i + 1, parentId: null, number: String(i + 1), title, instruction: null, isPublic: true, exemptParagraph: null }));
  const documents: PackDocument[] = [];
  for (let r = 0; r < 11; r++) {
    const id = 10 + r;
    items.push({
      id,
      parentId: null,
      number: String(items.length + 1),
      title: `Service report ${r + 1}`,
      instruction: 'To consider the report',
      isPublic: true,
      exemptParagraph: null,
    });
    documents.push({
      id: 100 + r,
      agendaItemId: id,
      title: `Service report ${r + 1}`,
      mimeType: 'application/pdf',
      isPublic: true,
      bytes: await reportPdf(`Service report ${r + 1}`, 8),
    });
    if (r % 3 === 0)
      documents.push({
        id: 200 + r,
        agendaItemId: id,
        title: `Consultation responses ${r + 1}`,
        mimeType: 'text/plain',
        isPublic: true,
        bytes: Buffer.from('A resident wrote in support of the proposal.\n'.repeat(45)),
      });
  }
  items.push({
    id: 90,
    parentId: null,
    number: String(items.length + 1),
    title: 'Disposal of land',
    instruction: 'To consider the exempt report',
    isPublic: false,
    exemptParagraph: 3,
  });
  documents.push({ id: 300, agendaItemId: 90, title: 'Valuation', mimeType: 'application/pdf', isPublic: false, bytes: await reportPdf('Valuation', 3) });
  items.push({ id: 91, parentId: null, number: String(items.length + 1), title: 'Urgent business', instruction: null, isPublic: true, exemptParagraph: null });
  return {
    bodyName: 'Benchmark County Council',
    label: 'Agenda pack',
    meeting: {
      organisationName: 'Cabinet',
      title: null,
      startAt: new Date('2030-03-04T10:00:00Z'),
      endAt: null,
      place: 'Council Chamber, County Hall',
      contact: 'Democratic Services',
      issuedBy: 'Monitoring Officer',
      issuedOn: '2030-02-22',
    },
    lateReason: null,
    items,
    documents,
  };
}

const input = await meeting();
const t0 = performance.now();
const renderer = await openPdfRenderer();
const launched = performance.now();
const first = await buildPack(input, 'public', renderer);
const cold = performance.now();
const warm: number[] = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  await buildPack(input, 'public', renderer);
  warm.push(performance.now() - s);
}
await renderer.close();
warm.sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)]!;
const coldTotal = cold - t0;
const ms = (n: number) => `${Math.round(n)} ms`;
console.log(
  `bench:pack: ${first.totalPages}-page pack (${input.items.length} items, ${input.documents.length} documents), ${first.passes} print passes, HTML ${Math.round(first.html.length / 1024)} KB, PDF ${Math.round(first.pdf!.length / 1024)} KB`,
);
console.log(`  Chromium start          ${ms(launched - t0)}`);
console.log(`  first build (cold)      ${ms(cold - launched)}`);
console.log(`  cold total              ${ms(coldTotal)}  ${coldTotal < TARGET_MS ? 'under' : 'OVER'} the ${TARGET_MS / 1000} s target`);
console.log(
  `  warm build, median of 5 ${ms(median)} (min ${ms(warm[0]!)}, max ${ms(warm[warm.length - 1]!)})  ${median < TARGET_MS ? 'under' : 'OVER'} the ${TARGET_MS / 1000} s target`,
);
if (first.totalPages < 90 || first.totalPages > 120) throw new Error(`expected about 100 pages, built ${first.totalPages}`);
