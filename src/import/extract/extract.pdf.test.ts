import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPack, isExtractError } from './index.ts';
import { findPdfToText } from './pdf-text.ts';
import { asJson, contractValidator } from './test-support.ts';
import { resolve } from 'node:path';
import { fixturesDir } from './test-support.ts';

const hasTool = findPdfToText() !== null;

/** A three-page pack: summons and agenda, then a report cover on page 2 that runs onto page 3. */
async function makePack(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = (lines: Array<[number, string] | [number, string, number]>): void => {
    const p = pdf.addPage([595, 842]);
    let y = 780;
    for (const [x, text, sameLineX] of lines) {
      if (text !== '') p.drawText(text, { x, y, size: 11, font });
      if (sameLineX === undefined) y -= 22;
    }
  };
  page([
    [50, 'Audit and Governance Committee'],
    [50, 'Wednesday 14 January 2026'],
    [50, '10.30 am Room 4, County Offices, Kestrel Street'],
    [50, 'To: The Members of the Audit and Governance Committee'],
    [50, 'Cllr R Amadi (Chair), Cllr S Berg and Cllr T Castell'],
    [50, 'Agenda'],
    [50, '1', 0],
    [90, 'Apologies for absence'],
    [50, '2', 0],
    [90, 'Internal Audit Progress Report', 0],
    [420, '(Pages 2 - 3)'],
    [50, '3', 0],
    [90, 'Any other business'],
    [280, 'Page 1'],
  ]);
  page([
    [50, 'Audit and Governance Committee - 14 January 2026'],
    [50, 'Internal Audit Progress Report 2025/26'],
    [50, 'Lead Officer: Chief Internal Auditor'],
    [50, 'Author: Wren Osei, Audit Manager'],
    [50, '1. Summary'],
    [50, 'Eleven of the planned audits are complete and two are in progress.'],
    [280, 'Page 2'],
  ]);
  page([
    [50, '2. Background papers'],
    [50, 'The audit plan approved in March.'],
    [280, 'Page 3'],
  ]);
  return Buffer.from(await pdf.save());
}

describe('PDF packs (pdftotext -layout)', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await makePack();
  });

  it('reads the text layer, keeps page numbers and links the report by page', () => {
    if (!hasTool) {
      expect(() => extractPack(bytes, 'audit.pdf')).toThrow(/pdftotext/);
      return;
    }
    const r = extractPack(bytes, 'audit.pdf');
    expect(r.source.format).toBe('pdf');
    expect(contractValidator(resolve(fixturesDir, 'pack-extract.schema.json'))?.(asJson(r))).toEqual([]);
    expect(r.meeting).toMatchObject({ body: 'Audit and Governance Committee', date: '2026-01-14', time: '10:30', venue: 'Room 4, County Offices, Kestrel Street' });
    expect(r.meeting?.members.map((m) => m.name)).toEqual(['Cllr R Amadi', 'Cllr S Berg', 'Cllr T Castell']);
    expect(r.meeting?.agenda.map((a) => [a.number, a.title, a.pages])).toEqual([
      ['1', 'Apologies for absence', null],
      ['2', 'Internal Audit Progress Report', { from: 2, to: 3 }],
      ['3', 'Any other business', null],
    ]);
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0]).toMatchObject({ title: 'Internal Audit Progress Report 2025/26', agendaItem: '2', date: '2026-01-14', author: 'Wren Osei, Audit Manager' });
    expect(r.reports[0]?.sections.map((s) => s.heading)).toEqual(['Summary', 'Background papers']);
    expect(r.warnings.some((w) => w.code === 'agenda-title-mismatch')).toBe(true);
  });

  it('rejects a truncated PDF with a coded error', () => {
    try {
      extractPack(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cut.pdf');
      expect.unreachable();
    } catch (err) {
      expect(isExtractError(err) && err.reason).toBe('pdf-unreadable');
    }
  });

  it('rejects an encrypted PDF with a coded error', () => {
    const encrypted = Buffer.concat([bytes, Buffer.from('\ntrailer\n<< /Encrypt 9 0 R >>\n%%EOF\n', 'latin1')]);
    expect(() => extractPack(encrypted, 'locked.pdf')).toThrow(/encrypted/);
  });

  it('rejects a damaged PDF that pdftotext cannot open', () => {
    const junk = Buffer.from('%PDF-1.7\nthis is not really a pdf\n%%EOF\n', 'latin1');
    try {
      extractPack(junk, 'junk.pdf');
      expect.unreachable();
    } catch (err) {
      expect(isExtractError(err) && err.reason).toBe(hasTool ? 'pdf-unreadable' : 'pdf-no-tool');
    }
  });
});
