import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { samePerson } from './attendance.ts';
import { extractPack } from './index.ts';
import type { ExtractResult } from './index.ts';
import { findPdfToText, pdfToText } from './pdf-text.ts';
import { asJson, contractValidator, fixturesDir, provenanceProblems, sharedDir } from './test-support.ts';

const read = (name: string): Buffer => readFileSync(resolve(fixturesDir, name));
const validate = contractValidator(resolve(fixturesDir, 'pack-extract.schema.json'));
const extractText = (text: string, name = 'pack.txt'): ExtractResult => extractPack(Buffer.from(text, 'utf8'), name);

const seedsDir = resolve(sharedDir, 'seeds');
const seedsAvailable = existsSync(seedsDir);
const required = process.env.REQUIRE_SHARED === '1';
if (!seedsAvailable) console.warn(`extract provenance: ${seedsDir} is missing; seed provenance is not checked (set REQUIRE_SHARED=1 to fail instead)`);

describe('provenance of the shared seed packs', () => {
  it('finds the shared seeds', () => {
    if (required) expect(seedsAvailable, `${seedsDir} must exist when REQUIRE_SHARED=1`).toBe(true);
  });

  const seeds = seedsAvailable ? readdirSync(seedsDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)) : [];
  for (const seed of seeds) {
    it(`gives every record of ${seed} tight source lines holding its key text`, () => {
      const bytes = readFileSync(resolve(seedsDir, seed));
      const r = extractPack(bytes, seed);
      expect(provenanceProblems(r, bytes.toString('utf8'))).toEqual([]);
      expect(contractValidator()?.(asJson(r))).toEqual([]);
    });
  }
});

describe('provenance of a text pack', () => {
  const bytes = read('borough-executive.txt');
  const r = extractPack(bytes, 'borough-executive.txt');

  it('points every record at the lines that produced it', () => {
    expect(provenanceProblems(r, bytes.toString('utf8'))).toEqual([]);
    expect(validate?.(asJson(r))).toEqual([]);
  });

  it('covers an agenda item with its note, and keeps the printed pages apart', () => {
    const agenda = r.meeting?.agenda ?? [];
    expect(agenda[0]?.lines).toEqual({ from: 16, to: 16 });
    expect(agenda[2]).toMatchObject({ lines: { from: 20, to: 22 }, pages: { from: 3, to: 6 } });
    expect(agenda[7]?.lines).toEqual({ from: 36, to: 38 });
    expect(r.meeting?.lines).toEqual({ from: 5, to: 48 });
    expect(r.meeting && 'pages' in r.meeting).toBe(false);
  });

  it('covers a set of minutes from its heading to the closing time, and each minute to its last line', () => {
    const set = r.minutes[0];
    expect(set?.lines).toEqual({ from: 50, to: 89 });
    expect(set?.items.map((i) => [i.minute, i.lines])).toEqual([
      ['41', { from: 60, to: 62 }],
      ['42', { from: 64, to: 66 }],
      ['43', { from: 68, to: 76 }],
      ['44', { from: 78, to: 83 }],
      ['45', { from: 85, to: 87 }],
    ]);
  });

  it('covers a report and the work programme rows', () => {
    expect(r.reports[0]?.lines).toEqual({ from: 93, to: 122 });
    expect(r.workProgramme.map((w) => w.lines)).toEqual([
      { from: 127, to: 127 },
      { from: 128, to: 128 },
      { from: 129, to: 129 },
    ]);
  });

  it('counts Windows line ends as the same lines', () => {
    const crlf = extractPack(Buffer.from(bytes.toString('utf8').replace(/\n/g, '\r\n')), 'crlf.txt');
    expect(crlf.meeting?.agenda.map((a) => a.lines)).toEqual(r.meeting?.agenda.map((a) => a.lines));
    expect(crlf.minutes[0]?.items.map((a) => a.lines)).toEqual(r.minutes[0]?.items.map((a) => a.lines));
  });

  it('never points past the end of a file whose lines end in a lone carriage return', () => {
    const cr = extractPack(Buffer.from(bytes.toString('utf8').replace(/\n/g, '\r')), 'cr.txt');
    expect(cr.source.lines).toBe(1);
    const all = [cr.meeting, ...(cr.meeting?.agenda ?? []), ...cr.minutes, ...cr.minutes.flatMap((m) => m.items), ...cr.reports, ...cr.workProgramme];
    for (const rec of all) if (rec?.lines) expect(rec.lines).toEqual({ from: 1, to: 1 });
  });
});

describe('provenance of an HTML pack (lines of the HTML source, not of the converted text)', () => {
  const bytes = read('district-licensing.html');
  const r = extractPack(bytes, 'district-licensing.html');

  it('points table rows at their <tr> lines', () => {
    expect(provenanceProblems(r, bytes.toString('utf8'))).toEqual([]);
    expect(r.meeting?.agenda.map((a) => a.lines?.from)).toEqual([12, 13, 14, 15, 16]);
    expect(r.outcomeTracker.map((t) => t.lines)).toEqual([
      { from: 27, to: 27 },
      { from: 28, to: 28 },
      { from: 30, to: 30 },
    ]);
    expect(r.actionPlans[0]?.lines).toEqual({ from: 32, to: 37 });
  });

  it('spans a row whose cells are on several source lines', () => {
    const html = [
      '<!DOCTYPE html>',
      '<html><body>',
      '<h1>Licensing Committee</h1>',
      '<p>Thursday 9 October 2025 at 2.00 pm, Council Chamber</p>',
      '<p>To: Cllr H Brennan (Chairman) and Cllr J Szabo</p>',
      '<h2>Agenda</h2>',
      '<table>',
      '<tr><td>1.</td><td>Apologies for absence</td></tr>',
      '<tr>',
      '  <td>2.</td>',
      '  <td>Street Trading Policy Review (Pages 5 - 18)</td>',
      '  <td>To consider',
      '  the report.</td>',
      '</tr>',
      '<tr><td\n class="n">3.</td><td>Any other business</td></tr>',
      '</table>',
      '</body></html>',
      '',
    ].join('\n');
    const x = extractText(html, 'agenda.html');
    expect(x.source.format).toBe('html');
    expect(x.meeting?.agenda.map((a) => [a.number, a.lines])).toEqual([
      ['1', { from: 8, to: 8 }],
      ['2', { from: 10, to: 13 }],
      // The row's tag opens on line 15 but its text is all on line 16.
      ['3', { from: 16, to: 16 }],
    ]);
    expect(x.meeting?.agenda[1]?.note).toBe('To consider the report.');
    expect(provenanceProblems(x, html)).toEqual([]);
  });
});

describe('provenance of rows joined from the next line or page', () => {
  it('covers a forward plan row split at a page break', () => {
    const text = [
      'Forward Plan of Key Decisions', // 1
      '', // 2
      'FP Refs\tDecision Date/Maker\tDetails of the proposed decision\tDocuments\tExempt?\tContact', // 3
      'FP/25/05/01 First published: 1 May 2025\t16 Jun 2025 Cabinet\tIssue: Leisure contract Decision: To award\tReport\tNo\tAnn Lee', // 4
      '', // 5
      'Page 4', // 6
      '', // 7
      'FP Refs\tDecision Date/Maker\tDetails of the proposed decision\tDocuments\tExempt?\tContact', // 8
      '\t\tthe contract to the preferred bidder\t\t\t', // 9
      'Fp/25/05/02 First published: 2 May 2025\tNot before 1 Jul 2025 Cabinet Member for Housing\tIssue: Allocations Decision: To adopt\tReport\tNo\tBo Chan', // 10
      '',
    ].join('\n');
    const r = extractText(text);
    expect(r.forwardPlan.map((f) => [f.ref, f.lines])).toEqual([
      ['FP/25/05/01', { from: 4, to: 9 }],
      ['FP/25/05/02', { from: 10, to: 10 }],
    ]);
    expect(r.forwardPlan[0]?.decision).toBe('To award the contract to the preferred bidder');
    expect(provenanceProblems(r, text)).toEqual([]);
  });

  it('covers wrapped work programme items and tracker cells, but not dropped OCR ghosts', () => {
    const text = [
      'Scrutiny Committee Work Programme', // 1
      '', // 2
      'Meeting Date\tItem\tLead Officer', // 3
      '12 September 2025', // 4
      'Update on the Medium Term Financial Plan and\t\tJo Bloggs', // 5
      'savings targets\t\t', // 6
      'Data Handling\t\tRo Clift', // 7
      'Dota Handlinq\t\t', // 8
      '',
    ].join('\n');
    const r = extractText(text);
    expect(r.workProgramme.map((w) => [w.item, w.lines])).toEqual([
      ['Update on the Medium Term Financial Plan and savings targets', { from: 5, to: 6 }],
      ['Data Handling', { from: 7, to: 7 }],
    ]);
    expect(r.warnings.some((w) => w.code === 'ocr-ghost' && w.line === 8)).toBe(true);
  });

  it('covers an action plan and an action continued on the next rows', () => {
    const text = [
      'Young Carers Action Plan', // 1
      '#\tAction\tWhat success looks like\tOwner\tRAG\tProgress', // 2
      '1\tAgree a memorandum\tNo wrong door\tAnn Lee\tGreen complete\tSigned', // 3
      '2\tTrain staff in schools\tStaff know the signs\tBo Chan\tAmber June 2026\tTwo sessions', // 4
      '\tand colleges\t\t\t\theld', // 5
      '',
    ].join('\n');
    const r = extractText(text);
    const plan = r.actionPlans[0];
    expect(plan?.lines).toEqual({ from: 1, to: 5 });
    expect(plan?.actions.map((a) => [a.number, a.lines])).toEqual([
      ['1', { from: 3, to: 3 }],
      ['2', { from: 4, to: 5 }],
    ]);
    expect(provenanceProblems(r, text)).toEqual([]);
  });
});

describe('provenance of a PDF pack (pdftotext lines and form-feed pages)', () => {
  const hasTool = findPdfToText() !== null;
  let bytes: Buffer;
  beforeAll(async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = (lines: string[]): void => {
      const p = pdf.addPage([595, 842]);
      let y = 780;
      for (const text of lines) {
        if (text !== '') p.drawText(text, { x: 50, y, size: 11, font });
        y -= 22;
      }
    };
    page([
      'Audit and Governance Committee',
      'Wednesday 14 January 2026',
      '10.30 am Room 4, County Offices, Kestrel Street',
      'To: Cllr R Amadi (Chair), Cllr S Berg and Cllr T Castell',
      'Agenda',
      '1. Apologies for absence',
      '2. Internal Audit Progress Report (Pages 2 - 3)',
      '3. Any other business',
    ]);
    page([
      'Internal Audit Progress Report',
      'Lead Officer: Chief Internal Auditor',
      'Author: Wren Osei, Audit Manager',
      '1. Summary',
      'Eleven of the planned audits are complete.',
    ]);
    page(['2. Background papers', 'The audit plan approved in March.']);
    bytes = Buffer.from(await pdf.save());
  });

  it('gives lines of the pdftotext text and the pages they sit on', () => {
    if (!hasTool) {
      expect(() => extractPack(bytes, 'audit.pdf')).toThrow(/pdftotext/);
      return;
    }
    const r = extractPack(bytes, 'audit.pdf');
    const text = pdfToText(bytes);
    expect(provenanceProblems(r, text)).toEqual([]);
    expect(r.meeting?.pages).toEqual({ from: 1, to: 1 });
    expect(r.meeting?.agenda[1]?.pages).toEqual({ from: 2, to: 3 });
    expect(r.reports[0]?.pages).toEqual({ from: 2, to: 3 });
    const lines = text.split('\n');
    const report = r.reports[0]?.lines;
    expect(lines[(report?.from ?? 0) - 1]).toContain('Internal Audit Progress Report');
    expect(lines[(report?.to ?? 0) - 1]).toContain('The audit plan approved in March.');
    expect(validate?.(asJson(r))).toEqual([]);
  });
});

describe('the agenda item to exclude the press and public', () => {
  it('is itself public; the items after it are exempt', () => {
    const r = extractPack(read('borough-executive.txt'), 'borough-executive.txt');
    const agenda = r.meeting?.agenda ?? [];
    expect(agenda[6]).toMatchObject({ number: '7', title: 'Exclusion of the press and public', exempt: false });
    expect(agenda[7]).toMatchObject({ number: '8', exempt: true });
  });

  it('makes only the items it names exempt', () => {
    const text = [
      'Cabinet',
      'Monday 13 May 2019',
      '10.00 am Library Meeting Room',
      'To: The Members of the Cabinet',
      'Cllr A Able (Chair), Cllr B Baker and Cllr C Cole',
      'Agenda',
      '1 Apologies for Absence',
      '2 Exclusion of the Press and Public',
      'To exclude the press and public for item 4 under paragraph 3 of Schedule 12A.',
      '3 Budget Monitoring (Pages 5 - 9)',
      '4 Depot Disposal (Pages 10 - 12)',
      '',
    ].join('\n');
    const agenda = extractText(text).meeting?.agenda ?? [];
    expect(agenda.map((a) => [a.number, a.exempt])).toEqual([
      ['1', false],
      ['2', false],
      ['3', false],
      ['4', true],
    ]);
  });
});

describe('membership against attendance', () => {
  const original = read('borough-executive.txt').toString('utf8');

  it('warns nothing when the minutes account for every member', () => {
    const r = extractText(original);
    expect(r.warnings.filter((w) => /attendance/.test(w.code))).toEqual([]);
  });

  it('warns, with line numbers, about a stranger present and a member never mentioned', () => {
    const text = original.replace(
      'Present: Cllr A Okafor (Chair), Cllr B Lindqvist, Cllr C Marsh and Cllr E Quinn',
      'Present: Cllr A Okafor (Chair), Cllr B Lindqvist, Cllr C Marsh and Cllr Z Young',
    );
    const r = extractText(text);
    const found = r.warnings.filter((w) => /attendance/.test(w.code)).map((w) => [w.code, w.line, w.message.split(',')[0]]);
    expect(found).toEqual([
      ['member-not-in-attendance', 10, 'Cllr E Quinn'],
      ['attendance-not-member', 54, 'Cllr Z Young'],
    ]);
  });

  it('leaves minutes of another body alone', () => {
    const text = original.replace('MINUTES of a meeting of the Executive held', 'MINUTES of a meeting of the Planning Committee held').replace('Cllr E Quinn\n', 'Cllr Z Young\n');
    const r = extractText(text);
    expect(r.minutes[0]?.body).toBe('Planning Committee');
    expect(r.warnings.filter((w) => /attendance/.test(w.code))).toEqual([]);
  });

  it('matches names by surname and first initial', () => {
    expect(samePerson('Cllr M Chilcott', 'Councillor Mandy Chilcott')).toBe(true);
    expect(samePerson('Cllr M Chilcott', 'Cllr Chilcott (in the Chair)')).toBe(true);
    expect(samePerson('Cllr N Hewitt-Cooper', 'Cllr N Hewitt - Cooper')).toBe(true);
    expect(samePerson('Cllr M Chilcott', 'Cllr D Chilcott')).toBe(false);
    expect(samePerson('Ruth Hobbs', 'Mrs Hobbs')).toBe(true);
  });
});
